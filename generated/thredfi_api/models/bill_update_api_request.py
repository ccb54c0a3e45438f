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
    from ..models.bill_line_item_request import BillLineItemRequest, BillLineItemRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BillLineItemRequest
    from ..models.bill_line_item_request import BillLineItemRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BillUpdateAPIRequest")


@_attrs_define(repr=False)
class BillUpdateAPIRequest(ThredfiModel):
    """Bill fields to update (PUT). The docs page shows only the line_items rule; other fields are free-form.

    Attributes:
        line_items (list[BillLineItemRequest] | Unset): If given, replaces ALL existing line items; if omitted, they
            stay unchanged
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (("line_items", "line_items"),)

    line_items: list[BillLineItemRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
            line_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.line_items, Unset):
                line_items = []
                for line_items_item_data in self.line_items:
                    line_items_item = line_items_item_data.to_dict()
                    line_items.append(line_items_item)

        else:
            line_items = _kept["line_items"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
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
            _line_items = d.pop("line_items", UNSET)
            line_items: list[BillLineItemRequest] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = BillLineItemRequest.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

            if _checking and line_items.__class__ is not list:
                _expect(line_items, "list")
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[BillLineItemRequest]", src_dict, d, _error, _kept
            )

        bill_update_api_request = cls(
            line_items=line_items,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill_update_api_request.additional_properties = d
        if _kept:
            bill_update_api_request._thredfi_kept = _kept
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


class BillUpdateAPIRequestDict(TypedDict, total=False):
    """``BillUpdateAPIRequest`` as a dict (API field names): what a call accepts in its place."""

    line_items: list[BillLineItemRequest | BillLineItemRequestDict]
