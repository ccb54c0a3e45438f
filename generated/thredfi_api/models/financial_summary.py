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
    from ..models.financial_summary_totals import FinancialSummaryTotals, FinancialSummaryTotalsDict
    from ..models.financial_trend import FinancialTrend, FinancialTrendDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FinancialSummaryTotals, FinancialTrend
    from ..models.financial_summary_totals import FinancialSummaryTotals  # noqa: PLC0415
    from ..models.financial_trend import FinancialTrend  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FinancialSummary")


@_attrs_define(repr=False)
class FinancialSummary(ThredfiModel):
    """Revenue, expenses and profit with period trends

    Attributes:
        business_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        granularity (str | Unset): monthly, quarterly or yearly
        summary (FinancialSummaryTotals | Unset): Totals for the whole date range (cents)
        trends (list[FinancialTrend] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("currency", "currency"),
        ("granularity", "granularity"),
        ("summary", "summary"),
        ("trends", "trends"),
    )

    business_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    granularity: str | Unset = UNSET
    summary: FinancialSummaryTotals | Unset = UNSET
    trends: list[FinancialTrend] | None | Unset = UNSET
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

        if _kept is None or self.granularity is not _kept.get("granularity", _kept):
            granularity = self.granularity
        else:
            granularity = _kept["granularity"]

        if _kept is None or self.summary is not _kept.get("summary", _kept):
            summary: dict[str, Any] | Unset = UNSET
            if not isinstance(self.summary, Unset):
                summary = self.summary.to_dict()
        else:
            summary = _kept["summary"]

        if _kept is None or self.trends is not _kept.get("trends", _kept):
            trends: list[dict[str, Any]] | None | Unset
            if isinstance(self.trends, Unset):
                trends = UNSET
            elif isinstance(self.trends, list):
                trends = []
                for trends_type_0_item_data in self.trends:
                    trends_type_0_item = trends_type_0_item_data.to_dict()
                    trends.append(trends_type_0_item)

            else:
                trends = self.trends
        else:
            trends = _kept["trends"]

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
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if summary is not UNSET:
            field_dict["summary"] = summary
        if trends is not UNSET:
            field_dict["trends"] = trends
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
            granularity = d.pop("granularity", UNSET)
            if _checking and granularity.__class__ is not str and granularity is not UNSET:
                _expect(granularity, "str")
        except Exception as _error:
            if not _checking:
                raise
            granularity = _field_failed(cls, "granularity", "granularity", "str", src_dict, d, _error, _kept)

        try:
            _summary = d.pop("summary", UNSET)
            summary: FinancialSummaryTotals | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = FinancialSummaryTotals.from_dict(_summary)

        except Exception as _error:
            if not _checking:
                raise
            summary = _field_failed(cls, "summary", "summary", "FinancialSummaryTotals", src_dict, d, _error, _kept)

        try:

            def _parse_trends(data: object) -> list[FinancialTrend] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    trends_type_0 = []
                    _trends_type_0 = data
                    for trends_type_0_item_data in _trends_type_0:
                        trends_type_0_item = FinancialTrend.from_dict(trends_type_0_item_data)

                        trends_type_0.append(trends_type_0_item)

                    return trends_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FinancialTrend] | None | Unset, data)

            trends = _parse_trends(d.pop("trends", UNSET))

            if _checking:
                _expect_one_of(
                    trends,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            trends = _field_failed(cls, "trends", "trends", "list[FinancialTrend] | None", src_dict, d, _error, _kept)

        financial_summary = cls(
            business_id=business_id,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            granularity=granularity,
            summary=summary,
            trends=trends,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        financial_summary.additional_properties = d
        if _kept:
            financial_summary._thredfi_kept = _kept
        return financial_summary

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


class FinancialSummaryDict(TypedDict, total=False):
    """``FinancialSummary`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    start_date: str
    end_date: str
    currency: str
    granularity: str
    summary: FinancialSummaryTotals | FinancialSummaryTotalsDict
    trends: list[FinancialTrend | FinancialTrendDict] | None
