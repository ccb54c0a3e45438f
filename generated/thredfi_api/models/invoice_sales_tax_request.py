from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_sales_tax_request_tax_account_type_0 import InvoiceSalesTaxRequestTaxAccountType0


T = TypeVar("T", bound="InvoiceSalesTaxRequest")


@_attrs_define
class InvoiceSalesTaxRequest:
    """A sales tax of an invoice line

    Attributes:
        amount (int | Unset): Cents
        tax_account (InvoiceSalesTaxRequestTaxAccountType0 | None | Unset): Tax account
        discount_amount (int | Unset):  Default: 0.
        code (str | Unset): Tax code (tax guide)
        name (str | Unset): Tax name (tax guide)
    """

    amount: int | Unset = UNSET
    tax_account: InvoiceSalesTaxRequestTaxAccountType0 | None | Unset = UNSET
    discount_amount: int | Unset = 0
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_sales_tax_request_tax_account_type_0 import InvoiceSalesTaxRequestTaxAccountType0  # noqa: PLC0415

        amount = self.amount

        tax_account: dict[str, Any] | None | Unset
        if isinstance(self.tax_account, Unset):
            tax_account = UNSET
        elif isinstance(self.tax_account, InvoiceSalesTaxRequestTaxAccountType0):
            tax_account = self.tax_account.to_dict()
        else:
            tax_account = self.tax_account

        discount_amount = self.discount_amount

        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_account is not UNSET:
            field_dict["tax_account"] = tax_account
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_sales_tax_request_tax_account_type_0 import InvoiceSalesTaxRequestTaxAccountType0  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        def _parse_tax_account(data: object) -> InvoiceSalesTaxRequestTaxAccountType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_account_type_0 = InvoiceSalesTaxRequestTaxAccountType0.from_dict(data)

                return tax_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSalesTaxRequestTaxAccountType0 | None | Unset, data)

        tax_account = _parse_tax_account(d.pop("tax_account", UNSET))

        discount_amount = d.pop("discount_amount", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        invoice_sales_tax_request = cls(
            amount=amount,
            tax_account=tax_account,
            discount_amount=discount_amount,
            code=code,
            name=name,
        )

        invoice_sales_tax_request.additional_properties = d
        return invoice_sales_tax_request

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
