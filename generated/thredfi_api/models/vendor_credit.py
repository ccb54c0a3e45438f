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
    from ..models.vendor_credit_tags_item import VendorCreditTagsItem
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
        line_items (list[VendorCreditLineItem] | Unset):
        allocations (list[VendorCreditAllocation] | Unset):
        tags (list[VendorCreditTagsItem] | Unset):
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
    line_items: list[VendorCreditLineItem] | Unset = UNSET
    allocations: list[VendorCreditAllocation] | Unset = UNSET
    tags: list[VendorCreditTagsItem] | Unset = UNSET
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

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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
        from ..models.vendor_credit_tags_item import VendorCreditTagsItem  # noqa: PLC0415
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

        _line_items = d.pop("line_items", UNSET)
        line_items: list[VendorCreditLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = VendorCreditLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[VendorCreditAllocation] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = VendorCreditAllocation.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _tags = d.pop("tags", UNSET)
        tags: list[VendorCreditTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = VendorCreditTagsItem.from_dict(tags_item_data)

                tags.append(tags_item)

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
