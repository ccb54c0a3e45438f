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

T = TypeVar("T", bound="CashReconciliation")


@_attrs_define(repr=False)
class CashReconciliation(ThredfiModel):
    """Opening cash + net change = closing cash check

    Attributes:
        opening_cash_cents (int | Unset):
        net_change_cents (int | Unset):
        calculated_closing_cents (int | Unset):
        actual_closing_cents (int | Unset):
        reconciles (bool | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("opening_cash_cents", "opening_cash_cents"),
        ("net_change_cents", "net_change_cents"),
        ("calculated_closing_cents", "calculated_closing_cents"),
        ("actual_closing_cents", "actual_closing_cents"),
        ("reconciles", "reconciles"),
    )

    opening_cash_cents: int | Unset = UNSET
    net_change_cents: int | Unset = UNSET
    calculated_closing_cents: int | Unset = UNSET
    actual_closing_cents: int | Unset = UNSET
    reconciles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.opening_cash_cents is not _kept.get("opening_cash_cents", _kept):
            opening_cash_cents = self.opening_cash_cents
        else:
            opening_cash_cents = _kept["opening_cash_cents"]

        if _kept is None or self.net_change_cents is not _kept.get("net_change_cents", _kept):
            net_change_cents = self.net_change_cents
        else:
            net_change_cents = _kept["net_change_cents"]

        if _kept is None or self.calculated_closing_cents is not _kept.get("calculated_closing_cents", _kept):
            calculated_closing_cents = self.calculated_closing_cents
        else:
            calculated_closing_cents = _kept["calculated_closing_cents"]

        if _kept is None or self.actual_closing_cents is not _kept.get("actual_closing_cents", _kept):
            actual_closing_cents = self.actual_closing_cents
        else:
            actual_closing_cents = _kept["actual_closing_cents"]

        if _kept is None or self.reconciles is not _kept.get("reconciles", _kept):
            reconciles = self.reconciles
        else:
            reconciles = _kept["reconciles"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_cash_cents is not UNSET:
            field_dict["opening_cash_cents"] = opening_cash_cents
        if net_change_cents is not UNSET:
            field_dict["net_change_cents"] = net_change_cents
        if calculated_closing_cents is not UNSET:
            field_dict["calculated_closing_cents"] = calculated_closing_cents
        if actual_closing_cents is not UNSET:
            field_dict["actual_closing_cents"] = actual_closing_cents
        if reconciles is not UNSET:
            field_dict["reconciles"] = reconciles
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            opening_cash_cents = d.pop("opening_cash_cents", UNSET)
            if _checking and opening_cash_cents.__class__ is not int and opening_cash_cents is not UNSET:
                _expect(opening_cash_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            opening_cash_cents = _field_failed(
                cls, "opening_cash_cents", "opening_cash_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_change_cents = d.pop("net_change_cents", UNSET)
            if _checking and net_change_cents.__class__ is not int and net_change_cents is not UNSET:
                _expect(net_change_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_change_cents = _field_failed(
                cls, "net_change_cents", "net_change_cents", "int", src_dict, d, _error, _kept
            )

        try:
            calculated_closing_cents = d.pop("calculated_closing_cents", UNSET)
            if _checking and calculated_closing_cents.__class__ is not int and calculated_closing_cents is not UNSET:
                _expect(calculated_closing_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            calculated_closing_cents = _field_failed(
                cls, "calculated_closing_cents", "calculated_closing_cents", "int", src_dict, d, _error, _kept
            )

        try:
            actual_closing_cents = d.pop("actual_closing_cents", UNSET)
            if _checking and actual_closing_cents.__class__ is not int and actual_closing_cents is not UNSET:
                _expect(actual_closing_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            actual_closing_cents = _field_failed(
                cls, "actual_closing_cents", "actual_closing_cents", "int", src_dict, d, _error, _kept
            )

        try:
            reconciles = d.pop("reconciles", UNSET)
            if _checking and reconciles.__class__ is not bool and reconciles is not UNSET:
                _expect(reconciles, "bool")
        except Exception as _error:
            if not _checking:
                raise
            reconciles = _field_failed(cls, "reconciles", "reconciles", "bool", src_dict, d, _error, _kept)

        cash_reconciliation = cls(
            opening_cash_cents=opening_cash_cents,
            net_change_cents=net_change_cents,
            calculated_closing_cents=calculated_closing_cents,
            actual_closing_cents=actual_closing_cents,
            reconciles=reconciles,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        cash_reconciliation.additional_properties = d
        if _kept:
            cash_reconciliation._thredfi_kept = _kept
        return cash_reconciliation

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


class CashReconciliationDict(TypedDict, total=False):
    """``CashReconciliation`` as a dict (API field names): what a call accepts in its place."""

    opening_cash_cents: int
    net_change_cents: int
    calculated_closing_cents: int
    actual_closing_cents: int
    reconciles: bool
