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
    from ..models.vendor_refund_allocation import VendorRefundAllocation, VendorRefundAllocationDict
    from ..models.vendor_refund_payment_summary import VendorRefundPaymentSummary, VendorRefundPaymentSummaryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VendorRefundAllocation, VendorRefundPaymentSummary
    from ..models.vendor_refund_allocation import VendorRefundAllocation  # noqa: PLC0415
    from ..models.vendor_refund_payment_summary import VendorRefundPaymentSummary  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefund")


@_attrs_define(repr=False)
class VendorRefund(ThredfiModel):
    """A vendor refund (the docs page shows only its first fields; the rest are kept in additional properties)

    Attributes:
        id (str | Unset):
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        total_refunded_amount (int | Unset): Cents
        allocated_amount (int | Unset): Cents
        unallocated_amount (int | Unset): Cents
        allocations (list[VendorRefundAllocation] | None | Unset):
        vendor_refund_payments (list[VendorRefundPaymentSummary] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("vendor_id", "vendor_id"),
        ("vendor_name", "vendor_name"),
        ("total_refunded_amount", "total_refunded_amount"),
        ("allocated_amount", "allocated_amount"),
        ("unallocated_amount", "unallocated_amount"),
        ("allocations", "allocations"),
        ("vendor_refund_payments", "vendor_refund_payments"),
    )

    id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    total_refunded_amount: int | Unset = UNSET
    allocated_amount: int | Unset = UNSET
    unallocated_amount: int | Unset = UNSET
    allocations: list[VendorRefundAllocation] | None | Unset = UNSET
    vendor_refund_payments: list[VendorRefundPaymentSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id = self.vendor_id
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.vendor_name is not _kept.get("vendor_name", _kept):
            vendor_name = self.vendor_name
        else:
            vendor_name = _kept["vendor_name"]

        if _kept is None or self.total_refunded_amount is not _kept.get("total_refunded_amount", _kept):
            total_refunded_amount = self.total_refunded_amount
        else:
            total_refunded_amount = _kept["total_refunded_amount"]

        if _kept is None or self.allocated_amount is not _kept.get("allocated_amount", _kept):
            allocated_amount = self.allocated_amount
        else:
            allocated_amount = _kept["allocated_amount"]

        if _kept is None or self.unallocated_amount is not _kept.get("unallocated_amount", _kept):
            unallocated_amount = self.unallocated_amount
        else:
            unallocated_amount = _kept["unallocated_amount"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | None | Unset
            if isinstance(self.allocations, Unset):
                allocations = UNSET
            elif isinstance(self.allocations, list):
                allocations = []
                for allocations_type_0_item_data in self.allocations:
                    allocations_type_0_item = allocations_type_0_item_data.to_dict()
                    allocations.append(allocations_type_0_item)

            else:
                allocations = self.allocations
        else:
            allocations = _kept["allocations"]

        if _kept is None or self.vendor_refund_payments is not _kept.get("vendor_refund_payments", _kept):
            vendor_refund_payments: list[dict[str, Any]] | None | Unset
            if isinstance(self.vendor_refund_payments, Unset):
                vendor_refund_payments = UNSET
            elif isinstance(self.vendor_refund_payments, list):
                vendor_refund_payments = []
                for vendor_refund_payments_type_0_item_data in self.vendor_refund_payments:
                    vendor_refund_payments_type_0_item = vendor_refund_payments_type_0_item_data.to_dict()
                    vendor_refund_payments.append(vendor_refund_payments_type_0_item)

            else:
                vendor_refund_payments = self.vendor_refund_payments
        else:
            vendor_refund_payments = _kept["vendor_refund_payments"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if total_refunded_amount is not UNSET:
            field_dict["total_refunded_amount"] = total_refunded_amount
        if allocated_amount is not UNSET:
            field_dict["allocated_amount"] = allocated_amount
        if unallocated_amount is not UNSET:
            field_dict["unallocated_amount"] = unallocated_amount
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if vendor_refund_payments is not UNSET:
            field_dict["vendor_refund_payments"] = vendor_refund_payments
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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

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
            total_refunded_amount = d.pop("total_refunded_amount", UNSET)
            if _checking and total_refunded_amount.__class__ is not int and total_refunded_amount is not UNSET:
                _expect(total_refunded_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_refunded_amount = _field_failed(
                cls, "total_refunded_amount", "total_refunded_amount", "int", src_dict, d, _error, _kept
            )

        try:
            allocated_amount = d.pop("allocated_amount", UNSET)
            if _checking and allocated_amount.__class__ is not int and allocated_amount is not UNSET:
                _expect(allocated_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            allocated_amount = _field_failed(
                cls, "allocated_amount", "allocated_amount", "int", src_dict, d, _error, _kept
            )

        try:
            unallocated_amount = d.pop("unallocated_amount", UNSET)
            if _checking and unallocated_amount.__class__ is not int and unallocated_amount is not UNSET:
                _expect(unallocated_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            unallocated_amount = _field_failed(
                cls, "unallocated_amount", "unallocated_amount", "int", src_dict, d, _error, _kept
            )

        try:

            def _parse_allocations(data: object) -> list[VendorRefundAllocation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allocations_type_0 = []
                    _allocations_type_0 = data
                    for allocations_type_0_item_data in _allocations_type_0:
                        allocations_type_0_item = VendorRefundAllocation.from_dict(allocations_type_0_item_data)

                        allocations_type_0.append(allocations_type_0_item)

                    return allocations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[VendorRefundAllocation] | None | Unset, data)

            allocations = _parse_allocations(d.pop("allocations", UNSET))

            if _checking:
                _expect_one_of(
                    allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[VendorRefundAllocation] | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_vendor_refund_payments(data: object) -> list[VendorRefundPaymentSummary] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    vendor_refund_payments_type_0 = []
                    _vendor_refund_payments_type_0 = data
                    for vendor_refund_payments_type_0_item_data in _vendor_refund_payments_type_0:
                        vendor_refund_payments_type_0_item = VendorRefundPaymentSummary.from_dict(
                            vendor_refund_payments_type_0_item_data
                        )

                        vendor_refund_payments_type_0.append(vendor_refund_payments_type_0_item)

                    return vendor_refund_payments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[VendorRefundPaymentSummary] | None | Unset, data)

            vendor_refund_payments = _parse_vendor_refund_payments(d.pop("vendor_refund_payments", UNSET))

            if _checking:
                _expect_one_of(
                    vendor_refund_payments,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            vendor_refund_payments = _field_failed(
                cls,
                "vendor_refund_payments",
                "vendor_refund_payments",
                "list[VendorRefundPaymentSummary] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        vendor_refund = cls(
            id=id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            total_refunded_amount=total_refunded_amount,
            allocated_amount=allocated_amount,
            unallocated_amount=unallocated_amount,
            allocations=allocations,
            vendor_refund_payments=vendor_refund_payments,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund.additional_properties = d
        if _kept:
            vendor_refund._thredfi_kept = _kept
        return vendor_refund

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


class VendorRefundDict(TypedDict, total=False):
    """``VendorRefund`` as a dict (API field names): what a call accepts in its place."""

    id: str
    vendor_id: str
    vendor_name: str
    total_refunded_amount: int
    allocated_amount: int
    unallocated_amount: int
    allocations: list[VendorRefundAllocation | VendorRefundAllocationDict] | None
    vendor_refund_payments: list[VendorRefundPaymentSummary | VendorRefundPaymentSummaryDict] | None
