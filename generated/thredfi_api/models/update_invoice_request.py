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
    from ..models.invoice_line_item_request import InvoiceLineItemRequest, InvoiceLineItemRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentUploadRequest, InvoiceLineItemRequest
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
    from ..models.invoice_line_item_request import InvoiceLineItemRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define(repr=False)
class UpdateInvoiceRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("invoice_number", "invoice_number"),
        ("invoice_type", "invoice_type"),
        ("memo", "memo"),
        ("external_id", "external_id"),
        ("due_at", "due_at"),
        ("document", "document"),
        ("customer_id", "customer_id"),
        ("line_items", "line_items"),
        ("additional_discount", "additional_discount"),
        ("additional_sales_taxes_total", "additional_sales_taxes_total"),
        ("tips", "tips"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.invoice_type is not _kept.get("invoice_type", _kept):
            invoice_type = self.invoice_type
        else:
            invoice_type = _kept["invoice_type"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.due_at is not _kept.get("due_at", _kept):
            due_at: str | Unset = UNSET
            if not isinstance(self.due_at, Unset):
                due_at = self.due_at.isoformat()
        else:
            due_at = _kept["due_at"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document, Unset):
                document = self.document.to_dict()
        else:
            document = _kept["document"]

        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id: str | Unset = UNSET
            if not isinstance(self.customer_id, Unset):
                customer_id = str(self.customer_id)
        else:
            customer_id = _kept["customer_id"]

        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
            line_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.line_items, Unset):
                line_items = []
                for line_items_item_data in self.line_items:
                    line_items_item = line_items_item_data.to_dict()
                    line_items.append(line_items_item)

        else:
            line_items = _kept["line_items"]

        if _kept is None or self.additional_discount is not _kept.get("additional_discount", _kept):
            additional_discount = self.additional_discount
        else:
            additional_discount = _kept["additional_discount"]

        if _kept is None or self.additional_sales_taxes_total is not _kept.get("additional_sales_taxes_total", _kept):
            additional_sales_taxes_total = self.additional_sales_taxes_total
        else:
            additional_sales_taxes_total = _kept["additional_sales_taxes_total"]

        if _kept is None or self.tips is not _kept.get("tips", _kept):
            tips = self.tips
        else:
            tips = _kept["tips"]

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
            invoice_number = d.pop("invoice_number", UNSET)
            if _checking and invoice_number.__class__ is not str and invoice_number is not UNSET:
                _expect(invoice_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_number = _field_failed(cls, "invoice_number", "invoice_number", "str", src_dict, d, _error, _kept)

        try:
            invoice_type = d.pop("invoice_type", UNSET)
            if _checking and invoice_type.__class__ is not str and invoice_type is not UNSET:
                _expect(invoice_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_type = _field_failed(cls, "invoice_type", "invoice_type", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

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
            _line_items = d.pop("line_items", UNSET)
            line_items: list[InvoiceLineItemRequest] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = InvoiceLineItemRequest.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

            if _checking and line_items.__class__ is not list:
                _expect(line_items, "list")
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[InvoiceLineItemRequest]", src_dict, d, _error, _kept
            )

        try:
            additional_discount = d.pop("additional_discount", UNSET)
            if _checking and additional_discount.__class__ is not int and additional_discount is not UNSET:
                _expect(additional_discount, "int")
        except Exception as _error:
            if not _checking:
                raise
            additional_discount = _field_failed(
                cls, "additional_discount", "additional_discount", "int", src_dict, d, _error, _kept
            )

        try:
            additional_sales_taxes_total = d.pop("additional_sales_taxes_total", UNSET)
            if (
                _checking
                and additional_sales_taxes_total.__class__ is not int
                and additional_sales_taxes_total is not UNSET
            ):
                _expect(additional_sales_taxes_total, "int")
        except Exception as _error:
            if not _checking:
                raise
            additional_sales_taxes_total = _field_failed(
                cls, "additional_sales_taxes_total", "additional_sales_taxes_total", "int", src_dict, d, _error, _kept
            )

        try:
            tips = d.pop("tips", UNSET)
            if _checking and tips.__class__ is not int and tips is not UNSET:
                _expect(tips, "int")
        except Exception as _error:
            if not _checking:
                raise
            tips = _field_failed(cls, "tips", "tips", "int", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        update_invoice_request.additional_properties = d
        if _kept:
            update_invoice_request._thredfi_kept = _kept
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


class UpdateInvoiceRequestDict(TypedDict, total=False):
    """``UpdateInvoiceRequest`` as a dict (API field names): what a call accepts in its place."""

    invoice_number: str
    invoice_type: str
    memo: str
    external_id: str
    due_at: datetime.datetime | str
    document: DocumentUploadRequest | DocumentUploadRequestDict
    customer_id: UUID | str
    line_items: list[InvoiceLineItemRequest | InvoiceLineItemRequestDict]
    additional_discount: int
    additional_sales_taxes_total: int
    tips: int
