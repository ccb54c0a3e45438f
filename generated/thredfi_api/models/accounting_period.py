from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingPeriod")


@_attrs_define
class AccountingPeriod:
    """An accounting period

    Attributes:
        id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        period_name (str | Unset):
        status (str | Unset):
    """

    id: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    period_name: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        month = self.month

        period_name = self.period_name

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if period_name is not UNSET:
            field_dict["period_name"] = period_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        period_name = d.pop("period_name", UNSET)

        status = d.pop("status", UNSET)

        accounting_period = cls(
            id=id,
            year=year,
            month=month,
            period_name=period_name,
            status=status,
        )

        accounting_period.additional_properties = d
        return accounting_period

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
