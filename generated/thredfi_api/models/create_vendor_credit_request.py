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
    from ..models.create_vendor_credit_request_allocations_item import (
        CreateVendorCreditRequestAllocationsItem,
        CreateVendorCreditRequestAllocationsItemDict,
    )
    from ..models.create_vendor_credit_request_line_items_item import (
        CreateVendorCreditRequestLineItemsItem,
        CreateVendorCreditRequestLineItemsItemDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateVendorCreditRequestAllocationsItem, CreateVendorCreditRequestLineItemsItem
    from ..models.create_vendor_credit_request_allocations_item import CreateVendorCreditRequestAllocationsItem  # noqa: PLC0415
    from ..models.create_vendor_credit_request_line_items_item import CreateVendorCreditRequestLineItemsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVendorCreditRequest")


@_attrs_define(repr=False)
class CreateVendorCreditRequest(ThredfiModel):
    """A vendor credit to create. The docs page's body schema could not be read: only the fields its description names are
    typed, anything else is passed through.

        Attributes:
            external_id (str | Unset): Your unique identifier (idempotency key)
            vendor_external_id (str | Unset): Vendor by your identifier (created on the fly if unknown)
            line_items (list[CreateVendorCreditRequestLineItemsItem] | Unset): Line items
            allocations (list[CreateVendorCreditRequestAllocationsItem] | Unset): Optional allocations to bills
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("vendor_external_id", "vendor_external_id"),
        ("line_items", "line_items"),
        ("allocations", "allocations"),
    )

    external_id: str | Unset = UNSET
    vendor_external_id: str | Unset = UNSET
    line_items: list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET
    allocations: list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.vendor_external_id is not _kept.get("vendor_external_id", _kept):
            vendor_external_id = self.vendor_external_id
        else:
            vendor_external_id = _kept["vendor_external_id"]

        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
            line_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.line_items, Unset):
                line_items = []
                for line_items_item_data in self.line_items:
                    line_items_item = line_items_item_data.to_dict()
                    line_items.append(line_items_item)

        else:
            line_items = _kept["line_items"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            vendor_external_id = d.pop("vendor_external_id", UNSET)
            if _checking and vendor_external_id.__class__ is not str and vendor_external_id is not UNSET:
                _expect(vendor_external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_external_id = _field_failed(
                cls, "vendor_external_id", "vendor_external_id", "str", src_dict, d, _error, _kept
            )

        try:
            _line_items = d.pop("line_items", UNSET)
            line_items: list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = CreateVendorCreditRequestLineItemsItem.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

            if _checking and line_items.__class__ is not list:
                _expect(line_items, "list")
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls,
                "line_items",
                "line_items",
                "list[CreateVendorCreditRequestLineItemsItem]",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = CreateVendorCreditRequestAllocationsItem.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls,
                "allocations",
                "allocations",
                "list[CreateVendorCreditRequestAllocationsItem]",
                src_dict,
                d,
                _error,
                _kept,
            )

        create_vendor_credit_request = cls(
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_vendor_credit_request.additional_properties = d
        if _kept:
            create_vendor_credit_request._thredfi_kept = _kept
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


class CreateVendorCreditRequestDict(TypedDict, total=False):
    """``CreateVendorCreditRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    vendor_external_id: str
    line_items: list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
    allocations: list[CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict]
