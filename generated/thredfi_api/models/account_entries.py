from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_entries_results_item import AccountEntriesResultsItem
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="AccountEntries")


@_attrs_define
class AccountEntries:
    """Journal entry lines of an account with opening and closing balances (cents)

    Attributes:
        opening_balance_cents (int | Unset): Balance at the start of the period (or account inception)
        closing_balance_cents (int | Unset): Balance at the end of the period (or now)
        count (int | Unset):
        page_info (PageInfo | Unset): Standardised pagination details
        results (list[AccountEntriesResultsItem] | Unset): Journal entry lines, each with its running balance and source
            document type
    """

    opening_balance_cents: int | Unset = UNSET
    closing_balance_cents: int | Unset = UNSET
    count: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    results: list[AccountEntriesResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_balance_cents = self.opening_balance_cents

        closing_balance_cents = self.closing_balance_cents

        count = self.count

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_entries_results_item import AccountEntriesResultsItem  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415

        d = dict(src_dict)
        opening_balance_cents = d.pop("opening_balance_cents", UNSET)

        closing_balance_cents = d.pop("closing_balance_cents", UNSET)

        count = d.pop("count", UNSET)

        _page_info = d.pop("page_info", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        _results = d.pop("results", UNSET)
        results: list[AccountEntriesResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = AccountEntriesResultsItem.from_dict(results_item_data)

                results.append(results_item)

        account_entries = cls(
            opening_balance_cents=opening_balance_cents,
            closing_balance_cents=closing_balance_cents,
            count=count,
            page_info=page_info,
            results=results,
        )

        account_entries.additional_properties = d
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
