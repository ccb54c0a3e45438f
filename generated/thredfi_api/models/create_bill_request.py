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
    from ..models.bill_line_item_request import BillLineItemRequest, BillLineItemRequestDict
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BillLineItemRequest, DocumentUploadRequest
    from ..models.bill_line_item_request import BillLineItemRequest  # noqa: PLC0415
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateBillRequest")


@_attrs_define(repr=False)
class CreateBillRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("line_items", "line_items"),
        ("vendor_id", "vendor_id"),
        ("vendor_external_id", "vendor_external_id"),
        ("bill_number", "bill_number"),
        ("vendor_bill_number", "vendor_bill_number"),
        ("purchase_order_number", "purchase_order_number"),
        ("memo", "memo"),
        ("reference_numbers", "reference_numbers"),
        ("attachment_urls", "attachment_urls"),
        ("bill_date", "bill_date"),
        ("received_at", "received_at"),
        ("due_at", "due_at"),
        ("approved_at", "approved_at"),
        ("currency", "currency"),
        ("document", "document"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
            line_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.line_items, Unset):
                line_items = []
                for line_items_item_data in self.line_items:
                    line_items_item = line_items_item_data.to_dict()
                    line_items.append(line_items_item)

        else:
            line_items = _kept["line_items"]

        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id: str | Unset = UNSET
            if not isinstance(self.vendor_id, Unset):
                vendor_id = str(self.vendor_id)
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.vendor_external_id is not _kept.get("vendor_external_id", _kept):
            vendor_external_id = self.vendor_external_id
        else:
            vendor_external_id = _kept["vendor_external_id"]

        if _kept is None or self.bill_number is not _kept.get("bill_number", _kept):
            bill_number = self.bill_number
        else:
            bill_number = _kept["bill_number"]

        if _kept is None or self.vendor_bill_number is not _kept.get("vendor_bill_number", _kept):
            vendor_bill_number = self.vendor_bill_number
        else:
            vendor_bill_number = _kept["vendor_bill_number"]

        if _kept is None or self.purchase_order_number is not _kept.get("purchase_order_number", _kept):
            purchase_order_number = self.purchase_order_number
        else:
            purchase_order_number = _kept["purchase_order_number"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.reference_numbers is not _kept.get("reference_numbers", _kept):
            reference_numbers: list[str] | Unset = UNSET
            if not isinstance(self.reference_numbers, Unset):
                reference_numbers = self.reference_numbers

        else:
            reference_numbers = _kept["reference_numbers"]

        if _kept is None or self.attachment_urls is not _kept.get("attachment_urls", _kept):
            attachment_urls: list[str] | Unset = UNSET
            if not isinstance(self.attachment_urls, Unset):
                attachment_urls = self.attachment_urls

        else:
            attachment_urls = _kept["attachment_urls"]

        if _kept is None or self.bill_date is not _kept.get("bill_date", _kept):
            bill_date: str | Unset = UNSET
            if not isinstance(self.bill_date, Unset):
                bill_date = self.bill_date.isoformat()
        else:
            bill_date = _kept["bill_date"]

        if _kept is None or self.received_at is not _kept.get("received_at", _kept):
            received_at: str | Unset = UNSET
            if not isinstance(self.received_at, Unset):
                received_at = self.received_at.isoformat()
        else:
            received_at = _kept["received_at"]

        if _kept is None or self.due_at is not _kept.get("due_at", _kept):
            due_at: str | Unset = UNSET
            if not isinstance(self.due_at, Unset):
                due_at = self.due_at.isoformat()
        else:
            due_at = _kept["due_at"]

        if _kept is None or self.approved_at is not _kept.get("approved_at", _kept):
            approved_at: str | Unset = UNSET
            if not isinstance(self.approved_at, Unset):
                approved_at = self.approved_at.isoformat()
        else:
            approved_at = _kept["approved_at"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document, Unset):
                document = self.document.to_dict()
        else:
            document = _kept["document"]

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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            _line_items = d.pop("line_items", UNSET)
            line_items: list[BillLineItemRequest] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = BillLineItemRequest.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

            if _checking and line_items.__class__ is not list:
                _expect(line_items, "list")
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[BillLineItemRequest]", src_dict, d, _error, _kept
            )

        try:
            _vendor_id = d.pop("vendor_id", UNSET)
            vendor_id: UUID | Unset
            if isinstance(_vendor_id, Unset):
                vendor_id = UNSET
            else:
                vendor_id = UUID(_vendor_id)

        except Exception as _error:
            if not _checking:
                raise
            vendor_id = _field_failed(cls, "vendor_id", "vendor_id", "UUID", src_dict, d, _error, _kept)

        try:
            vendor_external_id = d.pop("vendor_external_id", UNSET)
            if _checking and vendor_external_id.__class__ is not str and vendor_external_id is not UNSET:
                _expect(vendor_external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_external_id = _field_failed(
                cls, "vendor_external_id", "vendor_external_id", "str", src_dict, d, _error, _kept
            )

        try:
            bill_number = d.pop("bill_number", UNSET)
            if _checking and bill_number.__class__ is not str and bill_number is not UNSET:
                _expect(bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_number = _field_failed(cls, "bill_number", "bill_number", "str", src_dict, d, _error, _kept)

        try:
            vendor_bill_number = d.pop("vendor_bill_number", UNSET)
            if _checking and vendor_bill_number.__class__ is not str and vendor_bill_number is not UNSET:
                _expect(vendor_bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_bill_number = _field_failed(
                cls, "vendor_bill_number", "vendor_bill_number", "str", src_dict, d, _error, _kept
            )

        try:
            purchase_order_number = d.pop("purchase_order_number", UNSET)
            if _checking and purchase_order_number.__class__ is not str and purchase_order_number is not UNSET:
                _expect(purchase_order_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            purchase_order_number = _field_failed(
                cls, "purchase_order_number", "purchase_order_number", "str", src_dict, d, _error, _kept
            )

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            reference_numbers = cast(list[str], d.pop("reference_numbers", UNSET))

            if _checking and reference_numbers.__class__ is not list:
                _expect(reference_numbers, "list")
        except Exception as _error:
            if not _checking:
                raise
            reference_numbers = _field_failed(
                cls, "reference_numbers", "reference_numbers", "list[str]", src_dict, d, _error, _kept
            )

        try:
            attachment_urls = cast(list[str], d.pop("attachment_urls", UNSET))

            if _checking and attachment_urls.__class__ is not list:
                _expect(attachment_urls, "list")
        except Exception as _error:
            if not _checking:
                raise
            attachment_urls = _field_failed(
                cls, "attachment_urls", "attachment_urls", "list[str]", src_dict, d, _error, _kept
            )

        try:
            _bill_date = d.pop("bill_date", UNSET)
            bill_date: datetime.date | Unset
            if isinstance(_bill_date, Unset):
                bill_date = UNSET
            else:
                bill_date = datetime.date.fromisoformat(_bill_date)

        except Exception as _error:
            if not _checking:
                raise
            bill_date = _field_failed(cls, "bill_date", "bill_date", "datetime.date", src_dict, d, _error, _kept)

        try:
            _received_at = d.pop("received_at", UNSET)
            received_at: datetime.datetime | Unset
            if isinstance(_received_at, Unset):
                received_at = UNSET
            else:
                received_at = datetime.datetime.fromisoformat(_received_at)

        except Exception as _error:
            if not _checking:
                raise
            received_at = _field_failed(
                cls, "received_at", "received_at", "datetime.datetime", src_dict, d, _error, _kept
            )

        try:
            _due_at = d.pop("due_at", UNSET)
            due_at: datetime.datetime | Unset
            if isinstance(_due_at, Unset):
                due_at = UNSET
            else:
                due_at = datetime.datetime.fromisoformat(_due_at)

        except Exception as _error:
            if not _checking:
                raise
            due_at = _field_failed(cls, "due_at", "due_at", "datetime.datetime", src_dict, d, _error, _kept)

        try:
            _approved_at = d.pop("approved_at", UNSET)
            approved_at: datetime.datetime | Unset
            if isinstance(_approved_at, Unset):
                approved_at = UNSET
            else:
                approved_at = datetime.datetime.fromisoformat(_approved_at)

        except Exception as _error:
            if not _checking:
                raise
            approved_at = _field_failed(
                cls, "approved_at", "approved_at", "datetime.datetime", src_dict, d, _error, _kept
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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_bill_request.additional_properties = d
        if _kept:
            create_bill_request._thredfi_kept = _kept
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


class CreateBillRequestDict(TypedDict, total=False):
    """``CreateBillRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    line_items: list[BillLineItemRequest | BillLineItemRequestDict]
    vendor_id: UUID | str
    vendor_external_id: str
    bill_number: str
    vendor_bill_number: str
    purchase_order_number: str
    memo: str
    reference_numbers: list[str]
    attachment_urls: list[str]
    bill_date: datetime.date | str
    received_at: datetime.datetime | str
    due_at: datetime.datetime | str
    approved_at: datetime.datetime | str
    currency: str
    document: DocumentUploadRequest | DocumentUploadRequestDict
