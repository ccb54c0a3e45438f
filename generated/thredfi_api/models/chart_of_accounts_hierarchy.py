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
    from ..models.chart_of_accounts_hierarchy_hierarchy_type_0_item import (
        ChartOfAccountsHierarchyHierarchyType0Item,
        ChartOfAccountsHierarchyHierarchyType0ItemDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChartOfAccountsHierarchyHierarchyType0Item
    from ..models.chart_of_accounts_hierarchy_hierarchy_type_0_item import ChartOfAccountsHierarchyHierarchyType0Item  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ChartOfAccountsHierarchy")


@_attrs_define(repr=False)
class ChartOfAccountsHierarchy(ThredfiModel):
    """The chart of accounts as a tree

    Attributes:
        hierarchy (list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset): Root accounts, each with its
            children nested
        total_accounts (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hierarchy", "hierarchy"),
        ("total_accounts", "total_accounts"),
    )

    hierarchy: list[ChartOfAccountsHierarchyHierarchyType0Item] | None | Unset = UNSET
    total_accounts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.hierarchy is not _kept.get("hierarchy", _kept):
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
        else:
            hierarchy = _kept["hierarchy"]

        if _kept is None or self.total_accounts is not _kept.get("total_accounts", _kept):
            total_accounts = self.total_accounts
        else:
            total_accounts = _kept["total_accounts"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if total_accounts is not UNSET:
            field_dict["total_accounts"] = total_accounts
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

            if _checking:
                _expect_one_of(
                    hierarchy,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            hierarchy = _field_failed(
                cls,
                "hierarchy",
                "hierarchy",
                "list[ChartOfAccountsHierarchyHierarchyType0Item] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            total_accounts = d.pop("total_accounts", UNSET)
            if _checking and total_accounts.__class__ is not int and total_accounts is not UNSET:
                _expect(total_accounts, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_accounts = _field_failed(cls, "total_accounts", "total_accounts", "int", src_dict, d, _error, _kept)

        chart_of_accounts_hierarchy = cls(
            hierarchy=hierarchy,
            total_accounts=total_accounts,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        chart_of_accounts_hierarchy.additional_properties = d
        if _kept:
            chart_of_accounts_hierarchy._thredfi_kept = _kept
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


class ChartOfAccountsHierarchyDict(TypedDict, total=False):
    """``ChartOfAccountsHierarchy`` as a dict (API field names): what a call accepts in its place."""

    hierarchy: list[ChartOfAccountsHierarchyHierarchyType0Item | ChartOfAccountsHierarchyHierarchyType0ItemDict] | None
    total_accounts: int
