from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction
    from ..models.refund_payment_metadata_type_0 import RefundPaymentMetadataType0


T = TypeVar("T", bound="RefundPayment")


@_attrs_define
class RefundPayment:
    """A payment of a refund

    Attributes:
        id (str | Unset):
        refund_id (str | Unset):
        refunded_amount (int | Unset): Cents
        refund_processing_fee (int | Unset): Cents
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        external_id (str | Unset):
        completed_at (None | str | Unset):
        method (str | Unset): e.g. BANK_TRANSFER, CASH, ACH (upper case)
        processor (str | Unset):
        transaction_tags (list[str] | None | Unset):
        memo (str | Unset):
        metadata (None | RefundPaymentMetadataType0 | Unset): Custom key-value pairs
    """

    id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    refund_processing_fee: int | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    external_id: str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    method: str | Unset = UNSET
    processor: str | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | RefundPaymentMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refund_payment_metadata_type_0 import RefundPaymentMetadataType0  # noqa: PLC0415

        id = self.id

        refund_id = self.refund_id

        refunded_amount = self.refunded_amount

        refund_processing_fee = self.refund_processing_fee

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

        created_at = self.created_at

        updated_at = self.updated_at

        external_id = self.external_id

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        method = self.method

        processor = self.processor

        transaction_tags: list[str] | None | Unset
        if isinstance(self.transaction_tags, Unset):
            transaction_tags = UNSET
        elif isinstance(self.transaction_tags, list):
            transaction_tags = self.transaction_tags

        else:
            transaction_tags = self.transaction_tags

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RefundPaymentMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if refund_processing_fee is not UNSET:
            field_dict["refund_processing_fee"] = refund_processing_fee
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if method is not UNSET:
            field_dict["method"] = method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415
        from ..models.refund_payment_metadata_type_0 import RefundPaymentMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        refund_processing_fee = d.pop("refund_processing_fee", UNSET)

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

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        external_id = d.pop("external_id", UNSET)

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        method = d.pop("method", UNSET)

        processor = d.pop("processor", UNSET)

        def _parse_transaction_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transaction_tags_type_0 = cast(list[str], data)

                return transaction_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        transaction_tags = _parse_transaction_tags(d.pop("transaction_tags", UNSET))

        memo = d.pop("memo", UNSET)

        def _parse_metadata(data: object) -> None | RefundPaymentMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RefundPaymentMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundPaymentMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        refund_payment = cls(
            id=id,
            refund_id=refund_id,
            refunded_amount=refunded_amount,
            refund_processing_fee=refund_processing_fee,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            completed_at=completed_at,
            method=method,
            processor=processor,
            transaction_tags=transaction_tags,
            memo=memo,
            metadata=metadata,
        )

        refund_payment.additional_properties = d
        return refund_payment

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
