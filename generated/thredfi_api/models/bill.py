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
    from ..models.bill_line_item import BillLineItem, BillLineItemDict
    from ..models.bill_payment_allocation_summary import BillPaymentAllocationSummary, BillPaymentAllocationSummaryDict
    from ..models.vendor import Vendor, VendorDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BillLineItem, BillPaymentAllocationSummary, Vendor
    from ..models.bill_line_item import BillLineItem  # noqa: PLC0415
    from ..models.bill_payment_allocation_summary import BillPaymentAllocationSummary  # noqa: PLC0415
    from ..models.vendor import Vendor  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Bill")


@_attrs_define(repr=False)
class Bill(ThredfiModel):
    """A bill (the docs page shows only its first fields; the rest are kept in additional properties)

    Attributes:
        type_ (str | Unset): Resource type
        id (str | Unset):
        business_id (str | Unset):
        status (str | Unset):
        terms (str | Unset):
        issue_date (str | Unset):
        received_at (str | Unset):
        due_at (str | Unset):
        paid_at (None | str | Unset):
        voided_at (None | str | Unset):
        is_overdue (bool | Unset):
        currency (str | Unset):
        vendor (None | Unset | Vendor):
        line_items (list[BillLineItem] | None | Unset):
        bill_payment_allocations (list[BillPaymentAllocationSummary] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("id", "id"),
        ("business_id", "business_id"),
        ("status", "status"),
        ("terms", "terms"),
        ("issue_date", "issue_date"),
        ("received_at", "received_at"),
        ("due_at", "due_at"),
        ("paid_at", "paid_at"),
        ("voided_at", "voided_at"),
        ("is_overdue", "is_overdue"),
        ("currency", "currency"),
        ("vendor", "vendor"),
        ("line_items", "line_items"),
        ("bill_payment_allocations", "bill_payment_allocations"),
    )

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    status: str | Unset = UNSET
    terms: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    received_at: str | Unset = UNSET
    due_at: str | Unset = UNSET
    paid_at: None | str | Unset = UNSET
    voided_at: None | str | Unset = UNSET
    is_overdue: bool | Unset = UNSET
    currency: str | Unset = UNSET
    vendor: None | Unset | Vendor = UNSET
    line_items: list[BillLineItem] | None | Unset = UNSET
    bill_payment_allocations: list[BillPaymentAllocationSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.type_ is not _kept.get("type_", _kept):
            type_ = self.type_
        else:
            type_ = _kept["type_"]

        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.terms is not _kept.get("terms", _kept):
            terms = self.terms
        else:
            terms = _kept["terms"]

        if _kept is None or self.issue_date is not _kept.get("issue_date", _kept):
            issue_date = self.issue_date
        else:
            issue_date = _kept["issue_date"]

        if _kept is None or self.received_at is not _kept.get("received_at", _kept):
            received_at = self.received_at
        else:
            received_at = _kept["received_at"]

        if _kept is None or self.due_at is not _kept.get("due_at", _kept):
            due_at = self.due_at
        else:
            due_at = _kept["due_at"]

        if _kept is None or self.paid_at is not _kept.get("paid_at", _kept):
            paid_at: None | str | Unset
            if isinstance(self.paid_at, Unset):
                paid_at = UNSET
            else:
                paid_at = self.paid_at
        else:
            paid_at = _kept["paid_at"]

        if _kept is None or self.voided_at is not _kept.get("voided_at", _kept):
            voided_at: None | str | Unset
            if isinstance(self.voided_at, Unset):
                voided_at = UNSET
            else:
                voided_at = self.voided_at
        else:
            voided_at = _kept["voided_at"]

        if _kept is None or self.is_overdue is not _kept.get("is_overdue", _kept):
            is_overdue = self.is_overdue
        else:
            is_overdue = _kept["is_overdue"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.vendor is not _kept.get("vendor", _kept):
            vendor: dict[str, Any] | None | Unset
            if isinstance(self.vendor, Unset):
                vendor = UNSET
            elif isinstance(self.vendor, Vendor):
                vendor = self.vendor.to_dict()
            else:
                vendor = self.vendor
        else:
            vendor = _kept["vendor"]

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

        if _kept is None or self.bill_payment_allocations is not _kept.get("bill_payment_allocations", _kept):
            bill_payment_allocations: list[dict[str, Any]] | None | Unset
            if isinstance(self.bill_payment_allocations, Unset):
                bill_payment_allocations = UNSET
            elif isinstance(self.bill_payment_allocations, list):
                bill_payment_allocations = []
                for bill_payment_allocations_type_0_item_data in self.bill_payment_allocations:
                    bill_payment_allocations_type_0_item = bill_payment_allocations_type_0_item_data.to_dict()
                    bill_payment_allocations.append(bill_payment_allocations_type_0_item)

            else:
                bill_payment_allocations = self.bill_payment_allocations
        else:
            bill_payment_allocations = _kept["bill_payment_allocations"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if status is not UNSET:
            field_dict["status"] = status
        if terms is not UNSET:
            field_dict["terms"] = terms
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if is_overdue is not UNSET:
            field_dict["is_overdue"] = is_overdue
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if bill_payment_allocations is not UNSET:
            field_dict["bill_payment_allocations"] = bill_payment_allocations
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
            type_ = d.pop("type", UNSET)
            if _checking and type_.__class__ is not str and type_ is not UNSET:
                _expect(type_, "str")
        except Exception as _error:
            if not _checking:
                raise
            type_ = _field_failed(cls, "type", "type_", "str", src_dict, d, _error, _kept)

        try:
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            terms = d.pop("terms", UNSET)
            if _checking and terms.__class__ is not str and terms is not UNSET:
                _expect(terms, "str")
        except Exception as _error:
            if not _checking:
                raise
            terms = _field_failed(cls, "terms", "terms", "str", src_dict, d, _error, _kept)

        try:
            issue_date = d.pop("issue_date", UNSET)
            if _checking and issue_date.__class__ is not str and issue_date is not UNSET:
                _expect(issue_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            issue_date = _field_failed(cls, "issue_date", "issue_date", "str", src_dict, d, _error, _kept)

        try:
            received_at = d.pop("received_at", UNSET)
            if _checking and received_at.__class__ is not str and received_at is not UNSET:
                _expect(received_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            received_at = _field_failed(cls, "received_at", "received_at", "str", src_dict, d, _error, _kept)

        try:
            due_at = d.pop("due_at", UNSET)
            if _checking and due_at.__class__ is not str and due_at is not UNSET:
                _expect(due_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            due_at = _field_failed(cls, "due_at", "due_at", "str", src_dict, d, _error, _kept)

        try:

            def _parse_paid_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

            if _checking:
                _expect_one_of(
                    paid_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            paid_at = _field_failed(cls, "paid_at", "paid_at", "None | str", src_dict, d, _error, _kept)

        try:

            def _parse_voided_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

            if _checking:
                _expect_one_of(
                    voided_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            voided_at = _field_failed(cls, "voided_at", "voided_at", "None | str", src_dict, d, _error, _kept)

        try:
            is_overdue = d.pop("is_overdue", UNSET)
            if _checking and is_overdue.__class__ is not bool and is_overdue is not UNSET:
                _expect(is_overdue, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_overdue = _field_failed(cls, "is_overdue", "is_overdue", "bool", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:

            def _parse_vendor(data: object) -> None | Unset | Vendor:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    vendor_type_1 = Vendor.from_dict(data)

                    return vendor_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | Vendor, data)

            vendor = _parse_vendor(d.pop("vendor", UNSET))

            if _checking:
                _expect_one_of(
                    vendor,
                    (
                        type(None),
                        Vendor,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            vendor = _field_failed(cls, "vendor", "vendor", "None | Vendor", src_dict, d, _error, _kept)

        try:

            def _parse_line_items(data: object) -> list[BillLineItem] | None | Unset:
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
                        line_items_type_0_item = BillLineItem.from_dict(line_items_type_0_item_data)

                        line_items_type_0.append(line_items_type_0_item)

                    return line_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[BillLineItem] | None | Unset, data)

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
                cls, "line_items", "line_items", "list[BillLineItem] | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_bill_payment_allocations(data: object) -> list[BillPaymentAllocationSummary] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bill_payment_allocations_type_0 = []
                    _bill_payment_allocations_type_0 = data
                    for bill_payment_allocations_type_0_item_data in _bill_payment_allocations_type_0:
                        bill_payment_allocations_type_0_item = BillPaymentAllocationSummary.from_dict(
                            bill_payment_allocations_type_0_item_data
                        )

                        bill_payment_allocations_type_0.append(bill_payment_allocations_type_0_item)

                    return bill_payment_allocations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[BillPaymentAllocationSummary] | None | Unset, data)

            bill_payment_allocations = _parse_bill_payment_allocations(d.pop("bill_payment_allocations", UNSET))

            if _checking:
                _expect_one_of(
                    bill_payment_allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            bill_payment_allocations = _field_failed(
                cls,
                "bill_payment_allocations",
                "bill_payment_allocations",
                "list[BillPaymentAllocationSummary] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        bill = cls(
            type_=type_,
            id=id,
            business_id=business_id,
            status=status,
            terms=terms,
            issue_date=issue_date,
            received_at=received_at,
            due_at=due_at,
            paid_at=paid_at,
            voided_at=voided_at,
            is_overdue=is_overdue,
            currency=currency,
            vendor=vendor,
            line_items=line_items,
            bill_payment_allocations=bill_payment_allocations,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill.additional_properties = d
        if _kept:
            bill._thredfi_kept = _kept
        return bill

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


class BillDict(TypedDict, total=False):
    """``Bill`` as a dict (API field names): what a call accepts in its place."""

    type: str
    id: str
    business_id: str
    status: str
    terms: str
    issue_date: str
    received_at: str
    due_at: str
    paid_at: str | None
    voided_at: str | None
    is_overdue: bool
    currency: str
    vendor: None | Vendor | VendorDict
    line_items: list[BillLineItem | BillLineItemDict] | None
    bill_payment_allocations: list[BillPaymentAllocationSummary | BillPaymentAllocationSummaryDict] | None
