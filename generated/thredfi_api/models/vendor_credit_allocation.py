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

T = TypeVar("T", bound="VendorCreditAllocation")


@_attrs_define(repr=False)
class VendorCreditAllocation(ThredfiModel):
    """Part of a vendor credit applied to a bill

    Attributes:
        bill_id (str | Unset):
        bill_number (str | Unset):
        amount_cents (int | Unset):
        bill_outstanding_balance_cents (int | Unset):
        applied_at (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bill_id", "bill_id"),
        ("bill_number", "bill_number"),
        ("amount_cents", "amount_cents"),
        ("bill_outstanding_balance_cents", "bill_outstanding_balance_cents"),
        ("applied_at", "applied_at"),
    )

    bill_id: str | Unset = UNSET
    bill_number: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    bill_outstanding_balance_cents: int | Unset = UNSET
    applied_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id = self.bill_id
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.bill_number is not _kept.get("bill_number", _kept):
            bill_number = self.bill_number
        else:
            bill_number = _kept["bill_number"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.bill_outstanding_balance_cents is not _kept.get(
            "bill_outstanding_balance_cents", _kept
        ):
            bill_outstanding_balance_cents = self.bill_outstanding_balance_cents
        else:
            bill_outstanding_balance_cents = _kept["bill_outstanding_balance_cents"]

        if _kept is None or self.applied_at is not _kept.get("applied_at", _kept):
            applied_at = self.applied_at
        else:
            applied_at = _kept["applied_at"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            bill_id = d.pop("bill_id", UNSET)
            if _checking and bill_id.__class__ is not str and bill_id is not UNSET:
                _expect(bill_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "str", src_dict, d, _error, _kept)

        try:
            bill_number = d.pop("bill_number", UNSET)
            if _checking and bill_number.__class__ is not str and bill_number is not UNSET:
                _expect(bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_number = _field_failed(cls, "bill_number", "bill_number", "str", src_dict, d, _error, _kept)

        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            bill_outstanding_balance_cents = d.pop("bill_outstanding_balance_cents", UNSET)
            if (
                _checking
                and bill_outstanding_balance_cents.__class__ is not int
                and bill_outstanding_balance_cents is not UNSET
            ):
                _expect(bill_outstanding_balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            bill_outstanding_balance_cents = _field_failed(
                cls,
                "bill_outstanding_balance_cents",
                "bill_outstanding_balance_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            applied_at = d.pop("applied_at", UNSET)
            if _checking and applied_at.__class__ is not str and applied_at is not UNSET:
                _expect(applied_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            applied_at = _field_failed(cls, "applied_at", "applied_at", "str", src_dict, d, _error, _kept)

        vendor_credit_allocation = cls(
            bill_id=bill_id,
            bill_number=bill_number,
            amount_cents=amount_cents,
            bill_outstanding_balance_cents=bill_outstanding_balance_cents,
            applied_at=applied_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_credit_allocation.additional_properties = d
        if _kept:
            vendor_credit_allocation._thredfi_kept = _kept
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


class VendorCreditAllocationDict(TypedDict, total=False):
    """``VendorCreditAllocation`` as a dict (API field names): what a call accepts in its place."""

    bill_id: str
    bill_number: str
    amount_cents: int
    bill_outstanding_balance_cents: int
    applied_at: str
