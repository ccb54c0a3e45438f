from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreditAllocation")


@_attrs_define
class CustomerCreditAllocation:
    """Part of a customer credit applied to an invoice

    Attributes:
        invoice_id (str | Unset):
        invoice_number (str | Unset):
        amount_cents (int | Unset):
        invoice_outstanding_balance_cents (int | Unset):
        applied_at (str | Unset):
    """

    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    invoice_outstanding_balance_cents: int | Unset = UNSET
    applied_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        amount_cents = self.amount_cents

        invoice_outstanding_balance_cents = self.invoice_outstanding_balance_cents

        applied_at = self.applied_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if invoice_outstanding_balance_cents is not UNSET:
            field_dict["invoice_outstanding_balance_cents"] = invoice_outstanding_balance_cents
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        invoice_outstanding_balance_cents = d.pop("invoice_outstanding_balance_cents", UNSET)

        applied_at = d.pop("applied_at", UNSET)

        customer_credit_allocation = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            amount_cents=amount_cents,
            invoice_outstanding_balance_cents=invoice_outstanding_balance_cents,
            applied_at=applied_at,
        )

        customer_credit_allocation.additional_properties = d
        return customer_credit_allocation

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
