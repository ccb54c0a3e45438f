from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundAllocationSummary")


@_attrs_define
class RefundAllocationSummary:
    """A refund allocation linked to a payment

    Attributes:
        refund_id (str | Unset):
        amount_cents (int | Unset):
        allocated_at (str | Unset):
        reference_number (str | Unset):
    """

    refund_id: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    allocated_at: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_id = self.refund_id

        amount_cents = self.amount_cents

        allocated_at = self.allocated_at

        reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if allocated_at is not UNSET:
            field_dict["allocated_at"] = allocated_at
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_id = d.pop("refund_id", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        allocated_at = d.pop("allocated_at", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        refund_allocation_summary = cls(
            refund_id=refund_id,
            amount_cents=amount_cents,
            allocated_at=allocated_at,
            reference_number=reference_number,
        )

        refund_allocation_summary.additional_properties = d
        return refund_allocation_summary

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
