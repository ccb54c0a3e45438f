from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_child_account_request_custom_fields_type_0 import (
        CreateChildAccountRequestCustomFieldsType0,
        CreateChildAccountRequestCustomFieldsType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateChildAccountRequestCustomFieldsType0
    from ..models.create_child_account_request_custom_fields_type_0 import CreateChildAccountRequestCustomFieldsType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateChildAccountRequest")


@_attrs_define(repr=False)
class CreateChildAccountRequest(ThredfiModel):
    """A child account (type and subtype come from its parent)

    Attributes:
        code (str | Unset):
        name (str | Unset):
        description (str | Unset):
        external_id (str | Unset): Your unique identifier (idempotency key)
        custom_fields (CreateChildAccountRequestCustomFieldsType0 | None | Unset): Custom fields
        institution_name (str | Unset):
        iban (str | Unset):
        sort_code (str | Unset):
        account_number_mask (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("name", "name"),
        ("description", "description"),
        ("external_id", "external_id"),
        ("custom_fields", "custom_fields"),
        ("institution_name", "institution_name"),
        ("iban", "iban"),
        ("sort_code", "sort_code"),
        ("account_number_mask", "account_number_mask"),
    )

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    custom_fields: CreateChildAccountRequestCustomFieldsType0 | None | Unset = UNSET
    institution_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    sort_code: str | Unset = UNSET
    account_number_mask: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.code is not _kept.get("code", _kept):
            code = self.code
        else:
            code = _kept["code"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.custom_fields is not _kept.get("custom_fields", _kept):
            custom_fields: dict[str, Any] | None | Unset
            if isinstance(self.custom_fields, Unset):
                custom_fields = UNSET
            elif isinstance(self.custom_fields, CreateChildAccountRequestCustomFieldsType0):
                custom_fields = self.custom_fields.to_dict()
            else:
                custom_fields = self.custom_fields
        else:
            custom_fields = _kept["custom_fields"]

        if _kept is None or self.institution_name is not _kept.get("institution_name", _kept):
            institution_name = self.institution_name
        else:
            institution_name = _kept["institution_name"]

        if _kept is None or self.iban is not _kept.get("iban", _kept):
            iban = self.iban
        else:
            iban = _kept["iban"]

        if _kept is None or self.sort_code is not _kept.get("sort_code", _kept):
            sort_code = self.sort_code
        else:
            sort_code = _kept["sort_code"]

        if _kept is None or self.account_number_mask is not _kept.get("account_number_mask", _kept):
            account_number_mask = self.account_number_mask
        else:
            account_number_mask = _kept["account_number_mask"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if institution_name is not UNSET:
            field_dict["institution_name"] = institution_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if account_number_mask is not UNSET:
            field_dict["account_number_mask"] = account_number_mask
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            code = d.pop("code", UNSET)
            if _checking and code.__class__ is not str and code is not UNSET:
                _expect(code, "str")
        except Exception as _error:
            if not _checking:
                raise
            code = _field_failed(cls, "code", "code", "str", src_dict, d, _error, _kept)

        try:
            name = d.pop("name", UNSET)
            if _checking and name.__class__ is not str and name is not UNSET:
                _expect(name, "str")
        except Exception as _error:
            if not _checking:
                raise
            name = _field_failed(cls, "name", "name", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:

            def _parse_custom_fields(data: object) -> CreateChildAccountRequestCustomFieldsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_fields_type_0 = CreateChildAccountRequestCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateChildAccountRequestCustomFieldsType0 | None | Unset, data)

            custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

            if _checking:
                _expect_one_of(
                    custom_fields,
                    (
                        CreateChildAccountRequestCustomFieldsType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            custom_fields = _field_failed(
                cls,
                "custom_fields",
                "custom_fields",
                "CreateChildAccountRequestCustomFieldsType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            institution_name = d.pop("institution_name", UNSET)
            if _checking and institution_name.__class__ is not str and institution_name is not UNSET:
                _expect(institution_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            institution_name = _field_failed(
                cls, "institution_name", "institution_name", "str", src_dict, d, _error, _kept
            )

        try:
            iban = d.pop("iban", UNSET)
            if _checking and iban.__class__ is not str and iban is not UNSET:
                _expect(iban, "str")
        except Exception as _error:
            if not _checking:
                raise
            iban = _field_failed(cls, "iban", "iban", "str", src_dict, d, _error, _kept)

        try:
            sort_code = d.pop("sort_code", UNSET)
            if _checking and sort_code.__class__ is not str and sort_code is not UNSET:
                _expect(sort_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            sort_code = _field_failed(cls, "sort_code", "sort_code", "str", src_dict, d, _error, _kept)

        try:
            account_number_mask = d.pop("account_number_mask", UNSET)
            if _checking and account_number_mask.__class__ is not str and account_number_mask is not UNSET:
                _expect(account_number_mask, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_number_mask = _field_failed(
                cls, "account_number_mask", "account_number_mask", "str", src_dict, d, _error, _kept
            )

        create_child_account_request = cls(
            code=code,
            name=name,
            description=description,
            external_id=external_id,
            custom_fields=custom_fields,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_child_account_request.additional_properties = d
        if _kept:
            create_child_account_request._thredfi_kept = _kept
        return create_child_account_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CreateChildAccountRequestDict(TypedDict, total=False):
    """``CreateChildAccountRequest`` as a dict (API field names): what a call accepts in its place."""

    code: str
    name: str
    description: str
    external_id: str
    custom_fields: CreateChildAccountRequestCustomFieldsType0 | CreateChildAccountRequestCustomFieldsType0Dict | None
    institution_name: str
    iban: str
    sort_code: str
    account_number_mask: str
