from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_section import ReportSection


T = TypeVar("T", bound="OperatingActivities")


@_attrs_define
class OperatingActivities:
    """Operating activities (indirect method)

    Attributes:
        net_profit_cents (int | Unset):
        non_cash_adjustments (None | ReportSection | Unset):
        working_capital_changes (None | ReportSection | Unset):
    """

    net_profit_cents: int | Unset = UNSET
    non_cash_adjustments: None | ReportSection | Unset = UNSET
    working_capital_changes: None | ReportSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_section import ReportSection  # noqa: PLC0415

        net_profit_cents = self.net_profit_cents

        non_cash_adjustments: dict[str, Any] | None | Unset
        if isinstance(self.non_cash_adjustments, Unset):
            non_cash_adjustments = UNSET
        elif isinstance(self.non_cash_adjustments, ReportSection):
            non_cash_adjustments = self.non_cash_adjustments.to_dict()
        else:
            non_cash_adjustments = self.non_cash_adjustments

        working_capital_changes: dict[str, Any] | None | Unset
        if isinstance(self.working_capital_changes, Unset):
            working_capital_changes = UNSET
        elif isinstance(self.working_capital_changes, ReportSection):
            working_capital_changes = self.working_capital_changes.to_dict()
        else:
            working_capital_changes = self.working_capital_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_profit_cents is not UNSET:
            field_dict["net_profit_cents"] = net_profit_cents
        if non_cash_adjustments is not UNSET:
            field_dict["non_cash_adjustments"] = non_cash_adjustments
        if working_capital_changes is not UNSET:
            field_dict["working_capital_changes"] = working_capital_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_section import ReportSection  # noqa: PLC0415

        d = dict(src_dict)
        net_profit_cents = d.pop("net_profit_cents", UNSET)

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

        operating_activities = cls(
            net_profit_cents=net_profit_cents,
            non_cash_adjustments=non_cash_adjustments,
            working_capital_changes=working_capital_changes,
        )

        operating_activities.additional_properties = d
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
