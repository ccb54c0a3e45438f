from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict, TypeVar, cast

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
    from ..models.invoice import Invoice, InvoiceDict
    from ..models.page_info import PageInfo, PageInfoDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Invoice, PageInfo
    from ..models.invoice import Invoice  # noqa: PLC0415
    from ..models.page_info import PageInfo  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PaginatedInvoiceList")


@_attrs_define(repr=False)
class PaginatedInvoiceList(ThredfiModel):
    """A page of Invoice items

    Attributes:
        results (list[Invoice]):
        count (int | Unset): Total number of items
        page_info (PageInfo | Unset): Standardised pagination details
        next_ (None | str | Unset): URL of the next page (DRF-style responses only)
        previous (None | str | Unset): URL of the previous page (DRF-style responses only)
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("results", "results"),
        ("count", "count"),
        ("page_info", "page_info"),
        ("next", "next_"),
        ("previous", "previous"),
    )

    results: list[Invoice]
    count: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.results is not _kept.get("results", _kept):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        else:
            results = _kept["results"]

        if _kept is None or self.count is not _kept.get("count", _kept):
            count = self.count
        else:
            count = _kept["count"]

        if _kept is None or self.page_info is not _kept.get("page_info", _kept):
            page_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.page_info, Unset):
                page_info = self.page_info.to_dict()
        else:
            page_info = _kept["page_info"]

        if _kept is None or self.next_ is not _kept.get("next_", _kept):
            next_: None | str | Unset
            if isinstance(self.next_, Unset):
                next_ = UNSET
            else:
                next_ = self.next_
        else:
            next_ = _kept["next_"]

        if _kept is None or self.previous is not _kept.get("previous", _kept):
            previous: None | str | Unset
            if isinstance(self.previous, Unset):
                previous = UNSET
            else:
                previous = self.previous
        else:
            previous = _kept["previous"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
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
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = Invoice.from_dict(results_item_data)

                results.append(results_item)

            if _checking and results.__class__ is not list:
                _expect(results, "list")
        except Exception as _error:
            if not _checking:
                raise
            results = _field_failed(cls, "results", "results", "list[Invoice]", src_dict, d, _error, _kept)

        try:
            count = d.pop("count", UNSET)
            if _checking and count.__class__ is not int and count is not UNSET:
                _expect(count, "int")
        except Exception as _error:
            if not _checking:
                raise
            count = _field_failed(cls, "count", "count", "int", src_dict, d, _error, _kept)

        try:
            _page_info = d.pop("page_info", UNSET)
            page_info: PageInfo | Unset
            if isinstance(_page_info, Unset):
                page_info = UNSET
            else:
                page_info = PageInfo.from_dict(_page_info)

        except Exception as _error:
            if not _checking:
                raise
            page_info = _field_failed(cls, "page_info", "page_info", "PageInfo", src_dict, d, _error, _kept)

        try:

            def _parse_next_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            next_ = _parse_next_(d.pop("next", UNSET))

            if _checking:
                _expect_one_of(
                    next_,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            next_ = _field_failed(cls, "next", "next_", "None | str", src_dict, d, _error, _kept)

        try:

            def _parse_previous(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            previous = _parse_previous(d.pop("previous", UNSET))

            if _checking:
                _expect_one_of(
                    previous,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            previous = _field_failed(cls, "previous", "previous", "None | str", src_dict, d, _error, _kept)

        paginated_invoice_list = cls(
            results=results,
            count=count,
            page_info=page_info,
            next_=next_,
            previous=previous,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        paginated_invoice_list.additional_properties = d
        if _kept:
            paginated_invoice_list._thredfi_kept = _kept
        return paginated_invoice_list

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


class PaginatedInvoiceListDict(TypedDict, total=False):
    """``PaginatedInvoiceList`` as a dict (API field names): what a call accepts in its place."""

    results: Required[list[Invoice | InvoiceDict]]
    count: int
    page_info: PageInfo | PageInfoDict
    next: str | None
    previous: str | None
