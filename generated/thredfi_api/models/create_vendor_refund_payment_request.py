from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,
    )
    from ..models.vendor_refund_allocation_request import VendorRefundAllocationRequest


T = TypeVar("T", bound="CreateVendorRefundPaymentRequest")


@_attrs_define
class CreateVendorRefundPaymentRequest:
    """A vendor refund, its payment and allocations (created atomically)

    Attributes:
        vendor_id (UUID): Vendor issuing the refund
        total_amount_cents (int): Total refund amount in cents
        allocations (list[VendorRefundAllocationRequest] | Unset):
        external_id (str | Unset):
        refund_type (str | Unset): e.g. overpayment
        refund_date (datetime.date | Unset):
        currency (str | Unset):
        description (str | Unset):
        memo (str | Unset):
        reason (str | Unset):
        metadata (CreateVendorRefundPaymentRequestMetadataType0 | None | Unset): Custom key-value pairs
        payment_method (str | Unset): e.g. bank_transfer
        processor (str | Unset): e.g. bank_transfer
        payment_reference (str | Unset):
        processing_fee_cents (int | Unset):  Default: 0.
    """

    vendor_id: UUID
    total_amount_cents: int
    allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
    external_id: str | Unset = UNSET
    refund_type: str | Unset = UNSET
    refund_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET
    payment_method: str | Unset = UNSET
    processor: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    processing_fee_cents: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_vendor_refund_payment_request_metadata_type_0 import (
            CreateVendorRefundPaymentRequestMetadataType0,  # noqa: PLC0415
        )

        vendor_id = str(self.vendor_id)

        total_amount_cents = self.total_amount_cents

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        external_id = self.external_id

        refund_type = self.refund_type

        refund_date: str | Unset = UNSET
        if not isinstance(self.refund_date, Unset):
            refund_date = self.refund_date.isoformat()

        currency = self.currency

        description = self.description

        memo = self.memo

        reason = self.reason

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateVendorRefundPaymentRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_method = self.payment_method

        processor = self.processor

        payment_reference = self.payment_reference

        processing_fee_cents = self.processing_fee_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
            }
        )
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if refund_type is not UNSET:
            field_dict["refund_type"] = refund_type
        if refund_date is not UNSET:
            field_dict["refund_date"] = refund_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_vendor_refund_payment_request_metadata_type_0 import (
            CreateVendorRefundPaymentRequestMetadataType0,  # noqa: PLC0415
        )
        from ..models.vendor_refund_allocation_request import VendorRefundAllocationRequest  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = UUID(d.pop("vendor_id"))

        total_amount_cents = d.pop("total_amount_cents")

        _allocations = d.pop("allocations", UNSET)
        allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = VendorRefundAllocationRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        external_id = d.pop("external_id", UNSET)

        refund_type = d.pop("refund_type", UNSET)

        _refund_date = d.pop("refund_date", UNSET)
        refund_date: datetime.date | Unset
        if isinstance(_refund_date, Unset):
            refund_date = UNSET
        else:
            refund_date = datetime.date.fromisoformat(_refund_date)

        currency = d.pop("currency", UNSET)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_metadata(data: object) -> CreateVendorRefundPaymentRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateVendorRefundPaymentRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVendorRefundPaymentRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        payment_method = d.pop("payment_method", UNSET)

        processor = d.pop("processor", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        create_vendor_refund_payment_request = cls(
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
        )

        create_vendor_refund_payment_request.additional_properties = d
        return create_vendor_refund_payment_request

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
