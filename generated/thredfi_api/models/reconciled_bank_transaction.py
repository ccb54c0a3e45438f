from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReconciledBankTransaction")


@_attrs_define(repr=False)
class ReconciledBankTransaction(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bank_transaction_id", "bank_transaction_id"),
        ("bank_transaction_date", "bank_transaction_date"),
        ("bank_transaction_amount_cents", "bank_transaction_amount_cents"),
        ("bank_transaction_direction", "bank_transaction_direction"),
        ("reconciled_amount_cents", "reconciled_amount_cents"),
        ("reconciliation_link_id", "reconciliation_link_id"),
        ("reconciled_at", "reconciled_at"),
        ("currency", "currency"),
        ("payment_type", "payment_type"),
        ("bank_account_name", "bank_account_name"),
        ("notes", "notes"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.bank_transaction_id is not _kept.get("bank_transaction_id", _kept):
            bank_transaction_id = self.bank_transaction_id
        else:
            bank_transaction_id = _kept["bank_transaction_id"]

        if _kept is None or self.bank_transaction_date is not _kept.get("bank_transaction_date", _kept):
            bank_transaction_date = self.bank_transaction_date
        else:
            bank_transaction_date = _kept["bank_transaction_date"]

        if _kept is None or self.bank_transaction_amount_cents is not _kept.get("bank_transaction_amount_cents", _kept):
            bank_transaction_amount_cents = self.bank_transaction_amount_cents
        else:
            bank_transaction_amount_cents = _kept["bank_transaction_amount_cents"]

        if _kept is None or self.bank_transaction_direction is not _kept.get("bank_transaction_direction", _kept):
            bank_transaction_direction = self.bank_transaction_direction
        else:
            bank_transaction_direction = _kept["bank_transaction_direction"]

        if _kept is None or self.reconciled_amount_cents is not _kept.get("reconciled_amount_cents", _kept):
            reconciled_amount_cents = self.reconciled_amount_cents
        else:
            reconciled_amount_cents = _kept["reconciled_amount_cents"]

        if _kept is None or self.reconciliation_link_id is not _kept.get("reconciliation_link_id", _kept):
            reconciliation_link_id = self.reconciliation_link_id
        else:
            reconciliation_link_id = _kept["reconciliation_link_id"]

        if _kept is None or self.reconciled_at is not _kept.get("reconciled_at", _kept):
            reconciled_at = self.reconciled_at
        else:
            reconciled_at = _kept["reconciled_at"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.payment_type is not _kept.get("payment_type", _kept):
            payment_type = self.payment_type
        else:
            payment_type = _kept["payment_type"]

        if _kept is None or self.bank_account_name is not _kept.get("bank_account_name", _kept):
            bank_account_name = self.bank_account_name
        else:
            bank_account_name = _kept["bank_account_name"]

        if _kept is None or self.notes is not _kept.get("notes", _kept):
            notes = self.notes
        else:
            notes = _kept["notes"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            bank_transaction_id = d.pop("bank_transaction_id", UNSET)
            if _checking and bank_transaction_id.__class__ is not str and bank_transaction_id is not UNSET:
                _expect(bank_transaction_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_transaction_id = _field_failed(
                cls, "bank_transaction_id", "bank_transaction_id", "str", src_dict, d, _error, _kept
            )

        try:
            bank_transaction_date = d.pop("bank_transaction_date", UNSET)
            if _checking and bank_transaction_date.__class__ is not str and bank_transaction_date is not UNSET:
                _expect(bank_transaction_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_transaction_date = _field_failed(
                cls, "bank_transaction_date", "bank_transaction_date", "str", src_dict, d, _error, _kept
            )

        try:
            bank_transaction_amount_cents = d.pop("bank_transaction_amount_cents", UNSET)
            if (
                _checking
                and bank_transaction_amount_cents.__class__ is not int
                and bank_transaction_amount_cents is not UNSET
            ):
                _expect(bank_transaction_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            bank_transaction_amount_cents = _field_failed(
                cls, "bank_transaction_amount_cents", "bank_transaction_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            bank_transaction_direction = d.pop("bank_transaction_direction", UNSET)
            if (
                _checking
                and bank_transaction_direction.__class__ is not str
                and bank_transaction_direction is not UNSET
            ):
                _expect(bank_transaction_direction, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_transaction_direction = _field_failed(
                cls, "bank_transaction_direction", "bank_transaction_direction", "str", src_dict, d, _error, _kept
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
            reconciliation_link_id = d.pop("reconciliation_link_id", UNSET)
            if _checking and reconciliation_link_id.__class__ is not str and reconciliation_link_id is not UNSET:
                _expect(reconciliation_link_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            reconciliation_link_id = _field_failed(
                cls, "reconciliation_link_id", "reconciliation_link_id", "str", src_dict, d, _error, _kept
            )

        try:
            reconciled_at = d.pop("reconciled_at", UNSET)
            if _checking and reconciled_at.__class__ is not str and reconciled_at is not UNSET:
                _expect(reconciled_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            reconciled_at = _field_failed(cls, "reconciled_at", "reconciled_at", "str", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            payment_type = d.pop("payment_type", UNSET)
            if _checking and payment_type.__class__ is not str and payment_type is not UNSET:
                _expect(payment_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_type = _field_failed(cls, "payment_type", "payment_type", "str", src_dict, d, _error, _kept)

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
            notes = d.pop("notes", UNSET)
            if _checking and notes.__class__ is not str and notes is not UNSET:
                _expect(notes, "str")
        except Exception as _error:
            if not _checking:
                raise
            notes = _field_failed(cls, "notes", "notes", "str", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        reconciled_bank_transaction.additional_properties = d
        if _kept:
            reconciled_bank_transaction._thredfi_kept = _kept
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


class ReconciledBankTransactionDict(TypedDict, total=False):
    """``ReconciledBankTransaction`` as a dict (API field names): what a call accepts in its place."""

    bank_transaction_id: str
    bank_transaction_date: str
    bank_transaction_amount_cents: int
    bank_transaction_direction: str
    reconciled_amount_cents: int
    reconciliation_link_id: str
    reconciled_at: str
    currency: str
    payment_type: str
    bank_account_name: str
    notes: str
