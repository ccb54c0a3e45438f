from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRefundPaymentRequest")


@_attrs_define(repr=False)
class CreateRefundPaymentRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount_cents", "amount_cents"),
        ("method", "method"),
        ("external_id", "external_id"),
        ("completed_at", "completed_at"),
        ("processor", "processor"),
        ("memo", "memo"),
        ("transaction_tags", "transaction_tags"),
        ("refund_processing_fee_cents", "refund_processing_fee_cents"),
    )

    amount_cents: int | Unset = UNSET
    method: str | Unset = UNSET
    external_id: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    processor: str | Unset = UNSET
    memo: str | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    refund_processing_fee_cents: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.method is not _kept.get("method", _kept):
            method = self.method
        else:
            method = _kept["method"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: str | Unset = UNSET
            if not isinstance(self.completed_at, Unset):
                completed_at = self.completed_at.isoformat()
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | Unset = UNSET
            if not isinstance(self.transaction_tags, Unset):
                transaction_tags = self.transaction_tags

        else:
            transaction_tags = _kept["transaction_tags"]

        if _kept is None or self.refund_processing_fee_cents is not _kept.get("refund_processing_fee_cents", _kept):
            refund_processing_fee_cents = self.refund_processing_fee_cents
        else:
            refund_processing_fee_cents = _kept["refund_processing_fee_cents"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            method = d.pop("method", UNSET)
            if _checking and method.__class__ is not str and method is not UNSET:
                _expect(method, "str")
        except Exception as _error:
            if not _checking:
                raise
            method = _field_failed(cls, "method", "method", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            _completed_at = d.pop("completed_at", UNSET)
            completed_at: datetime.datetime | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = datetime.datetime.fromisoformat(_completed_at)

        except Exception as _error:
            if not _checking:
                raise
            completed_at = _field_failed(
                cls, "completed_at", "completed_at", "datetime.datetime", src_dict, d, _error, _kept
            )

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

            if _checking and transaction_tags.__class__ is not list:
                _expect(transaction_tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            transaction_tags = _field_failed(
                cls, "transaction_tags", "transaction_tags", "list[str]", src_dict, d, _error, _kept
            )

        try:
            refund_processing_fee_cents = d.pop("refund_processing_fee_cents", UNSET)
            if (
                _checking
                and refund_processing_fee_cents.__class__ is not int
                and refund_processing_fee_cents is not UNSET
            ):
                _expect(refund_processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            refund_processing_fee_cents = _field_failed(
                cls, "refund_processing_fee_cents", "refund_processing_fee_cents", "int", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_refund_payment_request.additional_properties = d
        if _kept:
            create_refund_payment_request._thredfi_kept = _kept
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


class CreateRefundPaymentRequestDict(TypedDict, total=False):
    """``CreateRefundPaymentRequest`` as a dict (API field names): what a call accepts in its place."""

    amount_cents: int
    method: str
    external_id: str
    completed_at: datetime.datetime | str
    processor: str
    memo: str
    transaction_tags: list[str]
    refund_processing_fee_cents: int
