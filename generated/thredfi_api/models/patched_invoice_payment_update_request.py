from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest
    from ..models.patched_invoice_payment_update_request_metadata import PatchedInvoicePaymentUpdateRequestMetadata
    from ..models.patched_invoice_payment_update_request_references import PatchedInvoicePaymentUpdateRequestReferences


T = TypeVar("T", bound="PatchedInvoicePaymentUpdateRequest")


@_attrs_define
class PatchedInvoicePaymentUpdateRequest:
    """Fields of an invoice payment that can be changed (all optional)

    Attributes:
        customer_id (UUID | Unset): Customer making the payment
        total_amount_cents (int | Unset): Total payment amount in cents
        allocations (list[InvoicePaymentAllocationRequest] | Unset): How the payment is applied to invoices
        payment_date (datetime.date | Unset):
        currency (str | Unset):
        payment_method (str | Unset): Method of payment (the docs' example: bank_transfer)
        payment_reference (str | Unset):
        external_id (str | Unset):
        note (str | Unset):
        notes (str | Unset): Legacy duplicate of note
        metadata (PatchedInvoicePaymentUpdateRequestMetadata | Unset): Custom key-value pairs
        references (PatchedInvoicePaymentUpdateRequestReferences | Unset): Payment references
        processor_reference (str | Unset):
        bank_reference (str | Unset):
        status (str | Unset): New status (the docs' example: pending)
        transaction_tags (list[str] | Unset):
        payment_processor (str | Unset):
        processing_fee_cents (int | Unset): Processing fee in cents
    """

    customer_id: UUID | Unset = UNSET
    total_amount_cents: int | Unset = UNSET
    allocations: list[InvoicePaymentAllocationRequest] | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    note: str | Unset = UNSET
    notes: str | Unset = UNSET
    metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset = UNSET
    references: PatchedInvoicePaymentUpdateRequestReferences | Unset = UNSET
    processor_reference: str | Unset = UNSET
    bank_reference: str | Unset = UNSET
    status: str | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    payment_processor: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        total_amount_cents = self.total_amount_cents

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        currency = self.currency

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        external_id = self.external_id

        note = self.note

        notes = self.notes

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references.to_dict()

        processor_reference = self.processor_reference

        bank_reference = self.bank_reference

        status = self.status

        transaction_tags: list[str] | Unset = UNSET
        if not isinstance(self.transaction_tags, Unset):
            transaction_tags = self.transaction_tags

        payment_processor = self.payment_processor

        processing_fee_cents = self.processing_fee_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if total_amount_cents is not UNSET:
            field_dict["total_amount_cents"] = total_amount_cents
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if note is not UNSET:
            field_dict["note"] = note
        if notes is not UNSET:
            field_dict["notes"] = notes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if references is not UNSET:
            field_dict["references"] = references
        if processor_reference is not UNSET:
            field_dict["processor_reference"] = processor_reference
        if bank_reference is not UNSET:
            field_dict["bank_reference"] = bank_reference
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if payment_processor is not UNSET:
            field_dict["payment_processor"] = payment_processor
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest  # noqa: PLC0415
        from ..models.patched_invoice_payment_update_request_metadata import PatchedInvoicePaymentUpdateRequestMetadata  # noqa: PLC0415
        from ..models.patched_invoice_payment_update_request_references import (
            PatchedInvoicePaymentUpdateRequestReferences,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        total_amount_cents = d.pop("total_amount_cents", UNSET)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[InvoicePaymentAllocationRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = InvoicePaymentAllocationRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _payment_date = d.pop("payment_date", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        currency = d.pop("currency", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        external_id = d.pop("external_id", UNSET)

        note = d.pop("note", UNSET)

        notes = d.pop("notes", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PatchedInvoicePaymentUpdateRequestMetadata.from_dict(_metadata)

        _references = d.pop("references", UNSET)
        references: PatchedInvoicePaymentUpdateRequestReferences | Unset
        if isinstance(_references, Unset):
            references = UNSET
        else:
            references = PatchedInvoicePaymentUpdateRequestReferences.from_dict(_references)

        processor_reference = d.pop("processor_reference", UNSET)

        bank_reference = d.pop("bank_reference", UNSET)

        status = d.pop("status", UNSET)

        transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

        payment_processor = d.pop("payment_processor", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        patched_invoice_payment_update_request = cls(
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processor_reference=processor_reference,
            bank_reference=bank_reference,
            status=status,
            transaction_tags=transaction_tags,
            payment_processor=payment_processor,
            processing_fee_cents=processing_fee_cents,
        )

        patched_invoice_payment_update_request.additional_properties = d
        return patched_invoice_payment_update_request

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
