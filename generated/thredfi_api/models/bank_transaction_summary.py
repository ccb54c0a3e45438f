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
    from ..models.bank_transaction_subcategory import BankTransactionSubcategory, BankTransactionSubcategoryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BankTransactionSubcategory
    from ..models.bank_transaction_subcategory import BankTransactionSubcategory  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BankTransactionSummary")


@_attrs_define(repr=False)
class BankTransactionSummary(ThredfiModel):
    """A bank transaction (list view). reconciliations (shape not documented) is kept in additional properties.

    Attributes:
        id (str | Unset):
        date (str | Unset):
        amount (int | Unset): Amount in cents
        display_amount (str | Unset): Formatted amount with currency symbol
        signed_amount (int | Unset): Signed amount in cents
        direction (str | Unset): credit or debit
        currency (str | Unset):
        counterparty_name (str | Unset):
        merchant_name (str | Unset):
        description (str | Unset):
        categorization_status (str | Unset):
        transaction_type (str | Unset):
        subcategory (BankTransactionSubcategory | None | Unset):
        business_id (str | Unset):
        business_name (str | Unset):
        account_id (str | Unset): Mapped ledger account id
        account_code (str | Unset):
        account_name (str | Unset):
        bank_account_connection_id (str | Unset):
        bank_account_name (str | Unset):
        bank_account_mask (str | Unset):
        bank_account_currency (str | Unset):
        is_reconciled (bool | Unset):
        reconciled_at (None | str | Unset):
        reconciled_amount_cents (int | Unset):
        remaining_amount_cents (int | Unset):
        created_at (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("date", "date"),
        ("amount", "amount"),
        ("display_amount", "display_amount"),
        ("signed_amount", "signed_amount"),
        ("direction", "direction"),
        ("currency", "currency"),
        ("counterparty_name", "counterparty_name"),
        ("merchant_name", "merchant_name"),
        ("description", "description"),
        ("categorization_status", "categorization_status"),
        ("transaction_type", "transaction_type"),
        ("subcategory", "subcategory"),
        ("business_id", "business_id"),
        ("business_name", "business_name"),
        ("account_id", "account_id"),
        ("account_code", "account_code"),
        ("account_name", "account_name"),
        ("bank_account_connection_id", "bank_account_connection_id"),
        ("bank_account_name", "bank_account_name"),
        ("bank_account_mask", "bank_account_mask"),
        ("bank_account_currency", "bank_account_currency"),
        ("is_reconciled", "is_reconciled"),
        ("reconciled_at", "reconciled_at"),
        ("reconciled_amount_cents", "reconciled_amount_cents"),
        ("remaining_amount_cents", "remaining_amount_cents"),
        ("created_at", "created_at"),
    )

    id: str | Unset = UNSET
    date: str | Unset = UNSET
    amount: int | Unset = UNSET
    display_amount: str | Unset = UNSET
    signed_amount: int | Unset = UNSET
    direction: str | Unset = UNSET
    currency: str | Unset = UNSET
    counterparty_name: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    description: str | Unset = UNSET
    categorization_status: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    subcategory: BankTransactionSubcategory | None | Unset = UNSET
    business_id: str | Unset = UNSET
    business_name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    bank_account_connection_id: str | Unset = UNSET
    bank_account_name: str | Unset = UNSET
    bank_account_mask: str | Unset = UNSET
    bank_account_currency: str | Unset = UNSET
    is_reconciled: bool | Unset = UNSET
    reconciled_at: None | str | Unset = UNSET
    reconciled_amount_cents: int | Unset = UNSET
    remaining_amount_cents: int | Unset = UNSET
    created_at: str | Unset = UNSET
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

        if _kept is None or self.date is not _kept.get("date", _kept):
            date = self.date
        else:
            date = _kept["date"]

        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.display_amount is not _kept.get("display_amount", _kept):
            display_amount = self.display_amount
        else:
            display_amount = _kept["display_amount"]

        if _kept is None or self.signed_amount is not _kept.get("signed_amount", _kept):
            signed_amount = self.signed_amount
        else:
            signed_amount = _kept["signed_amount"]

        if _kept is None or self.direction is not _kept.get("direction", _kept):
            direction = self.direction
        else:
            direction = _kept["direction"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.counterparty_name is not _kept.get("counterparty_name", _kept):
            counterparty_name = self.counterparty_name
        else:
            counterparty_name = _kept["counterparty_name"]

        if _kept is None or self.merchant_name is not _kept.get("merchant_name", _kept):
            merchant_name = self.merchant_name
        else:
            merchant_name = _kept["merchant_name"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.categorization_status is not _kept.get("categorization_status", _kept):
            categorization_status = self.categorization_status
        else:
            categorization_status = _kept["categorization_status"]

        if _kept is None or self.transaction_type is not _kept.get("transaction_type", _kept):
            transaction_type = self.transaction_type
        else:
            transaction_type = _kept["transaction_type"]

        if _kept is None or self.subcategory is not _kept.get("subcategory", _kept):
            subcategory: dict[str, Any] | None | Unset
            if isinstance(self.subcategory, Unset):
                subcategory = UNSET
            elif isinstance(self.subcategory, BankTransactionSubcategory):
                subcategory = self.subcategory.to_dict()
            else:
                subcategory = self.subcategory
        else:
            subcategory = _kept["subcategory"]

        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.business_name is not _kept.get("business_name", _kept):
            business_name = self.business_name
        else:
            business_name = _kept["business_name"]

        if _kept is None or self.account_id is not _kept.get("account_id", _kept):
            account_id = self.account_id
        else:
            account_id = _kept["account_id"]

        if _kept is None or self.account_code is not _kept.get("account_code", _kept):
            account_code = self.account_code
        else:
            account_code = _kept["account_code"]

        if _kept is None or self.account_name is not _kept.get("account_name", _kept):
            account_name = self.account_name
        else:
            account_name = _kept["account_name"]

        if _kept is None or self.bank_account_connection_id is not _kept.get("bank_account_connection_id", _kept):
            bank_account_connection_id = self.bank_account_connection_id
        else:
            bank_account_connection_id = _kept["bank_account_connection_id"]

        if _kept is None or self.bank_account_name is not _kept.get("bank_account_name", _kept):
            bank_account_name = self.bank_account_name
        else:
            bank_account_name = _kept["bank_account_name"]

        if _kept is None or self.bank_account_mask is not _kept.get("bank_account_mask", _kept):
            bank_account_mask = self.bank_account_mask
        else:
            bank_account_mask = _kept["bank_account_mask"]

        if _kept is None or self.bank_account_currency is not _kept.get("bank_account_currency", _kept):
            bank_account_currency = self.bank_account_currency
        else:
            bank_account_currency = _kept["bank_account_currency"]

        if _kept is None or self.is_reconciled is not _kept.get("is_reconciled", _kept):
            is_reconciled = self.is_reconciled
        else:
            is_reconciled = _kept["is_reconciled"]

        if _kept is None or self.reconciled_at is not _kept.get("reconciled_at", _kept):
            reconciled_at: None | str | Unset
            if isinstance(self.reconciled_at, Unset):
                reconciled_at = UNSET
            else:
                reconciled_at = self.reconciled_at
        else:
            reconciled_at = _kept["reconciled_at"]

        if _kept is None or self.reconciled_amount_cents is not _kept.get("reconciled_amount_cents", _kept):
            reconciled_amount_cents = self.reconciled_amount_cents
        else:
            reconciled_amount_cents = _kept["reconciled_amount_cents"]

        if _kept is None or self.remaining_amount_cents is not _kept.get("remaining_amount_cents", _kept):
            remaining_amount_cents = self.remaining_amount_cents
        else:
            remaining_amount_cents = _kept["remaining_amount_cents"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if display_amount is not UNSET:
            field_dict["display_amount"] = display_amount
        if signed_amount is not UNSET:
            field_dict["signed_amount"] = signed_amount
        if direction is not UNSET:
            field_dict["direction"] = direction
        if currency is not UNSET:
            field_dict["currency"] = currency
        if counterparty_name is not UNSET:
            field_dict["counterparty_name"] = counterparty_name
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if description is not UNSET:
            field_dict["description"] = description
        if categorization_status is not UNSET:
            field_dict["categorization_status"] = categorization_status
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_code is not UNSET:
            field_dict["account_code"] = account_code
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if bank_account_connection_id is not UNSET:
            field_dict["bank_account_connection_id"] = bank_account_connection_id
        if bank_account_name is not UNSET:
            field_dict["bank_account_name"] = bank_account_name
        if bank_account_mask is not UNSET:
            field_dict["bank_account_mask"] = bank_account_mask
        if bank_account_currency is not UNSET:
            field_dict["bank_account_currency"] = bank_account_currency
        if is_reconciled is not UNSET:
            field_dict["is_reconciled"] = is_reconciled
        if reconciled_at is not UNSET:
            field_dict["reconciled_at"] = reconciled_at
        if reconciled_amount_cents is not UNSET:
            field_dict["reconciled_amount_cents"] = reconciled_amount_cents
        if remaining_amount_cents is not UNSET:
            field_dict["remaining_amount_cents"] = remaining_amount_cents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
            date = d.pop("date", UNSET)
            if _checking and date.__class__ is not str and date is not UNSET:
                _expect(date, "str")
        except Exception as _error:
            if not _checking:
                raise
            date = _field_failed(cls, "date", "date", "str", src_dict, d, _error, _kept)

        try:
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:
            display_amount = d.pop("display_amount", UNSET)
            if _checking and display_amount.__class__ is not str and display_amount is not UNSET:
                _expect(display_amount, "str")
        except Exception as _error:
            if not _checking:
                raise
            display_amount = _field_failed(cls, "display_amount", "display_amount", "str", src_dict, d, _error, _kept)

        try:
            signed_amount = d.pop("signed_amount", UNSET)
            if _checking and signed_amount.__class__ is not int and signed_amount is not UNSET:
                _expect(signed_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            signed_amount = _field_failed(cls, "signed_amount", "signed_amount", "int", src_dict, d, _error, _kept)

        try:
            direction = d.pop("direction", UNSET)
            if _checking and direction.__class__ is not str and direction is not UNSET:
                _expect(direction, "str")
        except Exception as _error:
            if not _checking:
                raise
            direction = _field_failed(cls, "direction", "direction", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            counterparty_name = d.pop("counterparty_name", UNSET)
            if _checking and counterparty_name.__class__ is not str and counterparty_name is not UNSET:
                _expect(counterparty_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            counterparty_name = _field_failed(
                cls, "counterparty_name", "counterparty_name", "str", src_dict, d, _error, _kept
            )

        try:
            merchant_name = d.pop("merchant_name", UNSET)
            if _checking and merchant_name.__class__ is not str and merchant_name is not UNSET:
                _expect(merchant_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            merchant_name = _field_failed(cls, "merchant_name", "merchant_name", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            categorization_status = d.pop("categorization_status", UNSET)
            if _checking and categorization_status.__class__ is not str and categorization_status is not UNSET:
                _expect(categorization_status, "str")
        except Exception as _error:
            if not _checking:
                raise
            categorization_status = _field_failed(
                cls, "categorization_status", "categorization_status", "str", src_dict, d, _error, _kept
            )

        try:
            transaction_type = d.pop("transaction_type", UNSET)
            if _checking and transaction_type.__class__ is not str and transaction_type is not UNSET:
                _expect(transaction_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            transaction_type = _field_failed(
                cls, "transaction_type", "transaction_type", "str", src_dict, d, _error, _kept
            )

        try:

            def _parse_subcategory(data: object) -> BankTransactionSubcategory | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subcategory_type_1 = BankTransactionSubcategory.from_dict(data)

                    return subcategory_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BankTransactionSubcategory | None | Unset, data)

            subcategory = _parse_subcategory(d.pop("subcategory", UNSET))

            if _checking:
                _expect_one_of(
                    subcategory,
                    (
                        type(None),
                        BankTransactionSubcategory,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            subcategory = _field_failed(
                cls, "subcategory", "subcategory", "BankTransactionSubcategory | None", src_dict, d, _error, _kept
            )

        try:
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            business_name = d.pop("business_name", UNSET)
            if _checking and business_name.__class__ is not str and business_name is not UNSET:
                _expect(business_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_name = _field_failed(cls, "business_name", "business_name", "str", src_dict, d, _error, _kept)

        try:
            account_id = d.pop("account_id", UNSET)
            if _checking and account_id.__class__ is not str and account_id is not UNSET:
                _expect(account_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_id = _field_failed(cls, "account_id", "account_id", "str", src_dict, d, _error, _kept)

        try:
            account_code = d.pop("account_code", UNSET)
            if _checking and account_code.__class__ is not str and account_code is not UNSET:
                _expect(account_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_code = _field_failed(cls, "account_code", "account_code", "str", src_dict, d, _error, _kept)

        try:
            account_name = d.pop("account_name", UNSET)
            if _checking and account_name.__class__ is not str and account_name is not UNSET:
                _expect(account_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_name = _field_failed(cls, "account_name", "account_name", "str", src_dict, d, _error, _kept)

        try:
            bank_account_connection_id = d.pop("bank_account_connection_id", UNSET)
            if (
                _checking
                and bank_account_connection_id.__class__ is not str
                and bank_account_connection_id is not UNSET
            ):
                _expect(bank_account_connection_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_account_connection_id = _field_failed(
                cls, "bank_account_connection_id", "bank_account_connection_id", "str", src_dict, d, _error, _kept
            )

        try:
            bank_account_name = d.pop("bank_account_name", UNSET)
            if _checking and bank_account_name.__class__ is not str and bank_account_name is not UNSET:
                _expect(bank_account_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_account_name = _field_failed(
                cls, "bank_account_name", "bank_account_name", "str", src_dict, d, _error, _kept
            )

        try:
            bank_account_mask = d.pop("bank_account_mask", UNSET)
            if _checking and bank_account_mask.__class__ is not str and bank_account_mask is not UNSET:
                _expect(bank_account_mask, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_account_mask = _field_failed(
                cls, "bank_account_mask", "bank_account_mask", "str", src_dict, d, _error, _kept
            )

        try:
            bank_account_currency = d.pop("bank_account_currency", UNSET)
            if _checking and bank_account_currency.__class__ is not str and bank_account_currency is not UNSET:
                _expect(bank_account_currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_account_currency = _field_failed(
                cls, "bank_account_currency", "bank_account_currency", "str", src_dict, d, _error, _kept
            )

        try:
            is_reconciled = d.pop("is_reconciled", UNSET)
            if _checking and is_reconciled.__class__ is not bool and is_reconciled is not UNSET:
                _expect(is_reconciled, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_reconciled = _field_failed(cls, "is_reconciled", "is_reconciled", "bool", src_dict, d, _error, _kept)

        try:

            def _parse_reconciled_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reconciled_at = _parse_reconciled_at(d.pop("reconciled_at", UNSET))

            if _checking:
                _expect_one_of(
                    reconciled_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            reconciled_at = _field_failed(
                cls, "reconciled_at", "reconciled_at", "None | str", src_dict, d, _error, _kept
            )

        try:
            reconciled_amount_cents = d.pop("reconciled_amount_cents", UNSET)
            if _checking and reconciled_amount_cents.__class__ is not int and reconciled_amount_cents is not UNSET:
                _expect(reconciled_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            reconciled_amount_cents = _field_failed(
                cls, "reconciled_amount_cents", "reconciled_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            remaining_amount_cents = d.pop("remaining_amount_cents", UNSET)
            if _checking and remaining_amount_cents.__class__ is not int and remaining_amount_cents is not UNSET:
                _expect(remaining_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            remaining_amount_cents = _field_failed(
                cls, "remaining_amount_cents", "remaining_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        bank_transaction_summary = cls(
            id=id,
            date=date,
            amount=amount,
            display_amount=display_amount,
            signed_amount=signed_amount,
            direction=direction,
            currency=currency,
            counterparty_name=counterparty_name,
            merchant_name=merchant_name,
            description=description,
            categorization_status=categorization_status,
            transaction_type=transaction_type,
            subcategory=subcategory,
            business_id=business_id,
            business_name=business_name,
            account_id=account_id,
            account_code=account_code,
            account_name=account_name,
            bank_account_connection_id=bank_account_connection_id,
            bank_account_name=bank_account_name,
            bank_account_mask=bank_account_mask,
            bank_account_currency=bank_account_currency,
            is_reconciled=is_reconciled,
            reconciled_at=reconciled_at,
            reconciled_amount_cents=reconciled_amount_cents,
            remaining_amount_cents=remaining_amount_cents,
            created_at=created_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bank_transaction_summary.additional_properties = d
        if _kept:
            bank_transaction_summary._thredfi_kept = _kept
        return bank_transaction_summary

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


class BankTransactionSummaryDict(TypedDict, total=False):
    """``BankTransactionSummary`` as a dict (API field names): what a call accepts in its place."""

    id: str
    date: str
    amount: int
    display_amount: str
    signed_amount: int
    direction: str
    currency: str
    counterparty_name: str
    merchant_name: str
    description: str
    categorization_status: str
    transaction_type: str
    subcategory: None | BankTransactionSubcategory | BankTransactionSubcategoryDict
    business_id: str
    business_name: str
    account_id: str
    account_code: str
    account_name: str
    bank_account_connection_id: str
    bank_account_name: str
    bank_account_mask: str
    bank_account_currency: str
    is_reconciled: bool
    reconciled_at: str | None
    reconciled_amount_cents: int
    remaining_amount_cents: int
    created_at: str
