from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentAllocation")


@_attrs_define
class BillPaymentAllocation:
    """Part of a bill payment applied to one bill

    Attributes:
        id (str | Unset):
        bill_id (str | Unset):
        bill_number (str | Unset):
        vendor_bill_number (str | Unset):
        bill_status (str | Unset):
        amount_cents (int | Unset):
        allocation_date (str | Unset):
        created_at (str | Unset):
        description (str | Unset):
    """

    id: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    bill_number: str | Unset = UNSET
    vendor_bill_number: str | Unset = UNSET
    bill_status: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    allocation_date: str | Unset = UNSET
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bill_id = self.bill_id

        bill_number = self.bill_number

        vendor_bill_number = self.vendor_bill_number

        bill_status = self.bill_status

        amount_cents = self.amount_cents

        allocation_date = self.allocation_date

        created_at = self.created_at

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if vendor_bill_number is not UNSET:
            field_dict["vendor_bill_number"] = vendor_bill_number
        if bill_status is not UNSET:
            field_dict["bill_status"] = bill_status
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        bill_id = d.pop("bill_id", UNSET)

        bill_number = d.pop("bill_number", UNSET)

        vendor_bill_number = d.pop("vendor_bill_number", UNSET)

        bill_status = d.pop("bill_status", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        allocation_date = d.pop("allocation_date", UNSET)

        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        bill_payment_allocation = cls(
            id=id,
            bill_id=bill_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            bill_status=bill_status,
            amount_cents=amount_cents,
            allocation_date=allocation_date,
            created_at=created_at,
            description=description,
        )

        bill_payment_allocation.additional_properties = d
        return bill_payment_allocation

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
