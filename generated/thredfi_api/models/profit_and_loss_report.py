from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profit_and_loss_summary import ProfitAndLossSummary
    from ..models.report_section import ReportSection


T = TypeVar("T", bound="ProfitAndLossReport")


@_attrs_define
class ProfitAndLossReport:
    """Profit and loss report (sections not shown by the docs page are kept in additional properties)

    Attributes:
        business_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        detail_level (str | Unset): summary or detailed
        summary (ProfitAndLossSummary | Unset): P&L totals (cents)
        revenue (None | ReportSection | Unset):
        other_operating_income (None | ReportSection | Unset):
        direct_costs (None | ReportSection | Unset):
        operating_expenses (None | ReportSection | Unset):
    """

    business_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    detail_level: str | Unset = UNSET
    summary: ProfitAndLossSummary | Unset = UNSET
    revenue: None | ReportSection | Unset = UNSET
    other_operating_income: None | ReportSection | Unset = UNSET
    direct_costs: None | ReportSection | Unset = UNSET
    operating_expenses: None | ReportSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_section import ReportSection  # noqa: PLC0415

        business_id = self.business_id

        start_date = self.start_date

        end_date = self.end_date

        currency = self.currency

        detail_level = self.detail_level

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        revenue: dict[str, Any] | None | Unset
        if isinstance(self.revenue, Unset):
            revenue = UNSET
        elif isinstance(self.revenue, ReportSection):
            revenue = self.revenue.to_dict()
        else:
            revenue = self.revenue

        other_operating_income: dict[str, Any] | None | Unset
        if isinstance(self.other_operating_income, Unset):
            other_operating_income = UNSET
        elif isinstance(self.other_operating_income, ReportSection):
            other_operating_income = self.other_operating_income.to_dict()
        else:
            other_operating_income = self.other_operating_income

        direct_costs: dict[str, Any] | None | Unset
        if isinstance(self.direct_costs, Unset):
            direct_costs = UNSET
        elif isinstance(self.direct_costs, ReportSection):
            direct_costs = self.direct_costs.to_dict()
        else:
            direct_costs = self.direct_costs

        operating_expenses: dict[str, Any] | None | Unset
        if isinstance(self.operating_expenses, Unset):
            operating_expenses = UNSET
        elif isinstance(self.operating_expenses, ReportSection):
            operating_expenses = self.operating_expenses.to_dict()
        else:
            operating_expenses = self.operating_expenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if detail_level is not UNSET:
            field_dict["detail_level"] = detail_level
        if summary is not UNSET:
            field_dict["summary"] = summary
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if other_operating_income is not UNSET:
            field_dict["other_operating_income"] = other_operating_income
        if direct_costs is not UNSET:
            field_dict["direct_costs"] = direct_costs
        if operating_expenses is not UNSET:
            field_dict["operating_expenses"] = operating_expenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profit_and_loss_summary import ProfitAndLossSummary  # noqa: PLC0415
        from ..models.report_section import ReportSection  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        currency = d.pop("currency", UNSET)

        detail_level = d.pop("detail_level", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: ProfitAndLossSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ProfitAndLossSummary.from_dict(_summary)

        def _parse_revenue(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                revenue_type_1 = ReportSection.from_dict(data)

                return revenue_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        revenue = _parse_revenue(d.pop("revenue", UNSET))

        def _parse_other_operating_income(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                other_operating_income_type_1 = ReportSection.from_dict(data)

                return other_operating_income_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        other_operating_income = _parse_other_operating_income(d.pop("other_operating_income", UNSET))

        def _parse_direct_costs(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                direct_costs_type_1 = ReportSection.from_dict(data)

                return direct_costs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        direct_costs = _parse_direct_costs(d.pop("direct_costs", UNSET))

        def _parse_operating_expenses(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operating_expenses_type_1 = ReportSection.from_dict(data)

                return operating_expenses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        operating_expenses = _parse_operating_expenses(d.pop("operating_expenses", UNSET))

        profit_and_loss_report = cls(
            business_id=business_id,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            detail_level=detail_level,
            summary=summary,
            revenue=revenue,
            other_operating_income=other_operating_income,
            direct_costs=direct_costs,
            operating_expenses=operating_expenses,
        )

        profit_and_loss_report.additional_properties = d
        return profit_and_loss_report

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
