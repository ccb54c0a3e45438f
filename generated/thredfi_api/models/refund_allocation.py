from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundAllocation")


@_attrs_define
class RefundAllocation:
    """Part of a refund allocated to an invoice

    Attributes:
        id (str | Unset):
        allocation_type (str | Unset): e.g. invoice
        amount (int | Unset): Cents
        invoice_id (None | str | Unset):
        invoice_number (str | Unset):
        invoice_outstanding_balance_cents (int | Unset):
        target_description (str | Unset):
        description (str | Unset):
        allocation_date (str | Unset):
    """

    id: str | Unset = UNSET
    allocation_type: str | Unset = UNSET
    amount: int | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_outstanding_balance_cents: int | Unset = UNSET
    target_description: str | Unset = UNSET
    description: str | Unset = UNSET
    allocation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        allocation_type = self.allocation_type

        amount = self.amount

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        invoice_outstanding_balance_cents = self.invoice_outstanding_balance_cents

        target_description = self.target_description

        description = self.description

        allocation_date = self.allocation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if allocation_type is not UNSET:
            field_dict["allocation_type"] = allocation_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_outstanding_balance_cents is not UNSET:
            field_dict["invoice_outstanding_balance_cents"] = invoice_outstanding_balance_cents
        if target_description is not UNSET:
            field_dict["target_description"] = target_description
        if description is not UNSET:
            field_dict["description"] = description
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        allocation_type = d.pop("allocation_type", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_outstanding_balance_cents = d.pop("invoice_outstanding_balance_cents", UNSET)

        target_description = d.pop("target_description", UNSET)

        description = d.pop("description", UNSET)

        allocation_date = d.pop("allocation_date", UNSET)

        refund_allocation = cls(
            id=id,
            allocation_type=allocation_type,
            amount=amount,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_outstanding_balance_cents=invoice_outstanding_balance_cents,
            target_description=target_description,
            description=description,
            allocation_date=allocation_date,
        )

        refund_allocation.additional_properties = d
        return refund_allocation

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
