from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define(repr=False)
class PageInfo(ThredfiModel):
    """Standardised pagination details

    Attributes:
        total_count (int | Unset): Total number of items
        current_page (int | Unset): Current page number
        total_pages (int | Unset): Total number of pages
        page_size (int | Unset): Items per page
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total_count", "total_count"),
        ("current_page", "current_page"),
        ("total_pages", "total_pages"),
        ("page_size", "page_size"),
    )

    total_count: int | Unset = UNSET
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.total_count is not _kept.get("total_count", _kept):
            total_count = self.total_count
        else:
            total_count = _kept["total_count"]

        if _kept is None or self.current_page is not _kept.get("current_page", _kept):
            current_page = self.current_page
        else:
            current_page = _kept["current_page"]

        if _kept is None or self.total_pages is not _kept.get("total_pages", _kept):
            total_pages = self.total_pages
        else:
            total_pages = _kept["total_pages"]

        if _kept is None or self.page_size is not _kept.get("page_size", _kept):
            page_size = self.page_size
        else:
            page_size = _kept["page_size"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            total_count = d.pop("total_count", UNSET)
            if _checking and total_count.__class__ is not int and total_count is not UNSET:
                _expect(total_count, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_count = _field_failed(cls, "total_count", "total_count", "int", src_dict, d, _error, _kept)

        try:
            current_page = d.pop("current_page", UNSET)
            if _checking and current_page.__class__ is not int and current_page is not UNSET:
                _expect(current_page, "int")
        except Exception as _error:
            if not _checking:
                raise
            current_page = _field_failed(cls, "current_page", "current_page", "int", src_dict, d, _error, _kept)

        try:
            total_pages = d.pop("total_pages", UNSET)
            if _checking and total_pages.__class__ is not int and total_pages is not UNSET:
                _expect(total_pages, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_pages = _field_failed(cls, "total_pages", "total_pages", "int", src_dict, d, _error, _kept)

        try:
            page_size = d.pop("page_size", UNSET)
            if _checking and page_size.__class__ is not int and page_size is not UNSET:
                _expect(page_size, "int")
        except Exception as _error:
            if not _checking:
                raise
            page_size = _field_failed(cls, "page_size", "page_size", "int", src_dict, d, _error, _kept)

        page_info = cls(
            total_count=total_count,
            current_page=current_page,
            total_pages=total_pages,
            page_size=page_size,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        page_info.additional_properties = d
        if _kept:
            page_info._thredfi_kept = _kept
        return page_info

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


class PageInfoDict(TypedDict, total=False):
    """``PageInfo`` as a dict (API field names): what a call accepts in its place."""

    total_count: int
    current_page: int
    total_pages: int
    page_size: int
