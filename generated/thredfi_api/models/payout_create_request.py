from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0


T = TypeVar("T", bound="PayoutCreateRequest")


@_attrs_define
class PayoutCreateRequest:
    """A payout to create or update

    Attributes:
        external_id (str | Unset): Your unique identifier; an existing payout with it is updated
        processor (str | Unset): e.g. stripe, adyen
        paid_out_amount_cents (int | Unset):
        fee_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset): e.g. pending
        completed_at (datetime.datetime | Unset):
        processor_payout_id (str | Unset):
        additional_refunds_amount_cents (int | Unset):  Default: 0.
        payment_ids (list[UUID] | Unset): Invoice payments settled by the payout
        refund_payment_ids (list[UUID] | Unset): Refund payments settled by the payout
        reference_number (str | Unset):
        memo (str | Unset):
        metadata (None | PayoutCreateRequestMetadataType0 | Unset): Custom key-value pairs
    """

    external_id: str | Unset = UNSET
    processor: str | Unset = UNSET
    paid_out_amount_cents: int | Unset = UNSET
    fee_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    processor_payout_id: str | Unset = UNSET
    additional_refunds_amount_cents: int | Unset = 0
    payment_ids: list[UUID] | Unset = UNSET
    refund_payment_ids: list[UUID] | Unset = UNSET
    reference_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | PayoutCreateRequestMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0  # noqa: PLC0415

        external_id = self.external_id

        processor = self.processor

        paid_out_amount_cents = self.paid_out_amount_cents

        fee_cents = self.fee_cents

        currency = self.currency

        status = self.status

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        processor_payout_id = self.processor_payout_id

        additional_refunds_amount_cents = self.additional_refunds_amount_cents

        payment_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_ids, Unset):
            payment_ids = []
            for payment_ids_item_data in self.payment_ids:
                payment_ids_item = str(payment_ids_item_data)
                payment_ids.append(payment_ids_item)

        refund_payment_ids: list[str] | Unset = UNSET
        if not isinstance(self.refund_payment_ids, Unset):
            refund_payment_ids = []
            for refund_payment_ids_item_data in self.refund_payment_ids:
                refund_payment_ids_item = str(refund_payment_ids_item_data)
                refund_payment_ids.append(refund_payment_ids_item)

        reference_number = self.reference_number

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PayoutCreateRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if processor is not UNSET:
            field_dict["processor"] = processor
        if paid_out_amount_cents is not UNSET:
            field_dict["paid_out_amount_cents"] = paid_out_amount_cents
        if fee_cents is not UNSET:
            field_dict["fee_cents"] = fee_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if processor_payout_id is not UNSET:
            field_dict["processor_payout_id"] = processor_payout_id
        if additional_refunds_amount_cents is not UNSET:
            field_dict["additional_refunds_amount_cents"] = additional_refunds_amount_cents
        if payment_ids is not UNSET:
            field_dict["payment_ids"] = payment_ids
        if refund_payment_ids is not UNSET:
            field_dict["refund_payment_ids"] = refund_payment_ids
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        processor = d.pop("processor", UNSET)

        paid_out_amount_cents = d.pop("paid_out_amount_cents", UNSET)

        fee_cents = d.pop("fee_cents", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        processor_payout_id = d.pop("processor_payout_id", UNSET)

        additional_refunds_amount_cents = d.pop("additional_refunds_amount_cents", UNSET)

        _payment_ids = d.pop("payment_ids", UNSET)
        payment_ids: list[UUID] | Unset = UNSET
        if _payment_ids is not UNSET:
            payment_ids = []
            for payment_ids_item_data in _payment_ids:
                payment_ids_item = UUID(payment_ids_item_data)

                payment_ids.append(payment_ids_item)

        _refund_payment_ids = d.pop("refund_payment_ids", UNSET)
        refund_payment_ids: list[UUID] | Unset = UNSET
        if _refund_payment_ids is not UNSET:
            refund_payment_ids = []
            for refund_payment_ids_item_data in _refund_payment_ids:
                refund_payment_ids_item = UUID(refund_payment_ids_item_data)

                refund_payment_ids.append(refund_payment_ids_item)

        reference_number = d.pop("reference_number", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_metadata(data: object) -> None | PayoutCreateRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PayoutCreateRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutCreateRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        payout_create_request = cls(
            external_id=external_id,
            processor=processor,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            processor_payout_id=processor_payout_id,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            payment_ids=payment_ids,
            refund_payment_ids=refund_payment_ids,
            reference_number=reference_number,
            memo=memo,
            metadata=metadata,
        )

        payout_create_request.additional_properties = d
        return payout_create_request

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
