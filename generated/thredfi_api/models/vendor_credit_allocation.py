from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorCreditAllocation")


@_attrs_define
class VendorCreditAllocation:
    """Part of a vendor credit applied to a bill

    Attributes:
        bill_id (str | Unset):
        bill_number (str | Unset):
        amount_cents (int | Unset):
        bill_outstanding_balance_cents (int | Unset):
        applied_at (str | Unset):
    """

    bill_id: str | Unset = UNSET
    bill_number: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    bill_outstanding_balance_cents: int | Unset = UNSET
    applied_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_id = self.bill_id

        bill_number = self.bill_number

        amount_cents = self.amount_cents

        bill_outstanding_balance_cents = self.bill_outstanding_balance_cents

        applied_at = self.applied_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if bill_outstanding_balance_cents is not UNSET:
            field_dict["bill_outstanding_balance_cents"] = bill_outstanding_balance_cents
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = d.pop("bill_id", UNSET)

        bill_number = d.pop("bill_number", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        bill_outstanding_balance_cents = d.pop("bill_outstanding_balance_cents", UNSET)

        applied_at = d.pop("applied_at", UNSET)

        vendor_credit_allocation = cls(
            bill_id=bill_id,
            bill_number=bill_number,
            amount_cents=amount_cents,
            bill_outstanding_balance_cents=bill_outstanding_balance_cents,
            applied_at=applied_at,
        )

        vendor_credit_allocation.additional_properties = d
        return vendor_credit_allocation

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
