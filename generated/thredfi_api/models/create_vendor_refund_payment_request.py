from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict, TypeVar, cast
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
    from ..models.create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,
        CreateVendorRefundPaymentRequestMetadataType0Dict,
    )
    from ..models.vendor_refund_allocation_request import (
        VendorRefundAllocationRequest,
        VendorRefundAllocationRequestDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateVendorRefundPaymentRequestMetadataType0, VendorRefundAllocationRequest
    from ..models.create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,  # noqa: PLC0415
    )
    from ..models.vendor_refund_allocation_request import VendorRefundAllocationRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVendorRefundPaymentRequest")


@_attrs_define(repr=False)
class CreateVendorRefundPaymentRequest(ThredfiModel):
    """A vendor refund, its payment and allocations (created atomically)

    Attributes:
        vendor_id (UUID): Vendor issuing the refund
        total_amount_cents (int): Total refund amount in cents
        allocations (list[VendorRefundAllocationRequest] | Unset):
        external_id (str | Unset):
        refund_type (str | Unset): e.g. overpayment
        refund_date (datetime.date | Unset):
        currency (str | Unset):
        description (str | Unset):
        memo (str | Unset):
        reason (str | Unset):
        metadata (CreateVendorRefundPaymentRequestMetadataType0 | None | Unset): Custom key-value pairs
        payment_method (str | Unset): e.g. bank_transfer
        processor (str | Unset): e.g. bank_transfer
        payment_reference (str | Unset):
        processing_fee_cents (int | Unset):  Default: 0.
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vendor_id", "vendor_id"),
        ("total_amount_cents", "total_amount_cents"),
        ("allocations", "allocations"),
        ("external_id", "external_id"),
        ("refund_type", "refund_type"),
        ("refund_date", "refund_date"),
        ("currency", "currency"),
        ("description", "description"),
        ("memo", "memo"),
        ("reason", "reason"),
        ("metadata", "metadata"),
        ("payment_method", "payment_method"),
        ("processor", "processor"),
        ("payment_reference", "payment_reference"),
        ("processing_fee_cents", "processing_fee_cents"),
    )

    vendor_id: UUID
    total_amount_cents: int
    allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
    external_id: str | Unset = UNSET
    refund_type: str | Unset = UNSET
    refund_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET
    payment_method: str | Unset = UNSET
    processor: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    processing_fee_cents: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id = str(self.vendor_id)
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.total_amount_cents is not _kept.get("total_amount_cents", _kept):
            total_amount_cents = self.total_amount_cents
        else:
            total_amount_cents = _kept["total_amount_cents"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.refund_type is not _kept.get("refund_type", _kept):
            refund_type = self.refund_type
        else:
            refund_type = _kept["refund_type"]

        if _kept is None or self.refund_date is not _kept.get("refund_date", _kept):
            refund_date: str | Unset = UNSET
            if not isinstance(self.refund_date, Unset):
                refund_date = self.refund_date.isoformat()
        else:
            refund_date = _kept["refund_date"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.reason is not _kept.get("reason", _kept):
            reason = self.reason
        else:
            reason = _kept["reason"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CreateVendorRefundPaymentRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
            }
        )
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if refund_type is not UNSET:
            field_dict["refund_type"] = refund_type
        if refund_date is not UNSET:
            field_dict["refund_date"] = refund_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
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
            vendor_id = UUID(d.pop("vendor_id"))

        except Exception as _error:
            if not _checking:
                raise
            vendor_id = _field_failed(cls, "vendor_id", "vendor_id", "UUID", src_dict, d, _error, _kept)

        try:
            total_amount_cents = d.pop("total_amount_cents")
            if _checking and total_amount_cents.__class__ is not int:
                _expect(total_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount_cents = _field_failed(
                cls, "total_amount_cents", "total_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[VendorRefundAllocationRequest] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = VendorRefundAllocationRequest.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[VendorRefundAllocationRequest]", src_dict, d, _error, _kept
            )

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            refund_type = d.pop("refund_type", UNSET)
            if _checking and refund_type.__class__ is not str and refund_type is not UNSET:
                _expect(refund_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            refund_type = _field_failed(cls, "refund_type", "refund_type", "str", src_dict, d, _error, _kept)

        try:
            _refund_date = d.pop("refund_date", UNSET)
            refund_date: datetime.date | Unset
            if isinstance(_refund_date, Unset):
                refund_date = UNSET
            else:
                refund_date = datetime.date.fromisoformat(_refund_date)

        except Exception as _error:
            if not _checking:
                raise
            refund_date = _field_failed(cls, "refund_date", "refund_date", "datetime.date", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

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
            reason = d.pop("reason", UNSET)
            if _checking and reason.__class__ is not str and reason is not UNSET:
                _expect(reason, "str")
        except Exception as _error:
            if not _checking:
                raise
            reason = _field_failed(cls, "reason", "reason", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> CreateVendorRefundPaymentRequestMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = CreateVendorRefundPaymentRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateVendorRefundPaymentRequestMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        CreateVendorRefundPaymentRequestMetadataType0,
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
                "CreateVendorRefundPaymentRequestMetadataType0 | None",
                src_dict,
                d,
                _error,
                _kept,
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

        create_vendor_refund_payment_request = cls(
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_vendor_refund_payment_request.additional_properties = d
        if _kept:
            create_vendor_refund_payment_request._thredfi_kept = _kept
        return create_vendor_refund_payment_request

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


class CreateVendorRefundPaymentRequestDict(TypedDict, total=False):
    """``CreateVendorRefundPaymentRequest`` as a dict (API field names): what a call accepts in its place."""

    vendor_id: Required[UUID | str]
    total_amount_cents: Required[int]
    allocations: list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict]
    external_id: str
    refund_type: str
    refund_date: datetime.date | str
    currency: str
    description: str
    memo: str
    reason: str
    metadata: CreateVendorRefundPaymentRequestMetadataType0 | CreateVendorRefundPaymentRequestMetadataType0Dict | None
    payment_method: str
    processor: str
    payment_reference: str
    processing_fee_cents: int
