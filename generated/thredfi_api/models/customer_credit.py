from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_credit_allocation import CustomerCreditAllocation
    from ..models.customer_credit_customer_type_0 import CustomerCreditCustomerType0
    from ..models.customer_credit_line_item import CustomerCreditLineItem
    from ..models.customer_credit_tags_type_0_item import CustomerCreditTagsType0Item
    from ..models.document_summary import DocumentSummary


T = TypeVar("T", bound="CustomerCredit")


@_attrs_define
class CustomerCredit:
    """A customer credit note

    Attributes:
        id (str | Unset):
        status (str | Unset): e.g. draft
        sent_at (str | Unset):
        customer (CustomerCreditCustomerType0 | None | Unset): The customer (shape not documented)
        source_invoice_id (None | str | Unset):
        line_items (list[CustomerCreditLineItem] | None | Unset):
        allocations (list[CustomerCreditAllocation] | None | Unset):
        tags (list[CustomerCreditTagsType0Item] | None | Unset):
        total_amount (int | Unset): Cents
        applied_amount (int | Unset): Cents
        document (DocumentSummary | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        external_id (str | Unset):
        currency (str | Unset):
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    sent_at: str | Unset = UNSET
    customer: CustomerCreditCustomerType0 | None | Unset = UNSET
    source_invoice_id: None | str | Unset = UNSET
    line_items: list[CustomerCreditLineItem] | None | Unset = UNSET
    allocations: list[CustomerCreditAllocation] | None | Unset = UNSET
    tags: list[CustomerCreditTagsType0Item] | None | Unset = UNSET
    total_amount: int | Unset = UNSET
    applied_amount: int | Unset = UNSET
    document: DocumentSummary | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    external_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_credit_customer_type_0 import CustomerCreditCustomerType0  # noqa: PLC0415
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415

        id = self.id

        status = self.status

        sent_at = self.sent_at

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerCreditCustomerType0):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        source_invoice_id: None | str | Unset
        if isinstance(self.source_invoice_id, Unset):
            source_invoice_id = UNSET
        else:
            source_invoice_id = self.source_invoice_id

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        total_amount = self.total_amount

        applied_amount = self.applied_amount

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, DocumentSummary):
            document = self.document.to_dict()
        else:
            document = self.document

        created_at = self.created_at

        updated_at = self.updated_at

        external_id = self.external_id

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if customer is not UNSET:
            field_dict["customer"] = customer
        if source_invoice_id is not UNSET:
            field_dict["source_invoice_id"] = source_invoice_id
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if tags is not UNSET:
            field_dict["tags"] = tags
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_amount is not UNSET:
            field_dict["applied_amount"] = applied_amount
        if document is not UNSET:
            field_dict["document"] = document
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_credit_allocation import CustomerCreditAllocation  # noqa: PLC0415
        from ..models.customer_credit_customer_type_0 import CustomerCreditCustomerType0  # noqa: PLC0415
        from ..models.customer_credit_line_item import CustomerCreditLineItem  # noqa: PLC0415
        from ..models.customer_credit_tags_type_0_item import CustomerCreditTagsType0Item  # noqa: PLC0415
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        sent_at = d.pop("sent_at", UNSET)

        def _parse_customer(data: object) -> CustomerCreditCustomerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = CustomerCreditCustomerType0.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerCreditCustomerType0 | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_source_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_invoice_id = _parse_source_invoice_id(d.pop("source_invoice_id", UNSET))

        def _parse_line_items(data: object) -> list[CustomerCreditLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = CustomerCreditLineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerCreditLineItem] | None | Unset, data)

        line_items = _parse_line_items(d.pop("line_items", UNSET))

        def _parse_allocations(data: object) -> list[CustomerCreditAllocation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allocations_type_0 = []
                _allocations_type_0 = data
                for allocations_type_0_item_data in _allocations_type_0:
                    allocations_type_0_item = CustomerCreditAllocation.from_dict(allocations_type_0_item_data)

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerCreditAllocation] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        def _parse_tags(data: object) -> list[CustomerCreditTagsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = CustomerCreditTagsType0Item.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerCreditTagsType0Item] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        total_amount = d.pop("total_amount", UNSET)

        applied_amount = d.pop("applied_amount", UNSET)

        def _parse_document(data: object) -> DocumentSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_1 = DocumentSummary.from_dict(data)

                return document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentSummary | None | Unset, data)

        document = _parse_document(d.pop("document", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        external_id = d.pop("external_id", UNSET)

        currency = d.pop("currency", UNSET)

        customer_credit = cls(
            id=id,
            status=status,
            sent_at=sent_at,
            customer=customer,
            source_invoice_id=source_invoice_id,
            line_items=line_items,
            allocations=allocations,
            tags=tags,
            total_amount=total_amount,
            applied_amount=applied_amount,
            document=document,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            currency=currency,
        )

        customer_credit.additional_properties = d
        return customer_credit

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
