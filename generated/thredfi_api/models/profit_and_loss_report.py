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
    from ..models.profit_and_loss_summary import ProfitAndLossSummary, ProfitAndLossSummaryDict
    from ..models.report_section import ReportSection, ReportSectionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProfitAndLossSummary, ReportSection
    from ..models.profit_and_loss_summary import ProfitAndLossSummary  # noqa: PLC0415
    from ..models.report_section import ReportSection  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProfitAndLossReport")


@_attrs_define(repr=False)
class ProfitAndLossReport(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("currency", "currency"),
        ("detail_level", "detail_level"),
        ("summary", "summary"),
        ("revenue", "revenue"),
        ("other_operating_income", "other_operating_income"),
        ("direct_costs", "direct_costs"),
        ("operating_expenses", "operating_expenses"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.start_date is not _kept.get("start_date", _kept):
            start_date = self.start_date
        else:
            start_date = _kept["start_date"]

        if _kept is None or self.end_date is not _kept.get("end_date", _kept):
            end_date = self.end_date
        else:
            end_date = _kept["end_date"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.detail_level is not _kept.get("detail_level", _kept):
            detail_level = self.detail_level
        else:
            detail_level = _kept["detail_level"]

        if _kept is None or self.summary is not _kept.get("summary", _kept):
            summary: dict[str, Any] | Unset = UNSET
            if not isinstance(self.summary, Unset):
                summary = self.summary.to_dict()
        else:
            summary = _kept["summary"]

        if _kept is None or self.revenue is not _kept.get("revenue", _kept):
            revenue: dict[str, Any] | None | Unset
            if isinstance(self.revenue, Unset):
                revenue = UNSET
            elif isinstance(self.revenue, ReportSection):
                revenue = self.revenue.to_dict()
            else:
                revenue = self.revenue
        else:
            revenue = _kept["revenue"]

        if _kept is None or self.other_operating_income is not _kept.get("other_operating_income", _kept):
            other_operating_income: dict[str, Any] | None | Unset
            if isinstance(self.other_operating_income, Unset):
                other_operating_income = UNSET
            elif isinstance(self.other_operating_income, ReportSection):
                other_operating_income = self.other_operating_income.to_dict()
            else:
                other_operating_income = self.other_operating_income
        else:
            other_operating_income = _kept["other_operating_income"]

        if _kept is None or self.direct_costs is not _kept.get("direct_costs", _kept):
            direct_costs: dict[str, Any] | None | Unset
            if isinstance(self.direct_costs, Unset):
                direct_costs = UNSET
            elif isinstance(self.direct_costs, ReportSection):
                direct_costs = self.direct_costs.to_dict()
            else:
                direct_costs = self.direct_costs
        else:
            direct_costs = _kept["direct_costs"]

        if _kept is None or self.operating_expenses is not _kept.get("operating_expenses", _kept):
            operating_expenses: dict[str, Any] | None | Unset
            if isinstance(self.operating_expenses, Unset):
                operating_expenses = UNSET
            elif isinstance(self.operating_expenses, ReportSection):
                operating_expenses = self.operating_expenses.to_dict()
            else:
                operating_expenses = self.operating_expenses
        else:
            operating_expenses = _kept["operating_expenses"]

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
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            start_date = d.pop("start_date", UNSET)
            if _checking and start_date.__class__ is not str and start_date is not UNSET:
                _expect(start_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            start_date = _field_failed(cls, "start_date", "start_date", "str", src_dict, d, _error, _kept)

        try:
            end_date = d.pop("end_date", UNSET)
            if _checking and end_date.__class__ is not str and end_date is not UNSET:
                _expect(end_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            end_date = _field_failed(cls, "end_date", "end_date", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            detail_level = d.pop("detail_level", UNSET)
            if _checking and detail_level.__class__ is not str and detail_level is not UNSET:
                _expect(detail_level, "str")
        except Exception as _error:
            if not _checking:
                raise
            detail_level = _field_failed(cls, "detail_level", "detail_level", "str", src_dict, d, _error, _kept)

        try:
            _summary = d.pop("summary", UNSET)
            summary: ProfitAndLossSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = ProfitAndLossSummary.from_dict(_summary)

        except Exception as _error:
            if not _checking:
                raise
            summary = _field_failed(cls, "summary", "summary", "ProfitAndLossSummary", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    revenue,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            revenue = _field_failed(cls, "revenue", "revenue", "None | ReportSection", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    other_operating_income,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            other_operating_income = _field_failed(
                cls,
                "other_operating_income",
                "other_operating_income",
                "None | ReportSection",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

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

            if _checking:
                _expect_one_of(
                    direct_costs,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            direct_costs = _field_failed(
                cls, "direct_costs", "direct_costs", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    operating_expenses,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            operating_expenses = _field_failed(
                cls, "operating_expenses", "operating_expenses", "None | ReportSection", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        profit_and_loss_report.additional_properties = d
        if _kept:
            profit_and_loss_report._thredfi_kept = _kept
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


class ProfitAndLossReportDict(TypedDict, total=False):
    """``ProfitAndLossReport`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    start_date: str
    end_date: str
    currency: str
    detail_level: str
    summary: ProfitAndLossSummary | ProfitAndLossSummaryDict
    revenue: None | ReportSection | ReportSectionDict
    other_operating_income: None | ReportSection | ReportSectionDict
    direct_costs: None | ReportSection | ReportSectionDict
    operating_expenses: None | ReportSection | ReportSectionDict
