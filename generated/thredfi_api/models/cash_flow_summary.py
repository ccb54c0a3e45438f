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

T = TypeVar("T", bound="CashFlowSummary")


@_attrs_define(repr=False)
class CashFlowSummary(ThredfiModel):
    """Cash flow totals (cents)

    Attributes:
        net_cash_from_operating_cents (int | Unset):
        net_cash_from_investing_cents (int | Unset):
        net_cash_from_financing_cents (int | Unset):
        net_change_in_cash_cents (int | Unset):
        opening_cash_cents (int | Unset):
        closing_cash_cents (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("net_cash_from_operating_cents", "net_cash_from_operating_cents"),
        ("net_cash_from_investing_cents", "net_cash_from_investing_cents"),
        ("net_cash_from_financing_cents", "net_cash_from_financing_cents"),
        ("net_change_in_cash_cents", "net_change_in_cash_cents"),
        ("opening_cash_cents", "opening_cash_cents"),
        ("closing_cash_cents", "closing_cash_cents"),
    )

    net_cash_from_operating_cents: int | Unset = UNSET
    net_cash_from_investing_cents: int | Unset = UNSET
    net_cash_from_financing_cents: int | Unset = UNSET
    net_change_in_cash_cents: int | Unset = UNSET
    opening_cash_cents: int | Unset = UNSET
    closing_cash_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.net_cash_from_operating_cents is not _kept.get("net_cash_from_operating_cents", _kept):
            net_cash_from_operating_cents = self.net_cash_from_operating_cents
        else:
            net_cash_from_operating_cents = _kept["net_cash_from_operating_cents"]

        if _kept is None or self.net_cash_from_investing_cents is not _kept.get("net_cash_from_investing_cents", _kept):
            net_cash_from_investing_cents = self.net_cash_from_investing_cents
        else:
            net_cash_from_investing_cents = _kept["net_cash_from_investing_cents"]

        if _kept is None or self.net_cash_from_financing_cents is not _kept.get("net_cash_from_financing_cents", _kept):
            net_cash_from_financing_cents = self.net_cash_from_financing_cents
        else:
            net_cash_from_financing_cents = _kept["net_cash_from_financing_cents"]

        if _kept is None or self.net_change_in_cash_cents is not _kept.get("net_change_in_cash_cents", _kept):
            net_change_in_cash_cents = self.net_change_in_cash_cents
        else:
            net_change_in_cash_cents = _kept["net_change_in_cash_cents"]

        if _kept is None or self.opening_cash_cents is not _kept.get("opening_cash_cents", _kept):
            opening_cash_cents = self.opening_cash_cents
        else:
            opening_cash_cents = _kept["opening_cash_cents"]

        if _kept is None or self.closing_cash_cents is not _kept.get("closing_cash_cents", _kept):
            closing_cash_cents = self.closing_cash_cents
        else:
            closing_cash_cents = _kept["closing_cash_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_cash_from_operating_cents is not UNSET:
            field_dict["net_cash_from_operating_cents"] = net_cash_from_operating_cents
        if net_cash_from_investing_cents is not UNSET:
            field_dict["net_cash_from_investing_cents"] = net_cash_from_investing_cents
        if net_cash_from_financing_cents is not UNSET:
            field_dict["net_cash_from_financing_cents"] = net_cash_from_financing_cents
        if net_change_in_cash_cents is not UNSET:
            field_dict["net_change_in_cash_cents"] = net_change_in_cash_cents
        if opening_cash_cents is not UNSET:
            field_dict["opening_cash_cents"] = opening_cash_cents
        if closing_cash_cents is not UNSET:
            field_dict["closing_cash_cents"] = closing_cash_cents
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            net_cash_from_operating_cents = d.pop("net_cash_from_operating_cents", UNSET)
            if (
                _checking
                and net_cash_from_operating_cents.__class__ is not int
                and net_cash_from_operating_cents is not UNSET
            ):
                _expect(net_cash_from_operating_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_cash_from_operating_cents = _field_failed(
                cls, "net_cash_from_operating_cents", "net_cash_from_operating_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_cash_from_investing_cents = d.pop("net_cash_from_investing_cents", UNSET)
            if (
                _checking
                and net_cash_from_investing_cents.__class__ is not int
                and net_cash_from_investing_cents is not UNSET
            ):
                _expect(net_cash_from_investing_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_cash_from_investing_cents = _field_failed(
                cls, "net_cash_from_investing_cents", "net_cash_from_investing_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_cash_from_financing_cents = d.pop("net_cash_from_financing_cents", UNSET)
            if (
                _checking
                and net_cash_from_financing_cents.__class__ is not int
                and net_cash_from_financing_cents is not UNSET
            ):
                _expect(net_cash_from_financing_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_cash_from_financing_cents = _field_failed(
                cls, "net_cash_from_financing_cents", "net_cash_from_financing_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_change_in_cash_cents = d.pop("net_change_in_cash_cents", UNSET)
            if _checking and net_change_in_cash_cents.__class__ is not int and net_change_in_cash_cents is not UNSET:
                _expect(net_change_in_cash_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_change_in_cash_cents = _field_failed(
                cls, "net_change_in_cash_cents", "net_change_in_cash_cents", "int", src_dict, d, _error, _kept
            )

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
            closing_cash_cents = d.pop("closing_cash_cents", UNSET)
            if _checking and closing_cash_cents.__class__ is not int and closing_cash_cents is not UNSET:
                _expect(closing_cash_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            closing_cash_cents = _field_failed(
                cls, "closing_cash_cents", "closing_cash_cents", "int", src_dict, d, _error, _kept
            )

        cash_flow_summary = cls(
            net_cash_from_operating_cents=net_cash_from_operating_cents,
            net_cash_from_investing_cents=net_cash_from_investing_cents,
            net_cash_from_financing_cents=net_cash_from_financing_cents,
            net_change_in_cash_cents=net_change_in_cash_cents,
            opening_cash_cents=opening_cash_cents,
            closing_cash_cents=closing_cash_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        cash_flow_summary.additional_properties = d
        if _kept:
            cash_flow_summary._thredfi_kept = _kept
        return cash_flow_summary

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


class CashFlowSummaryDict(TypedDict, total=False):
    """``CashFlowSummary`` as a dict (API field names): what a call accepts in its place."""

    net_cash_from_operating_cents: int
    net_cash_from_investing_cents: int
    net_cash_from_financing_cents: int
    net_change_in_cash_cents: int
    opening_cash_cents: int
    closing_cash_cents: int
