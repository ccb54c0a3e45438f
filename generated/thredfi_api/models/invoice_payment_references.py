from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentReferences")


@_attrs_define
class InvoicePaymentReferences:
    """Payment references

    Attributes:
        bank_reference (str | Unset):
        end_to_end_id (str | Unset):
        payment_reference (str | Unset):
    """

    bank_reference: str | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_reference = self.bank_reference

        end_to_end_id = self.end_to_end_id

        payment_reference = self.payment_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_reference is not UNSET:
            field_dict["bank_reference"] = bank_reference
        if end_to_end_id is not UNSET:
            field_dict["end_to_end_id"] = end_to_end_id
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_reference = d.pop("bank_reference", UNSET)

        end_to_end_id = d.pop("end_to_end_id", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        invoice_payment_references = cls(
            bank_reference=bank_reference,
            end_to_end_id=end_to_end_id,
            payment_reference=payment_reference,
        )

        invoice_payment_references.additional_properties = d
        return invoice_payment_references

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
