from __future__ import annotations

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

from ..models.patched_vendor_refund_payment_update_request_status import (
    PatchedVendorRefundPaymentUpdateRequestStatus,
    check_patched_vendor_refund_payment_update_request_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
        PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, PatchedVendorRefundPaymentUpdateRequestMetadataType0
    from ..models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="PatchedVendorRefundPaymentUpdateRequest")


@_attrs_define(repr=False)
class PatchedVendorRefundPaymentUpdateRequest(ThredfiModel):
    """Vendor refund payment fields to change

    Attributes:
        status (PatchedVendorRefundPaymentUpdateRequestStatus | Unset): New status
        failure_reason (str | Unset): Required when status is failed
        payment_reference (str | Unset):
        processing_fee_cents (int | Unset): Named as updatable by the page description (not in its body example)
        memo (str | Unset):
        metadata (None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("failure_reason", "failure_reason"),
        ("payment_reference", "payment_reference"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("memo", "memo"),
        ("metadata", "metadata"),
    )

    status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET
    failure_reason: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.status is not _kept.get("status", _kept):
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        else:
            status = _kept["status"]

        if _kept is None or self.failure_reason is not _kept.get("failure_reason", _kept):
            failure_reason = self.failure_reason
        else:
            failure_reason = _kept["failure_reason"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PatchedVendorRefundPaymentUpdateRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

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
            _status = d.pop("status", UNSET)
            status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_patched_vendor_refund_payment_update_request_status(_status)

        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(
                cls, "status", "status", "PatchedVendorRefundPaymentUpdateRequestStatus", src_dict, d, _error, _kept
            )

        try:
            failure_reason = d.pop("failure_reason", UNSET)
            if _checking and failure_reason.__class__ is not str and failure_reason is not UNSET:
                _expect(failure_reason, "str")
        except Exception as _error:
            if not _checking:
                raise
            failure_reason = _field_failed(cls, "failure_reason", "failure_reason", "str", src_dict, d, _error, _kept)

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
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
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
                "None | PatchedVendorRefundPaymentUpdateRequestMetadataType0",
                src_dict,
                d,
                _error,
                _kept,
            )

        patched_vendor_refund_payment_update_request = cls(
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        patched_vendor_refund_payment_update_request.additional_properties = d
        if _kept:
            patched_vendor_refund_payment_update_request._thredfi_kept = _kept
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


class PatchedVendorRefundPaymentUpdateRequestDict(TypedDict, total=False):
    """``PatchedVendorRefundPaymentUpdateRequest`` as a dict (API field names): what a call accepts in its place."""

    status: PatchedVendorRefundPaymentUpdateRequestStatus
    failure_reason: str
    payment_reference: str
    processing_fee_cents: int
    memo: str
    metadata: (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
    )
