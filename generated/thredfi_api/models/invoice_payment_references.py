from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentReferences")


@_attrs_define(repr=False)
class InvoicePaymentReferences(ThredfiModel):
    """Payment references

    Attributes:
        bank_reference (str | Unset):
        end_to_end_id (str | Unset):
        payment_reference (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bank_reference", "bank_reference"),
        ("end_to_end_id", "end_to_end_id"),
        ("payment_reference", "payment_reference"),
    )

    bank_reference: str | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.bank_reference is not _kept.get("bank_reference", _kept):
            bank_reference = self.bank_reference
        else:
            bank_reference = _kept["bank_reference"]

        if _kept is None or self.end_to_end_id is not _kept.get("end_to_end_id", _kept):
            end_to_end_id = self.end_to_end_id
        else:
            end_to_end_id = _kept["end_to_end_id"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_reference is not UNSET:
            field_dict["bank_reference"] = bank_reference
        if end_to_end_id is not UNSET:
            field_dict["end_to_end_id"] = end_to_end_id
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            bank_reference = d.pop("bank_reference", UNSET)
            if _checking and bank_reference.__class__ is not str and bank_reference is not UNSET:
                _expect(bank_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_reference = _field_failed(cls, "bank_reference", "bank_reference", "str", src_dict, d, _error, _kept)

        try:
            end_to_end_id = d.pop("end_to_end_id", UNSET)
            if _checking and end_to_end_id.__class__ is not str and end_to_end_id is not UNSET:
                _expect(end_to_end_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            end_to_end_id = _field_failed(cls, "end_to_end_id", "end_to_end_id", "str", src_dict, d, _error, _kept)

        try:
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        invoice_payment_references = cls(
            bank_reference=bank_reference,
            end_to_end_id=end_to_end_id,
            payment_reference=payment_reference,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment_references.additional_properties = d
        if _kept:
            invoice_payment_references._thredfi_kept = _kept
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


class InvoicePaymentReferencesDict(TypedDict, total=False):
    """``InvoicePaymentReferences`` as a dict (API field names): what a call accepts in its place."""

    bank_reference: str
    end_to_end_id: str
    payment_reference: str
