from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCode")


@_attrs_define
class TaxCode:
    """A tax code

    Attributes:
        code (str | Unset): e.g. BTW_21
        name (str | Unset):
        rate (float | Unset): Rate as a fraction, e.g. 0.21
        purchase_account (None | str | Unset): Ledger account code for purchases
        sales_account (None | str | Unset): Ledger account code for sales
        effective_from (str | Unset):
        is_active (bool | Unset):
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    purchase_account: None | str | Unset = UNSET
    sales_account: None | str | Unset = UNSET
    effective_from: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        rate = self.rate

        purchase_account: None | str | Unset
        if isinstance(self.purchase_account, Unset):
            purchase_account = UNSET
        else:
            purchase_account = self.purchase_account

        sales_account: None | str | Unset
        if isinstance(self.sales_account, Unset):
            sales_account = UNSET
        else:
            sales_account = self.sales_account

        effective_from = self.effective_from

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
        if purchase_account is not UNSET:
            field_dict["purchase_account"] = purchase_account
        if sales_account is not UNSET:
            field_dict["sales_account"] = sales_account
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        rate = d.pop("rate", UNSET)

        def _parse_purchase_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_account = _parse_purchase_account(d.pop("purchase_account", UNSET))

        def _parse_sales_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_account = _parse_sales_account(d.pop("sales_account", UNSET))

        effective_from = d.pop("effective_from", UNSET)

        is_active = d.pop("is_active", UNSET)

        tax_code = cls(
            code=code,
            name=name,
            rate=rate,
            purchase_account=purchase_account,
            sales_account=sales_account,
            effective_from=effective_from,
            is_active=is_active,
        )

        tax_code.additional_properties = d
        return tax_code

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
