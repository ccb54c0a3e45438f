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
    from ..models.create_customer_credit_request_tags_item import (
        CreateCustomerCreditRequestTagsItem,
        CreateCustomerCreditRequestTagsItemDict,
    )
    from ..models.customer_credit_allocation_request import (
        CustomerCreditAllocationRequest,
        CustomerCreditAllocationRequestDict,
    )
    from ..models.customer_credit_line_item_request import (
        CustomerCreditLineItemRequest,
        CustomerCreditLineItemRequestDict,
    )
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateCustomerCreditRequestTagsItem, \
        CustomerCreditAllocationRequest, \
        CustomerCreditLineItemRequest, \
        DocumentUploadRequest
    from ..models.create_customer_credit_request_tags_item import CreateCustomerCreditRequestTagsItem  # noqa: PLC0415
    from ..models.customer_credit_allocation_request import CustomerCreditAllocationRequest  # noqa: PLC0415
    from ..models.customer_credit_line_item_request import CustomerCreditLineItemRequest  # noqa: PLC0415
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCustomerCreditRequest")


@_attrs_define(repr=False)
class CreateCustomerCreditRequest(ThredfiModel):
    """A customer credit note to create

    Attributes:
        external_id (str | Unset): Your unique identifier (idempotency key)
        line_items (list[CustomerCreditLineItemRequest] | Unset):
        customer_id (UUID | Unset): Customer id (or give customer_external_id)
        customer_external_id (str | Unset):
        source_invoice_id (UUID | Unset):
        sent_at (datetime.datetime | Unset):
        allocations (list[CustomerCreditAllocationRequest] | Unset):
        tags (list[CreateCustomerCreditRequestTagsItem] | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("line_items", "line_items"),
        ("customer_id", "customer_id"),
        ("customer_external_id", "customer_external_id"),
        ("source_invoice_id", "source_invoice_id"),
        ("sent_at", "sent_at"),
        ("allocations", "allocations"),
        ("tags", "tags"),
        ("document", "document"),
    )

    external_id: str | Unset = UNSET
    line_items: list[CustomerCreditLineItemRequest] | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    customer_external_id: str | Unset = UNSET
    source_invoice_id: UUID | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    allocations: list[CustomerCreditAllocationRequest] | Unset = UNSET
    tags: list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET
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

        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id: str | Unset = UNSET
            if not isinstance(self.customer_id, Unset):
                customer_id = str(self.customer_id)
        else:
            customer_id = _kept["customer_id"]

        if _kept is None or self.customer_external_id is not _kept.get("customer_external_id", _kept):
            customer_external_id = self.customer_external_id
        else:
            customer_external_id = _kept["customer_external_id"]

        if _kept is None or self.source_invoice_id is not _kept.get("source_invoice_id", _kept):
            source_invoice_id: str | Unset = UNSET
            if not isinstance(self.source_invoice_id, Unset):
                source_invoice_id = str(self.source_invoice_id)
        else:
            source_invoice_id = _kept["source_invoice_id"]

        if _kept is None or self.sent_at is not _kept.get("sent_at", _kept):
            sent_at: str | Unset = UNSET
            if not isinstance(self.sent_at, Unset):
                sent_at = self.sent_at.isoformat()
        else:
            sent_at = _kept["sent_at"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

        if _kept is None or self.tags is not _kept.get("tags", _kept):
            tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict()
                    tags.append(tags_item)

        else:
            tags = _kept["tags"]

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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_external_id is not UNSET:
            field_dict["customer_external_id"] = customer_external_id
        if source_invoice_id is not UNSET:
            field_dict["source_invoice_id"] = source_invoice_id
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if tags is not UNSET:
            field_dict["tags"] = tags
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
            line_items: list[CustomerCreditLineItemRequest] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = CustomerCreditLineItemRequest.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

            if _checking and line_items.__class__ is not list:
                _expect(line_items, "list")
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[CustomerCreditLineItemRequest]", src_dict, d, _error, _kept
            )

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
            customer_external_id = d.pop("customer_external_id", UNSET)
            if _checking and customer_external_id.__class__ is not str and customer_external_id is not UNSET:
                _expect(customer_external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_external_id = _field_failed(
                cls, "customer_external_id", "customer_external_id", "str", src_dict, d, _error, _kept
            )

        try:
            _source_invoice_id = d.pop("source_invoice_id", UNSET)
            source_invoice_id: UUID | Unset
            if isinstance(_source_invoice_id, Unset):
                source_invoice_id = UNSET
            else:
                source_invoice_id = UUID(_source_invoice_id)

        except Exception as _error:
            if not _checking:
                raise
            source_invoice_id = _field_failed(
                cls, "source_invoice_id", "source_invoice_id", "UUID", src_dict, d, _error, _kept
            )

        try:
            _sent_at = d.pop("sent_at", UNSET)
            sent_at: datetime.datetime | Unset
            if isinstance(_sent_at, Unset):
                sent_at = UNSET
            else:
                sent_at = datetime.datetime.fromisoformat(_sent_at)

        except Exception as _error:
            if not _checking:
                raise
            sent_at = _field_failed(cls, "sent_at", "sent_at", "datetime.datetime", src_dict, d, _error, _kept)

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[CustomerCreditAllocationRequest] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = CustomerCreditAllocationRequest.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[CustomerCreditAllocationRequest]", src_dict, d, _error, _kept
            )

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = CreateCustomerCreditRequestTagsItem.from_dict(tags_item_data)

                    tags.append(tags_item)

            if _checking and tags.__class__ is not list:
                _expect(tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            tags = _field_failed(
                cls, "tags", "tags", "list[CreateCustomerCreditRequestTagsItem]", src_dict, d, _error, _kept
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

        create_customer_credit_request = cls(
            external_id=external_id,
            line_items=line_items,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            source_invoice_id=source_invoice_id,
            sent_at=sent_at,
            allocations=allocations,
            tags=tags,
            document=document,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_customer_credit_request.additional_properties = d
        if _kept:
            create_customer_credit_request._thredfi_kept = _kept
        return create_customer_credit_request

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


class CreateCustomerCreditRequestDict(TypedDict, total=False):
    """``CreateCustomerCreditRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    line_items: list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict]
    customer_id: UUID | str
    customer_external_id: str
    source_invoice_id: UUID | str
    sent_at: datetime.datetime | str
    allocations: list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
    tags: list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
    document: DocumentUploadRequest | DocumentUploadRequestDict
