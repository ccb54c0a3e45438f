from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashReconciliation")


@_attrs_define
class CashReconciliation:
    """Opening cash + net change = closing cash check

    Attributes:
        opening_cash_cents (int | Unset):
        net_change_cents (int | Unset):
        calculated_closing_cents (int | Unset):
        actual_closing_cents (int | Unset):
        reconciles (bool | Unset):
    """

    opening_cash_cents: int | Unset = UNSET
    net_change_cents: int | Unset = UNSET
    calculated_closing_cents: int | Unset = UNSET
    actual_closing_cents: int | Unset = UNSET
    reconciles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_cash_cents = self.opening_cash_cents

        net_change_cents = self.net_change_cents

        calculated_closing_cents = self.calculated_closing_cents

        actual_closing_cents = self.actual_closing_cents

        reconciles = self.reconciles

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opening_cash_cents = d.pop("opening_cash_cents", UNSET)

        net_change_cents = d.pop("net_change_cents", UNSET)

        calculated_closing_cents = d.pop("calculated_closing_cents", UNSET)

        actual_closing_cents = d.pop("actual_closing_cents", UNSET)

        reconciles = d.pop("reconciles", UNSET)

        cash_reconciliation = cls(
            opening_cash_cents=opening_cash_cents,
            net_change_cents=net_change_cents,
            calculated_closing_cents=calculated_closing_cents,
            actual_closing_cents=actual_closing_cents,
            reconciles=reconciles,
        )

        cash_reconciliation.additional_properties = d
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
