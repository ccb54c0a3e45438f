from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_identifier import AccountIdentifier


T = TypeVar("T", bound="BillLineItem")


@_attrs_define
class BillLineItem:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415

        id = self.id

        bill_id = self.bill_id

        account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.account_identifier, Unset):
            account_identifier = UNSET
        elif isinstance(self.account_identifier, AccountIdentifier):
            account_identifier = self.account_identifier.to_dict()
        else:
            account_identifier = self.account_identifier

        currency = self.currency

        unit_price = self.unit_price

        quantity = self.quantity

        subtotal = self.subtotal

        sales_taxes_total = self.sales_taxes_total

        total_amount = self.total_amount

        tax_rate = self.tax_rate

        description = self.description

        product = self.product

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        bill_id = d.pop("bill_id", UNSET)

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

        currency = d.pop("currency", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        quantity = d.pop("quantity", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        sales_taxes_total = d.pop("sales_taxes_total", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        description = d.pop("description", UNSET)

        product = d.pop("product", UNSET)

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

        bill_line_item.additional_properties = d
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
