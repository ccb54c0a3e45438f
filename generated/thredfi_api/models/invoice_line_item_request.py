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
    from ..models.invoice_line_item_request_account_identifier_type_0 import (
        InvoiceLineItemRequestAccountIdentifierType0,
        InvoiceLineItemRequestAccountIdentifierType0Dict,
    )
    from ..models.invoice_sales_tax_request import InvoiceSalesTaxRequest, InvoiceSalesTaxRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InvoiceLineItemRequestAccountIdentifierType0, InvoiceSalesTaxRequest
    from ..models.invoice_line_item_request_account_identifier_type_0 import (
        InvoiceLineItemRequestAccountIdentifierType0,  # noqa: PLC0415
    )
    from ..models.invoice_sales_tax_request import InvoiceSalesTaxRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoiceLineItemRequest")


@_attrs_define(repr=False)
class InvoiceLineItemRequest(ThredfiModel):
    """An invoice line item

    Attributes:
        quantity (float | Unset):
        unit_price (int | Unset): Unit price in cents
        external_id (str | Unset):
        description (str | Unset):
        account_identifier (InvoiceLineItemRequestAccountIdentifierType0 | None | Unset): Ledger account to book the
            line to
        product (str | Unset):
        discount_amount (int | Unset): Cents Default: 0.
        tax_code (str | Unset): Tax code from list-tax-codes (tax guide)
        sales_taxes (list[InvoiceSalesTaxRequest] | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("quantity", "quantity"),
        ("unit_price", "unit_price"),
        ("external_id", "external_id"),
        ("description", "description"),
        ("account_identifier", "account_identifier"),
        ("product", "product"),
        ("discount_amount", "discount_amount"),
        ("tax_code", "tax_code"),
        ("sales_taxes", "sales_taxes"),
    )

    quantity: float | Unset = UNSET
    unit_price: int | Unset = UNSET
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    account_identifier: InvoiceLineItemRequestAccountIdentifierType0 | None | Unset = UNSET
    product: str | Unset = UNSET
    discount_amount: int | Unset = 0
    tax_code: str | Unset = UNSET
    sales_taxes: list[InvoiceSalesTaxRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.quantity is not _kept.get("quantity", _kept):
            quantity = self.quantity
        else:
            quantity = _kept["quantity"]

        if _kept is None or self.unit_price is not _kept.get("unit_price", _kept):
            unit_price = self.unit_price
        else:
            unit_price = _kept["unit_price"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.account_identifier is not _kept.get("account_identifier", _kept):
            account_identifier: dict[str, Any] | None | Unset
            if isinstance(self.account_identifier, Unset):
                account_identifier = UNSET
            elif isinstance(self.account_identifier, InvoiceLineItemRequestAccountIdentifierType0):
                account_identifier = self.account_identifier.to_dict()
            else:
                account_identifier = self.account_identifier
        else:
            account_identifier = _kept["account_identifier"]

        if _kept is None or self.product is not _kept.get("product", _kept):
            product = self.product
        else:
            product = _kept["product"]

        if _kept is None or self.discount_amount is not _kept.get("discount_amount", _kept):
            discount_amount = self.discount_amount
        else:
            discount_amount = _kept["discount_amount"]

        if _kept is None or self.tax_code is not _kept.get("tax_code", _kept):
            tax_code = self.tax_code
        else:
            tax_code = _kept["tax_code"]

        if _kept is None or self.sales_taxes is not _kept.get("sales_taxes", _kept):
            sales_taxes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.sales_taxes, Unset):
                sales_taxes = []
                for sales_taxes_item_data in self.sales_taxes:
                    sales_taxes_item = sales_taxes_item_data.to_dict()
                    sales_taxes.append(sales_taxes_item)

        else:
            sales_taxes = _kept["sales_taxes"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if product is not UNSET:
            field_dict["product"] = product
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if sales_taxes is not UNSET:
            field_dict["sales_taxes"] = sales_taxes
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
            quantity = d.pop("quantity", UNSET)
            if _checking and quantity.__class__ is not float and quantity is not UNSET:
                _expect(quantity, "float")
        except Exception as _error:
            if not _checking:
                raise
            quantity = _field_failed(cls, "quantity", "quantity", "float", src_dict, d, _error, _kept)

        try:
            unit_price = d.pop("unit_price", UNSET)
            if _checking and unit_price.__class__ is not int and unit_price is not UNSET:
                _expect(unit_price, "int")
        except Exception as _error:
            if not _checking:
                raise
            unit_price = _field_failed(cls, "unit_price", "unit_price", "int", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:

            def _parse_account_identifier(data: object) -> InvoiceLineItemRequestAccountIdentifierType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    account_identifier_type_0 = InvoiceLineItemRequestAccountIdentifierType0.from_dict(data)

                    return account_identifier_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(InvoiceLineItemRequestAccountIdentifierType0 | None | Unset, data)

            account_identifier = _parse_account_identifier(d.pop("account_identifier", UNSET))

            if _checking:
                _expect_one_of(
                    account_identifier,
                    (
                        InvoiceLineItemRequestAccountIdentifierType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            account_identifier = _field_failed(
                cls,
                "account_identifier",
                "account_identifier",
                "InvoiceLineItemRequestAccountIdentifierType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            product = d.pop("product", UNSET)
            if _checking and product.__class__ is not str and product is not UNSET:
                _expect(product, "str")
        except Exception as _error:
            if not _checking:
                raise
            product = _field_failed(cls, "product", "product", "str", src_dict, d, _error, _kept)

        try:
            discount_amount = d.pop("discount_amount", UNSET)
            if _checking and discount_amount.__class__ is not int and discount_amount is not UNSET:
                _expect(discount_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            discount_amount = _field_failed(
                cls, "discount_amount", "discount_amount", "int", src_dict, d, _error, _kept
            )

        try:
            tax_code = d.pop("tax_code", UNSET)
            if _checking and tax_code.__class__ is not str and tax_code is not UNSET:
                _expect(tax_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            tax_code = _field_failed(cls, "tax_code", "tax_code", "str", src_dict, d, _error, _kept)

        try:
            _sales_taxes = d.pop("sales_taxes", UNSET)
            sales_taxes: list[InvoiceSalesTaxRequest] | Unset = UNSET
            if _sales_taxes is not UNSET:
                sales_taxes = []
                for sales_taxes_item_data in _sales_taxes:
                    sales_taxes_item = InvoiceSalesTaxRequest.from_dict(sales_taxes_item_data)

                    sales_taxes.append(sales_taxes_item)

            if _checking and sales_taxes.__class__ is not list:
                _expect(sales_taxes, "list")
        except Exception as _error:
            if not _checking:
                raise
            sales_taxes = _field_failed(
                cls, "sales_taxes", "sales_taxes", "list[InvoiceSalesTaxRequest]", src_dict, d, _error, _kept
            )

        invoice_line_item_request = cls(
            quantity=quantity,
            unit_price=unit_price,
            external_id=external_id,
            description=description,
            account_identifier=account_identifier,
            product=product,
            discount_amount=discount_amount,
            tax_code=tax_code,
            sales_taxes=sales_taxes,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_line_item_request.additional_properties = d
        if _kept:
            invoice_line_item_request._thredfi_kept = _kept
        return invoice_line_item_request

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


class InvoiceLineItemRequestDict(TypedDict, total=False):
    """``InvoiceLineItemRequest`` as a dict (API field names): what a call accepts in its place."""

    quantity: float
    unit_price: int
    external_id: str
    description: str
    account_identifier: (
        InvoiceLineItemRequestAccountIdentifierType0 | InvoiceLineItemRequestAccountIdentifierType0Dict | None
    )
    product: str
    discount_amount: int
    tax_code: str
    sales_taxes: list[InvoiceSalesTaxRequest | InvoiceSalesTaxRequestDict]
