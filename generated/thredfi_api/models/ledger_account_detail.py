from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ledger_account_detail_sub_accounts_type_0_item import LedgerAccountDetailSubAccountsType0Item


T = TypeVar("T", bound="LedgerAccountDetail")


@_attrs_define
class LedgerAccountDetail:
    """A ledger account with its details

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
        description (str | Unset):
        institution_name (str | Unset):
        iban (str | Unset):
        sort_code (str | Unset):
        account_number_mask (str | Unset):
        total_debits (int | Unset): Number of debit entries
        total_credits (int | Unset): Number of credit entries
        last_entry_date (None | str | Unset):
        last_entry_reference (None | str | Unset):
        sub_accounts (list[LedgerAccountDetailSubAccountsType0Item] | None | Unset): Child accounts
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
    description: str | Unset = UNSET
    institution_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    sort_code: str | Unset = UNSET
    account_number_mask: str | Unset = UNSET
    total_debits: int | Unset = UNSET
    total_credits: int | Unset = UNSET
    last_entry_date: None | str | Unset = UNSET
    last_entry_reference: None | str | Unset = UNSET
    sub_accounts: list[LedgerAccountDetailSubAccountsType0Item] | None | Unset = UNSET
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

        description = self.description

        institution_name = self.institution_name

        iban = self.iban

        sort_code = self.sort_code

        account_number_mask = self.account_number_mask

        total_debits = self.total_debits

        total_credits = self.total_credits

        last_entry_date: None | str | Unset
        if isinstance(self.last_entry_date, Unset):
            last_entry_date = UNSET
        else:
            last_entry_date = self.last_entry_date

        last_entry_reference: None | str | Unset
        if isinstance(self.last_entry_reference, Unset):
            last_entry_reference = UNSET
        else:
            last_entry_reference = self.last_entry_reference

        sub_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_accounts, Unset):
            sub_accounts = UNSET
        elif isinstance(self.sub_accounts, list):
            sub_accounts = []
            for sub_accounts_type_0_item_data in self.sub_accounts:
                sub_accounts_type_0_item = sub_accounts_type_0_item_data.to_dict()
                sub_accounts.append(sub_accounts_type_0_item)

        else:
            sub_accounts = self.sub_accounts

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
        if description is not UNSET:
            field_dict["description"] = description
        if institution_name is not UNSET:
            field_dict["institution_name"] = institution_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if sort_code is not UNSET:
            field_dict["sort_code"] = sort_code
        if account_number_mask is not UNSET:
            field_dict["account_number_mask"] = account_number_mask
        if total_debits is not UNSET:
            field_dict["total_debits"] = total_debits
        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if last_entry_date is not UNSET:
            field_dict["last_entry_date"] = last_entry_date
        if last_entry_reference is not UNSET:
            field_dict["last_entry_reference"] = last_entry_reference
        if sub_accounts is not UNSET:
            field_dict["sub_accounts"] = sub_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_account_detail_sub_accounts_type_0_item import LedgerAccountDetailSubAccountsType0Item  # noqa: PLC0415

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

        description = d.pop("description", UNSET)

        institution_name = d.pop("institution_name", UNSET)

        iban = d.pop("iban", UNSET)

        sort_code = d.pop("sort_code", UNSET)

        account_number_mask = d.pop("account_number_mask", UNSET)

        total_debits = d.pop("total_debits", UNSET)

        total_credits = d.pop("total_credits", UNSET)

        def _parse_last_entry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_entry_date = _parse_last_entry_date(d.pop("last_entry_date", UNSET))

        def _parse_last_entry_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_entry_reference = _parse_last_entry_reference(d.pop("last_entry_reference", UNSET))

        def _parse_sub_accounts(data: object) -> list[LedgerAccountDetailSubAccountsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_accounts_type_0 = []
                _sub_accounts_type_0 = data
                for sub_accounts_type_0_item_data in _sub_accounts_type_0:
                    sub_accounts_type_0_item = LedgerAccountDetailSubAccountsType0Item.from_dict(
                        sub_accounts_type_0_item_data
                    )

                    sub_accounts_type_0.append(sub_accounts_type_0_item)

                return sub_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LedgerAccountDetailSubAccountsType0Item] | None | Unset, data)

        sub_accounts = _parse_sub_accounts(d.pop("sub_accounts", UNSET))

        ledger_account_detail = cls(
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
            description=description,
            institution_name=institution_name,
            iban=iban,
            sort_code=sort_code,
            account_number_mask=account_number_mask,
            total_debits=total_debits,
            total_credits=total_credits,
            last_entry_date=last_entry_date,
            last_entry_reference=last_entry_reference,
            sub_accounts=sub_accounts,
        )

        ledger_account_detail.additional_properties = d
        return ledger_account_detail

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
