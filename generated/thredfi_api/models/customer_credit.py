from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_credit_allocation import CustomerCreditAllocation, CustomerCreditAllocationDict
    from ..models.customer_credit_customer_type_0 import CustomerCreditCustomerType0, CustomerCreditCustomerType0Dict
    from ..models.customer_credit_line_item import CustomerCreditLineItem, CustomerCreditLineItemDict
    from ..models.customer_credit_tags_type_0_item import CustomerCreditTagsType0Item, CustomerCreditTagsType0ItemDict
    from ..models.document_summary import DocumentSummary, DocumentSummaryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CustomerCreditAllocation, \
        CustomerCreditCustomerType0, \
        CustomerCreditLineItem, \
        CustomerCreditTagsType0Item, \
        DocumentSummary
    from ..models.customer_credit_allocation import CustomerCreditAllocation  # noqa: PLC0415
    from ..models.customer_credit_customer_type_0 import CustomerCreditCustomerType0  # noqa: PLC0415
    from ..models.customer_credit_line_item import CustomerCreditLineItem  # noqa: PLC0415
    from ..models.customer_credit_tags_type_0_item import CustomerCreditTagsType0Item  # noqa: PLC0415
    from ..models.document_summary import DocumentSummary  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CustomerCredit")


@_attrs_define(repr=False)
class CustomerCredit(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("sent_at", "sent_at"),
        ("customer", "customer"),
        ("source_invoice_id", "source_invoice_id"),
        ("line_items", "line_items"),
        ("allocations", "allocations"),
        ("tags", "tags"),
        ("total_amount", "total_amount"),
        ("applied_amount", "applied_amount"),
        ("document", "document"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("external_id", "external_id"),
        ("currency", "currency"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.sent_at is not _kept.get("sent_at", _kept):
            sent_at = self.sent_at
        else:
            sent_at = _kept["sent_at"]

        if _kept is None or self.customer is not _kept.get("customer", _kept):
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, CustomerCreditCustomerType0):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        else:
            customer = _kept["customer"]

        if _kept is None or self.source_invoice_id is not _kept.get("source_invoice_id", _kept):
            source_invoice_id: None | str | Unset
            if isinstance(self.source_invoice_id, Unset):
                source_invoice_id = UNSET
            else:
                source_invoice_id = self.source_invoice_id
        else:
            source_invoice_id = _kept["source_invoice_id"]

        if _kept is None or self.line_items is not _kept.get("line_items", _kept):
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
        else:
            line_items = _kept["line_items"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
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
        else:
            allocations = _kept["allocations"]

        if _kept is None or self.tags is not _kept.get("tags", _kept):
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
        else:
            tags = _kept["tags"]

        if _kept is None or self.total_amount is not _kept.get("total_amount", _kept):
            total_amount = self.total_amount
        else:
            total_amount = _kept["total_amount"]

        if _kept is None or self.applied_amount is not _kept.get("applied_amount", _kept):
            applied_amount = self.applied_amount
        else:
            applied_amount = _kept["applied_amount"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | None | Unset
            if isinstance(self.document, Unset):
                document = UNSET
            elif isinstance(self.document, DocumentSummary):
                document = self.document.to_dict()
            else:
                document = self.document
        else:
            document = _kept["document"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            sent_at = d.pop("sent_at", UNSET)
            if _checking and sent_at.__class__ is not str and sent_at is not UNSET:
                _expect(sent_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            sent_at = _field_failed(cls, "sent_at", "sent_at", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    customer,
                    (
                        CustomerCreditCustomerType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            customer = _field_failed(
                cls, "customer", "customer", "CustomerCreditCustomerType0 | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_source_invoice_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            source_invoice_id = _parse_source_invoice_id(d.pop("source_invoice_id", UNSET))

            if _checking:
                _expect_one_of(
                    source_invoice_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            source_invoice_id = _field_failed(
                cls, "source_invoice_id", "source_invoice_id", "None | str", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    line_items,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            line_items = _field_failed(
                cls, "line_items", "line_items", "list[CustomerCreditLineItem] | None", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[CustomerCreditAllocation] | None", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    tags,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            tags = _field_failed(
                cls, "tags", "tags", "list[CustomerCreditTagsType0Item] | None", src_dict, d, _error, _kept
            )

        try:
            total_amount = d.pop("total_amount", UNSET)
            if _checking and total_amount.__class__ is not int and total_amount is not UNSET:
                _expect(total_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount = _field_failed(cls, "total_amount", "total_amount", "int", src_dict, d, _error, _kept)

        try:
            applied_amount = d.pop("applied_amount", UNSET)
            if _checking and applied_amount.__class__ is not int and applied_amount is not UNSET:
                _expect(applied_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            applied_amount = _field_failed(cls, "applied_amount", "applied_amount", "int", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    document,
                    (
                        type(None),
                        DocumentSummary,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            document = _field_failed(cls, "document", "document", "DocumentSummary | None", src_dict, d, _error, _kept)

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if _checking and updated_at.__class__ is not str and updated_at is not UNSET:
                _expect(updated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            updated_at = _field_failed(cls, "updated_at", "updated_at", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        customer_credit.additional_properties = d
        if _kept:
            customer_credit._thredfi_kept = _kept
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


class CustomerCreditDict(TypedDict, total=False):
    """``CustomerCredit`` as a dict (API field names): what a call accepts in its place."""

    id: str
    status: str
    sent_at: str
    customer: CustomerCreditCustomerType0 | CustomerCreditCustomerType0Dict | None
    source_invoice_id: str | None
    line_items: list[CustomerCreditLineItem | CustomerCreditLineItemDict] | None
    allocations: list[CustomerCreditAllocation | CustomerCreditAllocationDict] | None
    tags: list[CustomerCreditTagsType0Item | CustomerCreditTagsType0ItemDict] | None
    total_amount: int
    applied_amount: int
    document: None | DocumentSummary | DocumentSummaryDict
    created_at: str
    updated_at: str
    external_id: str
    currency: str
