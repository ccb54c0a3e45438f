from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout_metadata_type_0 import PayoutMetadataType0
    from ..models.payout_payment import PayoutPayment
    from ..models.payout_refund_payment import PayoutRefundPayment


T = TypeVar("T", bound="Payout")


@_attrs_define
class Payout:
    """A processor payout (settlement) with its payments and refund payments (amounts in cents)

    Attributes:
        id (str | Unset):
        business_id (str | Unset):
        external_id (str | Unset):
        processor (str | Unset): e.g. stripe
        processor_payout_id (str | Unset):
        paid_out_amount_cents (int | Unset):
        fee_cents (int | Unset):
        additional_refunds_amount_cents (int | Unset):
        net_amount_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset):
        completed_at (None | str | Unset):
        imported_at (None | str | Unset):
        reference_number (str | Unset):
        memo (str | Unset):
        metadata (None | PayoutMetadataType0 | Unset): Custom key-value pairs
        payment_count (int | Unset):
        refund_payment_count (int | Unset):
        gross_payments_amount_cents (int | Unset):
        total_refunds_amount_cents (int | Unset):
        expected_net_amount_cents (int | Unset):
        amount_variance_cents (int | Unset):
        payments (list[PayoutPayment] | None | Unset):
        refund_payments (list[PayoutRefundPayment] | None | Unset):
        reconciliation_status (str | Unset):
        settlement_file_id (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    processor: str | Unset = UNSET
    processor_payout_id: str | Unset = UNSET
    paid_out_amount_cents: int | Unset = UNSET
    fee_cents: int | Unset = UNSET
    additional_refunds_amount_cents: int | Unset = UNSET
    net_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    imported_at: None | str | Unset = UNSET
    reference_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | PayoutMetadataType0 | Unset = UNSET
    payment_count: int | Unset = UNSET
    refund_payment_count: int | Unset = UNSET
    gross_payments_amount_cents: int | Unset = UNSET
    total_refunds_amount_cents: int | Unset = UNSET
    expected_net_amount_cents: int | Unset = UNSET
    amount_variance_cents: int | Unset = UNSET
    payments: list[PayoutPayment] | None | Unset = UNSET
    refund_payments: list[PayoutRefundPayment] | None | Unset = UNSET
    reconciliation_status: str | Unset = UNSET
    settlement_file_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payout_metadata_type_0 import PayoutMetadataType0  # noqa: PLC0415

        id = self.id

        business_id = self.business_id

        external_id = self.external_id

        processor = self.processor

        processor_payout_id = self.processor_payout_id

        paid_out_amount_cents = self.paid_out_amount_cents

        fee_cents = self.fee_cents

        additional_refunds_amount_cents = self.additional_refunds_amount_cents

        net_amount_cents = self.net_amount_cents

        currency = self.currency

        status = self.status

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        imported_at: None | str | Unset
        if isinstance(self.imported_at, Unset):
            imported_at = UNSET
        else:
            imported_at = self.imported_at

        reference_number = self.reference_number

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PayoutMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_count = self.payment_count

        refund_payment_count = self.refund_payment_count

        gross_payments_amount_cents = self.gross_payments_amount_cents

        total_refunds_amount_cents = self.total_refunds_amount_cents

        expected_net_amount_cents = self.expected_net_amount_cents

        amount_variance_cents = self.amount_variance_cents

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        refund_payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_payments, Unset):
            refund_payments = UNSET
        elif isinstance(self.refund_payments, list):
            refund_payments = []
            for refund_payments_type_0_item_data in self.refund_payments:
                refund_payments_type_0_item = refund_payments_type_0_item_data.to_dict()
                refund_payments.append(refund_payments_type_0_item)

        else:
            refund_payments = self.refund_payments

        reconciliation_status = self.reconciliation_status

        settlement_file_id: None | str | Unset
        if isinstance(self.settlement_file_id, Unset):
            settlement_file_id = UNSET
        else:
            settlement_file_id = self.settlement_file_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if processor is not UNSET:
            field_dict["processor"] = processor
        if processor_payout_id is not UNSET:
            field_dict["processor_payout_id"] = processor_payout_id
        if paid_out_amount_cents is not UNSET:
            field_dict["paid_out_amount_cents"] = paid_out_amount_cents
        if fee_cents is not UNSET:
            field_dict["fee_cents"] = fee_cents
        if additional_refunds_amount_cents is not UNSET:
            field_dict["additional_refunds_amount_cents"] = additional_refunds_amount_cents
        if net_amount_cents is not UNSET:
            field_dict["net_amount_cents"] = net_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if imported_at is not UNSET:
            field_dict["imported_at"] = imported_at
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_count is not UNSET:
            field_dict["payment_count"] = payment_count
        if refund_payment_count is not UNSET:
            field_dict["refund_payment_count"] = refund_payment_count
        if gross_payments_amount_cents is not UNSET:
            field_dict["gross_payments_amount_cents"] = gross_payments_amount_cents
        if total_refunds_amount_cents is not UNSET:
            field_dict["total_refunds_amount_cents"] = total_refunds_amount_cents
        if expected_net_amount_cents is not UNSET:
            field_dict["expected_net_amount_cents"] = expected_net_amount_cents
        if amount_variance_cents is not UNSET:
            field_dict["amount_variance_cents"] = amount_variance_cents
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refund_payments is not UNSET:
            field_dict["refund_payments"] = refund_payments
        if reconciliation_status is not UNSET:
            field_dict["reconciliation_status"] = reconciliation_status
        if settlement_file_id is not UNSET:
            field_dict["settlement_file_id"] = settlement_file_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout_metadata_type_0 import PayoutMetadataType0  # noqa: PLC0415
        from ..models.payout_payment import PayoutPayment  # noqa: PLC0415
        from ..models.payout_refund_payment import PayoutRefundPayment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business_id = d.pop("business_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        processor = d.pop("processor", UNSET)

        processor_payout_id = d.pop("processor_payout_id", UNSET)

        paid_out_amount_cents = d.pop("paid_out_amount_cents", UNSET)

        fee_cents = d.pop("fee_cents", UNSET)

        additional_refunds_amount_cents = d.pop("additional_refunds_amount_cents", UNSET)

        net_amount_cents = d.pop("net_amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_imported_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imported_at = _parse_imported_at(d.pop("imported_at", UNSET))

        reference_number = d.pop("reference_number", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_metadata(data: object) -> None | PayoutMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PayoutMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        payment_count = d.pop("payment_count", UNSET)

        refund_payment_count = d.pop("refund_payment_count", UNSET)

        gross_payments_amount_cents = d.pop("gross_payments_amount_cents", UNSET)

        total_refunds_amount_cents = d.pop("total_refunds_amount_cents", UNSET)

        expected_net_amount_cents = d.pop("expected_net_amount_cents", UNSET)

        amount_variance_cents = d.pop("amount_variance_cents", UNSET)

        def _parse_payments(data: object) -> list[PayoutPayment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = PayoutPayment.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PayoutPayment] | None | Unset, data)

        payments = _parse_payments(d.pop("payments", UNSET))

        def _parse_refund_payments(data: object) -> list[PayoutRefundPayment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_payments_type_0 = []
                _refund_payments_type_0 = data
                for refund_payments_type_0_item_data in _refund_payments_type_0:
                    refund_payments_type_0_item = PayoutRefundPayment.from_dict(refund_payments_type_0_item_data)

                    refund_payments_type_0.append(refund_payments_type_0_item)

                return refund_payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PayoutRefundPayment] | None | Unset, data)

        refund_payments = _parse_refund_payments(d.pop("refund_payments", UNSET))

        reconciliation_status = d.pop("reconciliation_status", UNSET)

        def _parse_settlement_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_file_id = _parse_settlement_file_id(d.pop("settlement_file_id", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        payout = cls(
            id=id,
            business_id=business_id,
            external_id=external_id,
            processor=processor,
            processor_payout_id=processor_payout_id,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            net_amount_cents=net_amount_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            imported_at=imported_at,
            reference_number=reference_number,
            memo=memo,
            metadata=metadata,
            payment_count=payment_count,
            refund_payment_count=refund_payment_count,
            gross_payments_amount_cents=gross_payments_amount_cents,
            total_refunds_amount_cents=total_refunds_amount_cents,
            expected_net_amount_cents=expected_net_amount_cents,
            amount_variance_cents=amount_variance_cents,
            payments=payments,
            refund_payments=refund_payments,
            reconciliation_status=reconciliation_status,
            settlement_file_id=settlement_file_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        payout.additional_properties = d
        return payout

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
