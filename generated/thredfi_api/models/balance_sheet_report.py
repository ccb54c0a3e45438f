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
    from ..models.balance_sheet_summary import BalanceSheetSummary, BalanceSheetSummaryDict
    from ..models.report_section import ReportSection, ReportSectionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BalanceSheetSummary, ReportSection
    from ..models.balance_sheet_summary import BalanceSheetSummary  # noqa: PLC0415
    from ..models.report_section import ReportSection  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BalanceSheetReport")


@_attrs_define(repr=False)
class BalanceSheetReport(ThredfiModel):
    """Balance sheet report (sections not shown by the docs page are kept in additional properties)

    Attributes:
        business_id (str | Unset):
        as_of_date (str | Unset):
        currency (str | Unset):
        detail_level (str | Unset): summary or detailed
        summary (BalanceSheetSummary | Unset): Balance sheet totals (cents)
        non_current_assets (None | ReportSection | Unset):
        current_assets (None | ReportSection | Unset):
        current_liabilities (None | ReportSection | Unset):
        non_current_liabilities (None | ReportSection | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("as_of_date", "as_of_date"),
        ("currency", "currency"),
        ("detail_level", "detail_level"),
        ("summary", "summary"),
        ("non_current_assets", "non_current_assets"),
        ("current_assets", "current_assets"),
        ("current_liabilities", "current_liabilities"),
        ("non_current_liabilities", "non_current_liabilities"),
    )

    business_id: str | Unset = UNSET
    as_of_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    detail_level: str | Unset = UNSET
    summary: BalanceSheetSummary | Unset = UNSET
    non_current_assets: None | ReportSection | Unset = UNSET
    current_assets: None | ReportSection | Unset = UNSET
    current_liabilities: None | ReportSection | Unset = UNSET
    non_current_liabilities: None | ReportSection | Unset = UNSET
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

        if _kept is None or self.as_of_date is not _kept.get("as_of_date", _kept):
            as_of_date = self.as_of_date
        else:
            as_of_date = _kept["as_of_date"]

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

        if _kept is None or self.non_current_assets is not _kept.get("non_current_assets", _kept):
            non_current_assets: dict[str, Any] | None | Unset
            if isinstance(self.non_current_assets, Unset):
                non_current_assets = UNSET
            elif isinstance(self.non_current_assets, ReportSection):
                non_current_assets = self.non_current_assets.to_dict()
            else:
                non_current_assets = self.non_current_assets
        else:
            non_current_assets = _kept["non_current_assets"]

        if _kept is None or self.current_assets is not _kept.get("current_assets", _kept):
            current_assets: dict[str, Any] | None | Unset
            if isinstance(self.current_assets, Unset):
                current_assets = UNSET
            elif isinstance(self.current_assets, ReportSection):
                current_assets = self.current_assets.to_dict()
            else:
                current_assets = self.current_assets
        else:
            current_assets = _kept["current_assets"]

        if _kept is None or self.current_liabilities is not _kept.get("current_liabilities", _kept):
            current_liabilities: dict[str, Any] | None | Unset
            if isinstance(self.current_liabilities, Unset):
                current_liabilities = UNSET
            elif isinstance(self.current_liabilities, ReportSection):
                current_liabilities = self.current_liabilities.to_dict()
            else:
                current_liabilities = self.current_liabilities
        else:
            current_liabilities = _kept["current_liabilities"]

        if _kept is None or self.non_current_liabilities is not _kept.get("non_current_liabilities", _kept):
            non_current_liabilities: dict[str, Any] | None | Unset
            if isinstance(self.non_current_liabilities, Unset):
                non_current_liabilities = UNSET
            elif isinstance(self.non_current_liabilities, ReportSection):
                non_current_liabilities = self.non_current_liabilities.to_dict()
            else:
                non_current_liabilities = self.non_current_liabilities
        else:
            non_current_liabilities = _kept["non_current_liabilities"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if as_of_date is not UNSET:
            field_dict["as_of_date"] = as_of_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if detail_level is not UNSET:
            field_dict["detail_level"] = detail_level
        if summary is not UNSET:
            field_dict["summary"] = summary
        if non_current_assets is not UNSET:
            field_dict["non_current_assets"] = non_current_assets
        if current_assets is not UNSET:
            field_dict["current_assets"] = current_assets
        if current_liabilities is not UNSET:
            field_dict["current_liabilities"] = current_liabilities
        if non_current_liabilities is not UNSET:
            field_dict["non_current_liabilities"] = non_current_liabilities
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
            as_of_date = d.pop("as_of_date", UNSET)
            if _checking and as_of_date.__class__ is not str and as_of_date is not UNSET:
                _expect(as_of_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            as_of_date = _field_failed(cls, "as_of_date", "as_of_date", "str", src_dict, d, _error, _kept)

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
            summary: BalanceSheetSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = BalanceSheetSummary.from_dict(_summary)

        except Exception as _error:
            if not _checking:
                raise
            summary = _field_failed(cls, "summary", "summary", "BalanceSheetSummary", src_dict, d, _error, _kept)

        try:

            def _parse_non_current_assets(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    non_current_assets_type_1 = ReportSection.from_dict(data)

                    return non_current_assets_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            non_current_assets = _parse_non_current_assets(d.pop("non_current_assets", UNSET))

            if _checking:
                _expect_one_of(
                    non_current_assets,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            non_current_assets = _field_failed(
                cls, "non_current_assets", "non_current_assets", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

            def _parse_current_assets(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    current_assets_type_1 = ReportSection.from_dict(data)

                    return current_assets_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            current_assets = _parse_current_assets(d.pop("current_assets", UNSET))

            if _checking:
                _expect_one_of(
                    current_assets,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            current_assets = _field_failed(
                cls, "current_assets", "current_assets", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

            def _parse_current_liabilities(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    current_liabilities_type_1 = ReportSection.from_dict(data)

                    return current_liabilities_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            current_liabilities = _parse_current_liabilities(d.pop("current_liabilities", UNSET))

            if _checking:
                _expect_one_of(
                    current_liabilities,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            current_liabilities = _field_failed(
                cls, "current_liabilities", "current_liabilities", "None | ReportSection", src_dict, d, _error, _kept
            )

        try:

            def _parse_non_current_liabilities(data: object) -> None | ReportSection | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    non_current_liabilities_type_1 = ReportSection.from_dict(data)

                    return non_current_liabilities_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ReportSection | Unset, data)

            non_current_liabilities = _parse_non_current_liabilities(d.pop("non_current_liabilities", UNSET))

            if _checking:
                _expect_one_of(
                    non_current_liabilities,
                    (
                        type(None),
                        ReportSection,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            non_current_liabilities = _field_failed(
                cls,
                "non_current_liabilities",
                "non_current_liabilities",
                "None | ReportSection",
                src_dict,
                d,
                _error,
                _kept,
            )

        balance_sheet_report = cls(
            business_id=business_id,
            as_of_date=as_of_date,
            currency=currency,
            detail_level=detail_level,
            summary=summary,
            non_current_assets=non_current_assets,
            current_assets=current_assets,
            current_liabilities=current_liabilities,
            non_current_liabilities=non_current_liabilities,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        balance_sheet_report.additional_properties = d
        if _kept:
            balance_sheet_report._thredfi_kept = _kept
        return balance_sheet_report

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


class BalanceSheetReportDict(TypedDict, total=False):
    """``BalanceSheetReport`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    as_of_date: str
    currency: str
    detail_level: str
    summary: BalanceSheetSummary | BalanceSheetSummaryDict
    non_current_assets: None | ReportSection | ReportSectionDict
    current_assets: None | ReportSection | ReportSectionDict
    current_liabilities: None | ReportSection | ReportSectionDict
    non_current_liabilities: None | ReportSection | ReportSectionDict
