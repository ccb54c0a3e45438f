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
    from ..models.account_identifier import AccountIdentifier, AccountIdentifierDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AccountIdentifier
    from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BillLineItem")


@_attrs_define(repr=False)
class BillLineItem(ThredfiModel):
    """A bill line item

    Attributes:
        id (str | Unset):
        bill_id (str | Unset):
        account_identifier (AccountIdentifier | None | Unset):
        currency (str | Unset):
        unit_price (int | Unset): Unit price in cents
        quantity (float | Unset):
        subtotal (int | Unset): Cents
        sales_taxes_total (int | Unset): Cents
        total_amount (int | Unset): Cents
        tax_rate (float | Unset):
        description (str | Unset):
        product (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("bill_id", "bill_id"),
        ("account_identifier", "account_identifier"),
        ("currency", "currency"),
        ("unit_price", "unit_price"),
        ("quantity", "quantity"),
        ("subtotal", "subtotal"),
        ("sales_taxes_total", "sales_taxes_total"),
        ("total_amount", "total_amount"),
        ("tax_rate", "tax_rate"),
        ("description", "description"),
        ("product", "product"),
    )

    id: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    account_identifier: AccountIdentifier | None | Unset = UNSET
    currency: str | Unset = UNSET
    unit_price: int | Unset = UNSET
    quantity: float | Unset = UNSET
    subtotal: int | Unset = UNSET
    sales_taxes_total: int | Unset = UNSET
    total_amount: int | Unset = UNSET
    tax_rate: float | Unset = UNSET
    description: str | Unset = UNSET
    product: str | Unset = UNSET
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

        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id = self.bill_id
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.account_identifier is not _kept.get("account_identifier", _kept):
            account_identifier: dict[str, Any] | None | Unset
            if isinstance(self.account_identifier, Unset):
                account_identifier = UNSET
            elif isinstance(self.account_identifier, AccountIdentifier):
                account_identifier = self.account_identifier.to_dict()
            else:
                account_identifier = self.account_identifier
        else:
            account_identifier = _kept["account_identifier"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.unit_price is not _kept.get("unit_price", _kept):
            unit_price = self.unit_price
        else:
            unit_price = _kept["unit_price"]

        if _kept is None or self.quantity is not _kept.get("quantity", _kept):
            quantity = self.quantity
        else:
            quantity = _kept["quantity"]

        if _kept is None or self.subtotal is not _kept.get("subtotal", _kept):
            subtotal = self.subtotal
        else:
            subtotal = _kept["subtotal"]

        if _kept is None or self.sales_taxes_total is not _kept.get("sales_taxes_total", _kept):
            sales_taxes_total = self.sales_taxes_total
        else:
            sales_taxes_total = _kept["sales_taxes_total"]

        if _kept is None or self.total_amount is not _kept.get("total_amount", _kept):
            total_amount = self.total_amount
        else:
            total_amount = _kept["total_amount"]

        if _kept is None or self.tax_rate is not _kept.get("tax_rate", _kept):
            tax_rate = self.tax_rate
        else:
            tax_rate = _kept["tax_rate"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.product is not _kept.get("product", _kept):
            product = self.product
        else:
            product = _kept["product"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if currency is not UNSET:
            field_dict["currency"] = currency
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if sales_taxes_total is not UNSET:
            field_dict["sales_taxes_total"] = sales_taxes_total
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if description is not UNSET:
            field_dict["description"] = description
        if product is not UNSET:
            field_dict["product"] = product
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
            bill_id = d.pop("bill_id", UNSET)
            if _checking and bill_id.__class__ is not str and bill_id is not UNSET:
                _expect(bill_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "str", src_dict, d, _error, _kept)

        try:

            def _parse_account_identifier(data: object) -> AccountIdentifier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    account_identifier_type_1 = AccountIdentifier.from_dict(data)

                    return account_identifier_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountIdentifier | None | Unset, data)

            account_identifier = _parse_account_identifier(d.pop("account_identifier", UNSET))

            if _checking:
                _expect_one_of(
                    account_identifier,
                    (
                        type(None),
                        AccountIdentifier,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            account_identifier = _field_failed(
                cls, "account_identifier", "account_identifier", "AccountIdentifier | None", src_dict, d, _error, _kept
            )

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            unit_price = d.pop("unit_price", UNSET)
            if _checking and unit_price.__class__ is not int and unit_price is not UNSET:
                _expect(unit_price, "int")
        except Exception as _error:
            if not _checking:
                raise
            unit_price = _field_failed(cls, "unit_price", "unit_price", "int", src_dict, d, _error, _kept)

        try:
            quantity = d.pop("quantity", UNSET)
            if _checking and quantity.__class__ is not float and quantity is not UNSET:
                _expect(quantity, "float")
        except Exception as _error:
            if not _checking:
                raise
            quantity = _field_failed(cls, "quantity", "quantity", "float", src_dict, d, _error, _kept)

        try:
            subtotal = d.pop("subtotal", UNSET)
            if _checking and subtotal.__class__ is not int and subtotal is not UNSET:
                _expect(subtotal, "int")
        except Exception as _error:
            if not _checking:
                raise
            subtotal = _field_failed(cls, "subtotal", "subtotal", "int", src_dict, d, _error, _kept)

        try:
            sales_taxes_total = d.pop("sales_taxes_total", UNSET)
            if _checking and sales_taxes_total.__class__ is not int and sales_taxes_total is not UNSET:
                _expect(sales_taxes_total, "int")
        except Exception as _error:
            if not _checking:
                raise
            sales_taxes_total = _field_failed(
                cls, "sales_taxes_total", "sales_taxes_total", "int", src_dict, d, _error, _kept
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
            tax_rate = d.pop("tax_rate", UNSET)
            if _checking and tax_rate.__class__ is not float and tax_rate is not UNSET:
                _expect(tax_rate, "float")
        except Exception as _error:
            if not _checking:
                raise
            tax_rate = _field_failed(cls, "tax_rate", "tax_rate", "float", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            product = d.pop("product", UNSET)
            if _checking and product.__class__ is not str and product is not UNSET:
                _expect(product, "str")
        except Exception as _error:
            if not _checking:
                raise
            product = _field_failed(cls, "product", "product", "str", src_dict, d, _error, _kept)

        bill_line_item = cls(
            id=id,
            bill_id=bill_id,
            account_identifier=account_identifier,
            currency=currency,
            unit_price=unit_price,
            quantity=quantity,
            subtotal=subtotal,
            sales_taxes_total=sales_taxes_total,
            total_amount=total_amount,
            tax_rate=tax_rate,
            description=description,
            product=product,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill_line_item.additional_properties = d
        if _kept:
            bill_line_item._thredfi_kept = _kept
        return bill_line_item

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


class BillLineItemDict(TypedDict, total=False):
    """``BillLineItem`` as a dict (API field names): what a call accepts in its place."""

    id: str
    bill_id: str
    account_identifier: None | AccountIdentifier | AccountIdentifierDict
    currency: str
    unit_price: int
    quantity: float
    subtotal: int
    sales_taxes_total: int
    total_amount: int
    tax_rate: float
    description: str
    product: str
