from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentAllocation")


@_attrs_define
class InvoicePaymentAllocation:
    """Part of an invoice payment applied to one invoice

    Attributes:
        id (str | Unset):
        invoice_id (str | Unset):
        invoice_number (str | Unset):
        invoice_status (str | Unset):
        amount (int | Unset): Cents
        allocated_at (str | Unset):
        transaction_tags (list[str] | None | Unset):
        notes (str | Unset):
    """

    id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_status: str | Unset = UNSET
    amount: int | Unset = UNSET
    allocated_at: str | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        invoice_status = self.invoice_status

        amount = self.amount

        allocated_at = self.allocated_at

        transaction_tags: list[str] | None | Unset
        if isinstance(self.transaction_tags, Unset):
            transaction_tags = UNSET
        elif isinstance(self.transaction_tags, list):
            transaction_tags = self.transaction_tags

        else:
            transaction_tags = self.transaction_tags

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if allocated_at is not UNSET:
            field_dict["allocated_at"] = allocated_at
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_status = d.pop("invoice_status", UNSET)

        amount = d.pop("amount", UNSET)

        allocated_at = d.pop("allocated_at", UNSET)

        def _parse_transaction_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transaction_tags_type_0 = cast(list[str], data)

                return transaction_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        transaction_tags = _parse_transaction_tags(d.pop("transaction_tags", UNSET))

        notes = d.pop("notes", UNSET)

        invoice_payment_allocation = cls(
            id=id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_status=invoice_status,
            amount=amount,
            allocated_at=allocated_at,
            transaction_tags=transaction_tags,
            notes=notes,
        )

        invoice_payment_allocation.additional_properties = d
        return invoice_payment_allocation

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
