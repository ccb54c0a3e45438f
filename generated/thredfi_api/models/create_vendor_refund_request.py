from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_vendor_refund_request_metadata_type_0 import CreateVendorRefundRequestMetadataType0
    from ..models.document_upload_request import DocumentUploadRequest
    from ..models.vendor_refund_allocation_request import VendorRefundAllocationRequest
    from ..models.vendor_refund_payment_entry_request import VendorRefundPaymentEntryRequest


T = TypeVar("T", bound="CreateVendorRefundRequest")


@_attrs_define
class CreateVendorRefundRequest:
    """A vendor refund with its allocations and payments

    Attributes:
        vendor_id (UUID | Unset):
        total_refunded_amount_cents (int | Unset):
        external_id (str | Unset):
        refund_type (str | Unset): e.g. overpayment, credit_balance, billing_error
        reference_number (str | Unset):
        currency (str | Unset):
        refund_date (datetime.date | Unset):
        description (str | Unset):
        memo (str | Unset):
        reason (str | Unset):
        metadata (CreateVendorRefundRequestMetadataType0 | None | Unset): Custom key-value pairs
        allocations (list[VendorRefundAllocationRequest] | Unset):
        payments (list[VendorRefundPaymentEntryRequest] | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    vendor_id: UUID | Unset = UNSET
    total_refunded_amount_cents: int | Unset = UNSET
    external_id: str | Unset = UNSET
    refund_type: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    currency: str | Unset = UNSET
    refund_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: CreateVendorRefundRequestMetadataType0 | None | Unset = UNSET
    allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
    payments: list[VendorRefundPaymentEntryRequest] | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_vendor_refund_request_metadata_type_0 import CreateVendorRefundRequestMetadataType0  # noqa: PLC0415

        vendor_id: str | Unset = UNSET
        if not isinstance(self.vendor_id, Unset):
            vendor_id = str(self.vendor_id)

        total_refunded_amount_cents = self.total_refunded_amount_cents

        external_id = self.external_id

        refund_type = self.refund_type

        reference_number = self.reference_number

        currency = self.currency

        refund_date: str | Unset = UNSET
        if not isinstance(self.refund_date, Unset):
            refund_date = self.refund_date.isoformat()

        description = self.description

        memo = self.memo

        reason = self.reason

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateVendorRefundRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if total_refunded_amount_cents is not UNSET:
            field_dict["total_refunded_amount_cents"] = total_refunded_amount_cents
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if refund_type is not UNSET:
            field_dict["refund_type"] = refund_type
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if refund_date is not UNSET:
            field_dict["refund_date"] = refund_date
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if payments is not UNSET:
            field_dict["payments"] = payments
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_vendor_refund_request_metadata_type_0 import CreateVendorRefundRequestMetadataType0  # noqa: PLC0415
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
        from ..models.vendor_refund_allocation_request import VendorRefundAllocationRequest  # noqa: PLC0415
        from ..models.vendor_refund_payment_entry_request import VendorRefundPaymentEntryRequest  # noqa: PLC0415

        d = dict(src_dict)
        _vendor_id = d.pop("vendor_id", UNSET)
        vendor_id: UUID | Unset
        if isinstance(_vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = UUID(_vendor_id)

        total_refunded_amount_cents = d.pop("total_refunded_amount_cents", UNSET)

        external_id = d.pop("external_id", UNSET)

        refund_type = d.pop("refund_type", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        currency = d.pop("currency", UNSET)

        _refund_date = d.pop("refund_date", UNSET)
        refund_date: datetime.date | Unset
        if isinstance(_refund_date, Unset):
            refund_date = UNSET
        else:
            refund_date = datetime.date.fromisoformat(_refund_date)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_metadata(data: object) -> CreateVendorRefundRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateVendorRefundRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVendorRefundRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _allocations = d.pop("allocations", UNSET)
        allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = VendorRefundAllocationRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _payments = d.pop("payments", UNSET)
        payments: list[VendorRefundPaymentEntryRequest] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = VendorRefundPaymentEntryRequest.from_dict(payments_item_data)

                payments.append(payments_item)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        create_vendor_refund_request = cls(
            vendor_id=vendor_id,
            total_refunded_amount_cents=total_refunded_amount_cents,
            external_id=external_id,
            refund_type=refund_type,
            reference_number=reference_number,
            currency=currency,
            refund_date=refund_date,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            allocations=allocations,
            payments=payments,
            document=document,
        )

        create_vendor_refund_request.additional_properties = d
        return create_vendor_refund_request

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
