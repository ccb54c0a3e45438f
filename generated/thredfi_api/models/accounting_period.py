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

T = TypeVar("T", bound="AccountingPeriod")


@_attrs_define(repr=False)
class AccountingPeriod(ThredfiModel):
    """An accounting period

    Attributes:
        id (str | Unset):
        year (int | Unset):
        month (int | Unset):
        period_name (str | Unset):
        status (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("year", "year"),
        ("month", "month"),
        ("period_name", "period_name"),
        ("status", "status"),
    )

    id: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    period_name: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.year is not _kept.get("year", _kept):
            year = self.year
        else:
            year = _kept["year"]

        if _kept is None or self.month is not _kept.get("month", _kept):
            month = self.month
        else:
            month = _kept["month"]

        if _kept is None or self.period_name is not _kept.get("period_name", _kept):
            period_name = self.period_name
        else:
            period_name = _kept["period_name"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            year = d.pop("year", UNSET)
            if _checking and year.__class__ is not int and year is not UNSET:
                _expect(year, "int")
        except Exception as _error:
            if not _checking:
                raise
            year = _field_failed(cls, "year", "year", "int", src_dict, d, _error, _kept)

        try:
            month = d.pop("month", UNSET)
            if _checking and month.__class__ is not int and month is not UNSET:
                _expect(month, "int")
        except Exception as _error:
            if not _checking:
                raise
            month = _field_failed(cls, "month", "month", "int", src_dict, d, _error, _kept)

        try:
            period_name = d.pop("period_name", UNSET)
            if _checking and period_name.__class__ is not str and period_name is not UNSET:
                _expect(period_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            period_name = _field_failed(cls, "period_name", "period_name", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        accounting_period = cls(
            id=id,
            year=year,
            month=month,
            period_name=period_name,
            status=status,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        accounting_period.additional_properties = d
        if _kept:
            accounting_period._thredfi_kept = _kept
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


class AccountingPeriodDict(TypedDict, total=False):
    """``AccountingPeriod`` as a dict (API field names): what a call accepts in its place."""

    id: str
    year: int
    month: int
    period_name: str
    status: str
