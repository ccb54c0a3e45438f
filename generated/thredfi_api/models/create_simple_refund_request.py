from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request import DocumentUploadRequest


T = TypeVar("T", bound="CreateSimpleRefundRequest")


@_attrs_define
class CreateSimpleRefundRequest:
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

    def to_dict(self) -> dict[str, Any]:
        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        method = self.method

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        external_id = self.external_id

        amount_cents = self.amount_cents

        memo = self.memo

        reference_number = self.reference_number

        processor = self.processor

        refund_processing_fee_cents = self.refund_processing_fee_cents

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

        d = dict(src_dict)
        _invoice_id = d.pop("invoice_id", UNSET)
        invoice_id: UUID | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        method = d.pop("method", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        external_id = d.pop("external_id", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        memo = d.pop("memo", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        processor = d.pop("processor", UNSET)

        refund_processing_fee_cents = d.pop("refund_processing_fee_cents", UNSET)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

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

        create_simple_refund_request.additional_properties = d
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
