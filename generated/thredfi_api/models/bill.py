from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item import BillLineItem
    from ..models.bill_payment_allocation_summary import BillPaymentAllocationSummary
    from ..models.vendor import Vendor


T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.vendor import Vendor  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        business_id = self.business_id

        status = self.status

        terms = self.terms

        issue_date = self.issue_date

        received_at = self.received_at

        due_at = self.due_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = self.paid_at

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        else:
            voided_at = self.voided_at

        is_overdue = self.is_overdue

        currency = self.currency

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, Vendor):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item import BillLineItem  # noqa: PLC0415
        from ..models.bill_payment_allocation_summary import BillPaymentAllocationSummary  # noqa: PLC0415
        from ..models.vendor import Vendor  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        business_id = d.pop("business_id", UNSET)

        status = d.pop("status", UNSET)

        terms = d.pop("terms", UNSET)

        issue_date = d.pop("issue_date", UNSET)

        received_at = d.pop("received_at", UNSET)

        due_at = d.pop("due_at", UNSET)

        def _parse_paid_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_voided_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

        is_overdue = d.pop("is_overdue", UNSET)

        currency = d.pop("currency", UNSET)

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

        bill.additional_properties = d
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
