from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentAllocationSummary")


@_attrs_define
class BillPaymentAllocationSummary:
    """A payment allocated to the bill

    Attributes:
        amount_cents (int | Unset):
        payment_date (str | Unset):
        payment_method (str | Unset):
    """

    amount_cents: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents = self.amount_cents

        payment_date = self.payment_date

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_cents = d.pop("amount_cents", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        bill_payment_allocation_summary = cls(
            amount_cents=amount_cents,
            payment_date=payment_date,
            payment_method=payment_method,
        )

        bill_payment_allocation_summary.additional_properties = d
        return bill_payment_allocation_summary

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
