from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_section import ReportSection, ReportSectionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReportSection
    from ..models.report_section import ReportSection  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OperatingActivities")


@_attrs_define(repr=False)
class OperatingActivities(ThredfiModel):
    """Operating activities (indirect method)

    Attributes:
        net_profit_cents (int | Unset):
        non_cash_adjustments (None | ReportSection | Unset):
        working_capital_changes (None | ReportSection | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("net_profit_cents", "net_profit_cents"),
        ("non_cash_adjustments", "non_cash_adjustments"),
        ("working_capital_changes", "working_capital_changes"),
    )

    net_profit_cents: int | Unset = UNSET
    non_cash_adjustments: None | ReportSection | Unset = UNSET
    working_capital_changes: None | ReportSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.net_profit_cents is not _kept.get("net_profit_cents", _kept):
            net_profit_cents = self.net_profit_cents
        else:
            net_profit_cents = _kept["net_profit_cents"]

        if _kept is None or self.non_cash_adjustments is not _kept.get("non_cash_adjustments", _kept):
            non_cash_adjustments: dict[str, Any] | None | Unset
            if isinstance(self.non_cash_adjustments, Unset):
                non_cash_adjustments = UNSET
            elif isinstance(self.non_cash_adjustments, ReportSection):
                non_cash_adjustments = self.non_cash_adjustments.to_dict()
            else:
                non_cash_adjustments = self.non_cash_adjustments
        else:
            non_cash_adjustments = _kept["non_cash_adjustments"]

        if _kept is None or self.working_capital_changes is not _kept.get("working_capital_changes", _kept):
            working_capital_changes: dict[str, Any] | None | Unset
            if isinstance(self.working_capital_changes, Unset):
                working_capital_changes = UNSET
            elif isinstance(self.working_capital_changes, ReportSection):
                working_capital_changes = self.working_capital_changes.to_dict()
            else:
                working_capital_changes = self.working_capital_changes
        else:
            working_capital_changes = _kept["working_capital_changes"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_profit_cents is not UNSET:
            field_dict["net_profit_cents"] = net_profit_cents
        if non_cash_adjustments is not UNSET:
            field_dict["non_cash_adjustments"] = non_cash_adjustments
        if working_capital_changes is not UNSET:
            field_dict["working_capital_changes"] = working_capital_changes
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            net_profit_cents = d.pop("net_profit_cents", UNSET)
            if _checking and net_profit_cents.__class__ is not int and net_profit_cents is not UNSET:
                _expect(net_profit_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_profit_cents = _field_failed(
                cls, "net_profit_cents", "net_profit_cents", "int", src_dict, d, _error, _kept
            )

        try:

            def _parse_non_cash_adjustments(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    non_cash_adjustments_type_1 = ReportSection.from_dict(data)

                    return non_cash_adjustments_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            non_cash_adjustments = _parse_non_cash_adjustments(d.pop("non_cash_adjustments", UNSET))

            if _checking:
                _expect_one_of(
                    non_cash_adjustments,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            non_cash_adjustments = _field_failed(
                cls, "non_cash_adjustments", "non_cash_adjustments", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

            def _parse_working_capital_changes(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    working_capital_changes_type_1 = ReportSection.from_dict(data)

                    return working_capital_changes_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            working_capital_changes = _parse_working_capital_changes(d.pop("working_capital_changes", UNSET))

            if _checking:
                _expect_one_of(
                    working_capital_changes,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            working_capital_changes = _field_failed(
                cls,
                "working_capital_changes",
                "working_capital_changes",
                "None | ReportSection",
                src_dict,
                d,
                _error,
                _kept,
            )

        operating_activities = cls(
            net_profit_cents=net_profit_cents,
            non_cash_adjustments=non_cash_adjustments,
            working_capital_changes=working_capital_changes,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        operating_activities.additional_properties = d
        if _kept:
            operating_activities._thredfi_kept = _kept
        return operating_activities

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


class OperatingActivitiesDict(TypedDict, total=False):
    """``OperatingActivities`` as a dict (API field names): what a call accepts in its place."""

    net_profit_cents: int
    non_cash_adjustments: None | ReportSection | ReportSectionDict
    working_capital_changes: None | ReportSection | ReportSectionDict
