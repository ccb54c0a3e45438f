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
    from ..models.invoice_line_item_request import InvoiceLineItemRequest


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """Invoice fields to update (PUT)

    Attributes:
        invoice_number (str | Unset):
        invoice_type (str | Unset): e.g. invoice
        memo (str | Unset):
        external_id (str | Unset):
        due_at (datetime.datetime | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
        customer_id (UUID | Unset):
        line_items (list[InvoiceLineItemRequest] | Unset):
        additional_discount (int | Unset): Cents
        additional_sales_taxes_total (int | Unset): Cents
        tips (int | Unset): Cents
    """

    invoice_number: str | Unset = UNSET
    invoice_type: str | Unset = UNSET
    memo: str | Unset = UNSET
    external_id: str | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    line_items: list[InvoiceLineItemRequest] | Unset = UNSET
    additional_discount: int | Unset = UNSET
    additional_sales_taxes_total: int | Unset = UNSET
    tips: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        invoice_type = self.invoice_type

        memo = self.memo

        external_id = self.external_id

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        additional_discount = self.additional_discount

        additional_sales_taxes_total = self.additional_sales_taxes_total

        tips = self.tips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if memo is not UNSET:
            field_dict["memo"] = memo
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if document is not UNSET:
            field_dict["document"] = document
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if additional_discount is not UNSET:
            field_dict["additional_discount"] = additional_discount
        if additional_sales_taxes_total is not UNSET:
            field_dict["additional_sales_taxes_total"] = additional_sales_taxes_total
        if tips is not UNSET:
            field_dict["tips"] = tips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
        from ..models.invoice_line_item_request import InvoiceLineItemRequest  # noqa: PLC0415

        d = dict(src_dict)
        invoice_number = d.pop("invoice_number", UNSET)

        invoice_type = d.pop("invoice_type", UNSET)

        memo = d.pop("memo", UNSET)

        external_id = d.pop("external_id", UNSET)

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[InvoiceLineItemRequest] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = InvoiceLineItemRequest.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        additional_discount = d.pop("additional_discount", UNSET)

        additional_sales_taxes_total = d.pop("additional_sales_taxes_total", UNSET)

        tips = d.pop("tips", UNSET)

        update_invoice_request = cls(
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            memo=memo,
            external_id=external_id,
            due_at=due_at,
            document=document,
            customer_id=customer_id,
            line_items=line_items,
            additional_discount=additional_discount,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
        )

        update_invoice_request.additional_properties = d
        return update_invoice_request

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
