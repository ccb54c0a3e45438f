from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.financial_summary_totals import FinancialSummaryTotals
    from ..models.financial_trend import FinancialTrend


T = TypeVar("T", bound="FinancialSummary")


@_attrs_define
class FinancialSummary:
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

    business_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    granularity: str | Unset = UNSET
    summary: FinancialSummaryTotals | Unset = UNSET
    trends: list[FinancialTrend] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_id = self.business_id

        start_date = self.start_date

        end_date = self.end_date

        currency = self.currency

        granularity = self.granularity

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_summary_totals import FinancialSummaryTotals  # noqa: PLC0415
        from ..models.financial_trend import FinancialTrend  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        currency = d.pop("currency", UNSET)

        granularity = d.pop("granularity", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: FinancialSummaryTotals | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = FinancialSummaryTotals.from_dict(_summary)

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

        financial_summary = cls(
            business_id=business_id,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            granularity=granularity,
            summary=summary,
            trends=trends,
        )

        financial_summary.additional_properties = d
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
