from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..models.invoice_record_payment_request_payment_method import (
    InvoiceRecordPaymentRequestPaymentMethod,
    check_invoice_record_payment_request_payment_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation_request import (
        InvoicePaymentAllocationRequest,
        InvoicePaymentAllocationRequestDict,
    )
    from ..models.invoice_payment_references import InvoicePaymentReferences, InvoicePaymentReferencesDict
    from ..models.invoice_record_payment_request_metadata_type_0 import (
        InvoiceRecordPaymentRequestMetadataType0,
        InvoiceRecordPaymentRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        InvoicePaymentAllocationRequest, \
        InvoicePaymentReferences, \
        InvoiceRecordPaymentRequestMetadataType0
    from ..models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest  # noqa: PLC0415
    from ..models.invoice_payment_references import InvoicePaymentReferences  # noqa: PLC0415
    from ..models.invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoiceRecordPaymentRequest")


@_attrs_define(repr=False)
class InvoiceRecordPaymentRequest(ThredfiModel):
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
        ("processing_fee_cents", "processing_fee_cents"),
        ("payment_processor", "payment_processor"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
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
            payment_method: str | Unset = UNSET
            if not isinstance(self.payment_method, Unset):
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
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, InvoiceRecordPaymentRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.references is not _kept.get("references", _kept):
            references: dict[str, Any] | Unset = UNSET
            if not isinstance(self.references, Unset):
                references = self.references.to_dict()
        else:
            references = _kept["references"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.payment_processor is not _kept.get("payment_processor", _kept):
            payment_processor = self.payment_processor
        else:
            payment_processor = _kept["payment_processor"]

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
            customer_id = UUID(d.pop("customer_id"))

        except Exception as _error:
            if not _checking:
                raise
            customer_id = _field_failed(cls, "customer_id", "customer_id", "UUID", src_dict, d, _error, _kept)

        try:
            total_amount_cents = d.pop("total_amount_cents")
            if _checking and total_amount_cents.__class__ is not int:
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
            _payment_method = d.pop("payment_method", UNSET)
            payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset
            if isinstance(_payment_method, Unset):
                payment_method = UNSET
            else:
                payment_method = check_invoice_record_payment_request_payment_method(_payment_method)

        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(
                cls,
                "payment_method",
                "payment_method",
                "InvoiceRecordPaymentRequestPaymentMethod",
                src_dict,
                d,
                _error,
                _kept,
            )

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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        InvoiceRecordPaymentRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls,
                "metadata",
                "metadata",
                "InvoiceRecordPaymentRequestMetadataType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            _references = d.pop("references", UNSET)
            references: InvoicePaymentReferences | Unset
            if isinstance(_references, Unset):
                references = UNSET
            else:
                references = InvoicePaymentReferences.from_dict(_references)

        except Exception as _error:
            if not _checking:
                raise
            references = _field_failed(
                cls, "references", "references", "InvoicePaymentReferences", src_dict, d, _error, _kept
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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_record_payment_request.additional_properties = d
        if _kept:
            invoice_record_payment_request._thredfi_kept = _kept
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


class InvoiceRecordPaymentRequestDict(TypedDict, total=False):
    """``InvoiceRecordPaymentRequest`` as a dict (API field names): what a call accepts in its place."""

    customer_id: Required[UUID | str]
    total_amount_cents: Required[int]
    allocations: list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
    payment_date: datetime.date | str
    currency: str
    payment_method: InvoiceRecordPaymentRequestPaymentMethod
    payment_reference: str
    external_id: str
    note: str
    notes: str
    metadata: InvoiceRecordPaymentRequestMetadataType0 | InvoiceRecordPaymentRequestMetadataType0Dict | None
    references: InvoicePaymentReferences | InvoicePaymentReferencesDict
    processing_fee_cents: int
    payment_processor: str
