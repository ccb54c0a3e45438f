from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction


T = TypeVar("T", bound="VendorRefundPayment")


@_attrs_define
class VendorRefundPayment:
    """A vendor refund payment (amounts in cents)

    Attributes:
        id (str | Unset):
        refund_id (str | Unset):
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        payment_reference (str | Unset):
        payment_method (str | Unset):
        processor (str | Unset):
        refunded_amount_cents (int | Unset):
        processing_fee_cents (int | Unset):
        net_amount_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset): pending, processing, completed, failed or cancelled
        payment_date (str | Unset):
        submitted_at (None | str | Unset):
        completed_at (None | str | Unset):
        failed_at (None | str | Unset):
        failure_reason (None | str | Unset):
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    processor: str | Unset = UNSET
    refunded_amount_cents: int | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    net_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    failed_at: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        refund_id = self.refund_id

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        payment_reference = self.payment_reference

        payment_method = self.payment_method

        processor = self.processor

        refunded_amount_cents = self.refunded_amount_cents

        processing_fee_cents = self.processing_fee_cents

        net_amount_cents = self.net_amount_cents

        currency = self.currency

        status = self.status

        payment_date = self.payment_date

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = self.submitted_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if refunded_amount_cents is not UNSET:
            field_dict["refunded_amount_cents"] = refunded_amount_cents
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if net_amount_cents is not UNSET:
            field_dict["net_amount_cents"] = net_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        vendor_name = d.pop("vendor_name", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        processor = d.pop("processor", UNSET)

        refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        net_amount_cents = d.pop("net_amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        def _parse_submitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

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

        vendor_refund_payment = cls(
            id=id,
            refund_id=refund_id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            payment_reference=payment_reference,
            payment_method=payment_method,
            processor=processor,
            refunded_amount_cents=refunded_amount_cents,
            processing_fee_cents=processing_fee_cents,
            net_amount_cents=net_amount_cents,
            currency=currency,
            status=status,
            payment_date=payment_date,
            submitted_at=submitted_at,
            completed_at=completed_at,
            failed_at=failed_at,
            failure_reason=failure_reason,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
        )

        vendor_refund_payment.additional_properties = d
        return vendor_refund_payment

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
