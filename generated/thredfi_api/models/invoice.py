from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice (the docs page shows only its first fields; the rest are kept in additional properties)

    Attributes:
        type_ (str | Unset): Resource type
        id (str | Unset):
        business_id (str | Unset):
        status (str | Unset): e.g. SENT (upper case)
        sent_at (str | Unset):
        due_at (None | str | Unset):
        paid_at (None | str | Unset):
        voided_at (None | str | Unset):
        is_overdue (bool | Unset):
        invoice_number (str | Unset):
        invoice_type (str | Unset): e.g. invoice
        currency (str | Unset):
        customer (Customer | None | Unset):
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    status: str | Unset = UNSET
    sent_at: str | Unset = UNSET
    due_at: None | str | Unset = UNSET
    paid_at: None | str | Unset = UNSET
    voided_at: None | str | Unset = UNSET
    is_overdue: bool | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_type: str | Unset = UNSET
    currency: str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        business_id = self.business_id

        status = self.status

        sent_at = self.sent_at

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        else:
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

        invoice_number = self.invoice_number

        invoice_type = self.invoice_type

        currency = self.currency

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

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
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if is_overdue is not UNSET:
            field_dict["is_overdue"] = is_overdue
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        business_id = d.pop("business_id", UNSET)

        status = d.pop("status", UNSET)

        sent_at = d.pop("sent_at", UNSET)

        def _parse_due_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

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

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_type = d.pop("invoice_type", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = Customer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        invoice = cls(
            type_=type_,
            id=id,
            business_id=business_id,
            status=status,
            sent_at=sent_at,
            due_at=due_at,
            paid_at=paid_at,
            voided_at=voided_at,
            is_overdue=is_overdue,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            currency=currency,
            customer=customer,
        )

        invoice.additional_properties = d
        return invoice

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
