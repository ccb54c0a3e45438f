from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceSheetSummary")


@_attrs_define
class BalanceSheetSummary:
    """Balance sheet totals (cents)

    Attributes:
        total_assets_cents (int | Unset):
        total_non_current_assets_cents (int | Unset):
        total_current_assets_cents (int | Unset):
        total_liabilities_cents (int | Unset):
        total_current_liabilities_cents (int | Unset):
        total_non_current_liabilities_cents (int | Unset):
        total_equity_cents (int | Unset):
        net_assets_cents (int | Unset):
    """

    total_assets_cents: int | Unset = UNSET
    total_non_current_assets_cents: int | Unset = UNSET
    total_current_assets_cents: int | Unset = UNSET
    total_liabilities_cents: int | Unset = UNSET
    total_current_liabilities_cents: int | Unset = UNSET
    total_non_current_liabilities_cents: int | Unset = UNSET
    total_equity_cents: int | Unset = UNSET
    net_assets_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_assets_cents = self.total_assets_cents

        total_non_current_assets_cents = self.total_non_current_assets_cents

        total_current_assets_cents = self.total_current_assets_cents

        total_liabilities_cents = self.total_liabilities_cents

        total_current_liabilities_cents = self.total_current_liabilities_cents

        total_non_current_liabilities_cents = self.total_non_current_liabilities_cents

        total_equity_cents = self.total_equity_cents

        net_assets_cents = self.net_assets_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_assets_cents is not UNSET:
            field_dict["total_assets_cents"] = total_assets_cents
        if total_non_current_assets_cents is not UNSET:
            field_dict["total_non_current_assets_cents"] = total_non_current_assets_cents
        if total_current_assets_cents is not UNSET:
            field_dict["total_current_assets_cents"] = total_current_assets_cents
        if total_liabilities_cents is not UNSET:
            field_dict["total_liabilities_cents"] = total_liabilities_cents
        if total_current_liabilities_cents is not UNSET:
            field_dict["total_current_liabilities_cents"] = total_current_liabilities_cents
        if total_non_current_liabilities_cents is not UNSET:
            field_dict["total_non_current_liabilities_cents"] = total_non_current_liabilities_cents
        if total_equity_cents is not UNSET:
            field_dict["total_equity_cents"] = total_equity_cents
        if net_assets_cents is not UNSET:
            field_dict["net_assets_cents"] = net_assets_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_assets_cents = d.pop("total_assets_cents", UNSET)

        total_non_current_assets_cents = d.pop("total_non_current_assets_cents", UNSET)

        total_current_assets_cents = d.pop("total_current_assets_cents", UNSET)

        total_liabilities_cents = d.pop("total_liabilities_cents", UNSET)

        total_current_liabilities_cents = d.pop("total_current_liabilities_cents", UNSET)

        total_non_current_liabilities_cents = d.pop("total_non_current_liabilities_cents", UNSET)

        total_equity_cents = d.pop("total_equity_cents", UNSET)

        net_assets_cents = d.pop("net_assets_cents", UNSET)

        balance_sheet_summary = cls(
            total_assets_cents=total_assets_cents,
            total_non_current_assets_cents=total_non_current_assets_cents,
            total_current_assets_cents=total_current_assets_cents,
            total_liabilities_cents=total_liabilities_cents,
            total_current_liabilities_cents=total_current_liabilities_cents,
            total_non_current_liabilities_cents=total_non_current_liabilities_cents,
            total_equity_cents=total_equity_cents,
            net_assets_cents=net_assets_cents,
        )

        balance_sheet_summary.additional_properties = d
        return balance_sheet_summary

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
