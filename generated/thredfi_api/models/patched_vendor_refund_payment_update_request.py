from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_vendor_refund_payment_update_request_status import (
    PatchedVendorRefundPaymentUpdateRequestStatus,
    check_patched_vendor_refund_payment_update_request_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
    )


T = TypeVar("T", bound="PatchedVendorRefundPaymentUpdateRequest")


@_attrs_define
class PatchedVendorRefundPaymentUpdateRequest:
    """Vendor refund payment fields to change

    Attributes:
        status (PatchedVendorRefundPaymentUpdateRequestStatus | Unset): New status
        failure_reason (str | Unset): Required when status is failed
        payment_reference (str | Unset):
        processing_fee_cents (int | Unset): Named as updatable by the page description (not in its body example)
        memo (str | Unset):
        metadata (None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset): Custom key-value pairs
    """

    status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET
    failure_reason: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
            PatchedVendorRefundPaymentUpdateRequestMetadataType0,  # noqa: PLC0415
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        failure_reason = self.failure_reason

        payment_reference = self.payment_reference

        processing_fee_cents = self.processing_fee_cents

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PatchedVendorRefundPaymentUpdateRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
            PatchedVendorRefundPaymentUpdateRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_patched_vendor_refund_payment_update_request_status(_status)

        failure_reason = d.pop("failure_reason", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_metadata(data: object) -> None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PatchedVendorRefundPaymentUpdateRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        patched_vendor_refund_payment_update_request = cls(
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
        )

        patched_vendor_refund_payment_update_request.additional_properties = d
        return patched_vendor_refund_payment_update_request

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
