from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_payment_entry_request_metadata_type_0 import (
        VendorRefundPaymentEntryRequestMetadataType0,
    )


T = TypeVar("T", bound="VendorRefundPaymentEntryRequest")


@_attrs_define
class VendorRefundPaymentEntryRequest:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.vendor_refund_payment_entry_request_metadata_type_0 import (
            VendorRefundPaymentEntryRequestMetadataType0,  # noqa: PLC0415
        )

        refunded_amount_cents = self.refunded_amount_cents

        payment_reference = self.payment_reference

        processing_fee_cents = self.processing_fee_cents

        payment_method = self.payment_method

        processor = self.processor

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        description = self.description

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, VendorRefundPaymentEntryRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_refund_payment_entry_request_metadata_type_0 import (
            VendorRefundPaymentEntryRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        processor = d.pop("processor", UNSET)

        _payment_date = d.pop("payment_date", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

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

        vendor_refund_payment_entry_request.additional_properties = d
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
