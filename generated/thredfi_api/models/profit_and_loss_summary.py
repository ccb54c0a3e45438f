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

T = TypeVar("T", bound="ProfitAndLossSummary")


@_attrs_define(repr=False)
class ProfitAndLossSummary(ThredfiModel):
    """P&L totals (cents)

    Attributes:
        net_revenue_cents (int | Unset):
        total_operating_income_cents (int | Unset):
        gross_profit_cents (int | Unset):
        total_operating_expenses_cents (int | Unset):
        operating_profit_cents (int | Unset):
        profit_before_tax_cents (int | Unset):
        net_profit_cents (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("net_revenue_cents", "net_revenue_cents"),
        ("total_operating_income_cents", "total_operating_income_cents"),
        ("gross_profit_cents", "gross_profit_cents"),
        ("total_operating_expenses_cents", "total_operating_expenses_cents"),
        ("operating_profit_cents", "operating_profit_cents"),
        ("profit_before_tax_cents", "profit_before_tax_cents"),
        ("net_profit_cents", "net_profit_cents"),
    )

    net_revenue_cents: int | Unset = UNSET
    total_operating_income_cents: int | Unset = UNSET
    gross_profit_cents: int | Unset = UNSET
    total_operating_expenses_cents: int | Unset = UNSET
    operating_profit_cents: int | Unset = UNSET
    profit_before_tax_cents: int | Unset = UNSET
    net_profit_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.net_revenue_cents is not _kept.get("net_revenue_cents", _kept):
            net_revenue_cents = self.net_revenue_cents
        else:
            net_revenue_cents = _kept["net_revenue_cents"]

        if _kept is None or self.total_operating_income_cents is not _kept.get("total_operating_income_cents", _kept):
            total_operating_income_cents = self.total_operating_income_cents
        else:
            total_operating_income_cents = _kept["total_operating_income_cents"]

        if _kept is None or self.gross_profit_cents is not _kept.get("gross_profit_cents", _kept):
            gross_profit_cents = self.gross_profit_cents
        else:
            gross_profit_cents = _kept["gross_profit_cents"]

        if _kept is None or self.total_operating_expenses_cents is not _kept.get(
            "total_operating_expenses_cents", _kept
        ):
            total_operating_expenses_cents = self.total_operating_expenses_cents
        else:
            total_operating_expenses_cents = _kept["total_operating_expenses_cents"]

        if _kept is None or self.operating_profit_cents is not _kept.get("operating_profit_cents", _kept):
            operating_profit_cents = self.operating_profit_cents
        else:
            operating_profit_cents = _kept["operating_profit_cents"]

        if _kept is None or self.profit_before_tax_cents is not _kept.get("profit_before_tax_cents", _kept):
            profit_before_tax_cents = self.profit_before_tax_cents
        else:
            profit_before_tax_cents = _kept["profit_before_tax_cents"]

        if _kept is None or self.net_profit_cents is not _kept.get("net_profit_cents", _kept):
            net_profit_cents = self.net_profit_cents
        else:
            net_profit_cents = _kept["net_profit_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_revenue_cents is not UNSET:
            field_dict["net_revenue_cents"] = net_revenue_cents
        if total_operating_income_cents is not UNSET:
            field_dict["total_operating_income_cents"] = total_operating_income_cents
        if gross_profit_cents is not UNSET:
            field_dict["gross_profit_cents"] = gross_profit_cents
        if total_operating_expenses_cents is not UNSET:
            field_dict["total_operating_expenses_cents"] = total_operating_expenses_cents
        if operating_profit_cents is not UNSET:
            field_dict["operating_profit_cents"] = operating_profit_cents
        if profit_before_tax_cents is not UNSET:
            field_dict["profit_before_tax_cents"] = profit_before_tax_cents
        if net_profit_cents is not UNSET:
            field_dict["net_profit_cents"] = net_profit_cents
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            net_revenue_cents = d.pop("net_revenue_cents", UNSET)
            if _checking and net_revenue_cents.__class__ is not int and net_revenue_cents is not UNSET:
                _expect(net_revenue_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_revenue_cents = _field_failed(
                cls, "net_revenue_cents", "net_revenue_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_operating_income_cents = d.pop("total_operating_income_cents", UNSET)
            if (
                _checking
                and total_operating_income_cents.__class__ is not int
                and total_operating_income_cents is not UNSET
            ):
                _expect(total_operating_income_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_operating_income_cents = _field_failed(
                cls, "total_operating_income_cents", "total_operating_income_cents", "int", src_dict, d, _error, _kept
            )

        try:
            gross_profit_cents = d.pop("gross_profit_cents", UNSET)
            if _checking and gross_profit_cents.__class__ is not int and gross_profit_cents is not UNSET:
                _expect(gross_profit_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            gross_profit_cents = _field_failed(
                cls, "gross_profit_cents", "gross_profit_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_operating_expenses_cents = d.pop("total_operating_expenses_cents", UNSET)
            if (
                _checking
                and total_operating_expenses_cents.__class__ is not int
                and total_operating_expenses_cents is not UNSET
            ):
                _expect(total_operating_expenses_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_operating_expenses_cents = _field_failed(
                cls,
                "total_operating_expenses_cents",
                "total_operating_expenses_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            operating_profit_cents = d.pop("operating_profit_cents", UNSET)
            if _checking and operating_profit_cents.__class__ is not int and operating_profit_cents is not UNSET:
                _expect(operating_profit_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            operating_profit_cents = _field_failed(
                cls, "operating_profit_cents", "operating_profit_cents", "int", src_dict, d, _error, _kept
            )

        try:
            profit_before_tax_cents = d.pop("profit_before_tax_cents", UNSET)
            if _checking and profit_before_tax_cents.__class__ is not int and profit_before_tax_cents is not UNSET:
                _expect(profit_before_tax_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            profit_before_tax_cents = _field_failed(
                cls, "profit_before_tax_cents", "profit_before_tax_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_profit_cents = d.pop("net_profit_cents", UNSET)
            if _checking and net_profit_cents.__class__ is not int and net_profit_cents is not UNSET:
                _expect(net_profit_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_profit_cents = _field_failed(
                cls, "net_profit_cents", "net_profit_cents", "int", src_dict, d, _error, _kept
            )

        profit_and_loss_summary = cls(
            net_revenue_cents=net_revenue_cents,
            total_operating_income_cents=total_operating_income_cents,
            gross_profit_cents=gross_profit_cents,
            total_operating_expenses_cents=total_operating_expenses_cents,
            operating_profit_cents=operating_profit_cents,
            profit_before_tax_cents=profit_before_tax_cents,
            net_profit_cents=net_profit_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        profit_and_loss_summary.additional_properties = d
        if _kept:
            profit_and_loss_summary._thredfi_kept = _kept
        return profit_and_loss_summary

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


class ProfitAndLossSummaryDict(TypedDict, total=False):
    """``ProfitAndLossSummary`` as a dict (API field names): what a call accepts in its place."""

    net_revenue_cents: int
    total_operating_income_cents: int
    gross_profit_cents: int
    total_operating_expenses_cents: int
    operating_profit_cents: int
    profit_before_tax_cents: int
    net_profit_cents: int
