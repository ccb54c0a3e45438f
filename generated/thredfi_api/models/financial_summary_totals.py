from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialSummaryTotals")


@_attrs_define
class FinancialSummaryTotals:
    """Totals for the whole date range (cents)

    Attributes:
        total_revenue_cents (int | Unset):
        total_expenses_cents (int | Unset):
        net_profit_cents (int | Unset):
    """

    total_revenue_cents: int | Unset = UNSET
    total_expenses_cents: int | Unset = UNSET
    net_profit_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_revenue_cents = self.total_revenue_cents

        total_expenses_cents = self.total_expenses_cents

        net_profit_cents = self.net_profit_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_revenue_cents is not UNSET:
            field_dict["total_revenue_cents"] = total_revenue_cents
        if total_expenses_cents is not UNSET:
            field_dict["total_expenses_cents"] = total_expenses_cents
        if net_profit_cents is not UNSET:
            field_dict["net_profit_cents"] = net_profit_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_revenue_cents = d.pop("total_revenue_cents", UNSET)

        total_expenses_cents = d.pop("total_expenses_cents", UNSET)

        net_profit_cents = d.pop("net_profit_cents", UNSET)

        financial_summary_totals = cls(
            total_revenue_cents=total_revenue_cents,
            total_expenses_cents=total_expenses_cents,
            net_profit_cents=net_profit_cents,
        )

        financial_summary_totals.additional_properties = d
        return financial_summary_totals

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
