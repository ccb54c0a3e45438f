from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialTrend")


@_attrs_define
class FinancialTrend:
    """One period of the trend (cents)

    Attributes:
        period_start (str | Unset):
        period_end (str | Unset):
        revenue_cents (int | Unset):
        expenses_cents (int | Unset):
        net_profit_cents (int | Unset):
    """

    period_start: str | Unset = UNSET
    period_end: str | Unset = UNSET
    revenue_cents: int | Unset = UNSET
    expenses_cents: int | Unset = UNSET
    net_profit_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start

        period_end = self.period_end

        revenue_cents = self.revenue_cents

        expenses_cents = self.expenses_cents

        net_profit_cents = self.net_profit_cents

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_start = d.pop("period_start", UNSET)

        period_end = d.pop("period_end", UNSET)

        revenue_cents = d.pop("revenue_cents", UNSET)

        expenses_cents = d.pop("expenses_cents", UNSET)

        net_profit_cents = d.pop("net_profit_cents", UNSET)

        financial_trend = cls(
            period_start=period_start,
            period_end=period_end,
            revenue_cents=revenue_cents,
            expenses_cents=expenses_cents,
            net_profit_cents=net_profit_cents,
        )

        financial_trend.additional_properties = d
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
