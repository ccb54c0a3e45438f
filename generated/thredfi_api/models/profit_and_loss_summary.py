from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitAndLossSummary")


@_attrs_define
class ProfitAndLossSummary:
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

    net_revenue_cents: int | Unset = UNSET
    total_operating_income_cents: int | Unset = UNSET
    gross_profit_cents: int | Unset = UNSET
    total_operating_expenses_cents: int | Unset = UNSET
    operating_profit_cents: int | Unset = UNSET
    profit_before_tax_cents: int | Unset = UNSET
    net_profit_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_revenue_cents = self.net_revenue_cents

        total_operating_income_cents = self.total_operating_income_cents

        gross_profit_cents = self.gross_profit_cents

        total_operating_expenses_cents = self.total_operating_expenses_cents

        operating_profit_cents = self.operating_profit_cents

        profit_before_tax_cents = self.profit_before_tax_cents

        net_profit_cents = self.net_profit_cents

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        net_revenue_cents = d.pop("net_revenue_cents", UNSET)

        total_operating_income_cents = d.pop("total_operating_income_cents", UNSET)

        gross_profit_cents = d.pop("gross_profit_cents", UNSET)

        total_operating_expenses_cents = d.pop("total_operating_expenses_cents", UNSET)

        operating_profit_cents = d.pop("operating_profit_cents", UNSET)

        profit_before_tax_cents = d.pop("profit_before_tax_cents", UNSET)

        net_profit_cents = d.pop("net_profit_cents", UNSET)

        profit_and_loss_summary = cls(
            net_revenue_cents=net_revenue_cents,
            total_operating_income_cents=total_operating_income_cents,
            gross_profit_cents=gross_profit_cents,
            total_operating_expenses_cents=total_operating_expenses_cents,
            operating_profit_cents=operating_profit_cents,
            profit_before_tax_cents=profit_before_tax_cents,
            net_profit_cents=net_profit_cents,
        )

        profit_and_loss_summary.additional_properties = d
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
