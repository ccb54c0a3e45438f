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
    from ..models.cash_flow_summary import CashFlowSummary, CashFlowSummaryDict
    from ..models.cash_reconciliation import CashReconciliation, CashReconciliationDict
    from ..models.operating_activities import OperatingActivities, OperatingActivitiesDict
    from ..models.report_section import ReportSection, ReportSectionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CashFlowSummary, CashReconciliation, OperatingActivities, ReportSection
    from ..models.cash_flow_summary import CashFlowSummary  # noqa: PLC0415
    from ..models.cash_reconciliation import CashReconciliation  # noqa: PLC0415
    from ..models.operating_activities import OperatingActivities  # noqa: PLC0415
    from ..models.report_section import ReportSection  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CashFlowStatement")


@_attrs_define(repr=False)
class CashFlowStatement(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("currency", "currency"),
        ("detail_level", "detail_level"),
        ("summary", "summary"),
        ("cash_reconciliation", "cash_reconciliation"),
        ("operating_activities", "operating_activities"),
        ("investing_activities", "investing_activities"),
        ("financing_activities", "financing_activities"),
    )

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

        if _kept is None or self.cash_reconciliation is not _kept.get("cash_reconciliation", _kept):
            cash_reconciliation: dict[str, Any] | None | Unset
            if isinstance(self.cash_reconciliation, Unset):
                cash_reconciliation = UNSET
            elif isinstance(self.cash_reconciliation, CashReconciliation):
                cash_reconciliation = self.cash_reconciliation.to_dict()
            else:
                cash_reconciliation = self.cash_reconciliation
        else:
            cash_reconciliation = _kept["cash_reconciliation"]

        if _kept is None or self.operating_activities is not _kept.get("operating_activities", _kept):
            operating_activities: dict[str, Any] | None | Unset
            if isinstance(self.operating_activities, Unset):
                operating_activities = UNSET
            elif isinstance(self.operating_activities, OperatingActivities):
                operating_activities = self.operating_activities.to_dict()
            else:
                operating_activities = self.operating_activities
        else:
            operating_activities = _kept["operating_activities"]

        if _kept is None or self.investing_activities is not _kept.get("investing_activities", _kept):
            investing_activities: dict[str, Any] | None | Unset
            if isinstance(self.investing_activities, Unset):
                investing_activities = UNSET
            elif isinstance(self.investing_activities, ReportSection):
                investing_activities = self.investing_activities.to_dict()
            else:
                investing_activities = self.investing_activities
        else:
            investing_activities = _kept["investing_activities"]

        if _kept is None or self.financing_activities is not _kept.get("financing_activities", _kept):
            financing_activities: dict[str, Any] | None | Unset
            if isinstance(self.financing_activities, Unset):
                financing_activities = UNSET
            elif isinstance(self.financing_activities, ReportSection):
                financing_activities = self.financing_activities.to_dict()
            else:
                financing_activities = self.financing_activities
        else:
            financing_activities = _kept["financing_activities"]

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
            summary: CashFlowSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = CashFlowSummary.from_dict(_summary)

        except Exception as _error:
            if not _checking:
                raise
            summary = _field_failed(cls, "summary", "summary", "CashFlowSummary", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    cash_reconciliation,
                    (
                        type(None),
                        CashReconciliation,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            cash_reconciliation = _field_failed(
                cls,
                "cash_reconciliation",
                "cash_reconciliation",
                "CashReconciliation | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

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

            if _checking:
                _expect_one_of(
                    operating_activities,
                    (
                        type(None),
                        OperatingActivities,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            operating_activities = _field_failed(
                cls,
                "operating_activities",
                "operating_activities",
                "None | OperatingActivities",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

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

            if _checking:
                _expect_one_of(
                    investing_activities,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            investing_activities = _field_failed(
                cls, "investing_activities", "investing_activities", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    financing_activities,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            financing_activities = _field_failed(
                cls, "financing_activities", "financing_activities", "None | ReportSection", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        cash_flow_statement.additional_properties = d
        if _kept:
            cash_flow_statement._thredfi_kept = _kept
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


class CashFlowStatementDict(TypedDict, total=False):
    """``CashFlowStatement`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    start_date: str
    end_date: str
    currency: str
    detail_level: str
    summary: CashFlowSummary | CashFlowSummaryDict
    cash_reconciliation: None | CashReconciliation | CashReconciliationDict
    operating_activities: None | OperatingActivities | OperatingActivitiesDict
    investing_activities: None | ReportSection | ReportSectionDict
    financing_activities: None | ReportSection | ReportSectionDict
