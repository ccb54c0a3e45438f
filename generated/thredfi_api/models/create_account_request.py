from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0


T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0  # noqa: PLC0415

        code = self.code

        name = self.name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        account_subtype: str | Unset = UNSET
        if not isinstance(self.account_subtype, Unset):
            account_subtype = self.account_subtype

        parent_id = self.parent_id

        description = self.description

        external_id = self.external_id

        institution_name = self.institution_name

        iban = self.iban

        sort_code = self.sort_code

        account_number_mask = self.account_number_mask

        balance_behavior = self.balance_behavior

        is_cash_account = self.is_cash_account

        is_non_cash_expense = self.is_non_cash_expense

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CreateAccountRequestCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_account_request_custom_fields_type_0 import CreateAccountRequestCustomFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        _account_type = d.pop("account_type", UNSET)
        account_type: CreateAccountRequestAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = check_create_account_request_account_type(_account_type)

        _account_subtype = d.pop("account_subtype", UNSET)
        account_subtype: CreateAccountRequestAccountSubtype | Unset
        if isinstance(_account_subtype, Unset):
            account_subtype = UNSET
        else:
            account_subtype = check_create_account_request_account_subtype(_account_subtype)

        parent_id = d.pop("parent_id", UNSET)

        description = d.pop("description", UNSET)

        external_id = d.pop("external_id", UNSET)

        institution_name = d.pop("institution_name", UNSET)

        iban = d.pop("iban", UNSET)

        sort_code = d.pop("sort_code", UNSET)

        account_number_mask = d.pop("account_number_mask", UNSET)

        balance_behavior = d.pop("balance_behavior", UNSET)

        is_cash_account = d.pop("is_cash_account", UNSET)

        is_non_cash_expense = d.pop("is_non_cash_expense", UNSET)

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

        create_account_request.additional_properties = d
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
