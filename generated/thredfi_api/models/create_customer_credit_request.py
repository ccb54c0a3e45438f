from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_customer_credit_request_tags_item import CreateCustomerCreditRequestTagsItem
    from ..models.customer_credit_allocation_request import CustomerCreditAllocationRequest
    from ..models.customer_credit_line_item_request import CustomerCreditLineItemRequest
    from ..models.document_upload_request import DocumentUploadRequest


T = TypeVar("T", bound="CreateCustomerCreditRequest")


@_attrs_define
class CreateCustomerCreditRequest:
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

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        customer_external_id = self.customer_external_id

        source_invoice_id: str | Unset = UNSET
        if not isinstance(self.source_invoice_id, Unset):
            source_invoice_id = str(self.source_invoice_id)

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_customer_credit_request_tags_item import CreateCustomerCreditRequestTagsItem  # noqa: PLC0415
        from ..models.customer_credit_allocation_request import CustomerCreditAllocationRequest  # noqa: PLC0415
        from ..models.customer_credit_line_item_request import CustomerCreditLineItemRequest  # noqa: PLC0415
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[CustomerCreditLineItemRequest] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = CustomerCreditLineItemRequest.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        customer_external_id = d.pop("customer_external_id", UNSET)

        _source_invoice_id = d.pop("source_invoice_id", UNSET)
        source_invoice_id: UUID | Unset
        if isinstance(_source_invoice_id, Unset):
            source_invoice_id = UNSET
        else:
            source_invoice_id = UUID(_source_invoice_id)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[CustomerCreditAllocationRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = CustomerCreditAllocationRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _tags = d.pop("tags", UNSET)
        tags: list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CreateCustomerCreditRequestTagsItem.from_dict(tags_item_data)

                tags.append(tags_item)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

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

        create_customer_credit_request.additional_properties = d
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
