from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_of_accounts_hierarchy_hierarchy_item import ChartOfAccountsHierarchyHierarchyItem


T = TypeVar("T", bound="ChartOfAccountsHierarchy")


@_attrs_define
class ChartOfAccountsHierarchy:
    """The chart of accounts as a tree

    Attributes:
        hierarchy (list[ChartOfAccountsHierarchyHierarchyItem] | Unset): Root accounts, each with its children nested
        total_accounts (int | Unset):
    """

    hierarchy: list[ChartOfAccountsHierarchyHierarchyItem] | Unset = UNSET
    total_accounts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hierarchy: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hierarchy, Unset):
            hierarchy = []
            for hierarchy_item_data in self.hierarchy:
                hierarchy_item = hierarchy_item_data.to_dict()
                hierarchy.append(hierarchy_item)

        total_accounts = self.total_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if total_accounts is not UNSET:
            field_dict["total_accounts"] = total_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_of_accounts_hierarchy_hierarchy_item import ChartOfAccountsHierarchyHierarchyItem  # noqa: PLC0415

        d = dict(src_dict)
        _hierarchy = d.pop("hierarchy", UNSET)
        hierarchy: list[ChartOfAccountsHierarchyHierarchyItem] | Unset = UNSET
        if _hierarchy is not UNSET:
            hierarchy = []
            for hierarchy_item_data in _hierarchy:
                hierarchy_item = ChartOfAccountsHierarchyHierarchyItem.from_dict(hierarchy_item_data)

                hierarchy.append(hierarchy_item)

        total_accounts = d.pop("total_accounts", UNSET)

        chart_of_accounts_hierarchy = cls(
            hierarchy=hierarchy,
            total_accounts=total_accounts,
        )

        chart_of_accounts_hierarchy.additional_properties = d
        return chart_of_accounts_hierarchy

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
