from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgingBuckets")


@_attrs_define
class AgingBuckets:
    """Outstanding amounts by days overdue (cents)

    Attributes:
        current (int | Unset):
        days_1_30 (int | Unset):
        days_31_60 (int | Unset):
        days_61_90 (int | Unset):
        over_90_days (int | Unset):
    """

    current: int | Unset = UNSET
    days_1_30: int | Unset = UNSET
    days_31_60: int | Unset = UNSET
    days_61_90: int | Unset = UNSET
    over_90_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        days_1_30 = self.days_1_30

        days_31_60 = self.days_31_60

        days_61_90 = self.days_61_90

        over_90_days = self.over_90_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if days_1_30 is not UNSET:
            field_dict["days_1_30"] = days_1_30
        if days_31_60 is not UNSET:
            field_dict["days_31_60"] = days_31_60
        if days_61_90 is not UNSET:
            field_dict["days_61_90"] = days_61_90
        if over_90_days is not UNSET:
            field_dict["over_90_days"] = over_90_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = d.pop("current", UNSET)

        days_1_30 = d.pop("days_1_30", UNSET)

        days_31_60 = d.pop("days_31_60", UNSET)

        days_61_90 = d.pop("days_61_90", UNSET)

        over_90_days = d.pop("over_90_days", UNSET)

        aging_buckets = cls(
            current=current,
            days_1_30=days_1_30,
            days_31_60=days_31_60,
            days_61_90=days_61_90,
            over_90_days=over_90_days,
        )

        aging_buckets.additional_properties = d
        return aging_buckets

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
