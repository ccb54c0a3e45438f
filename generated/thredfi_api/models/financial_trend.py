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

T = TypeVar("T", bound="FinancialTrend")


@_attrs_define(repr=False)
class FinancialTrend(ThredfiModel):
    """One period of the trend (cents)

    Attributes:
        period_start (str | Unset):
        period_end (str | Unset):
        revenue_cents (int | Unset):
        expenses_cents (int | Unset):
        net_profit_cents (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("period_start", "period_start"),
        ("period_end", "period_end"),
        ("revenue_cents", "revenue_cents"),
        ("expenses_cents", "expenses_cents"),
        ("net_profit_cents", "net_profit_cents"),
    )

    period_start: str | Unset = UNSET
    period_end: str | Unset = UNSET
    revenue_cents: int | Unset = UNSET
    expenses_cents: int | Unset = UNSET
    net_profit_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.period_start is not _kept.get("period_start", _kept):
            period_start = self.period_start
        else:
            period_start = _kept["period_start"]

        if _kept is None or self.period_end is not _kept.get("period_end", _kept):
            period_end = self.period_end
        else:
            period_end = _kept["period_end"]

        if _kept is None or self.revenue_cents is not _kept.get("revenue_cents", _kept):
            revenue_cents = self.revenue_cents
        else:
            revenue_cents = _kept["revenue_cents"]

        if _kept is None or self.expenses_cents is not _kept.get("expenses_cents", _kept):
            expenses_cents = self.expenses_cents
        else:
            expenses_cents = _kept["expenses_cents"]

        if _kept is None or self.net_profit_cents is not _kept.get("net_profit_cents", _kept):
            net_profit_cents = self.net_profit_cents
        else:
            net_profit_cents = _kept["net_profit_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if revenue_cents is not UNSET:
            field_dict["revenue_cents"] = revenue_cents
        if expenses_cents is not UNSET:
            field_dict["expenses_cents"] = expenses_cents
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
            period_start = d.pop("period_start", UNSET)
            if _checking and period_start.__class__ is not str and period_start is not UNSET:
                _expect(period_start, "str")
        except Exception as _error:
            if not _checking:
                raise
            period_start = _field_failed(cls, "period_start", "period_start", "str", src_dict, d, _error, _kept)

        try:
            period_end = d.pop("period_end", UNSET)
            if _checking and period_end.__class__ is not str and period_end is not UNSET:
                _expect(period_end, "str")
        except Exception as _error:
            if not _checking:
                raise
            period_end = _field_failed(cls, "period_end", "period_end", "str", src_dict, d, _error, _kept)

        try:
            revenue_cents = d.pop("revenue_cents", UNSET)
            if _checking and revenue_cents.__class__ is not int and revenue_cents is not UNSET:
                _expect(revenue_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            revenue_cents = _field_failed(cls, "revenue_cents", "revenue_cents", "int", src_dict, d, _error, _kept)

        try:
            expenses_cents = d.pop("expenses_cents", UNSET)
            if _checking and expenses_cents.__class__ is not int and expenses_cents is not UNSET:
                _expect(expenses_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            expenses_cents = _field_failed(cls, "expenses_cents", "expenses_cents", "int", src_dict, d, _error, _kept)

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

        financial_trend = cls(
            period_start=period_start,
            period_end=period_end,
            revenue_cents=revenue_cents,
            expenses_cents=expenses_cents,
            net_profit_cents=net_profit_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        financial_trend.additional_properties = d
        if _kept:
            financial_trend._thredfi_kept = _kept
        return financial_trend

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


class FinancialTrendDict(TypedDict, total=False):
    """``FinancialTrend`` as a dict (API field names): what a call accepts in its place."""

    period_start: str
    period_end: str
    revenue_cents: int
    expenses_cents: int
    net_profit_cents: int
