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
    from ..models.invoice_sales_tax_request_tax_account_type_0 import (
        InvoiceSalesTaxRequestTaxAccountType0,
        InvoiceSalesTaxRequestTaxAccountType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InvoiceSalesTaxRequestTaxAccountType0
    from ..models.invoice_sales_tax_request_tax_account_type_0 import InvoiceSalesTaxRequestTaxAccountType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoiceSalesTaxRequest")


@_attrs_define(repr=False)
class InvoiceSalesTaxRequest(ThredfiModel):
    """A sales tax of an invoice line

    Attributes:
        amount (int | Unset): Cents
        tax_account (InvoiceSalesTaxRequestTaxAccountType0 | None | Unset): Tax account
        discount_amount (int | Unset):  Default: 0.
        code (str | Unset): Tax code (tax guide)
        name (str | Unset): Tax name (tax guide)
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("tax_account", "tax_account"),
        ("discount_amount", "discount_amount"),
        ("code", "code"),
        ("name", "name"),
    )

    amount: int | Unset = UNSET
    tax_account: InvoiceSalesTaxRequestTaxAccountType0 | None | Unset = UNSET
    discount_amount: int | Unset = 0
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.tax_account is not _kept.get("tax_account", _kept):
            tax_account: dict[str, Any] | None | Unset
            if isinstance(self.tax_account, Unset):
                tax_account = UNSET
            elif isinstance(self.tax_account, InvoiceSalesTaxRequestTaxAccountType0):
                tax_account = self.tax_account.to_dict()
            else:
                tax_account = self.tax_account
        else:
            tax_account = _kept["tax_account"]

        if _kept is None or self.discount_amount is not _kept.get("discount_amount", _kept):
            discount_amount = self.discount_amount
        else:
            discount_amount = _kept["discount_amount"]

        if _kept is None or self.code is not _kept.get("code", _kept):
            code = self.code
        else:
            code = _kept["code"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

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
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    tax_account,
                    (
                        InvoiceSalesTaxRequestTaxAccountType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            tax_account = _field_failed(
                cls,
                "tax_account",
                "tax_account",
                "InvoiceSalesTaxRequestTaxAccountType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

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
            code = d.pop("code", UNSET)
            if _checking and code.__class__ is not str and code is not UNSET:
                _expect(code, "str")
        except Exception as _error:
            if not _checking:
                raise
            code = _field_failed(cls, "code", "code", "str", src_dict, d, _error, _kept)

        try:
            name = d.pop("name", UNSET)
            if _checking and name.__class__ is not str and name is not UNSET:
                _expect(name, "str")
        except Exception as _error:
            if not _checking:
                raise
            name = _field_failed(cls, "name", "name", "str", src_dict, d, _error, _kept)

        invoice_sales_tax_request = cls(
            amount=amount,
            tax_account=tax_account,
            discount_amount=discount_amount,
            code=code,
            name=name,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_sales_tax_request.additional_properties = d
        if _kept:
            invoice_sales_tax_request._thredfi_kept = _kept
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


class InvoiceSalesTaxRequestDict(TypedDict, total=False):
    """``InvoiceSalesTaxRequest`` as a dict (API field names): what a call accepts in its place."""

    amount: int
    tax_account: InvoiceSalesTaxRequestTaxAccountType0 | InvoiceSalesTaxRequestTaxAccountType0Dict | None
    discount_amount: int
    code: str
    name: str
