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
    from ..models.report_line_item import ReportLineItem, ReportLineItemDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReportLineItem
    from ..models.report_line_item import ReportLineItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ReportSection")


@_attrs_define(repr=False)
class ReportSection(ThredfiModel):
    """Accounts of one subtype, with their total (cents)

    Attributes:
        display_name (str | Unset):
        total_cents (int | Unset):
        line_items (list[ReportLineItem] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_name", "display_name"),
        ("total_cents", "total_cents"),
        ("line_items", "line_items"),
    )

    display_name: str | Unset = UNSET
    total_cents: int | Unset = UNSET
    line_items: list[ReportLineItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.display_name is not _kept.get("display_name", _kept):
            display_name = self.display_name
        else:
            display_name = _kept["display_name"]

        if _kept is None or self.total_cents is not _kept.get("total_cents", _kept):
            total_cents = self.total_cents
        else:
            total_cents = _kept["total_cents"]

        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
            line_items: list[dict[str, Any]] | None | Unset
            if isinstance(self.line_items, Unset):
                line_items = UNSET
            elif isinstance(self.line_items, list):
                line_items = []
                for line_items_type_0_item_data in self.line_items:
                    line_items_type_0_item = line_items_type_0_item_data.to_dict()
                    line_items.append(line_items_type_0_item)

            else:
                line_items = self.line_items
        else:
            line_items = _kept["line_items"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if total_cents is not UNSET:
            field_dict["total_cents"] = total_cents
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
            display_name = d.pop("display_name", UNSET)
            if _checking and display_name.__class__ is not str and display_name is not UNSET:
                _expect(display_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            display_name = _field_failed(cls, "display_name", "display_name", "str", src_dict, d, _error, _kept)

        try:
            total_cents = d.pop("total_cents", UNSET)
            if _checking and total_cents.__class__ is not int and total_cents is not UNSET:
                _expect(total_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_cents = _field_failed(cls, "total_cents", "total_cents", "int", src_dict, d, _error, _kept)

        try:

            def _parse_line_items(data: object) -> list[ReportLineItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    line_items_type_0 = []
                    _line_items_type_0 = data
                    for line_items_type_0_item_data in _line_items_type_0:
                        line_items_type_0_item = ReportLineItem.from_dict(line_items_type_0_item_data)

                        line_items_type_0.append(line_items_type_0_item)

                    return line_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ReportLineItem] | None | Unset, data)

            line_items = _parse_line_items(d.pop("line_items", UNSET))

            if _checking:
                _expect_one_of(
                    line_items,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[ReportLineItem] | None", src_dict, d, _error, _kept
            )

        report_section = cls(
            display_name=display_name,
            total_cents=total_cents,
            line_items=line_items,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        report_section.additional_properties = d
        if _kept:
            report_section._thredfi_kept = _kept
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


class ReportSectionDict(TypedDict, total=False):
    """``ReportSection`` as a dict (API field names): what a call accepts in its place."""

    display_name: str
    total_cents: int
    line_items: list[ReportLineItem | ReportLineItemDict] | None
