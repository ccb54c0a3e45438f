from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountConnectionSummary")


@_attrs_define
class BankAccountConnectionSummary:
    """A bank account connection (list view)

    Attributes:
        id (str | Unset): Bank account connection id
        display_name (str | Unset):
        official_name (str | Unset):
        mask (str | Unset): Last digits of the account number
        balance (float | None | Unset): Balance as a decimal (legacy); prefer balance_cents
        balance_cents (int | Unset): Balance in cents
        currency (str | Unset):
        is_active (bool | Unset):
        bank_link_status (str | Unset): active, error or revoked
        business_name (str | Unset):
        provider (str | Unset): e.g. plaid
        created_at (str | Unset):
    """

    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    official_name: str | Unset = UNSET
    mask: str | Unset = UNSET
    balance: float | None | Unset = UNSET
    balance_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    bank_link_status: str | Unset = UNSET
    business_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        official_name = self.official_name

        mask = self.mask

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        balance_cents = self.balance_cents

        currency = self.currency

        is_active = self.is_active

        bank_link_status = self.bank_link_status

        business_name = self.business_name

        provider = self.provider

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if official_name is not UNSET:
            field_dict["official_name"] = official_name
        if mask is not UNSET:
            field_dict["mask"] = mask
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_cents is not UNSET:
            field_dict["balance_cents"] = balance_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if bank_link_status is not UNSET:
            field_dict["bank_link_status"] = bank_link_status
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_name = d.pop("display_name", UNSET)

        official_name = d.pop("official_name", UNSET)

        mask = d.pop("mask", UNSET)

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        balance_cents = d.pop("balance_cents", UNSET)

        currency = d.pop("currency", UNSET)

        is_active = d.pop("is_active", UNSET)

        bank_link_status = d.pop("bank_link_status", UNSET)

        business_name = d.pop("business_name", UNSET)

        provider = d.pop("provider", UNSET)

        created_at = d.pop("created_at", UNSET)

        bank_account_connection_summary = cls(
            id=id,
            display_name=display_name,
            official_name=official_name,
            mask=mask,
            balance=balance,
            balance_cents=balance_cents,
            currency=currency,
            is_active=is_active,
            bank_link_status=bank_link_status,
            business_name=business_name,
            provider=provider,
            created_at=created_at,
        )

        bank_account_connection_summary.additional_properties = d
        return bank_account_connection_summary

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
