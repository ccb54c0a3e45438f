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
    from ..models.customer import Customer, CustomerDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Customer
    from ..models.customer import Customer  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Invoice")


@_attrs_define(repr=False)
class Invoice(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("id", "id"),
        ("business_id", "business_id"),
        ("status", "status"),
        ("sent_at", "sent_at"),
        ("due_at", "due_at"),
        ("paid_at", "paid_at"),
        ("voided_at", "voided_at"),
        ("is_overdue", "is_overdue"),
        ("invoice_number", "invoice_number"),
        ("invoice_type", "invoice_type"),
        ("currency", "currency"),
        ("customer", "customer"),
    )

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

        if _kept is None or self.sent_at is not _kept.get("sent_at", _kept):
            sent_at = self.sent_at
        else:
            sent_at = _kept["sent_at"]

        if _kept is None or self.due_at is not _kept.get("due_at", _kept):
            due_at: None | str | Unset
            if isinstance(self.due_at, Unset):
                due_at = UNSET
            else:
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

        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.invoice_type is not _kept.get("invoice_type", _kept):
            invoice_type = self.invoice_type
        else:
            invoice_type = _kept["invoice_type"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.customer is not _kept.get("customer", _kept):
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, Customer):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        else:
            customer = _kept["customer"]

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
            sent_at = d.pop("sent_at", UNSET)
            if _checking and sent_at.__class__ is not str and sent_at is not UNSET:
                _expect(sent_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            sent_at = _field_failed(cls, "sent_at", "sent_at", "str", src_dict, d, _error, _kept)

        try:

            def _parse_due_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            due_at = _parse_due_at(d.pop("due_at", UNSET))

            if _checking:
                _expect_one_of(
                    due_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            due_at = _field_failed(cls, "due_at", "due_at", "None | str", src_dict, d, _error, _kept)

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
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    customer,
                    (
                        type(None),
                        Customer,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            customer = _field_failed(cls, "customer", "customer", "Customer | None", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice.additional_properties = d
        if _kept:
            invoice._thredfi_kept = _kept
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


class InvoiceDict(TypedDict, total=False):
    """``Invoice`` as a dict (API field names): what a call accepts in its place."""

    type: str
    id: str
    business_id: str
    status: str
    sent_at: str
    due_at: str | None
    paid_at: str | None
    voided_at: str | None
    is_overdue: bool
    invoice_number: str
    invoice_type: str
    currency: str
    customer: None | Customer | CustomerDict
