from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_line_item import ReportLineItem


T = TypeVar("T", bound="ReportSection")


@_attrs_define
class ReportSection:
    """Accounts of one subtype, with their total (cents)

    Attributes:
        display_name (str | Unset):
        total_cents (int | Unset):
        line_items (list[ReportLineItem] | Unset):
    """

    display_name: str | Unset = UNSET
    total_cents: int | Unset = UNSET
    line_items: list[ReportLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        total_cents = self.total_cents

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if total_cents is not UNSET:
            field_dict["total_cents"] = total_cents
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_line_item import ReportLineItem  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        total_cents = d.pop("total_cents", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[ReportLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = ReportLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        report_section = cls(
            display_name=display_name,
            total_cents=total_cents,
            line_items=line_items,
        )

        report_section.additional_properties = d
        return report_section

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
