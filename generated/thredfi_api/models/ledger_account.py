from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerAccount")


@_attrs_define
class LedgerAccount:
    """A chart of accounts entry with its balances

    Attributes:
        id (str | Unset):
        code (str | Unset):
        name (str | Unset):
        currency (str | Unset):
        account_type (str | Unset): asset, liability, equity, revenue or expense
        account_type_display (str | Unset):
        account_subtype (str | Unset):
        account_subtype_display (str | Unset):
        parent_account_code (None | str | Unset):
        current_balance (int | Unset): Cents
        current_balance_formatted (str | Unset):
        debit_balance (int | Unset): Cents
        credit_balance (int | Unset): Cents
        period_balance (int | None | Unset): Cents, when period filters are given
        period_balance_formatted (None | str | Unset):
        has_children (bool | Unset):
        hierarchy_level (int | Unset): Depth in the tree (0 = root)
        is_active (bool | Unset):
    """

    id: str | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    account_type: str | Unset = UNSET
    account_type_display: str | Unset = UNSET
    account_subtype: str | Unset = UNSET
    account_subtype_display: str | Unset = UNSET
    parent_account_code: None | str | Unset = UNSET
    current_balance: int | Unset = UNSET
    current_balance_formatted: str | Unset = UNSET
    debit_balance: int | Unset = UNSET
    credit_balance: int | Unset = UNSET
    period_balance: int | None | Unset = UNSET
    period_balance_formatted: None | str | Unset = UNSET
    has_children: bool | Unset = UNSET
    hierarchy_level: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        name = self.name

        currency = self.currency

        account_type = self.account_type

        account_type_display = self.account_type_display

        account_subtype = self.account_subtype

        account_subtype_display = self.account_subtype_display

        parent_account_code: None | str | Unset
        if isinstance(self.parent_account_code, Unset):
            parent_account_code = UNSET
        else:
            parent_account_code = self.parent_account_code

        current_balance = self.current_balance

        current_balance_formatted = self.current_balance_formatted

        debit_balance = self.debit_balance

        credit_balance = self.credit_balance

        period_balance: int | None | Unset
        if isinstance(self.period_balance, Unset):
            period_balance = UNSET
        else:
            period_balance = self.period_balance

        period_balance_formatted: None | str | Unset
        if isinstance(self.period_balance_formatted, Unset):
            period_balance_formatted = UNSET
        else:
            period_balance_formatted = self.period_balance_formatted

        has_children = self.has_children

        hierarchy_level = self.hierarchy_level

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if account_type_display is not UNSET:
            field_dict["account_type_display"] = account_type_display
        if account_subtype is not UNSET:
            field_dict["account_subtype"] = account_subtype
        if account_subtype_display is not UNSET:
            field_dict["account_subtype_display"] = account_subtype_display
        if parent_account_code is not UNSET:
            field_dict["parent_account_code"] = parent_account_code
        if current_balance is not UNSET:
            field_dict["current_balance"] = current_balance
        if current_balance_formatted is not UNSET:
            field_dict["current_balance_formatted"] = current_balance_formatted
        if debit_balance is not UNSET:
            field_dict["debit_balance"] = debit_balance
        if credit_balance is not UNSET:
            field_dict["credit_balance"] = credit_balance
        if period_balance is not UNSET:
            field_dict["period_balance"] = period_balance
        if period_balance_formatted is not UNSET:
            field_dict["period_balance_formatted"] = period_balance_formatted
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if hierarchy_level is not UNSET:
            field_dict["hierarchy_level"] = hierarchy_level
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        account_type = d.pop("account_type", UNSET)

        account_type_display = d.pop("account_type_display", UNSET)

        account_subtype = d.pop("account_subtype", UNSET)

        account_subtype_display = d.pop("account_subtype_display", UNSET)

        def _parse_parent_account_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_account_code = _parse_parent_account_code(d.pop("parent_account_code", UNSET))

        current_balance = d.pop("current_balance", UNSET)

        current_balance_formatted = d.pop("current_balance_formatted", UNSET)

        debit_balance = d.pop("debit_balance", UNSET)

        credit_balance = d.pop("credit_balance", UNSET)

        def _parse_period_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_balance = _parse_period_balance(d.pop("period_balance", UNSET))

        def _parse_period_balance_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_balance_formatted = _parse_period_balance_formatted(d.pop("period_balance_formatted", UNSET))

        has_children = d.pop("has_children", UNSET)

        hierarchy_level = d.pop("hierarchy_level", UNSET)

        is_active = d.pop("is_active", UNSET)

        ledger_account = cls(
            id=id,
            code=code,
            name=name,
            currency=currency,
            account_type=account_type,
            account_type_display=account_type_display,
            account_subtype=account_subtype,
            account_subtype_display=account_subtype_display,
            parent_account_code=parent_account_code,
            current_balance=current_balance,
            current_balance_formatted=current_balance_formatted,
            debit_balance=debit_balance,
            credit_balance=credit_balance,
            period_balance=period_balance,
            period_balance_formatted=period_balance_formatted,
            has_children=has_children,
            hierarchy_level=hierarchy_level,
            is_active=is_active,
        )

        ledger_account.additional_properties = d
        return ledger_account

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
