from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item_request_account_identifier_type_0 import BillLineItemRequestAccountIdentifierType0
    from ..models.bill_line_item_request_sales_taxes_item import BillLineItemRequestSalesTaxesItem


T = TypeVar("T", bound="BillLineItemRequest")


@_attrs_define
class BillLineItemRequest:
    """A bill line item to create

    Attributes:
        quantity (float | Unset):
        unit_price (int | Unset): Unit price in cents
        description (str | Unset):
        account_identifier (BillLineItemRequestAccountIdentifierType0 | None | Unset): Ledger account to book the line
            to
        product (str | Unset):
        sales_taxes (list[BillLineItemRequestSalesTaxesItem] | Unset): Sales taxes of the line
    """

    quantity: float | Unset = UNSET
    unit_price: int | Unset = UNSET
    description: str | Unset = UNSET
    account_identifier: BillLineItemRequestAccountIdentifierType0 | None | Unset = UNSET
    product: str | Unset = UNSET
    sales_taxes: list[BillLineItemRequestSalesTaxesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill_line_item_request_account_identifier_type_0 import BillLineItemRequestAccountIdentifierType0  # noqa: PLC0415

        quantity = self.quantity

        unit_price = self.unit_price

        description = self.description

        account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.account_identifier, Unset):
            account_identifier = UNSET
        elif isinstance(self.account_identifier, BillLineItemRequestAccountIdentifierType0):
            account_identifier = self.account_identifier.to_dict()
        else:
            account_identifier = self.account_identifier

        product = self.product

        sales_taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_taxes, Unset):
            sales_taxes = []
            for sales_taxes_item_data in self.sales_taxes:
                sales_taxes_item = sales_taxes_item_data.to_dict()
                sales_taxes.append(sales_taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if description is not UNSET:
            field_dict["description"] = description
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if product is not UNSET:
            field_dict["product"] = product
        if sales_taxes is not UNSET:
            field_dict["sales_taxes"] = sales_taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item_request_account_identifier_type_0 import BillLineItemRequestAccountIdentifierType0  # noqa: PLC0415
        from ..models.bill_line_item_request_sales_taxes_item import BillLineItemRequestSalesTaxesItem  # noqa: PLC0415

        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        description = d.pop("description", UNSET)

        def _parse_account_identifier(data: object) -> BillLineItemRequestAccountIdentifierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_identifier_type_0 = BillLineItemRequestAccountIdentifierType0.from_dict(data)

                return account_identifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillLineItemRequestAccountIdentifierType0 | None | Unset, data)

        account_identifier = _parse_account_identifier(d.pop("account_identifier", UNSET))

        product = d.pop("product", UNSET)

        _sales_taxes = d.pop("sales_taxes", UNSET)
        sales_taxes: list[BillLineItemRequestSalesTaxesItem] | Unset = UNSET
        if _sales_taxes is not UNSET:
            sales_taxes = []
            for sales_taxes_item_data in _sales_taxes:
                sales_taxes_item = BillLineItemRequestSalesTaxesItem.from_dict(sales_taxes_item_data)

                sales_taxes.append(sales_taxes_item)

        bill_line_item_request = cls(
            quantity=quantity,
            unit_price=unit_price,
            description=description,
            account_identifier=account_identifier,
            product=product,
            sales_taxes=sales_taxes,
        )

        bill_line_item_request.additional_properties = d
        return bill_line_item_request

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
