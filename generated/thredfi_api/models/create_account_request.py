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

from ..models.create_account_request_account_subtype import (
    CreateAccountRequestAccountSubtype,
    check_create_account_request_account_subtype,
)
from ..models.create_account_request_account_type import (
    CreateAccountRequestAccountType,
    check_create_account_request_account_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_account_request_custom_fields_type_0 import (
        CreateAccountRequestCustomFieldsType0,
        CreateAccountRequestCustomFieldsType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateAccountRequestCustomFieldsType0
    from ..models.create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define(repr=False)
class CreateAccountRequest(ThredfiModel):
    """A ledger account to create

    Attributes:
        code (str | Unset):
        name (str | Unset):
        account_type (CreateAccountRequestAccountType | Unset):
        account_subtype (CreateAccountRequestAccountSubtype | Unset):
        parent_id (str | Unset): Parent account by UUID, code or external_id
        description (str | Unset):
        external_id (str | Unset): Your unique identifier (idempotency key)
        institution_name (str | Unset):
        iban (str | Unset):
        sort_code (str | Unset):
        account_number_mask (str | Unset):
        balance_behavior (str | Unset): debit_positive, credit_positive or blank (empty string)
        is_cash_account (bool | Unset):  Default: False.
        is_non_cash_expense (bool | Unset): Only on expense accounts Default: False.
        custom_fields (CreateAccountRequestCustomFieldsType0 | None | Unset): Custom fields
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("name", "name"),
        ("account_type", "account_type"),
        ("account_subtype", "account_subtype"),
        ("parent_id", "parent_id"),
        ("description", "description"),
        ("external_id", "external_id"),
        ("institution_name", "institution_name"),
        ("iban", "iban"),
        ("sort_code", "sort_code"),
        ("account_number_mask", "account_number_mask"),
        ("balance_behavior", "balance_behavior"),
        ("is_cash_account", "is_cash_account"),
        ("is_non_cash_expense", "is_non_cash_expense"),
        ("custom_fields", "custom_fields"),
    )

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    account_type: CreateAccountRequestAccountType | Unset = UNSET
    account_subtype: CreateAccountRequestAccountSubtype | Unset = UNSET
    parent_id: str | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    institution_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    sort_code: str | Unset = UNSET
    account_number_mask: str | Unset = UNSET
    balance_behavior: str | Unset = UNSET
    is_cash_account: bool | Unset = False
    is_non_cash_expense: bool | Unset = False
    custom_fields: CreateAccountRequestCustomFieldsType0 | None | Unset = UNSET
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

        if _kept is None or self.account_type is not _kept.get("account_type", _kept):
            account_type: str | Unset = UNSET
            if not isinstance(self.account_type, Unset):
                account_type = self.account_type

        else:
            account_type = _kept["account_type"]

        if _kept is None or self.account_subtype is not _kept.get("account_subtype", _kept):
            account_subtype: str | Unset = UNSET
            if not isinstance(self.account_subtype, Unset):
                account_subtype = self.account_subtype

        else:
            account_subtype = _kept["account_subtype"]

        if _kept is None or self.parent_id is not _kept.get("parent_id", _kept):
            parent_id = self.parent_id
        else:
            parent_id = _kept["parent_id"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

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

        if _kept is None or self.balance_behavior is not _kept.get("balance_behavior", _kept):
            balance_behavior = self.balance_behavior
        else:
            balance_behavior = _kept["balance_behavior"]

        if _kept is None or self.is_cash_account is not _kept.get("is_cash_account", _kept):
            is_cash_account = self.is_cash_account
        else:
            is_cash_account = _kept["is_cash_account"]

        if _kept is None or self.is_non_cash_expense is not _kept.get("is_non_cash_expense", _kept):
            is_non_cash_expense = self.is_non_cash_expense
        else:
            is_non_cash_expense = _kept["is_non_cash_expense"]

        if _kept is None or self.custom_fields is not _kept.get("custom_fields", _kept):
            custom_fields: dict[str, Any] | None | Unset
            if isinstance(self.custom_fields, Unset):
                custom_fields = UNSET
            elif isinstance(self.custom_fields, CreateAccountRequestCustomFieldsType0):
                custom_fields = self.custom_fields.to_dict()
            else:
                custom_fields = self.custom_fields
        else:
            custom_fields = _kept["custom_fields"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if account_subtype is not UNSET:
            field_dict["account_subtype"] = account_subtype
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if institution_name is not UNSET:
            field_dict["institution_name"] = institution_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if account_number_mask is not UNSET:
            field_dict["account_number_mask"] = account_number_mask
        if balance_behavior is not UNSET:
            field_dict["balance_behavior"] = balance_behavior
        if is_cash_account is not UNSET:
            field_dict["is_cash_account"] = is_cash_account
        if is_non_cash_expense is not UNSET:
            field_dict["is_non_cash_expense"] = is_non_cash_expense
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
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
            _account_type = d.pop("account_type", UNSET)
            account_type: CreateAccountRequestAccountType | Unset
            if isinstance(_account_type, Unset):
                account_type = UNSET
            else:
                account_type = check_create_account_request_account_type(_account_type)

        except Exception as _error:
            if not _checking:
                raise
            account_type = _field_failed(
                cls, "account_type", "account_type", "CreateAccountRequestAccountType", src_dict, d, _error, _kept
            )

        try:
            _account_subtype = d.pop("account_subtype", UNSET)
            account_subtype: CreateAccountRequestAccountSubtype | Unset
            if isinstance(_account_subtype, Unset):
                account_subtype = UNSET
            else:
                account_subtype = check_create_account_request_account_subtype(_account_subtype)

        except Exception as _error:
            if not _checking:
                raise
            account_subtype = _field_failed(
                cls,
                "account_subtype",
                "account_subtype",
                "CreateAccountRequestAccountSubtype",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            parent_id = d.pop("parent_id", UNSET)
            if _checking and parent_id.__class__ is not str and parent_id is not UNSET:
                _expect(parent_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            parent_id = _field_failed(cls, "parent_id", "parent_id", "str", src_dict, d, _error, _kept)

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

        try:
            balance_behavior = d.pop("balance_behavior", UNSET)
            if _checking and balance_behavior.__class__ is not str and balance_behavior is not UNSET:
                _expect(balance_behavior, "str")
        except Exception as _error:
            if not _checking:
                raise
            balance_behavior = _field_failed(
                cls, "balance_behavior", "balance_behavior", "str", src_dict, d, _error, _kept
            )

        try:
            is_cash_account = d.pop("is_cash_account", UNSET)
            if _checking and is_cash_account.__class__ is not bool and is_cash_account is not UNSET:
                _expect(is_cash_account, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_cash_account = _field_failed(
                cls, "is_cash_account", "is_cash_account", "bool", src_dict, d, _error, _kept
            )

        try:
            is_non_cash_expense = d.pop("is_non_cash_expense", UNSET)
            if _checking and is_non_cash_expense.__class__ is not bool and is_non_cash_expense is not UNSET:
                _expect(is_non_cash_expense, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_non_cash_expense = _field_failed(
                cls, "is_non_cash_expense", "is_non_cash_expense", "bool", src_dict, d, _error, _kept
            )

        try:

            def _parse_custom_fields(data: object) -> CreateAccountRequestCustomFieldsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_fields_type_0 = CreateAccountRequestCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateAccountRequestCustomFieldsType0 | None | Unset, data)

            custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

            if _checking:
                _expect_one_of(
                    custom_fields,
                    (
                        CreateAccountRequestCustomFieldsType0,
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
                "CreateAccountRequestCustomFieldsType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        create_account_request = cls(
            code=code,
            name=name,
            account_type=account_type,
            account_subtype=account_subtype,
            parent_id=parent_id,
            description=description,
            external_id=external_id,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            balance_behavior=balance_behavior,
            is_cash_account=is_cash_account,
            is_non_cash_expense=is_non_cash_expense,
            custom_fields=custom_fields,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_account_request.additional_properties = d
        if _kept:
            create_account_request._thredfi_kept = _kept
        return create_account_request

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


class CreateAccountRequestDict(TypedDict, total=False):
    """``CreateAccountRequest`` as a dict (API field names): what a call accepts in its place."""

    code: str
    name: str
    account_type: CreateAccountRequestAccountType
    account_subtype: CreateAccountRequestAccountSubtype
    parent_id: str
    description: str
    external_id: str
    institution_name: str
    iban: str
    sort_code: str
    account_number_mask: str
    balance_behavior: str
    is_cash_account: bool
    is_non_cash_expense: bool
    custom_fields: CreateAccountRequestCustomFieldsType0 | CreateAccountRequestCustomFieldsType0Dict | None
