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
    from ..models.aging_buckets import AgingBuckets, AgingBucketsDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AgingBuckets
    from ..models.aging_buckets import AgingBuckets  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorAging")


@_attrs_define(repr=False)
class VendorAging(ThredfiModel):
    """One vendor's aging

    Attributes:
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        total_outstanding_cents (int | Unset):
        aging_buckets (AgingBuckets | Unset): Outstanding amounts by days overdue (cents)
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vendor_id", "vendor_id"),
        ("vendor_name", "vendor_name"),
        ("total_outstanding_cents", "total_outstanding_cents"),
        ("aging_buckets", "aging_buckets"),
    )

    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    total_outstanding_cents: int | Unset = UNSET
    aging_buckets: AgingBuckets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id = self.vendor_id
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.vendor_name is not _kept.get("vendor_name", _kept):
            vendor_name = self.vendor_name
        else:
            vendor_name = _kept["vendor_name"]

        if _kept is None or self.total_outstanding_cents is not _kept.get("total_outstanding_cents", _kept):
            total_outstanding_cents = self.total_outstanding_cents
        else:
            total_outstanding_cents = _kept["total_outstanding_cents"]

        if _kept is None or self.aging_buckets is not _kept.get("aging_buckets", _kept):
            aging_buckets: dict[str, Any] | Unset = UNSET
            if not isinstance(self.aging_buckets, Unset):
                aging_buckets = self.aging_buckets.to_dict()
        else:
            aging_buckets = _kept["aging_buckets"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if total_outstanding_cents is not UNSET:
            field_dict["total_outstanding_cents"] = total_outstanding_cents
        if aging_buckets is not UNSET:
            field_dict["aging_buckets"] = aging_buckets
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
            vendor_id = d.pop("vendor_id", UNSET)
            if _checking and vendor_id.__class__ is not str and vendor_id is not UNSET:
                _expect(vendor_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_id = _field_failed(cls, "vendor_id", "vendor_id", "str", src_dict, d, _error, _kept)

        try:
            vendor_name = d.pop("vendor_name", UNSET)
            if _checking and vendor_name.__class__ is not str and vendor_name is not UNSET:
                _expect(vendor_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_name = _field_failed(cls, "vendor_name", "vendor_name", "str", src_dict, d, _error, _kept)

        try:
            total_outstanding_cents = d.pop("total_outstanding_cents", UNSET)
            if _checking and total_outstanding_cents.__class__ is not int and total_outstanding_cents is not UNSET:
                _expect(total_outstanding_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_outstanding_cents = _field_failed(
                cls, "total_outstanding_cents", "total_outstanding_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _aging_buckets = d.pop("aging_buckets", UNSET)
            aging_buckets: AgingBuckets | Unset
            if isinstance(_aging_buckets, Unset):
                aging_buckets = UNSET
            else:
                aging_buckets = AgingBuckets.from_dict(_aging_buckets)

        except Exception as _error:
            if not _checking:
                raise
            aging_buckets = _field_failed(
                cls, "aging_buckets", "aging_buckets", "AgingBuckets", src_dict, d, _error, _kept
            )

        vendor_aging = cls(
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            total_outstanding_cents=total_outstanding_cents,
            aging_buckets=aging_buckets,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_aging.additional_properties = d
        if _kept:
            vendor_aging._thredfi_kept = _kept
        return vendor_aging

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


class VendorAgingDict(TypedDict, total=False):
    """``VendorAging`` as a dict (API field names): what a call accepts in its place."""

    vendor_id: str
    vendor_name: str
    total_outstanding_cents: int
    aging_buckets: AgingBuckets | AgingBucketsDict
