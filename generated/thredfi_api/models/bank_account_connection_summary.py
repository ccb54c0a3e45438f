from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountConnectionSummary")


@_attrs_define(repr=False)
class BankAccountConnectionSummary(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("display_name", "display_name"),
        ("official_name", "official_name"),
        ("mask", "mask"),
        ("balance", "balance"),
        ("balance_cents", "balance_cents"),
        ("currency", "currency"),
        ("is_active", "is_active"),
        ("bank_link_status", "bank_link_status"),
        ("business_name", "business_name"),
        ("provider", "provider"),
        ("created_at", "created_at"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.display_name is not _kept.get("display_name", _kept):
            display_name = self.display_name
        else:
            display_name = _kept["display_name"]

        if _kept is None or self.official_name is not _kept.get("official_name", _kept):
            official_name = self.official_name
        else:
            official_name = _kept["official_name"]

        if _kept is None or self.mask is not _kept.get("mask", _kept):
            mask = self.mask
        else:
            mask = _kept["mask"]

        if _kept is None or self.balance is not _kept.get("balance", _kept):
            balance: float | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            else:
                balance = self.balance
        else:
            balance = _kept["balance"]

        if _kept is None or self.balance_cents is not _kept.get("balance_cents", _kept):
            balance_cents = self.balance_cents
        else:
            balance_cents = _kept["balance_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.is_active is not _kept.get("is_active", _kept):
            is_active = self.is_active
        else:
            is_active = _kept["is_active"]

        if _kept is None or self.bank_link_status is not _kept.get("bank_link_status", _kept):
            bank_link_status = self.bank_link_status
        else:
            bank_link_status = _kept["bank_link_status"]

        if _kept is None or self.business_name is not _kept.get("business_name", _kept):
            business_name = self.business_name
        else:
            business_name = _kept["business_name"]

        if _kept is None or self.provider is not _kept.get("provider", _kept):
            provider = self.provider
        else:
            provider = _kept["provider"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            display_name = d.pop("display_name", UNSET)
            if _checking and display_name.__class__ is not str and display_name is not UNSET:
                _expect(display_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            display_name = _field_failed(cls, "display_name", "display_name", "str", src_dict, d, _error, _kept)

        try:
            official_name = d.pop("official_name", UNSET)
            if _checking and official_name.__class__ is not str and official_name is not UNSET:
                _expect(official_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            official_name = _field_failed(cls, "official_name", "official_name", "str", src_dict, d, _error, _kept)

        try:
            mask = d.pop("mask", UNSET)
            if _checking and mask.__class__ is not str and mask is not UNSET:
                _expect(mask, "str")
        except Exception as _error:
            if not _checking:
                raise
            mask = _field_failed(cls, "mask", "mask", "str", src_dict, d, _error, _kept)

        try:

            def _parse_balance(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            balance = _parse_balance(d.pop("balance", UNSET))

            if _checking:
                _expect_one_of(
                    balance,
                    (
                        int,
                        float,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            balance = _field_failed(cls, "balance", "balance", "float | None", src_dict, d, _error, _kept)

        try:
            balance_cents = d.pop("balance_cents", UNSET)
            if _checking and balance_cents.__class__ is not int and balance_cents is not UNSET:
                _expect(balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            balance_cents = _field_failed(cls, "balance_cents", "balance_cents", "int", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            is_active = d.pop("is_active", UNSET)
            if _checking and is_active.__class__ is not bool and is_active is not UNSET:
                _expect(is_active, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_active = _field_failed(cls, "is_active", "is_active", "bool", src_dict, d, _error, _kept)

        try:
            bank_link_status = d.pop("bank_link_status", UNSET)
            if _checking and bank_link_status.__class__ is not str and bank_link_status is not UNSET:
                _expect(bank_link_status, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_link_status = _field_failed(
                cls, "bank_link_status", "bank_link_status", "str", src_dict, d, _error, _kept
            )

        try:
            business_name = d.pop("business_name", UNSET)
            if _checking and business_name.__class__ is not str and business_name is not UNSET:
                _expect(business_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_name = _field_failed(cls, "business_name", "business_name", "str", src_dict, d, _error, _kept)

        try:
            provider = d.pop("provider", UNSET)
            if _checking and provider.__class__ is not str and provider is not UNSET:
                _expect(provider, "str")
        except Exception as _error:
            if not _checking:
                raise
            provider = _field_failed(cls, "provider", "provider", "str", src_dict, d, _error, _kept)

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bank_account_connection_summary.additional_properties = d
        if _kept:
            bank_account_connection_summary._thredfi_kept = _kept
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


class BankAccountConnectionSummaryDict(TypedDict, total=False):
    """``BankAccountConnectionSummary`` as a dict (API field names): what a call accepts in its place."""

    id: str
    display_name: str
    official_name: str
    mask: str
    balance: float | None
    balance_cents: int
    currency: str
    is_active: bool
    bank_link_status: str
    business_name: str
    provider: str
    created_at: str
