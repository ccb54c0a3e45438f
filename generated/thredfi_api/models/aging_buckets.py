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

T = TypeVar("T", bound="AgingBuckets")


@_attrs_define(repr=False)
class AgingBuckets(ThredfiModel):
    """Outstanding amounts by days overdue (cents)

    Attributes:
        current (int | Unset):
        days_1_30 (int | Unset):
        days_31_60 (int | Unset):
        days_61_90 (int | Unset):
        over_90_days (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("current", "current"),
        ("days_1_30", "days_1_30"),
        ("days_31_60", "days_31_60"),
        ("days_61_90", "days_61_90"),
        ("over_90_days", "over_90_days"),
    )

    current: int | Unset = UNSET
    days_1_30: int | Unset = UNSET
    days_31_60: int | Unset = UNSET
    days_61_90: int | Unset = UNSET
    over_90_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.current is not _kept.get("current", _kept):
            current = self.current
        else:
            current = _kept["current"]

        if _kept is None or self.days_1_30 is not _kept.get("days_1_30", _kept):
            days_1_30 = self.days_1_30
        else:
            days_1_30 = _kept["days_1_30"]

        if _kept is None or self.days_31_60 is not _kept.get("days_31_60", _kept):
            days_31_60 = self.days_31_60
        else:
            days_31_60 = _kept["days_31_60"]

        if _kept is None or self.days_61_90 is not _kept.get("days_61_90", _kept):
            days_61_90 = self.days_61_90
        else:
            days_61_90 = _kept["days_61_90"]

        if _kept is None or self.over_90_days is not _kept.get("over_90_days", _kept):
            over_90_days = self.over_90_days
        else:
            over_90_days = _kept["over_90_days"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            current = d.pop("current", UNSET)
            if _checking and current.__class__ is not int and current is not UNSET:
                _expect(current, "int")
        except Exception as _error:
            if not _checking:
                raise
            current = _field_failed(cls, "current", "current", "int", src_dict, d, _error, _kept)

        try:
            days_1_30 = d.pop("days_1_30", UNSET)
            if _checking and days_1_30.__class__ is not int and days_1_30 is not UNSET:
                _expect(days_1_30, "int")
        except Exception as _error:
            if not _checking:
                raise
            days_1_30 = _field_failed(cls, "days_1_30", "days_1_30", "int", src_dict, d, _error, _kept)

        try:
            days_31_60 = d.pop("days_31_60", UNSET)
            if _checking and days_31_60.__class__ is not int and days_31_60 is not UNSET:
                _expect(days_31_60, "int")
        except Exception as _error:
            if not _checking:
                raise
            days_31_60 = _field_failed(cls, "days_31_60", "days_31_60", "int", src_dict, d, _error, _kept)

        try:
            days_61_90 = d.pop("days_61_90", UNSET)
            if _checking and days_61_90.__class__ is not int and days_61_90 is not UNSET:
                _expect(days_61_90, "int")
        except Exception as _error:
            if not _checking:
                raise
            days_61_90 = _field_failed(cls, "days_61_90", "days_61_90", "int", src_dict, d, _error, _kept)

        try:
            over_90_days = d.pop("over_90_days", UNSET)
            if _checking and over_90_days.__class__ is not int and over_90_days is not UNSET:
                _expect(over_90_days, "int")
        except Exception as _error:
            if not _checking:
                raise
            over_90_days = _field_failed(cls, "over_90_days", "over_90_days", "int", src_dict, d, _error, _kept)

        aging_buckets = cls(
            current=current,
            days_1_30=days_1_30,
            days_31_60=days_31_60,
            days_61_90=days_61_90,
            over_90_days=over_90_days,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        aging_buckets.additional_properties = d
        if _kept:
            aging_buckets._thredfi_kept = _kept
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


class AgingBucketsDict(TypedDict, total=False):
    """``AgingBuckets`` as a dict (API field names): what a call accepts in its place."""

    current: int
    days_1_30: int
    days_31_60: int
    days_61_90: int
    over_90_days: int
