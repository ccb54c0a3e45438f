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

T = TypeVar("T", bound="BalanceSheetSummary")


@_attrs_define(repr=False)
class BalanceSheetSummary(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total_assets_cents", "total_assets_cents"),
        ("total_non_current_assets_cents", "total_non_current_assets_cents"),
        ("total_current_assets_cents", "total_current_assets_cents"),
        ("total_liabilities_cents", "total_liabilities_cents"),
        ("total_current_liabilities_cents", "total_current_liabilities_cents"),
        ("total_non_current_liabilities_cents", "total_non_current_liabilities_cents"),
        ("total_equity_cents", "total_equity_cents"),
        ("net_assets_cents", "net_assets_cents"),
    )

    total_assets_cents: int | Unset = UNSET
    total_non_current_assets_cents: int | Unset = UNSET
    total_current_assets_cents: int | Unset = UNSET
    total_liabilities_cents: int | Unset = UNSET
    total_current_liabilities_cents: int | Unset = UNSET
    total_non_current_liabilities_cents: int | Unset = UNSET
    total_equity_cents: int | Unset = UNSET
    net_assets_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.total_assets_cents is not _kept.get("total_assets_cents", _kept):
            total_assets_cents = self.total_assets_cents
        else:
            total_assets_cents = _kept["total_assets_cents"]

        if _kept is None or self.total_non_current_assets_cents is not _kept.get(
            "total_non_current_assets_cents", _kept
        ):
            total_non_current_assets_cents = self.total_non_current_assets_cents
        else:
            total_non_current_assets_cents = _kept["total_non_current_assets_cents"]

        if _kept is None or self.total_current_assets_cents is not _kept.get("total_current_assets_cents", _kept):
            total_current_assets_cents = self.total_current_assets_cents
        else:
            total_current_assets_cents = _kept["total_current_assets_cents"]

        if _kept is None or self.total_liabilities_cents is not _kept.get("total_liabilities_cents", _kept):
            total_liabilities_cents = self.total_liabilities_cents
        else:
            total_liabilities_cents = _kept["total_liabilities_cents"]

        if _kept is None or self.total_current_liabilities_cents is not _kept.get(
            "total_current_liabilities_cents", _kept
        ):
            total_current_liabilities_cents = self.total_current_liabilities_cents
        else:
            total_current_liabilities_cents = _kept["total_current_liabilities_cents"]

        if _kept is None or self.total_non_current_liabilities_cents is not _kept.get(
            "total_non_current_liabilities_cents", _kept
        ):
            total_non_current_liabilities_cents = self.total_non_current_liabilities_cents
        else:
            total_non_current_liabilities_cents = _kept["total_non_current_liabilities_cents"]

        if _kept is None or self.total_equity_cents is not _kept.get("total_equity_cents", _kept):
            total_equity_cents = self.total_equity_cents
        else:
            total_equity_cents = _kept["total_equity_cents"]

        if _kept is None or self.net_assets_cents is not _kept.get("net_assets_cents", _kept):
            net_assets_cents = self.net_assets_cents
        else:
            net_assets_cents = _kept["net_assets_cents"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            total_assets_cents = d.pop("total_assets_cents", UNSET)
            if _checking and total_assets_cents.__class__ is not int and total_assets_cents is not UNSET:
                _expect(total_assets_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_assets_cents = _field_failed(
                cls, "total_assets_cents", "total_assets_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_non_current_assets_cents = d.pop("total_non_current_assets_cents", UNSET)
            if (
                _checking
                and total_non_current_assets_cents.__class__ is not int
                and total_non_current_assets_cents is not UNSET
            ):
                _expect(total_non_current_assets_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_non_current_assets_cents = _field_failed(
                cls,
                "total_non_current_assets_cents",
                "total_non_current_assets_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            total_current_assets_cents = d.pop("total_current_assets_cents", UNSET)
            if (
                _checking
                and total_current_assets_cents.__class__ is not int
                and total_current_assets_cents is not UNSET
            ):
                _expect(total_current_assets_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_current_assets_cents = _field_failed(
                cls, "total_current_assets_cents", "total_current_assets_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_liabilities_cents = d.pop("total_liabilities_cents", UNSET)
            if _checking and total_liabilities_cents.__class__ is not int and total_liabilities_cents is not UNSET:
                _expect(total_liabilities_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_liabilities_cents = _field_failed(
                cls, "total_liabilities_cents", "total_liabilities_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_current_liabilities_cents = d.pop("total_current_liabilities_cents", UNSET)
            if (
                _checking
                and total_current_liabilities_cents.__class__ is not int
                and total_current_liabilities_cents is not UNSET
            ):
                _expect(total_current_liabilities_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_current_liabilities_cents = _field_failed(
                cls,
                "total_current_liabilities_cents",
                "total_current_liabilities_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            total_non_current_liabilities_cents = d.pop("total_non_current_liabilities_cents", UNSET)
            if (
                _checking
                and total_non_current_liabilities_cents.__class__ is not int
                and total_non_current_liabilities_cents is not UNSET
            ):
                _expect(total_non_current_liabilities_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_non_current_liabilities_cents = _field_failed(
                cls,
                "total_non_current_liabilities_cents",
                "total_non_current_liabilities_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            total_equity_cents = d.pop("total_equity_cents", UNSET)
            if _checking and total_equity_cents.__class__ is not int and total_equity_cents is not UNSET:
                _expect(total_equity_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_equity_cents = _field_failed(
                cls, "total_equity_cents", "total_equity_cents", "int", src_dict, d, _error, _kept
            )

        try:
            net_assets_cents = d.pop("net_assets_cents", UNSET)
            if _checking and net_assets_cents.__class__ is not int and net_assets_cents is not UNSET:
                _expect(net_assets_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_assets_cents = _field_failed(
                cls, "net_assets_cents", "net_assets_cents", "int", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        balance_sheet_summary.additional_properties = d
        if _kept:
            balance_sheet_summary._thredfi_kept = _kept
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


class BalanceSheetSummaryDict(TypedDict, total=False):
    """``BalanceSheetSummary`` as a dict (API field names): what a call accepts in its place."""

    total_assets_cents: int
    total_non_current_assets_cents: int
    total_current_assets_cents: int
    total_liabilities_cents: int
    total_current_liabilities_cents: int
    total_non_current_liabilities_cents: int
    total_equity_cents: int
    net_assets_cents: int
