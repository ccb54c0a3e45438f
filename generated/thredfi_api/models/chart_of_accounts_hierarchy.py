from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_of_accounts_hierarchy_hierarchy_type_0_item import ChartOfAccountsHierarchyHierarchyType0Item


T = TypeVar("T", bound="ChartOfAccountsHierarchy")


@_attrs_define
class ChartOfAccountsHierarchy:
    """The chart of accounts as a tree

    Attributes:
        hierarchy (list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset): Root accounts, each with its
            children nested
        total_accounts (int | Unset):
    """

    hierarchy: list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset = UNSET
    total_accounts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hierarchy: list[dict[str, Any]] | None | Unset
        if isinstance(self.hierarchy, Unset):
            hierarchy = UNSET
        elif isinstance(self.hierarchy, list):
            hierarchy = []
            for hierarchy_type_0_item_data in self.hierarchy:
                hierarchy_type_0_item = hierarchy_type_0_item_data.to_dict()
                hierarchy.append(hierarchy_type_0_item)

        else:
            hierarchy = self.hierarchy

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
        from ..models.chart_of_accounts_hierarchy_hierarchy_type_0_item import (
            ChartOfAccountsHierarchyHierarchyType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_hierarchy(data: object) -> list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hierarchy_type_0 = []
                _hierarchy_type_0 = data
                for hierarchy_type_0_item_data in _hierarchy_type_0:
                    hierarchy_type_0_item = ChartOfAccountsHierarchyHierarchyType0Item.from_dict(
                        hierarchy_type_0_item_data
                    )

                    hierarchy_type_0.append(hierarchy_type_0_item)

                return hierarchy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset, data)

        hierarchy = _parse_hierarchy(d.pop("hierarchy", UNSET))

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
