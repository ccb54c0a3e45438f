from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_sheet_summary import BalanceSheetSummary
    from ..models.report_section import ReportSection


T = TypeVar("T", bound="BalanceSheetReport")


@_attrs_define
class BalanceSheetReport:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_section import ReportSection  # noqa: PLC0415

        business_id = self.business_id

        as_of_date = self.as_of_date

        currency = self.currency

        detail_level = self.detail_level

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        non_current_assets: dict[str, Any] | None | Unset
        if isinstance(self.non_current_assets, Unset):
            non_current_assets = UNSET
        elif isinstance(self.non_current_assets, ReportSection):
            non_current_assets = self.non_current_assets.to_dict()
        else:
            non_current_assets = self.non_current_assets

        current_assets: dict[str, Any] | None | Unset
        if isinstance(self.current_assets, Unset):
            current_assets = UNSET
        elif isinstance(self.current_assets, ReportSection):
            current_assets = self.current_assets.to_dict()
        else:
            current_assets = self.current_assets

        current_liabilities: dict[str, Any] | None | Unset
        if isinstance(self.current_liabilities, Unset):
            current_liabilities = UNSET
        elif isinstance(self.current_liabilities, ReportSection):
            current_liabilities = self.current_liabilities.to_dict()
        else:
            current_liabilities = self.current_liabilities

        non_current_liabilities: dict[str, Any] | None | Unset
        if isinstance(self.non_current_liabilities, Unset):
            non_current_liabilities = UNSET
        elif isinstance(self.non_current_liabilities, ReportSection):
            non_current_liabilities = self.non_current_liabilities.to_dict()
        else:
            non_current_liabilities = self.non_current_liabilities

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_sheet_summary import BalanceSheetSummary  # noqa: PLC0415
        from ..models.report_section import ReportSection  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        as_of_date = d.pop("as_of_date", UNSET)

        currency = d.pop("currency", UNSET)

        detail_level = d.pop("detail_level", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: BalanceSheetSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = BalanceSheetSummary.from_dict(_summary)

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

        balance_sheet_report.additional_properties = d
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
