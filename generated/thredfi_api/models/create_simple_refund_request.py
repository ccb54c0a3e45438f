from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar
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
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentUploadRequest
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateSimpleRefundRequest")


@_attrs_define(repr=False)
class CreateSimpleRefundRequest(ThredfiModel):
    """A full or partial refund of an invoice

    Attributes:
        invoice_id (UUID | Unset):
        method (str | Unset): Refund method, upper case: e.g. CASH, BANK_TRANSFER, ACH
        completed_at (datetime.datetime | Unset):
        external_id (str | Unset):
        amount_cents (int | Unset): Amount for a partial refund, in cents (the description calls it partial_amount)
        memo (str | Unset):
        reference_number (str | Unset):
        processor (str | Unset):
        refund_processing_fee_cents (int | Unset):  Default: 0.
        document (DocumentUploadRequest | Unset): A document to attach
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("invoice_id", "invoice_id"),
        ("method", "method"),
        ("completed_at", "completed_at"),
        ("external_id", "external_id"),
        ("amount_cents", "amount_cents"),
        ("memo", "memo"),
        ("reference_number", "reference_number"),
        ("processor", "processor"),
        ("refund_processing_fee_cents", "refund_processing_fee_cents"),
        ("document", "document"),
    )

    invoice_id: UUID | Unset = UNSET
    method: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    external_id: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    memo: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    processor: str | Unset = UNSET
    refund_processing_fee_cents: int | Unset = 0
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.invoice_id is not _kept.get("invoice_id", _kept):
            invoice_id: str | Unset = UNSET
            if not isinstance(self.invoice_id, Unset):
                invoice_id = str(self.invoice_id)
        else:
            invoice_id = _kept["invoice_id"]

        if _kept is None or self.method is not _kept.get("method", _kept):
            method = self.method
        else:
            method = _kept["method"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: str | Unset = UNSET
            if not isinstance(self.completed_at, Unset):
                completed_at = self.completed_at.isoformat()
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.refund_processing_fee_cents is not _kept.get("refund_processing_fee_cents", _kept):
            refund_processing_fee_cents = self.refund_processing_fee_cents
        else:
            refund_processing_fee_cents = _kept["refund_processing_fee_cents"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document, Unset):
                document = self.document.to_dict()
        else:
            document = _kept["document"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if method is not UNSET:
            field_dict["method"] = method
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if processor is not UNSET:
            field_dict["processor"] = processor
        if refund_processing_fee_cents is not UNSET:
            field_dict["refund_processing_fee_cents"] = refund_processing_fee_cents
        if document is not UNSET:
            field_dict["document"] = document
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
            _invoice_id = d.pop("invoice_id", UNSET)
            invoice_id: UUID | Unset
            if isinstance(_invoice_id, Unset):
                invoice_id = UNSET
            else:
                invoice_id = UUID(_invoice_id)

        except Exception as _error:
            if not _checking:
                raise
            invoice_id = _field_failed(cls, "invoice_id", "invoice_id", "UUID", src_dict, d, _error, _kept)

        try:
            method = d.pop("method", UNSET)
            if _checking and method.__class__ is not str and method is not UNSET:
                _expect(method, "str")
        except Exception as _error:
            if not _checking:
                raise
            method = _field_failed(cls, "method", "method", "str", src_dict, d, _error, _kept)

        try:
            _completed_at = d.pop("completed_at", UNSET)
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = datetime.datetime.fromisoformat(_completed_at)

        except Exception as _error:
            if not _checking:
                raise
            completed_at = _field_failed(
                cls, "completed_at", "completed_at", "datetime.datetime", src_dict, d, _error, _kept
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
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            reference_number = d.pop("reference_number", UNSET)
            if _checking and reference_number.__class__ is not str and reference_number is not UNSET:
                _expect(reference_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference_number = _field_failed(
                cls, "reference_number", "reference_number", "str", src_dict, d, _error, _kept
            )

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:
            refund_processing_fee_cents = d.pop("refund_processing_fee_cents", UNSET)
            if (
                _checking
                and refund_processing_fee_cents.__class__ is not int
                and refund_processing_fee_cents is not UNSET
            ):
                _expect(refund_processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            refund_processing_fee_cents = _field_failed(
                cls, "refund_processing_fee_cents", "refund_processing_fee_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _document = d.pop("document", UNSET)
            document: DocumentUploadRequest | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = DocumentUploadRequest.from_dict(_document)

        except Exception as _error:
            if not _checking:
                raise
            document = _field_failed(cls, "document", "document", "DocumentUploadRequest", src_dict, d, _error, _kept)

        create_simple_refund_request = cls(
            invoice_id=invoice_id,
            method=method,
            completed_at=completed_at,
            external_id=external_id,
            amount_cents=amount_cents,
            memo=memo,
            reference_number=reference_number,
            processor=processor,
            refund_processing_fee_cents=refund_processing_fee_cents,
            document=document,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_simple_refund_request.additional_properties = d
        if _kept:
            create_simple_refund_request._thredfi_kept = _kept
        return create_simple_refund_request

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


class CreateSimpleRefundRequestDict(TypedDict, total=False):
    """``CreateSimpleRefundRequest`` as a dict (API field names): what a call accepts in its place."""

    invoice_id: UUID | str
    method: str
    completed_at: datetime.datetime | str
    external_id: str
    amount_cents: int
    memo: str
    reference_number: str
    processor: str
    refund_processing_fee_cents: int
    document: DocumentUploadRequest | DocumentUploadRequestDict
