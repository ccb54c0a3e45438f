from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction


T = TypeVar("T", bound="VendorRefundPaymentSummary")


@_attrs_define
class VendorRefundPaymentSummary:
    """A payment of a vendor refund (first fields only)

    Attributes:
        id (str | Unset):
        vendor_refund_id (str | Unset):
        refunded_amount (int | Unset): Cents
        processing_fee (int | Unset): Cents
        net_amount (int | Unset): Cents
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
    """

    id: str | Unset = UNSET
    vendor_refund_id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    processing_fee: int | Unset = UNSET
    net_amount: int | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_refund_id = self.vendor_refund_id

        refunded_amount = self.refunded_amount

        processing_fee = self.processing_fee

        net_amount = self.net_amount

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        vendor_refund_id = d.pop("vendor_refund_id", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        processing_fee = d.pop("processing_fee", UNSET)

        net_amount = d.pop("net_amount", UNSET)

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

        reconciled_bank_transactions = _parse_reconciled_bank_transactions(d.pop("reconciled_bank_transactions", UNSET))

        vendor_refund_payment_summary = cls(
            id=id,
            vendor_refund_id=vendor_refund_id,
            refunded_amount=refunded_amount,
            processing_fee=processing_fee,
            net_amount=net_amount,
            reconciled_bank_transactions=reconciled_bank_transactions,
        )

        vendor_refund_payment_summary.additional_properties = d
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
