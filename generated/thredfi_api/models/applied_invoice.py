from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppliedInvoice")


@_attrs_define
class AppliedInvoice:
    """An invoice the payment was applied to

    Attributes:
        id (str | Unset):
        invoice_number (str | Unset):
        applied_amount_cents (int | Unset):
        status (str | Unset):
        outstanding_amount_cents (int | Unset):
    """

    id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    applied_amount_cents: int | Unset = UNSET
    status: str | Unset = UNSET
    outstanding_amount_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_number = self.invoice_number

        applied_amount_cents = self.applied_amount_cents

        status = self.status

        outstanding_amount_cents = self.outstanding_amount_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if applied_amount_cents is not UNSET:
            field_dict["applied_amount_cents"] = applied_amount_cents
        if status is not UNSET:
            field_dict["status"] = status
        if outstanding_amount_cents is not UNSET:
            field_dict["outstanding_amount_cents"] = outstanding_amount_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        applied_amount_cents = d.pop("applied_amount_cents", UNSET)

        status = d.pop("status", UNSET)

        outstanding_amount_cents = d.pop("outstanding_amount_cents", UNSET)

        applied_invoice = cls(
            id=id,
            invoice_number=invoice_number,
            applied_amount_cents=applied_amount_cents,
            status=status,
            outstanding_amount_cents=outstanding_amount_cents,
        )

        applied_invoice.additional_properties = d
        return applied_invoice

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
