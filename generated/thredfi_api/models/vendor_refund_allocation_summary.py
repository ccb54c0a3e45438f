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

T = TypeVar("T", bound="VendorRefundAllocationSummary")


@_attrs_define(repr=False)
class VendorRefundAllocationSummary(ThredfiModel):
    """A vendor refund allocation linked to a payment

    Attributes:
        vendor_refund_id (str | Unset):
        amount_cents (int | Unset):
        allocated_at (str | Unset):
        reference_number (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vendor_refund_id", "vendor_refund_id"),
        ("amount_cents", "amount_cents"),
        ("allocated_at", "allocated_at"),
        ("reference_number", "reference_number"),
    )

    vendor_refund_id: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    allocated_at: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.vendor_refund_id is not _kept.get("vendor_refund_id", _kept):
            vendor_refund_id = self.vendor_refund_id
        else:
            vendor_refund_id = _kept["vendor_refund_id"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.allocated_at is not _kept.get("allocated_at", _kept):
            allocated_at = self.allocated_at
        else:
            allocated_at = _kept["allocated_at"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_refund_id is not UNSET:
            field_dict["vendor_refund_id"] = vendor_refund_id
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if allocated_at is not UNSET:
            field_dict["allocated_at"] = allocated_at
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            vendor_refund_id = d.pop("vendor_refund_id", UNSET)
            if _checking and vendor_refund_id.__class__ is not str and vendor_refund_id is not UNSET:
                _expect(vendor_refund_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_refund_id = _field_failed(
                cls, "vendor_refund_id", "vendor_refund_id", "str", src_dict, d, _error, _kept
            )

        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            allocated_at = d.pop("allocated_at", UNSET)
            if _checking and allocated_at.__class__ is not str and allocated_at is not UNSET:
                _expect(allocated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            allocated_at = _field_failed(cls, "allocated_at", "allocated_at", "str", src_dict, d, _error, _kept)

        try:
            reference_number = d.pop("reference_number", UNSET)
            if _checking and reference_number.__class__ is not str and reference_number is not UNSET:
                _expect(reference_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference_number = _field_failed(
                cls, "reference_number", "reference_number", "str", src_dict, d, _error, _kept
            )

        vendor_refund_allocation_summary = cls(
            vendor_refund_id=vendor_refund_id,
            amount_cents=amount_cents,
            allocated_at=allocated_at,
            reference_number=reference_number,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_allocation_summary.additional_properties = d
        if _kept:
            vendor_refund_allocation_summary._thredfi_kept = _kept
        return vendor_refund_allocation_summary

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


class VendorRefundAllocationSummaryDict(TypedDict, total=False):
    """``VendorRefundAllocationSummary`` as a dict (API field names): what a call accepts in its place."""

    vendor_refund_id: str
    amount_cents: int
    allocated_at: str
    reference_number: str
