from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item_request import BillLineItemRequest
    from ..models.document_upload_request import DocumentUploadRequest


T = TypeVar("T", bound="CreateBillRequest")


@_attrs_define
class CreateBillRequest:
    """A bill to create

    Attributes:
        external_id (str | Unset): Your unique identifier for the bill
        line_items (list[BillLineItemRequest] | Unset):
        vendor_id (UUID | Unset): Vendor id (or give vendor_external_id)
        vendor_external_id (str | Unset):
        bill_number (str | Unset):
        vendor_bill_number (str | Unset):
        purchase_order_number (str | Unset):
        memo (str | Unset):
        reference_numbers (list[str] | Unset):
        attachment_urls (list[str] | Unset):
        bill_date (datetime.date | Unset):
        received_at (datetime.datetime | Unset):
        due_at (datetime.datetime | Unset):
        approved_at (datetime.datetime | Unset):
        currency (str | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    external_id: str | Unset = UNSET
    line_items: list[BillLineItemRequest] | Unset = UNSET
    vendor_id: UUID | Unset = UNSET
    vendor_external_id: str | Unset = UNSET
    bill_number: str | Unset = UNSET
    vendor_bill_number: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    reference_numbers: list[str] | Unset = UNSET
    attachment_urls: list[str] | Unset = UNSET
    bill_date: datetime.date | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    approved_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        vendor_id: str | Unset = UNSET
        if not isinstance(self.vendor_id, Unset):
            vendor_id = str(self.vendor_id)

        vendor_external_id = self.vendor_external_id

        bill_number = self.bill_number

        vendor_bill_number = self.vendor_bill_number

        purchase_order_number = self.purchase_order_number

        memo = self.memo

        reference_numbers: list[str] | Unset = UNSET
        if not isinstance(self.reference_numbers, Unset):
            reference_numbers = self.reference_numbers

        attachment_urls: list[str] | Unset = UNSET
        if not isinstance(self.attachment_urls, Unset):
            attachment_urls = self.attachment_urls

        bill_date: str | Unset = UNSET
        if not isinstance(self.bill_date, Unset):
            bill_date = self.bill_date.isoformat()

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = self.received_at.isoformat()

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        approved_at: str | Unset = UNSET
        if not isinstance(self.approved_at, Unset):
            approved_at = self.approved_at.isoformat()

        currency = self.currency

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_external_id is not UNSET:
            field_dict["vendor_external_id"] = vendor_external_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if vendor_bill_number is not UNSET:
            field_dict["vendor_bill_number"] = vendor_bill_number
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_numbers is not UNSET:
            field_dict["reference_numbers"] = reference_numbers
        if attachment_urls is not UNSET:
            field_dict["attachment_urls"] = attachment_urls
        if bill_date is not UNSET:
            field_dict["bill_date"] = bill_date
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item_request import BillLineItemRequest  # noqa: PLC0415
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[BillLineItemRequest] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = BillLineItemRequest.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _vendor_id = d.pop("vendor_id", UNSET)
        vendor_id: UUID | Unset
        if isinstance(_vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = UUID(_vendor_id)

        vendor_external_id = d.pop("vendor_external_id", UNSET)

        bill_number = d.pop("bill_number", UNSET)

        vendor_bill_number = d.pop("vendor_bill_number", UNSET)

        purchase_order_number = d.pop("purchase_order_number", UNSET)

        memo = d.pop("memo", UNSET)

        reference_numbers = cast(list[str], d.pop("reference_numbers", UNSET))

        attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

        _bill_date = d.pop("bill_date", UNSET)
        bill_date: datetime.date | Unset
        if isinstance(_bill_date, Unset):
            bill_date = UNSET
        else:
            bill_date = datetime.date.fromisoformat(_bill_date)

        _received_at = d.pop("received_at", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = datetime.datetime.fromisoformat(_received_at)

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        _approved_at = d.pop("approved_at", UNSET)
        approved_at: datetime.datetime | Unset
        if isinstance(_approved_at, Unset):
            approved_at = UNSET
        else:
            approved_at = datetime.datetime.fromisoformat(_approved_at)

        currency = d.pop("currency", UNSET)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        create_bill_request = cls(
            external_id=external_id,
            line_items=line_items,
            vendor_id=vendor_id,
            vendor_external_id=vendor_external_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            purchase_order_number=purchase_order_number,
            memo=memo,
            reference_numbers=reference_numbers,
            attachment_urls=attachment_urls,
            bill_date=bill_date,
            received_at=received_at,
            due_at=due_at,
            approved_at=approved_at,
            currency=currency,
            document=document,
        )

        create_bill_request.additional_properties = d
        return create_bill_request

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
