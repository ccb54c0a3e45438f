from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item_request import BillLineItemRequest


T = TypeVar("T", bound="BillUpdateAPIRequest")


@_attrs_define
class BillUpdateAPIRequest:
    """Bill fields to update (PUT). The docs page shows only the line_items rule; other fields are free-form.

    Attributes:
        line_items (list[BillLineItemRequest] | Unset): If given, replaces ALL existing line items; if omitted, they
            stay unchanged
    """

    line_items: list[BillLineItemRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item_request import BillLineItemRequest  # noqa: PLC0415

        d = dict(src_dict)
        _line_items = d.pop("line_items", UNSET)
        line_items: list[BillLineItemRequest] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = BillLineItemRequest.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        bill_update_api_request = cls(
            line_items=line_items,
        )

        bill_update_api_request.additional_properties = d
        return bill_update_api_request

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
