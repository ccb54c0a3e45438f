from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_summary import DocumentSummary
    from ..models.vendor_credit_allocation import VendorCreditAllocation
    from ..models.vendor_credit_line_item import VendorCreditLineItem
    from ..models.vendor_credit_tags_type_0_item import VendorCreditTagsType0Item
    from ..models.vendor_reference import VendorReference


T = TypeVar("T", bound="VendorCredit")


@_attrs_define
class VendorCredit:
    """A vendor credit note

    Attributes:
        id (str | Unset):
        status (str | Unset):
        received_at (str | Unset):
        vendor (None | Unset | VendorReference):
        source_bill_id (None | str | Unset):
        line_items (list[VendorCreditLineItem] | None | Unset):
        allocations (list[VendorCreditAllocation] | None | Unset):
        tags (list[VendorCreditTagsType0Item] | None | Unset):
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
    received_at: str | Unset = UNSET
    vendor: None | Unset | VendorReference = UNSET
    source_bill_id: None | str | Unset = UNSET
    line_items: list[VendorCreditLineItem] | None | Unset = UNSET
    allocations: list[VendorCreditAllocation] | None | Unset = UNSET
    tags: list[VendorCreditTagsType0Item] | None | Unset = UNSET
    total_amount: int | Unset = UNSET
    applied_amount: int | Unset = UNSET
    document: DocumentSummary | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    external_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415
        from ..models.vendor_reference import VendorReference  # noqa: PLC0415

        id = self.id

        status = self.status

        received_at = self.received_at

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, VendorReference):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        source_bill_id: None | str | Unset
        if isinstance(self.source_bill_id, Unset):
            source_bill_id = UNSET
        else:
            source_bill_id = self.source_bill_id

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
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if source_bill_id is not UNSET:
            field_dict["source_bill_id"] = source_bill_id
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
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415
        from ..models.vendor_credit_allocation import VendorCreditAllocation  # noqa: PLC0415
        from ..models.vendor_credit_line_item import VendorCreditLineItem  # noqa: PLC0415
        from ..models.vendor_credit_tags_type_0_item import VendorCreditTagsType0Item  # noqa: PLC0415
        from ..models.vendor_reference import VendorReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        received_at = d.pop("received_at", UNSET)

        def _parse_vendor(data: object) -> None | Unset | VendorReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vendor_type_1 = VendorReference.from_dict(data)

                return vendor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VendorReference, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        def _parse_source_bill_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_bill_id = _parse_source_bill_id(d.pop("source_bill_id", UNSET))

        def _parse_line_items(data: object) -> list[VendorCreditLineItem] | None | Unset:
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
                    line_items_type_0_item = VendorCreditLineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorCreditLineItem] | None | Unset, data)

        line_items = _parse_line_items(d.pop("line_items", UNSET))

        def _parse_allocations(data: object) -> list[VendorCreditAllocation] | None | Unset:
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
                    allocations_type_0_item = VendorCreditAllocation.from_dict(allocations_type_0_item_data)

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorCreditAllocation] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        def _parse_tags(data: object) -> list[VendorCreditTagsType0Item] | None | Unset:
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
                    tags_type_0_item = VendorCreditTagsType0Item.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorCreditTagsType0Item] | None | Unset, data)

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

        vendor_credit = cls(
            id=id,
            status=status,
            received_at=received_at,
            vendor=vendor,
            source_bill_id=source_bill_id,
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

        vendor_credit.additional_properties = d
        return vendor_credit

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
