from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_allocation import VendorRefundAllocation
    from ..models.vendor_refund_payment_summary import VendorRefundPaymentSummary


T = TypeVar("T", bound="VendorRefund")


@_attrs_define
class VendorRefund:
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

    id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    total_refunded_amount: int | Unset = UNSET
    allocated_amount: int | Unset = UNSET
    unallocated_amount: int | Unset = UNSET
    allocations: list[VendorRefundAllocation] | None | Unset = UNSET
    vendor_refund_payments: list[VendorRefundPaymentSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        total_refunded_amount = self.total_refunded_amount

        allocated_amount = self.allocated_amount

        unallocated_amount = self.unallocated_amount

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_refund_allocation import VendorRefundAllocation  # noqa: PLC0415
        from ..models.vendor_refund_payment_summary import VendorRefundPaymentSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        vendor_name = d.pop("vendor_name", UNSET)

        total_refunded_amount = d.pop("total_refunded_amount", UNSET)

        allocated_amount = d.pop("allocated_amount", UNSET)

        unallocated_amount = d.pop("unallocated_amount", UNSET)

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

        vendor_refund.additional_properties = d
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
