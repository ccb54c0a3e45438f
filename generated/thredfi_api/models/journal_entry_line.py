from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryLine")


@_attrs_define
class JournalEntryLine:
    """A debit or credit line

    Attributes:
        id (str | Unset):
        line_number (int | Unset):
        account_code (str | Unset):
        account_name (str | Unset):
        account_type (str | Unset):
        debit_amount (int | Unset): Cents
        credit_amount (int | Unset): Cents
        description (str | Unset):
        external_reference (str | Unset):
    """

    id: str | Unset = UNSET
    line_number: int | Unset = UNSET
    account_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    account_type: str | Unset = UNSET
    debit_amount: int | Unset = UNSET
    credit_amount: int | Unset = UNSET
    description: str | Unset = UNSET
    external_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_number = self.line_number

        account_code = self.account_code

        account_name = self.account_name

        account_type = self.account_type

        debit_amount = self.debit_amount

        credit_amount = self.credit_amount

        description = self.description

        external_reference = self.external_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if account_code is not UNSET:
            field_dict["account_code"] = account_code
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if debit_amount is not UNSET:
            field_dict["debit_amount"] = debit_amount
        if credit_amount is not UNSET:
            field_dict["credit_amount"] = credit_amount
        if description is not UNSET:
            field_dict["description"] = description
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        line_number = d.pop("line_number", UNSET)

        account_code = d.pop("account_code", UNSET)

        account_name = d.pop("account_name", UNSET)

        account_type = d.pop("account_type", UNSET)

        debit_amount = d.pop("debit_amount", UNSET)

        credit_amount = d.pop("credit_amount", UNSET)

        description = d.pop("description", UNSET)

        external_reference = d.pop("external_reference", UNSET)

        journal_entry_line = cls(
            id=id,
            line_number=line_number,
            account_code=account_code,
            account_name=account_name,
            account_type=account_type,
            debit_amount=debit_amount,
            credit_amount=credit_amount,
            description=description,
            external_reference=external_reference,
        )

        journal_entry_line.additional_properties = d
        return journal_entry_line

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
