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
    from ..models.ledger_account_detail_sub_accounts_type_0_item import (
        LedgerAccountDetailSubAccountsType0Item,
        LedgerAccountDetailSubAccountsType0ItemDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LedgerAccountDetailSubAccountsType0Item
    from ..models.ledger_account_detail_sub_accounts_type_0_item import LedgerAccountDetailSubAccountsType0Item  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="LedgerAccountDetail")


@_attrs_define(repr=False)
class LedgerAccountDetail(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code", "code"),
        ("name", "name"),
        ("currency", "currency"),
        ("account_type", "account_type"),
        ("account_type_display", "account_type_display"),
        ("account_subtype", "account_subtype"),
        ("account_subtype_display", "account_subtype_display"),
        ("parent_account_code", "parent_account_code"),
        ("current_balance", "current_balance"),
        ("current_balance_formatted", "current_balance_formatted"),
        ("debit_balance", "debit_balance"),
        ("credit_balance", "credit_balance"),
        ("period_balance", "period_balance"),
        ("period_balance_formatted", "period_balance_formatted"),
        ("has_children", "has_children"),
        ("hierarchy_level", "hierarchy_level"),
        ("is_active", "is_active"),
        ("description", "description"),
        ("institution_name", "institution_name"),
        ("iban", "iban"),
        ("sort_code", "sort_code"),
        ("account_number_mask", "account_number_mask"),
        ("total_debits", "total_debits"),
        ("total_credits", "total_credits"),
        ("last_entry_date", "last_entry_date"),
        ("last_entry_reference", "last_entry_reference"),
        ("sub_accounts", "sub_accounts"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.code is not _kept.get("code", _kept):
            code = self.code
        else:
            code = _kept["code"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.account_type is not _kept.get("account_type", _kept):
            account_type = self.account_type
        else:
            account_type = _kept["account_type"]

        if _kept is None or self.account_type_display is not _kept.get("account_type_display", _kept):
            account_type_display = self.account_type_display
        else:
            account_type_display = _kept["account_type_display"]

        if _kept is None or self.account_subtype is not _kept.get("account_subtype", _kept):
            account_subtype = self.account_subtype
        else:
            account_subtype = _kept["account_subtype"]

        if _kept is None or self.account_subtype_display is not _kept.get("account_subtype_display", _kept):
            account_subtype_display = self.account_subtype_display
        else:
            account_subtype_display = _kept["account_subtype_display"]

        if _kept is None or self.parent_account_code is not _kept.get("parent_account_code", _kept):
            parent_account_code: None | str | Unset
            if isinstance(self.parent_account_code, Unset):
                parent_account_code = UNSET
            else:
                parent_account_code = self.parent_account_code
        else:
            parent_account_code = _kept["parent_account_code"]

        if _kept is None or self.current_balance is not _kept.get("current_balance", _kept):
            current_balance = self.current_balance
        else:
            current_balance = _kept["current_balance"]

        if _kept is None or self.current_balance_formatted is not _kept.get("current_balance_formatted", _kept):
            current_balance_formatted = self.current_balance_formatted
        else:
            current_balance_formatted = _kept["current_balance_formatted"]

        if _kept is None or self.debit_balance is not _kept.get("debit_balance", _kept):
            debit_balance = self.debit_balance
        else:
            debit_balance = _kept["debit_balance"]

        if _kept is None or self.credit_balance is not _kept.get("credit_balance", _kept):
            credit_balance = self.credit_balance
        else:
            credit_balance = _kept["credit_balance"]

        if _kept is None or self.period_balance is not _kept.get("period_balance", _kept):
            period_balance: int | None | Unset
            if isinstance(self.period_balance, Unset):
                period_balance = UNSET
            else:
                period_balance = self.period_balance
        else:
            period_balance = _kept["period_balance"]

        if _kept is None or self.period_balance_formatted is not _kept.get("period_balance_formatted", _kept):
            period_balance_formatted: None | str | Unset
            if isinstance(self.period_balance_formatted, Unset):
                period_balance_formatted = UNSET
            else:
                period_balance_formatted = self.period_balance_formatted
        else:
            period_balance_formatted = _kept["period_balance_formatted"]

        if _kept is None or self.has_children is not _kept.get("has_children", _kept):
            has_children = self.has_children
        else:
            has_children = _kept["has_children"]

        if _kept is None or self.hierarchy_level is not _kept.get("hierarchy_level", _kept):
            hierarchy_level = self.hierarchy_level
        else:
            hierarchy_level = _kept["hierarchy_level"]

        if _kept is None or self.is_active is not _kept.get("is_active", _kept):
            is_active = self.is_active
        else:
            is_active = _kept["is_active"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.institution_name is not _kept.get("institution_name", _kept):
            institution_name = self.institution_name
        else:
            institution_name = _kept["institution_name"]

        if _kept is None or self.iban is not _kept.get("iban", _kept):
            iban = self.iban
        else:
            iban = _kept["iban"]

        if _kept is None or self.sort_code is not _kept.get("sort_code", _kept):
            sort_code = self.sort_code
        else:
            sort_code = _kept["sort_code"]

        if _kept is None or self.account_number_mask is not _kept.get("account_number_mask", _kept):
            account_number_mask = self.account_number_mask
        else:
            account_number_mask = _kept["account_number_mask"]

        if _kept is None or self.total_debits is not _kept.get("total_debits", _kept):
            total_debits = self.total_debits
        else:
            total_debits = _kept["total_debits"]

        if _kept is None or self.total_credits is not _kept.get("total_credits", _kept):
            total_credits = self.total_credits
        else:
            total_credits = _kept["total_credits"]

        if _kept is None or self.last_entry_date is not _kept.get("last_entry_date", _kept):
            last_entry_date: None | str | Unset
            if isinstance(self.last_entry_date, Unset):
                last_entry_date = UNSET
            else:
                last_entry_date = self.last_entry_date
        else:
            last_entry_date = _kept["last_entry_date"]

        if _kept is None or self.last_entry_reference is not _kept.get("last_entry_reference", _kept):
            last_entry_reference: None | str | Unset
            if isinstance(self.last_entry_reference, Unset):
                last_entry_reference = UNSET
            else:
                last_entry_reference = self.last_entry_reference
        else:
            last_entry_reference = _kept["last_entry_reference"]

        if _kept is None or self.sub_accounts is not _kept.get("sub_accounts", _kept):
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
        else:
            sub_accounts = _kept["sub_accounts"]

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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

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

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            account_type = d.pop("account_type", UNSET)
            if _checking and account_type.__class__ is not str and account_type is not UNSET:
                _expect(account_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_type = _field_failed(cls, "account_type", "account_type", "str", src_dict, d, _error, _kept)

        try:
            account_type_display = d.pop("account_type_display", UNSET)
            if _checking and account_type_display.__class__ is not str and account_type_display is not UNSET:
                _expect(account_type_display, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_type_display = _field_failed(
                cls, "account_type_display", "account_type_display", "str", src_dict, d, _error, _kept
            )

        try:
            account_subtype = d.pop("account_subtype", UNSET)
            if _checking and account_subtype.__class__ is not str and account_subtype is not UNSET:
                _expect(account_subtype, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_subtype = _field_failed(
                cls, "account_subtype", "account_subtype", "str", src_dict, d, _error, _kept
            )

        try:
            account_subtype_display = d.pop("account_subtype_display", UNSET)
            if _checking and account_subtype_display.__class__ is not str and account_subtype_display is not UNSET:
                _expect(account_subtype_display, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_subtype_display = _field_failed(
                cls, "account_subtype_display", "account_subtype_display", "str", src_dict, d, _error, _kept
            )

        try:

            def _parse_parent_account_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            parent_account_code = _parse_parent_account_code(d.pop("parent_account_code", UNSET))

            if _checking:
                _expect_one_of(
                    parent_account_code,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            parent_account_code = _field_failed(
                cls, "parent_account_code", "parent_account_code", "None | str", src_dict, d, _error, _kept
            )

        try:
            current_balance = d.pop("current_balance", UNSET)
            if _checking and current_balance.__class__ is not int and current_balance is not UNSET:
                _expect(current_balance, "int")
        except Exception as _error:
            if not _checking:
                raise
            current_balance = _field_failed(
                cls, "current_balance", "current_balance", "int", src_dict, d, _error, _kept
            )

        try:
            current_balance_formatted = d.pop("current_balance_formatted", UNSET)
            if _checking and current_balance_formatted.__class__ is not str and current_balance_formatted is not UNSET:
                _expect(current_balance_formatted, "str")
        except Exception as _error:
            if not _checking:
                raise
            current_balance_formatted = _field_failed(
                cls, "current_balance_formatted", "current_balance_formatted", "str", src_dict, d, _error, _kept
            )

        try:
            debit_balance = d.pop("debit_balance", UNSET)
            if _checking and debit_balance.__class__ is not int and debit_balance is not UNSET:
                _expect(debit_balance, "int")
        except Exception as _error:
            if not _checking:
                raise
            debit_balance = _field_failed(cls, "debit_balance", "debit_balance", "int", src_dict, d, _error, _kept)

        try:
            credit_balance = d.pop("credit_balance", UNSET)
            if _checking and credit_balance.__class__ is not int and credit_balance is not UNSET:
                _expect(credit_balance, "int")
        except Exception as _error:
            if not _checking:
                raise
            credit_balance = _field_failed(cls, "credit_balance", "credit_balance", "int", src_dict, d, _error, _kept)

        try:

            def _parse_period_balance(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            period_balance = _parse_period_balance(d.pop("period_balance", UNSET))

            if _checking:
                _expect_one_of(
                    period_balance,
                    (
                        int,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            period_balance = _field_failed(
                cls, "period_balance", "period_balance", "int | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_period_balance_formatted(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            period_balance_formatted = _parse_period_balance_formatted(d.pop("period_balance_formatted", UNSET))

            if _checking:
                _expect_one_of(
                    period_balance_formatted,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            period_balance_formatted = _field_failed(
                cls, "period_balance_formatted", "period_balance_formatted", "None | str", src_dict, d, _error, _kept
            )

        try:
            has_children = d.pop("has_children", UNSET)
            if _checking and has_children.__class__ is not bool and has_children is not UNSET:
                _expect(has_children, "bool")
        except Exception as _error:
            if not _checking:
                raise
            has_children = _field_failed(cls, "has_children", "has_children", "bool", src_dict, d, _error, _kept)

        try:
            hierarchy_level = d.pop("hierarchy_level", UNSET)
            if _checking and hierarchy_level.__class__ is not int and hierarchy_level is not UNSET:
                _expect(hierarchy_level, "int")
        except Exception as _error:
            if not _checking:
                raise
            hierarchy_level = _field_failed(
                cls, "hierarchy_level", "hierarchy_level", "int", src_dict, d, _error, _kept
            )

        try:
            is_active = d.pop("is_active", UNSET)
            if _checking and is_active.__class__ is not bool and is_active is not UNSET:
                _expect(is_active, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_active = _field_failed(cls, "is_active", "is_active", "bool", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            institution_name = d.pop("institution_name", UNSET)
            if _checking and institution_name.__class__ is not str and institution_name is not UNSET:
                _expect(institution_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            institution_name = _field_failed(
                cls, "institution_name", "institution_name", "str", src_dict, d, _error, _kept
            )

        try:
            iban = d.pop("iban", UNSET)
            if _checking and iban.__class__ is not str and iban is not UNSET:
                _expect(iban, "str")
        except Exception as _error:
            if not _checking:
                raise
            iban = _field_failed(cls, "iban", "iban", "str", src_dict, d, _error, _kept)

        try:
            sort_code = d.pop("sort_code", UNSET)
            if _checking and sort_code.__class__ is not str and sort_code is not UNSET:
                _expect(sort_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            sort_code = _field_failed(cls, "sort_code", "sort_code", "str", src_dict, d, _error, _kept)

        try:
            account_number_mask = d.pop("account_number_mask", UNSET)
            if _checking and account_number_mask.__class__ is not str and account_number_mask is not UNSET:
                _expect(account_number_mask, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_number_mask = _field_failed(
                cls, "account_number_mask", "account_number_mask", "str", src_dict, d, _error, _kept
            )

        try:
            total_debits = d.pop("total_debits", UNSET)
            if _checking and total_debits.__class__ is not int and total_debits is not UNSET:
                _expect(total_debits, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_debits = _field_failed(cls, "total_debits", "total_debits", "int", src_dict, d, _error, _kept)

        try:
            total_credits = d.pop("total_credits", UNSET)
            if _checking and total_credits.__class__ is not int and total_credits is not UNSET:
                _expect(total_credits, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_credits = _field_failed(cls, "total_credits", "total_credits", "int", src_dict, d, _error, _kept)

        try:

            def _parse_last_entry_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_entry_date = _parse_last_entry_date(d.pop("last_entry_date", UNSET))

            if _checking:
                _expect_one_of(
                    last_entry_date,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            last_entry_date = _field_failed(
                cls, "last_entry_date", "last_entry_date", "None | str", src_dict, d, _error, _kept
            )

        try:

            def _parse_last_entry_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_entry_reference = _parse_last_entry_reference(d.pop("last_entry_reference", UNSET))

            if _checking:
                _expect_one_of(
                    last_entry_reference,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            last_entry_reference = _field_failed(
                cls, "last_entry_reference", "last_entry_reference", "None | str", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    sub_accounts,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            sub_accounts = _field_failed(
                cls,
                "sub_accounts",
                "sub_accounts",
                "list[LedgerAccountDetailSubAccountsType0Item] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        ledger_account_detail.additional_properties = d
        if _kept:
            ledger_account_detail._thredfi_kept = _kept
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


class LedgerAccountDetailDict(TypedDict, total=False):
    """``LedgerAccountDetail`` as a dict (API field names): what a call accepts in its place."""

    id: str
    code: str
    name: str
    currency: str
    account_type: str
    account_type_display: str
    account_subtype: str
    account_subtype_display: str
    parent_account_code: str | None
    current_balance: int
    current_balance_formatted: str
    debit_balance: int
    credit_balance: int
    period_balance: int | None
    period_balance_formatted: str | None
    has_children: bool
    hierarchy_level: int
    is_active: bool
    description: str
    institution_name: str
    iban: str
    sort_code: str
    account_number_mask: str
    total_debits: int
    total_credits: int
    last_entry_date: str | None
    last_entry_reference: str | None
    sub_accounts: list[LedgerAccountDetailSubAccountsType0Item | LedgerAccountDetailSubAccountsType0ItemDict] | None
