from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_child_account_request_custom_fields_type_0 import CreateChildAccountRequestCustomFieldsType0


T = TypeVar("T", bound="CreateChildAccountRequest")


@_attrs_define
class CreateChildAccountRequest:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_child_account_request_custom_fields_type_0 import (
            CreateChildAccountRequestCustomFieldsType0,  # noqa: PLC0415
        )

        code = self.code

        name = self.name

        description = self.description

        external_id = self.external_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CreateChildAccountRequestCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        institution_name = self.institution_name

        iban = self.iban

        sort_code = self.sort_code

        account_number_mask = self.account_number_mask

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_child_account_request_custom_fields_type_0 import (
            CreateChildAccountRequestCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        external_id = d.pop("external_id", UNSET)

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

        institution_name = d.pop("institution_name", UNSET)

        iban = d.pop("iban", UNSET)

        sort_code = d.pop("sort_code", UNSET)

        account_number_mask = d.pop("account_number_mask", UNSET)

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

        create_child_account_request.additional_properties = d
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
