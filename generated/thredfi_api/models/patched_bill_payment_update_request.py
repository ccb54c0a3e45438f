from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation_update_request import BillPaymentAllocationUpdateRequest


T = TypeVar("T", bound="PatchedBillPaymentUpdateRequest")


@_attrs_define
class PatchedBillPaymentUpdateRequest:
    """Fields of a bill payment that can be changed (all optional)

    Attributes:
        status (str | Unset): New status (the docs' example: pending)
        failure_reason (str | Unset):
        payment_reference (str | Unset):
        check_number (str | Unset):
        description (str | Unset):
        memo (str | Unset):
        processing_fee_cents (int | Unset): Processing fee in cents
        metadata (Any | Unset): Custom key-value pairs
        allocations (list[BillPaymentAllocationUpdateRequest] | Unset): Bill allocations of the payment
    """

    status: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    check_number: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    metadata: Any | Unset = UNSET
    allocations: list[BillPaymentAllocationUpdateRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        failure_reason = self.failure_reason

        payment_reference = self.payment_reference

        check_number = self.check_number

        description = self.description

        memo = self.memo

        processing_fee_cents = self.processing_fee_cents

        metadata = self.metadata

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_payment_allocation_update_request import BillPaymentAllocationUpdateRequest  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        failure_reason = d.pop("failure_reason", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        check_number = d.pop("check_number", UNSET)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        metadata = d.pop("metadata", UNSET)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[BillPaymentAllocationUpdateRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = BillPaymentAllocationUpdateRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        patched_bill_payment_update_request = cls(
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
        )

        patched_bill_payment_update_request.additional_properties = d
        return patched_bill_payment_update_request

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
