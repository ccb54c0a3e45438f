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
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction, ReconciledBankTransactionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReconciledBankTransaction
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundPaymentSummary")


@_attrs_define(repr=False)
class VendorRefundPaymentSummary(ThredfiModel):
    """A payment of a vendor refund (first fields only)

    Attributes:
        id (str | Unset):
        vendor_refund_id (str | Unset):
        refunded_amount (int | Unset): Cents
        processing_fee (int | Unset): Cents
        net_amount (int | Unset): Cents
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("vendor_refund_id", "vendor_refund_id"),
        ("refunded_amount", "refunded_amount"),
        ("processing_fee", "processing_fee"),
        ("net_amount", "net_amount"),
        ("reconciled_bank_transactions", "reconciled_bank_transactions"),
    )

    id: str | Unset = UNSET
    vendor_refund_id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    processing_fee: int | Unset = UNSET
    net_amount: int | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
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

        if _kept is None or self.vendor_refund_id is not _kept.get("vendor_refund_id", _kept):
            vendor_refund_id = self.vendor_refund_id
        else:
            vendor_refund_id = _kept["vendor_refund_id"]

        if _kept is None or self.refunded_amount is not _kept.get("refunded_amount", _kept):
            refunded_amount = self.refunded_amount
        else:
            refunded_amount = _kept["refunded_amount"]

        if _kept is None or self.processing_fee is not _kept.get("processing_fee", _kept):
            processing_fee = self.processing_fee
        else:
            processing_fee = _kept["processing_fee"]

        if _kept is None or self.net_amount is not _kept.get("net_amount", _kept):
            net_amount = self.net_amount
        else:
            net_amount = _kept["net_amount"]

        if _kept is None or self.reconciled_bank_transactions is not _kept.get("reconciled_bank_transactions", _kept):
            reconciled_bank_transactions: list[dict[str, Any]] | None | Unset
            if isinstance(self.reconciled_bank_transactions, Unset):
                reconciled_bank_transactions = UNSET
            elif isinstance(self.reconciled_bank_transactions, list):
                reconciled_bank_transactions = []
                for reconciled_bank_transactions_type_0_item_data in self.reconciled_bank_transactions:
                    reconciled_bank_transactions_type_0_item = reconciled_bank_transactions_type_0_item_data.to_dict()
                    reconciled_bank_transactions.append(reconciled_bank_transactions_type_0_item)

            else:
                reconciled_bank_transactions = self.reconciled_bank_transactions
        else:
            reconciled_bank_transactions = _kept["reconciled_bank_transactions"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if vendor_refund_id is not UNSET:
            field_dict["vendor_refund_id"] = vendor_refund_id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if processing_fee is not UNSET:
            field_dict["processing_fee"] = processing_fee
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
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
            vendor_refund_id = d.pop("vendor_refund_id", UNSET)
            if _checking and vendor_refund_id.__class__ is not str and vendor_refund_id is not UNSET:
                _expect(vendor_refund_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_refund_id = _field_failed(
                cls, "vendor_refund_id", "vendor_refund_id", "str", src_dict, d, _error, _kept
            )

        try:
            refunded_amount = d.pop("refunded_amount", UNSET)
            if _checking and refunded_amount.__class__ is not int and refunded_amount is not UNSET:
                _expect(refunded_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount = _field_failed(
                cls, "refunded_amount", "refunded_amount", "int", src_dict, d, _error, _kept
            )

        try:
            processing_fee = d.pop("processing_fee", UNSET)
            if _checking and processing_fee.__class__ is not int and processing_fee is not UNSET:
                _expect(processing_fee, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee = _field_failed(cls, "processing_fee", "processing_fee", "int", src_dict, d, _error, _kept)

        try:
            net_amount = d.pop("net_amount", UNSET)
            if _checking and net_amount.__class__ is not int and net_amount is not UNSET:
                _expect(net_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_amount = _field_failed(cls, "net_amount", "net_amount", "int", src_dict, d, _error, _kept)

        try:

            def _parse_reconciled_bank_transactions(data: object) -> list[ReconciledBankTransaction] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    reconciled_bank_transactions_type_0 = []
                    _reconciled_bank_transactions_type_0 = data
                    for reconciled_bank_transactions_type_0_item_data in _reconciled_bank_transactions_type_0:
                        reconciled_bank_transactions_type_0_item = ReconciledBankTransaction.from_dict(
                            reconciled_bank_transactions_type_0_item_data
                        )

                        reconciled_bank_transactions_type_0.append(reconciled_bank_transactions_type_0_item)

                    return reconciled_bank_transactions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ReconciledBankTransaction] | None | Unset, data)

            reconciled_bank_transactions = _parse_reconciled_bank_transactions(
                d.pop("reconciled_bank_transactions", UNSET)
            )

            if _checking:
                _expect_one_of(
                    reconciled_bank_transactions,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            reconciled_bank_transactions = _field_failed(
                cls,
                "reconciled_bank_transactions",
                "reconciled_bank_transactions",
                "list[ReconciledBankTransaction] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        vendor_refund_payment_summary = cls(
            id=id,
            vendor_refund_id=vendor_refund_id,
            refunded_amount=refunded_amount,
            processing_fee=processing_fee,
            net_amount=net_amount,
            reconciled_bank_transactions=reconciled_bank_transactions,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_payment_summary.additional_properties = d
        if _kept:
            vendor_refund_payment_summary._thredfi_kept = _kept
        return vendor_refund_payment_summary

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


class VendorRefundPaymentSummaryDict(TypedDict, total=False):
    """``VendorRefundPaymentSummary`` as a dict (API field names): what a call accepts in its place."""

    id: str
    vendor_refund_id: str
    refunded_amount: int
    processing_fee: int
    net_amount: int
    reconciled_bank_transactions: list[ReconciledBankTransaction | ReconciledBankTransactionDict] | None
