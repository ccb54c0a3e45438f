from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast
from uuid import UUID

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
    from ..models.payout_create_request_metadata_type_0 import (
        PayoutCreateRequestMetadataType0,
        PayoutCreateRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, PayoutCreateRequestMetadataType0
    from ..models.payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PayoutCreateRequest")


@_attrs_define(repr=False)
class PayoutCreateRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("processor", "processor"),
        ("paid_out_amount_cents", "paid_out_amount_cents"),
        ("fee_cents", "fee_cents"),
        ("currency", "currency"),
        ("status", "status"),
        ("completed_at", "completed_at"),
        ("processor_payout_id", "processor_payout_id"),
        ("additional_refunds_amount_cents", "additional_refunds_amount_cents"),
        ("payment_ids", "payment_ids"),
        ("refund_payment_ids", "refund_payment_ids"),
        ("reference_number", "reference_number"),
        ("memo", "memo"),
        ("metadata", "metadata"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.paid_out_amount_cents is not _kept.get("paid_out_amount_cents", _kept):
            paid_out_amount_cents = self.paid_out_amount_cents
        else:
            paid_out_amount_cents = _kept["paid_out_amount_cents"]

        if _kept is None or self.fee_cents is not _kept.get("fee_cents", _kept):
            fee_cents = self.fee_cents
        else:
            fee_cents = _kept["fee_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: str | Unset = UNSET
            if not isinstance(self.completed_at, Unset):
                completed_at = self.completed_at.isoformat()
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.processor_payout_id is not _kept.get("processor_payout_id", _kept):
            processor_payout_id = self.processor_payout_id
        else:
            processor_payout_id = _kept["processor_payout_id"]

        if _kept is None or self.additional_refunds_amount_cents is not _kept.get(
            "additional_refunds_amount_cents", _kept
        ):
            additional_refunds_amount_cents = self.additional_refunds_amount_cents
        else:
            additional_refunds_amount_cents = _kept["additional_refunds_amount_cents"]

        if _kept is None or self.payment_ids is not _kept.get("payment_ids", _kept):
            payment_ids: list[str] | Unset = UNSET
            if not isinstance(self.payment_ids, Unset):
                payment_ids = []
                for payment_ids_item_data in self.payment_ids:
                    payment_ids_item = str(payment_ids_item_data)
                    payment_ids.append(payment_ids_item)

        else:
            payment_ids = _kept["payment_ids"]

        if _kept is None or self.refund_payment_ids is not _kept.get("refund_payment_ids", _kept):
            refund_payment_ids: list[str] | Unset = UNSET
            if not isinstance(self.refund_payment_ids, Unset):
                refund_payment_ids = []
                for refund_payment_ids_item_data in self.refund_payment_ids:
                    refund_payment_ids_item = str(refund_payment_ids_item_data)
                    refund_payment_ids.append(refund_payment_ids_item)

        else:
            refund_payment_ids = _kept["refund_payment_ids"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PayoutCreateRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:
            paid_out_amount_cents = d.pop("paid_out_amount_cents", UNSET)
            if _checking and paid_out_amount_cents.__class__ is not int and paid_out_amount_cents is not UNSET:
                _expect(paid_out_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            paid_out_amount_cents = _field_failed(
                cls, "paid_out_amount_cents", "paid_out_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            fee_cents = d.pop("fee_cents", UNSET)
            if _checking and fee_cents.__class__ is not int and fee_cents is not UNSET:
                _expect(fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            fee_cents = _field_failed(cls, "fee_cents", "fee_cents", "int", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

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
            processor_payout_id = d.pop("processor_payout_id", UNSET)
            if _checking and processor_payout_id.__class__ is not str and processor_payout_id is not UNSET:
                _expect(processor_payout_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor_payout_id = _field_failed(
                cls, "processor_payout_id", "processor_payout_id", "str", src_dict, d, _error, _kept
            )

        try:
            additional_refunds_amount_cents = d.pop("additional_refunds_amount_cents", UNSET)
            if (
                _checking
                and additional_refunds_amount_cents.__class__ is not int
                and additional_refunds_amount_cents is not UNSET
            ):
                _expect(additional_refunds_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            additional_refunds_amount_cents = _field_failed(
                cls,
                "additional_refunds_amount_cents",
                "additional_refunds_amount_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            _payment_ids = d.pop("payment_ids", UNSET)
            payment_ids: list[UUID] | Unset = UNSET
            if _payment_ids is not UNSET:
                payment_ids = []
                for payment_ids_item_data in _payment_ids:
                    payment_ids_item = UUID(payment_ids_item_data)

                    payment_ids.append(payment_ids_item)

            if _checking and payment_ids.__class__ is not list:
                _expect(payment_ids, "list")
        except Exception as _error:
            if not _checking:
                raise
            payment_ids = _field_failed(cls, "payment_ids", "payment_ids", "list[UUID]", src_dict, d, _error, _kept)

        try:
            _refund_payment_ids = d.pop("refund_payment_ids", UNSET)
            refund_payment_ids: list[UUID] | Unset = UNSET
            if _refund_payment_ids is not UNSET:
                refund_payment_ids = []
                for refund_payment_ids_item_data in _refund_payment_ids:
                    refund_payment_ids_item = UUID(refund_payment_ids_item_data)

                    refund_payment_ids.append(refund_payment_ids_item)

            if _checking and refund_payment_ids.__class__ is not list:
                _expect(refund_payment_ids, "list")
        except Exception as _error:
            if not _checking:
                raise
            refund_payment_ids = _field_failed(
                cls, "refund_payment_ids", "refund_payment_ids", "list[UUID]", src_dict, d, _error, _kept
            )

        try:
            reference_number = d.pop("reference_number", UNSET)
            if _checking and reference_number.__class__ is not str and reference_number is not UNSET:
                _expect(reference_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference_number = _field_failed(
                cls, "reference_number", "reference_number", "str", src_dict, d, _error, _kept
            )

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        PayoutCreateRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | PayoutCreateRequestMetadataType0", src_dict, d, _error, _kept
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        payout_create_request.additional_properties = d
        if _kept:
            payout_create_request._thredfi_kept = _kept
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


class PayoutCreateRequestDict(TypedDict, total=False):
    """``PayoutCreateRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    processor: str
    paid_out_amount_cents: int
    fee_cents: int
    currency: str
    status: str
    completed_at: datetime.datetime | str
    processor_payout_id: str
    additional_refunds_amount_cents: int
    payment_ids: list[UUID | str]
    refund_payment_ids: list[UUID | str]
    reference_number: str
    memo: str
    metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None
