from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRefundPaymentRequest")


@_attrs_define
class CreateRefundPaymentRequest:
    """A payment for a refund (docs name: CreateRefundPaymentRequestRequest)

    Attributes:
        amount_cents (int | Unset): Cents; must not exceed the remaining refundable amount
        method (str | Unset): Refund method, upper case: e.g. CASH, BANK_TRANSFER, ACH
        external_id (str | Unset): Your unique identifier (idempotency key)
        completed_at (datetime.datetime | Unset):
        processor (str | Unset):
        memo (str | Unset):
        transaction_tags (list[str] | Unset):
        refund_processing_fee_cents (int | Unset):  Default: 0.
    """

    amount_cents: int | Unset = UNSET
    method: str | Unset = UNSET
    external_id: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    processor: str | Unset = UNSET
    memo: str | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    refund_processing_fee_cents: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents = self.amount_cents

        method = self.method

        external_id = self.external_id

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        processor = self.processor

        memo = self.memo

        transaction_tags: list[str] | Unset = UNSET
        if not isinstance(self.transaction_tags, Unset):
            transaction_tags = self.transaction_tags

        refund_processing_fee_cents = self.refund_processing_fee_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if method is not UNSET:
            field_dict["method"] = method
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if processor is not UNSET:
            field_dict["processor"] = processor
        if memo is not UNSET:
            field_dict["memo"] = memo
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if refund_processing_fee_cents is not UNSET:
            field_dict["refund_processing_fee_cents"] = refund_processing_fee_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_cents = d.pop("amount_cents", UNSET)

        method = d.pop("method", UNSET)

        external_id = d.pop("external_id", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        processor = d.pop("processor", UNSET)

        memo = d.pop("memo", UNSET)

        transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

        refund_processing_fee_cents = d.pop("refund_processing_fee_cents", UNSET)

        create_refund_payment_request = cls(
            amount_cents=amount_cents,
            method=method,
            external_id=external_id,
            completed_at=completed_at,
            processor=processor,
            memo=memo,
            transaction_tags=transaction_tags,
            refund_processing_fee_cents=refund_processing_fee_cents,
        )

        create_refund_payment_request.additional_properties = d
        return create_refund_payment_request

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
