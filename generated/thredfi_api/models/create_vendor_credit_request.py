from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_vendor_credit_request_allocations_item import CreateVendorCreditRequestAllocationsItem
    from ..models.create_vendor_credit_request_line_items_item import CreateVendorCreditRequestLineItemsItem


T = TypeVar("T", bound="CreateVendorCreditRequest")


@_attrs_define
class CreateVendorCreditRequest:
    """A vendor credit to create. The docs page's body schema could not be read: only the fields its description names are
    typed, anything else is passed through.

        Attributes:
            external_id (str | Unset): Your unique identifier (idempotency key)
            vendor_external_id (str | Unset): Vendor by your identifier (created on the fly if unknown)
            line_items (list[CreateVendorCreditRequestLineItemsItem] | Unset): Line items
            allocations (list[CreateVendorCreditRequestAllocationsItem] | Unset): Optional allocations to bills
    """

    external_id: str | Unset = UNSET
    vendor_external_id: str | Unset = UNSET
    line_items: list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET
    allocations: list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        vendor_external_id = self.vendor_external_id

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if vendor_external_id is not UNSET:
            field_dict["vendor_external_id"] = vendor_external_id
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_vendor_credit_request_allocations_item import CreateVendorCreditRequestAllocationsItem  # noqa: PLC0415
        from ..models.create_vendor_credit_request_line_items_item import CreateVendorCreditRequestLineItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        vendor_external_id = d.pop("vendor_external_id", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = CreateVendorCreditRequestLineItemsItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = CreateVendorCreditRequestAllocationsItem.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        create_vendor_credit_request = cls(
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
        )

        create_vendor_credit_request.additional_properties = d
        return create_vendor_credit_request

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
