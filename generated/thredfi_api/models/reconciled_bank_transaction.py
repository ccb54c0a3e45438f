from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReconciledBankTransaction")


@_attrs_define
class ReconciledBankTransaction:
    """A bank transaction this record is reconciled to (amounts in cents)

    Attributes:
        bank_transaction_id (str | Unset):
        bank_transaction_date (str | Unset):
        bank_transaction_amount_cents (int | Unset):
        bank_transaction_direction (str | Unset):
        reconciled_amount_cents (int | Unset):
        reconciliation_link_id (str | Unset):
        reconciled_at (str | Unset):
        currency (str | Unset):
        payment_type (str | Unset):
        bank_account_name (str | Unset):
        notes (str | Unset):
    """

    bank_transaction_id: str | Unset = UNSET
    bank_transaction_date: str | Unset = UNSET
    bank_transaction_amount_cents: int | Unset = UNSET
    bank_transaction_direction: str | Unset = UNSET
    reconciled_amount_cents: int | Unset = UNSET
    reconciliation_link_id: str | Unset = UNSET
    reconciled_at: str | Unset = UNSET
    currency: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    bank_account_name: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_transaction_id = self.bank_transaction_id

        bank_transaction_date = self.bank_transaction_date

        bank_transaction_amount_cents = self.bank_transaction_amount_cents

        bank_transaction_direction = self.bank_transaction_direction

        reconciled_amount_cents = self.reconciled_amount_cents

        reconciliation_link_id = self.reconciliation_link_id

        reconciled_at = self.reconciled_at

        currency = self.currency

        payment_type = self.payment_type

        bank_account_name = self.bank_account_name

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_transaction_id is not UNSET:
            field_dict["bank_transaction_id"] = bank_transaction_id
        if bank_transaction_date is not UNSET:
            field_dict["bank_transaction_date"] = bank_transaction_date
        if bank_transaction_amount_cents is not UNSET:
            field_dict["bank_transaction_amount_cents"] = bank_transaction_amount_cents
        if bank_transaction_direction is not UNSET:
            field_dict["bank_transaction_direction"] = bank_transaction_direction
        if reconciled_amount_cents is not UNSET:
            field_dict["reconciled_amount_cents"] = reconciled_amount_cents
        if reconciliation_link_id is not UNSET:
            field_dict["reconciliation_link_id"] = reconciliation_link_id
        if reconciled_at is not UNSET:
            field_dict["reconciled_at"] = reconciled_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if bank_account_name is not UNSET:
            field_dict["bank_account_name"] = bank_account_name
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_transaction_id = d.pop("bank_transaction_id", UNSET)

        bank_transaction_date = d.pop("bank_transaction_date", UNSET)

        bank_transaction_amount_cents = d.pop("bank_transaction_amount_cents", UNSET)

        bank_transaction_direction = d.pop("bank_transaction_direction", UNSET)

        reconciled_amount_cents = d.pop("reconciled_amount_cents", UNSET)

        reconciliation_link_id = d.pop("reconciliation_link_id", UNSET)

        reconciled_at = d.pop("reconciled_at", UNSET)

        currency = d.pop("currency", UNSET)

        payment_type = d.pop("payment_type", UNSET)

        bank_account_name = d.pop("bank_account_name", UNSET)

        notes = d.pop("notes", UNSET)

        reconciled_bank_transaction = cls(
            bank_transaction_id=bank_transaction_id,
            bank_transaction_date=bank_transaction_date,
            bank_transaction_amount_cents=bank_transaction_amount_cents,
            bank_transaction_direction=bank_transaction_direction,
            reconciled_amount_cents=reconciled_amount_cents,
            reconciliation_link_id=reconciliation_link_id,
            reconciled_at=reconciled_at,
            currency=currency,
            payment_type=payment_type,
            bank_account_name=bank_account_name,
            notes=notes,
        )

        reconciled_bank_transaction.additional_properties = d
        return reconciled_bank_transaction

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
