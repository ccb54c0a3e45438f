from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_invoice_request_additional_sales_taxes_item import CreateInvoiceRequestAdditionalSalesTaxesItem
    from ..models.create_invoice_request_metadata_type_0 import CreateInvoiceRequestMetadataType0
    from ..models.create_invoice_request_tips_account_type_0 import CreateInvoiceRequestTipsAccountType0
    from ..models.document_upload_request import DocumentUploadRequest
    from ..models.invoice_line_item_request import InvoiceLineItemRequest


T = TypeVar("T", bound="CreateInvoiceRequest")


@_attrs_define
class CreateInvoiceRequest:
    """An invoice to create

    Attributes:
        external_id (str | Unset): Your unique identifier for the invoice (idempotency key)
        sent_at (datetime.datetime | Unset):
        line_items (list[InvoiceLineItemRequest] | Unset):
        due_at (datetime.datetime | Unset):
        voided_at (datetime.datetime | Unset):
        invoice_number (str | Unset):
        invoice_type (str | Unset): e.g. invoice
        customer_id (UUID | Unset): Customer id (or give customer_external_id)
        customer_external_id (str | Unset):
        memo (str | Unset):
        additional_discount (int | Unset): Cents Default: 0.
        additional_sales_taxes (list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset):
        additional_sales_taxes_total (int | Unset): Cents Default: 0.
        tips (int | Unset): Cents Default: 0.
        tips_account (CreateInvoiceRequestTipsAccountType0 | None | Unset): Account for tips
        transaction_tags (list[str] | Unset):
        metadata (CreateInvoiceRequestMetadataType0 | None | Unset): Custom key-value pairs
        document (DocumentUploadRequest | Unset): A document to attach
    """

    external_id: str | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    line_items: list[InvoiceLineItemRequest] | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    voided_at: datetime.datetime | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_type: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    customer_external_id: str | Unset = UNSET
    memo: str | Unset = UNSET
    additional_discount: int | Unset = 0
    additional_sales_taxes: list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET
    additional_sales_taxes_total: int | Unset = 0
    tips: int | Unset = 0
    tips_account: CreateInvoiceRequestTipsAccountType0 | None | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    metadata: CreateInvoiceRequestMetadataType0 | None | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_invoice_request_metadata_type_0 import CreateInvoiceRequestMetadataType0  # noqa: PLC0415
        from ..models.create_invoice_request_tips_account_type_0 import CreateInvoiceRequestTipsAccountType0  # noqa: PLC0415

        external_id = self.external_id

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        voided_at: str | Unset = UNSET
        if not isinstance(self.voided_at, Unset):
            voided_at = self.voided_at.isoformat()

        invoice_number = self.invoice_number

        invoice_type = self.invoice_type

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        customer_external_id = self.customer_external_id

        memo = self.memo

        additional_discount = self.additional_discount

        additional_sales_taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_sales_taxes, Unset):
            additional_sales_taxes = []
            for additional_sales_taxes_item_data in self.additional_sales_taxes:
                additional_sales_taxes_item = additional_sales_taxes_item_data.to_dict()
                additional_sales_taxes.append(additional_sales_taxes_item)

        additional_sales_taxes_total = self.additional_sales_taxes_total

        tips = self.tips

        tips_account: dict[str, Any] | None | Unset
        if isinstance(self.tips_account, Unset):
            tips_account = UNSET
        elif isinstance(self.tips_account, CreateInvoiceRequestTipsAccountType0):
            tips_account = self.tips_account.to_dict()
        else:
            tips_account = self.tips_account

        transaction_tags: list[str] | Unset = UNSET
        if not isinstance(self.transaction_tags, Unset):
            transaction_tags = self.transaction_tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateInvoiceRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_external_id is not UNSET:
            field_dict["customer_external_id"] = customer_external_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if additional_discount is not UNSET:
            field_dict["additional_discount"] = additional_discount
        if additional_sales_taxes is not UNSET:
            field_dict["additional_sales_taxes"] = additional_sales_taxes
        if additional_sales_taxes_total is not UNSET:
            field_dict["additional_sales_taxes_total"] = additional_sales_taxes_total
        if tips is not UNSET:
            field_dict["tips"] = tips
        if tips_account is not UNSET:
            field_dict["tips_account"] = tips_account
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_invoice_request_additional_sales_taxes_item import (
            CreateInvoiceRequestAdditionalSalesTaxesItem,  # noqa: PLC0415
        )
        from ..models.create_invoice_request_metadata_type_0 import CreateInvoiceRequestMetadataType0  # noqa: PLC0415
        from ..models.create_invoice_request_tips_account_type_0 import CreateInvoiceRequestTipsAccountType0  # noqa: PLC0415
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
        from ..models.invoice_line_item_request import InvoiceLineItemRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[InvoiceLineItemRequest] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = InvoiceLineItemRequest.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        _voided_at = d.pop("voided_at", UNSET)
        voided_at: datetime.datetime | Unset
        if isinstance(_voided_at, Unset):
            voided_at = UNSET
        else:
            voided_at = datetime.datetime.fromisoformat(_voided_at)

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_type = d.pop("invoice_type", UNSET)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        customer_external_id = d.pop("customer_external_id", UNSET)

        memo = d.pop("memo", UNSET)

        additional_discount = d.pop("additional_discount", UNSET)

        _additional_sales_taxes = d.pop("additional_sales_taxes", UNSET)
        additional_sales_taxes: list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET
        if _additional_sales_taxes is not UNSET:
            additional_sales_taxes = []
            for additional_sales_taxes_item_data in _additional_sales_taxes:
                additional_sales_taxes_item = CreateInvoiceRequestAdditionalSalesTaxesItem.from_dict(
                    additional_sales_taxes_item_data
                )

                additional_sales_taxes.append(additional_sales_taxes_item)

        additional_sales_taxes_total = d.pop("additional_sales_taxes_total", UNSET)

        tips = d.pop("tips", UNSET)

        def _parse_tips_account(data: object) -> CreateInvoiceRequestTipsAccountType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tips_account_type_0 = CreateInvoiceRequestTipsAccountType0.from_dict(data)

                return tips_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateInvoiceRequestTipsAccountType0 | None | Unset, data)

        tips_account = _parse_tips_account(d.pop("tips_account", UNSET))

        transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

        def _parse_metadata(data: object) -> CreateInvoiceRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateInvoiceRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateInvoiceRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        create_invoice_request = cls(
            external_id=external_id,
            sent_at=sent_at,
            line_items=line_items,
            due_at=due_at,
            voided_at=voided_at,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            memo=memo,
            additional_discount=additional_discount,
            additional_sales_taxes=additional_sales_taxes,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            tips_account=tips_account,
            transaction_tags=transaction_tags,
            metadata=metadata,
            document=document,
        )

        create_invoice_request.additional_properties = d
        return create_invoice_request

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
