from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashFlowSummary")


@_attrs_define
class CashFlowSummary:
    """Cash flow totals (cents)

    Attributes:
        net_cash_from_operating_cents (int | Unset):
        net_cash_from_investing_cents (int | Unset):
        net_cash_from_financing_cents (int | Unset):
        net_change_in_cash_cents (int | Unset):
        opening_cash_cents (int | Unset):
        closing_cash_cents (int | Unset):
    """

    net_cash_from_operating_cents: int | Unset = UNSET
    net_cash_from_investing_cents: int | Unset = UNSET
    net_cash_from_financing_cents: int | Unset = UNSET
    net_change_in_cash_cents: int | Unset = UNSET
    opening_cash_cents: int | Unset = UNSET
    closing_cash_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_cash_from_operating_cents = self.net_cash_from_operating_cents

        net_cash_from_investing_cents = self.net_cash_from_investing_cents

        net_cash_from_financing_cents = self.net_cash_from_financing_cents

        net_change_in_cash_cents = self.net_change_in_cash_cents

        opening_cash_cents = self.opening_cash_cents

        closing_cash_cents = self.closing_cash_cents

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        net_cash_from_operating_cents = d.pop("net_cash_from_operating_cents", UNSET)

        net_cash_from_investing_cents = d.pop("net_cash_from_investing_cents", UNSET)

        net_cash_from_financing_cents = d.pop("net_cash_from_financing_cents", UNSET)

        net_change_in_cash_cents = d.pop("net_change_in_cash_cents", UNSET)

        opening_cash_cents = d.pop("opening_cash_cents", UNSET)

        closing_cash_cents = d.pop("closing_cash_cents", UNSET)

        cash_flow_summary = cls(
            net_cash_from_operating_cents=net_cash_from_operating_cents,
            net_cash_from_investing_cents=net_cash_from_investing_cents,
            net_cash_from_financing_cents=net_cash_from_financing_cents,
            net_change_in_cash_cents=net_change_in_cash_cents,
            opening_cash_cents=opening_cash_cents,
            closing_cash_cents=closing_cash_cents,
        )

        cash_flow_summary.additional_properties = d
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
