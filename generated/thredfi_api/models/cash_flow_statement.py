from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cash_flow_summary import CashFlowSummary
    from ..models.cash_reconciliation import CashReconciliation
    from ..models.operating_activities import OperatingActivities
    from ..models.report_section import ReportSection


T = TypeVar("T", bound="CashFlowStatement")


@_attrs_define
class CashFlowStatement:
    """Cash flow statement, indirect method

    Attributes:
        business_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        detail_level (str | Unset): summary or detailed
        summary (CashFlowSummary | Unset): Cash flow totals (cents)
        cash_reconciliation (CashReconciliation | None | Unset):
        operating_activities (None | OperatingActivities | Unset):
        investing_activities (None | ReportSection | Unset):
        financing_activities (None | ReportSection | Unset):
    """

    business_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    detail_level: str | Unset = UNSET
    summary: CashFlowSummary | Unset = UNSET
    cash_reconciliation: CashReconciliation | None | Unset = UNSET
    operating_activities: None | OperatingActivities | Unset = UNSET
    investing_activities: None | ReportSection | Unset = UNSET
    financing_activities: None | ReportSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cash_reconciliation import CashReconciliation  # noqa: PLC0415
        from ..models.operating_activities import OperatingActivities  # noqa: PLC0415
        from ..models.report_section import ReportSection  # noqa: PLC0415

        business_id = self.business_id

        start_date = self.start_date

        end_date = self.end_date

        currency = self.currency

        detail_level = self.detail_level

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        cash_reconciliation: dict[str, Any] | None | Unset
        if isinstance(self.cash_reconciliation, Unset):
            cash_reconciliation = UNSET
        elif isinstance(self.cash_reconciliation, CashReconciliation):
            cash_reconciliation = self.cash_reconciliation.to_dict()
        else:
            cash_reconciliation = self.cash_reconciliation

        operating_activities: dict[str, Any] | None | Unset
        if isinstance(self.operating_activities, Unset):
            operating_activities = UNSET
        elif isinstance(self.operating_activities, OperatingActivities):
            operating_activities = self.operating_activities.to_dict()
        else:
            operating_activities = self.operating_activities

        investing_activities: dict[str, Any] | None | Unset
        if isinstance(self.investing_activities, Unset):
            investing_activities = UNSET
        elif isinstance(self.investing_activities, ReportSection):
            investing_activities = self.investing_activities.to_dict()
        else:
            investing_activities = self.investing_activities

        financing_activities: dict[str, Any] | None | Unset
        if isinstance(self.financing_activities, Unset):
            financing_activities = UNSET
        elif isinstance(self.financing_activities, ReportSection):
            financing_activities = self.financing_activities.to_dict()
        else:
            financing_activities = self.financing_activities

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
        if cash_reconciliation is not UNSET:
            field_dict["cash_reconciliation"] = cash_reconciliation
        if operating_activities is not UNSET:
            field_dict["operating_activities"] = operating_activities
        if investing_activities is not UNSET:
            field_dict["investing_activities"] = investing_activities
        if financing_activities is not UNSET:
            field_dict["financing_activities"] = financing_activities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_flow_summary import CashFlowSummary  # noqa: PLC0415
        from ..models.cash_reconciliation import CashReconciliation  # noqa: PLC0415
        from ..models.operating_activities import OperatingActivities  # noqa: PLC0415
        from ..models.report_section import ReportSection  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        currency = d.pop("currency", UNSET)

        detail_level = d.pop("detail_level", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: CashFlowSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = CashFlowSummary.from_dict(_summary)

        def _parse_cash_reconciliation(data: object) -> CashReconciliation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cash_reconciliation_type_1 = CashReconciliation.from_dict(data)

                return cash_reconciliation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CashReconciliation | None | Unset, data)

        cash_reconciliation = _parse_cash_reconciliation(d.pop("cash_reconciliation", UNSET))

        def _parse_operating_activities(data: object) -> None | OperatingActivities | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operating_activities_type_1 = OperatingActivities.from_dict(data)

                return operating_activities_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperatingActivities | Unset, data)

        operating_activities = _parse_operating_activities(d.pop("operating_activities", UNSET))

        def _parse_investing_activities(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                investing_activities_type_1 = ReportSection.from_dict(data)

                return investing_activities_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        investing_activities = _parse_investing_activities(d.pop("investing_activities", UNSET))

        def _parse_financing_activities(data: object) -> None | ReportSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                financing_activities_type_1 = ReportSection.from_dict(data)

                return financing_activities_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportSection | Unset, data)

        financing_activities = _parse_financing_activities(d.pop("financing_activities", UNSET))

        cash_flow_statement = cls(
            business_id=business_id,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            detail_level=detail_level,
            summary=summary,
            cash_reconciliation=cash_reconciliation,
            operating_activities=operating_activities,
            investing_activities=investing_activities,
            financing_activities=financing_activities,
        )

        cash_flow_statement.additional_properties = d
        return cash_flow_statement

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
