from __future__ import annotations

import datetime
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
    from ..models.vendor_refund_payment_entry_request_metadata_type_0 import (
        VendorRefundPaymentEntryRequestMetadataType0,
        VendorRefundPaymentEntryRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VendorRefundPaymentEntryRequestMetadataType0
    from ..models.vendor_refund_payment_entry_request_metadata_type_0 import (
        VendorRefundPaymentEntryRequestMetadataType0,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundPaymentEntryRequest")


@_attrs_define(repr=False)
class VendorRefundPaymentEntryRequest(ThredfiModel):
    """A payment received for the refund

    Attributes:
        refunded_amount_cents (int | Unset):
        payment_reference (str | Unset):
        processing_fee_cents (int | Unset):  Default: 0.
        payment_method (str | Unset): e.g. bank_transfer
        processor (str | Unset): e.g. bank_transfer
        payment_date (datetime.date | Unset):
        description (str | Unset):
        memo (str | Unset):
        metadata (None | Unset | VendorRefundPaymentEntryRequestMetadataType0): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("refunded_amount_cents", "refunded_amount_cents"),
        ("payment_reference", "payment_reference"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("payment_method", "payment_method"),
        ("processor", "processor"),
        ("payment_date", "payment_date"),
        ("description", "description"),
        ("memo", "memo"),
        ("metadata", "metadata"),
    )

    refunded_amount_cents: int | Unset = UNSET
    payment_reference: str | Unset = UNSET
    processing_fee_cents: int | Unset = 0
    payment_method: str | Unset = UNSET
    processor: str | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | Unset | VendorRefundPaymentEntryRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.refunded_amount_cents is not _kept.get("refunded_amount_cents", _kept):
            refunded_amount_cents = self.refunded_amount_cents
        else:
            refunded_amount_cents = _kept["refunded_amount_cents"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date: str | Unset = UNSET
            if not isinstance(self.payment_date, Unset):
                payment_date = self.payment_date.isoformat()
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, VendorRefundPaymentEntryRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refunded_amount_cents is not UNSET:
            field_dict["refunded_amount_cents"] = refunded_amount_cents
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if description is not UNSET:
            field_dict["description"] = description
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
            refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)
            if _checking and refunded_amount_cents.__class__ is not int and refunded_amount_cents is not UNSET:
                _expect(refunded_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount_cents = _field_failed(
                cls, "refunded_amount_cents", "refunded_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        try:
            processing_fee_cents = d.pop("processing_fee_cents", UNSET)
            if _checking and processing_fee_cents.__class__ is not int and processing_fee_cents is not UNSET:
                _expect(processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee_cents = _field_failed(
                cls, "processing_fee_cents", "processing_fee_cents", "int", src_dict, d, _error, _kept
            )

        try:
            payment_method = d.pop("payment_method", UNSET)
            if _checking and payment_method.__class__ is not str and payment_method is not UNSET:
                _expect(payment_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(cls, "payment_method", "payment_method", "str", src_dict, d, _error, _kept)

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:
            _payment_date = d.pop("payment_date", UNSET)
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(
                cls, "payment_date", "payment_date", "datetime.date", src_dict, d, _error, _kept
            )

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> None | Unset | VendorRefundPaymentEntryRequestMetadataType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = VendorRefundPaymentEntryRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VendorRefundPaymentEntryRequestMetadataType0, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        VendorRefundPaymentEntryRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls,
                "metadata",
                "metadata",
                "None | VendorRefundPaymentEntryRequestMetadataType0",
                src_dict,
                d,
                _error,
                _kept,
            )

        vendor_refund_payment_entry_request = cls(
            refunded_amount_cents=refunded_amount_cents,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            payment_method=payment_method,
            processor=processor,
            payment_date=payment_date,
            description=description,
            memo=memo,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_payment_entry_request.additional_properties = d
        if _kept:
            vendor_refund_payment_entry_request._thredfi_kept = _kept
        return vendor_refund_payment_entry_request

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


class VendorRefundPaymentEntryRequestDict(TypedDict, total=False):
    """``VendorRefundPaymentEntryRequest`` as a dict (API field names): what a call accepts in its place."""

    refunded_amount_cents: int
    payment_reference: str
    processing_fee_cents: int
    payment_method: str
    processor: str
    payment_date: datetime.date | str
    description: str
    memo: str
    metadata: VendorRefundPaymentEntryRequestMetadataType0 | VendorRefundPaymentEntryRequestMetadataType0Dict | None
