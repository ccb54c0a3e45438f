from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation_request import (
        InvoicePaymentAllocationRequest,
        InvoicePaymentAllocationRequestDict,
    )
    from ..models.patched_invoice_payment_update_request_metadata import (
        PatchedInvoicePaymentUpdateRequestMetadata,
        PatchedInvoicePaymentUpdateRequestMetadataDict,
    )
    from ..models.patched_invoice_payment_update_request_references import (
        PatchedInvoicePaymentUpdateRequestReferences,
        PatchedInvoicePaymentUpdateRequestReferencesDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        InvoicePaymentAllocationRequest, \
        PatchedInvoicePaymentUpdateRequestMetadata, \
        PatchedInvoicePaymentUpdateRequestReferences
    from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest  # noqa: PLC0415
    from ..models.patched_invoice_payment_update_request_metadata import PatchedInvoicePaymentUpdateRequestMetadata  # noqa: PLC0415
    from ..models.patched_invoice_payment_update_request_references import PatchedInvoicePaymentUpdateRequestReferences  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PatchedInvoicePaymentUpdateRequest")


@_attrs_define(repr=False)
class PatchedInvoicePaymentUpdateRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_id", "customer_id"),
        ("total_amount_cents", "total_amount_cents"),
        ("allocations", "allocations"),
        ("payment_date", "payment_date"),
        ("currency", "currency"),
        ("payment_method", "payment_method"),
        ("payment_reference", "payment_reference"),
        ("external_id", "external_id"),
        ("note", "note"),
        ("notes", "notes"),
        ("metadata", "metadata"),
        ("references", "references"),
        ("processor_reference", "processor_reference"),
        ("bank_reference", "bank_reference"),
        ("status", "status"),
        ("transaction_tags", "transaction_tags"),
        ("payment_processor", "payment_processor"),
        ("processing_fee_cents", "processing_fee_cents"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id: str | Unset = UNSET
            if not isinstance(self.customer_id, Unset):
                customer_id = str(self.customer_id)
        else:
            customer_id = _kept["customer_id"]

        if _kept is None or self.total_amount_cents is not _kept.get("total_amount_cents", _kept):
            total_amount_cents = self.total_amount_cents
        else:
            total_amount_cents = _kept["total_amount_cents"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date: str | Unset = UNSET
            if not isinstance(self.payment_date, Unset):
                payment_date = self.payment_date.isoformat()
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.note is not _kept.get("note", _kept):
            note = self.note
        else:
            note = _kept["note"]

        if _kept is None or self.notes is not _kept.get("notes", _kept):
            notes = self.notes
        else:
            notes = _kept["notes"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.references is not _kept.get("references", _kept):
            references: dict[str, Any] | Unset = UNSET
            if not isinstance(self.references, Unset):
                references = self.references.to_dict()
        else:
            references = _kept["references"]

        if _kept is None or self.processor_reference is not _kept.get("processor_reference", _kept):
            processor_reference = self.processor_reference
        else:
            processor_reference = _kept["processor_reference"]

        if _kept is None or self.bank_reference is not _kept.get("bank_reference", _kept):
            bank_reference = self.bank_reference
        else:
            bank_reference = _kept["bank_reference"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | Unset = UNSET
            if not isinstance(self.transaction_tags, Unset):
                transaction_tags = self.transaction_tags

        else:
            transaction_tags = _kept["transaction_tags"]

        if _kept is None or self.payment_processor is not _kept.get("payment_processor", _kept):
            payment_processor = self.payment_processor
        else:
            payment_processor = _kept["payment_processor"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

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
            _customer_id = d.pop("customer_id", UNSET)
            customer_id: UUID | Unset
            if isinstance(_customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = UUID(_customer_id)

        except Exception as _error:
            if not _checking:
                raise
            customer_id = _field_failed(cls, "customer_id", "customer_id", "UUID", src_dict, d, _error, _kept)

        try:
            total_amount_cents = d.pop("total_amount_cents", UNSET)
            if _checking and total_amount_cents.__class__ is not int and total_amount_cents is not UNSET:
                _expect(total_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount_cents = _field_failed(
                cls, "total_amount_cents", "total_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[InvoicePaymentAllocationRequest] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = InvoicePaymentAllocationRequest.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[InvoicePaymentAllocationRequest]", src_dict, d, _error, _kept
            )

        try:
            _payment_date = d.pop("payment_date", UNSET)
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(
                cls, "payment_date", "payment_date", "datetime.date", src_dict, d, _error, _kept
            )

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            payment_method = d.pop("payment_method", UNSET)
            if _checking and payment_method.__class__ is not str and payment_method is not UNSET:
                _expect(payment_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(cls, "payment_method", "payment_method", "str", src_dict, d, _error, _kept)

        try:
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            note = d.pop("note", UNSET)
            if _checking and note.__class__ is not str and note is not UNSET:
                _expect(note, "str")
        except Exception as _error:
            if not _checking:
                raise
            note = _field_failed(cls, "note", "note", "str", src_dict, d, _error, _kept)

        try:
            notes = d.pop("notes", UNSET)
            if _checking and notes.__class__ is not str and notes is not UNSET:
                _expect(notes, "str")
        except Exception as _error:
            if not _checking:
                raise
            notes = _field_failed(cls, "notes", "notes", "str", src_dict, d, _error, _kept)

        try:
            _metadata = d.pop("metadata", UNSET)
            metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PatchedInvoicePaymentUpdateRequestMetadata.from_dict(_metadata)

        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "PatchedInvoicePaymentUpdateRequestMetadata", src_dict, d, _error, _kept
            )

        try:
            _references = d.pop("references", UNSET)
            references: PatchedInvoicePaymentUpdateRequestReferences | Unset
            if isinstance(_references, Unset):
                references = UNSET
            else:
                references = PatchedInvoicePaymentUpdateRequestReferences.from_dict(_references)

        except Exception as _error:
            if not _checking:
                raise
            references = _field_failed(
                cls,
                "references",
                "references",
                "PatchedInvoicePaymentUpdateRequestReferences",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            processor_reference = d.pop("processor_reference", UNSET)
            if _checking and processor_reference.__class__ is not str and processor_reference is not UNSET:
                _expect(processor_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor_reference = _field_failed(
                cls, "processor_reference", "processor_reference", "str", src_dict, d, _error, _kept
            )

        try:
            bank_reference = d.pop("bank_reference", UNSET)
            if _checking and bank_reference.__class__ is not str and bank_reference is not UNSET:
                _expect(bank_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_reference = _field_failed(cls, "bank_reference", "bank_reference", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

            if _checking and transaction_tags.__class__ is not list:
                _expect(transaction_tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            transaction_tags = _field_failed(
                cls, "transaction_tags", "transaction_tags", "list[str]", src_dict, d, _error, _kept
            )

        try:
            payment_processor = d.pop("payment_processor", UNSET)
            if _checking and payment_processor.__class__ is not str and payment_processor is not UNSET:
                _expect(payment_processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_processor = _field_failed(
                cls, "payment_processor", "payment_processor", "str", src_dict, d, _error, _kept
            )

        try:
            processing_fee_cents = d.pop("processing_fee_cents", UNSET)
            if _checking and processing_fee_cents.__class__ is not int and processing_fee_cents is not UNSET:
                _expect(processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee_cents = _field_failed(
                cls, "processing_fee_cents", "processing_fee_cents", "int", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        patched_invoice_payment_update_request.additional_properties = d
        if _kept:
            patched_invoice_payment_update_request._thredfi_kept = _kept
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


class PatchedInvoicePaymentUpdateRequestDict(TypedDict, total=False):
    """``PatchedInvoicePaymentUpdateRequest`` as a dict (API field names): what a call accepts in its place."""

    customer_id: UUID | str
    total_amount_cents: int
    allocations: list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
    payment_date: datetime.date | str
    currency: str
    payment_method: str
    payment_reference: str
    external_id: str
    note: str
    notes: str
    metadata: PatchedInvoicePaymentUpdateRequestMetadata | PatchedInvoicePaymentUpdateRequestMetadataDict
    references: PatchedInvoicePaymentUpdateRequestReferences | PatchedInvoicePaymentUpdateRequestReferencesDict
    processor_reference: str
    bank_reference: str
    status: str
    transaction_tags: list[str]
    payment_processor: str
    processing_fee_cents: int
