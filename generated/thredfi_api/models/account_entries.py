from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_entries_results_item import AccountEntriesResultsItem, AccountEntriesResultsItemDict
    from ..models.page_info import PageInfo, PageInfoDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AccountEntriesResultsItem, PageInfo
    from ..models.account_entries_results_item import AccountEntriesResultsItem  # noqa: PLC0415
    from ..models.page_info import PageInfo  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AccountEntries")


@_attrs_define(repr=False)
class AccountEntries(ThredfiModel):
    """Journal entry lines of an account with opening and closing balances (cents)

    Attributes:
        opening_balance_cents (int | Unset): Balance at the start of the period (or account inception)
        closing_balance_cents (int | Unset): Balance at the end of the period (or now)
        count (int | Unset):
        page_info (PageInfo | Unset): Standardised pagination details
        results (list[AccountEntriesResultsItem] | Unset): Journal entry lines, each with its running balance and source
            document type
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("opening_balance_cents", "opening_balance_cents"),
        ("closing_balance_cents", "closing_balance_cents"),
        ("count", "count"),
        ("page_info", "page_info"),
        ("results", "results"),
    )

    opening_balance_cents: int | Unset = UNSET
    closing_balance_cents: int | Unset = UNSET
    count: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    results: list[AccountEntriesResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.opening_balance_cents is not _kept.get("opening_balance_cents", _kept):
            opening_balance_cents = self.opening_balance_cents
        else:
            opening_balance_cents = _kept["opening_balance_cents"]

        if _kept is None or self.closing_balance_cents is not _kept.get("closing_balance_cents", _kept):
            closing_balance_cents = self.closing_balance_cents
        else:
            closing_balance_cents = _kept["closing_balance_cents"]

        if _kept is None or self.count is not _kept.get("count", _kept):
            count = self.count
        else:
            count = _kept["count"]

        if _kept is None or self.page_info is not _kept.get("page_info", _kept):
            page_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.page_info, Unset):
                page_info = self.page_info.to_dict()
        else:
            page_info = _kept["page_info"]

        if _kept is None or self.results is not _kept.get("results", _kept):
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.results, Unset):
                results = []
                for results_item_data in self.results:
                    results_item = results_item_data.to_dict()
                    results.append(results_item)

        else:
            results = _kept["results"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_balance_cents is not UNSET:
            field_dict["opening_balance_cents"] = opening_balance_cents
        if closing_balance_cents is not UNSET:
            field_dict["closing_balance_cents"] = closing_balance_cents
        if count is not UNSET:
            field_dict["count"] = count
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if results is not UNSET:
            field_dict["results"] = results
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
            opening_balance_cents = d.pop("opening_balance_cents", UNSET)
            if _checking and opening_balance_cents.__class__ is not int and opening_balance_cents is not UNSET:
                _expect(opening_balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            opening_balance_cents = _field_failed(
                cls, "opening_balance_cents", "opening_balance_cents", "int", src_dict, d, _error, _kept
            )

        try:
            closing_balance_cents = d.pop("closing_balance_cents", UNSET)
            if _checking and closing_balance_cents.__class__ is not int and closing_balance_cents is not UNSET:
                _expect(closing_balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            closing_balance_cents = _field_failed(
                cls, "closing_balance_cents", "closing_balance_cents", "int", src_dict, d, _error, _kept
            )

        try:
            count = d.pop("count", UNSET)
            if _checking and count.__class__ is not int and count is not UNSET:
                _expect(count, "int")
        except Exception as _error:
            if not _checking:
                raise
            count = _field_failed(cls, "count", "count", "int", src_dict, d, _error, _kept)

        try:
            _page_info = d.pop("page_info", UNSET)
            page_info: PageInfo | Unset
            if isinstance(_page_info, Unset):
                page_info = UNSET
            else:
                page_info = PageInfo.from_dict(_page_info)

        except Exception as _error:
            if not _checking:
                raise
            page_info = _field_failed(cls, "page_info", "page_info", "PageInfo", src_dict, d, _error, _kept)

        try:
            _results = d.pop("results", UNSET)
            results: list[AccountEntriesResultsItem] | Unset = UNSET
            if _results is not UNSET:
                results = []
                for results_item_data in _results:
                    results_item = AccountEntriesResultsItem.from_dict(results_item_data)

                    results.append(results_item)

            if _checking and results.__class__ is not list:
                _expect(results, "list")
        except Exception as _error:
            if not _checking:
                raise
            results = _field_failed(
                cls, "results", "results", "list[AccountEntriesResultsItem]", src_dict, d, _error, _kept
            )

        account_entries = cls(
            opening_balance_cents=opening_balance_cents,
            closing_balance_cents=closing_balance_cents,
            count=count,
            page_info=page_info,
            results=results,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        account_entries.additional_properties = d
        if _kept:
            account_entries._thredfi_kept = _kept
        return account_entries

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


class AccountEntriesDict(TypedDict, total=False):
    """``AccountEntries`` as a dict (API field names): what a call accepts in its place."""

    opening_balance_cents: int
    closing_balance_cents: int
    count: int
    page_info: PageInfo | PageInfoDict
    results: list[AccountEntriesResultsItem | AccountEntriesResultsItemDict]
