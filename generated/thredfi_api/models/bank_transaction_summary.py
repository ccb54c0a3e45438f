from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_transaction_subcategory import BankTransactionSubcategory


T = TypeVar("T", bound="BankTransactionSummary")


@_attrs_define
class BankTransactionSummary:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_transaction_subcategory import BankTransactionSubcategory  # noqa: PLC0415

        id = self.id

        date = self.date

        amount = self.amount

        display_amount = self.display_amount

        signed_amount = self.signed_amount

        direction = self.direction

        currency = self.currency

        counterparty_name = self.counterparty_name

        merchant_name = self.merchant_name

        description = self.description

        categorization_status = self.categorization_status

        transaction_type = self.transaction_type

        subcategory: dict[str, Any] | None | Unset
        if isinstance(self.subcategory, Unset):
            subcategory = UNSET
        elif isinstance(self.subcategory, BankTransactionSubcategory):
            subcategory = self.subcategory.to_dict()
        else:
            subcategory = self.subcategory

        business_id = self.business_id

        business_name = self.business_name

        account_id = self.account_id

        account_code = self.account_code

        account_name = self.account_name

        bank_account_connection_id = self.bank_account_connection_id

        bank_account_name = self.bank_account_name

        bank_account_mask = self.bank_account_mask

        bank_account_currency = self.bank_account_currency

        is_reconciled = self.is_reconciled

        reconciled_at: None | str | Unset
        if isinstance(self.reconciled_at, Unset):
            reconciled_at = UNSET
        else:
            reconciled_at = self.reconciled_at

        reconciled_amount_cents = self.reconciled_amount_cents

        remaining_amount_cents = self.remaining_amount_cents

        created_at = self.created_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_transaction_subcategory import BankTransactionSubcategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        date = d.pop("date", UNSET)

        amount = d.pop("amount", UNSET)

        display_amount = d.pop("display_amount", UNSET)

        signed_amount = d.pop("signed_amount", UNSET)

        direction = d.pop("direction", UNSET)

        currency = d.pop("currency", UNSET)

        counterparty_name = d.pop("counterparty_name", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        description = d.pop("description", UNSET)

        categorization_status = d.pop("categorization_status", UNSET)

        transaction_type = d.pop("transaction_type", UNSET)

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

        business_id = d.pop("business_id", UNSET)

        business_name = d.pop("business_name", UNSET)

        account_id = d.pop("account_id", UNSET)

        account_code = d.pop("account_code", UNSET)

        account_name = d.pop("account_name", UNSET)

        bank_account_connection_id = d.pop("bank_account_connection_id", UNSET)

        bank_account_name = d.pop("bank_account_name", UNSET)

        bank_account_mask = d.pop("bank_account_mask", UNSET)

        bank_account_currency = d.pop("bank_account_currency", UNSET)

        is_reconciled = d.pop("is_reconciled", UNSET)

        def _parse_reconciled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reconciled_at = _parse_reconciled_at(d.pop("reconciled_at", UNSET))

        reconciled_amount_cents = d.pop("reconciled_amount_cents", UNSET)

        remaining_amount_cents = d.pop("remaining_amount_cents", UNSET)

        created_at = d.pop("created_at", UNSET)

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

        bank_transaction_summary.additional_properties = d
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
