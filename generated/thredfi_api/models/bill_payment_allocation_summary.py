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

T = TypeVar("T", bound="BillPaymentAllocationSummary")


@_attrs_define(repr=False)
class BillPaymentAllocationSummary(ThredfiModel):
    """A payment allocated to the bill

    Attributes:
        amount_cents (int | Unset):
        payment_date (str | Unset):
        payment_method (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount_cents", "amount_cents"),
        ("payment_date", "payment_date"),
        ("payment_method", "payment_method"),
    )

    amount_cents: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date = self.payment_date
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            payment_date = d.pop("payment_date", UNSET)
            if _checking and payment_date.__class__ is not str and payment_date is not UNSET:
                _expect(payment_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(cls, "payment_date", "payment_date", "str", src_dict, d, _error, _kept)

        try:
            payment_method = d.pop("payment_method", UNSET)
            if _checking and payment_method.__class__ is not str and payment_method is not UNSET:
                _expect(payment_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(cls, "payment_method", "payment_method", "str", src_dict, d, _error, _kept)

        bill_payment_allocation_summary = cls(
            amount_cents=amount_cents,
            payment_date=payment_date,
            payment_method=payment_method,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill_payment_allocation_summary.additional_properties = d
        if _kept:
            bill_payment_allocation_summary._thredfi_kept = _kept
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


class BillPaymentAllocationSummaryDict(TypedDict, total=False):
    """``BillPaymentAllocationSummary`` as a dict (API field names): what a call accepts in its place."""

    amount_cents: int
    payment_date: str
    payment_method: str
