from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_record_payment_request_payment_method import (
    InvoiceRecordPaymentRequestPaymentMethod,
    check_invoice_record_payment_request_payment_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest
    from ..models.invoice_payment_references import InvoicePaymentReferences
    from ..models.invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0


T = TypeVar("T", bound="InvoiceRecordPaymentRequest")


@_attrs_define
class InvoiceRecordPaymentRequest:
    """A payment for one or more invoices (docs name: InvoiceRecordPaymentRequestRequest)

    Attributes:
        customer_id (UUID): Customer making the payment
        total_amount_cents (int): Total payment amount in cents
        allocations (list[InvoicePaymentAllocationRequest] | Unset):
        payment_date (datetime.date | Unset):
        currency (str | Unset): Must match the business base currency
        payment_method (InvoiceRecordPaymentRequestPaymentMethod | Unset):
        payment_reference (str | Unset):
        external_id (str | Unset):
        note (str | Unset):
        notes (str | Unset): Legacy duplicate of note
        metadata (InvoiceRecordPaymentRequestMetadataType0 | None | Unset): Custom key-value pairs
        references (InvoicePaymentReferences | Unset): Payment references
        processing_fee_cents (int | Unset):
        payment_processor (str | Unset):
    """

    customer_id: UUID
    total_amount_cents: int
    allocations: list[InvoicePaymentAllocationRequest] | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET
    payment_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    note: str | Unset = UNSET
    notes: str | Unset = UNSET
    metadata: InvoiceRecordPaymentRequestMetadataType0 | None | Unset = UNSET
    references: InvoicePaymentReferences | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    payment_processor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0  # noqa: PLC0415

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

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        payment_reference = self.payment_reference

        external_id = self.external_id

        note = self.note

        notes = self.notes

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InvoiceRecordPaymentRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references.to_dict()

        processing_fee_cents = self.processing_fee_cents

        payment_processor = self.payment_processor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
            }
        )
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
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if payment_processor is not UNSET:
            field_dict["payment_processor"] = payment_processor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest  # noqa: PLC0415
        from ..models.invoice_payment_references import InvoicePaymentReferences  # noqa: PLC0415
        from ..models.invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        total_amount_cents = d.pop("total_amount_cents")

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

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = check_invoice_record_payment_request_payment_method(_payment_method)

        payment_reference = d.pop("payment_reference", UNSET)

        external_id = d.pop("external_id", UNSET)

        note = d.pop("note", UNSET)

        notes = d.pop("notes", UNSET)

        def _parse_metadata(data: object) -> InvoiceRecordPaymentRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = InvoiceRecordPaymentRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceRecordPaymentRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _references = d.pop("references", UNSET)
        references: InvoicePaymentReferences | Unset
        if isinstance(_references, Unset):
            references = UNSET
        else:
            references = InvoicePaymentReferences.from_dict(_references)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        payment_processor = d.pop("payment_processor", UNSET)

        invoice_record_payment_request = cls(
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
            processing_fee_cents=processing_fee_cents,
            payment_processor=payment_processor,
        )

        invoice_record_payment_request.additional_properties = d
        return invoice_record_payment_request

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
