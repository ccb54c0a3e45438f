from __future__ import annotations

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

from ..models.vendor_refund_allocation_request_allocation_type import (
    VendorRefundAllocationRequestAllocationType,
    check_vendor_refund_allocation_request_allocation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_allocation_request_metadata_type_0 import (
        VendorRefundAllocationRequestMetadataType0,
        VendorRefundAllocationRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VendorRefundAllocationRequestMetadataType0
    from ..models.vendor_refund_allocation_request_metadata_type_0 import VendorRefundAllocationRequestMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundAllocationRequest")


@_attrs_define(repr=False)
class VendorRefundAllocationRequest(ThredfiModel):
    """Part of a refund to allocate

    Attributes:
        allocation_type (VendorRefundAllocationRequestAllocationType | Unset): bill, payment (a bill payment) or credit
        amount_cents (int | Unset):
        bill_id (UUID | Unset):
        bill_payment_id (UUID | Unset):
        description (str | Unset):
        metadata (None | Unset | VendorRefundAllocationRequestMetadataType0): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allocation_type", "allocation_type"),
        ("amount_cents", "amount_cents"),
        ("bill_id", "bill_id"),
        ("bill_payment_id", "bill_payment_id"),
        ("description", "description"),
        ("metadata", "metadata"),
    )

    allocation_type: VendorRefundAllocationRequestAllocationType | Unset = UNSET
    amount_cents: int | Unset = UNSET
    bill_id: UUID | Unset = UNSET
    bill_payment_id: UUID | Unset = UNSET
    description: str | Unset = UNSET
    metadata: None | Unset | VendorRefundAllocationRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.allocation_type is not _kept.get("allocation_type", _kept):
            allocation_type: str | Unset = UNSET
            if not isinstance(self.allocation_type, Unset):
                allocation_type = self.allocation_type

        else:
            allocation_type = _kept["allocation_type"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id: str | Unset = UNSET
            if not isinstance(self.bill_id, Unset):
                bill_id = str(self.bill_id)
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.bill_payment_id is not _kept.get("bill_payment_id", _kept):
            bill_payment_id: str | Unset = UNSET
            if not isinstance(self.bill_payment_id, Unset):
                bill_payment_id = str(self.bill_payment_id)
        else:
            bill_payment_id = _kept["bill_payment_id"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, VendorRefundAllocationRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_type is not UNSET:
            field_dict["allocation_type"] = allocation_type
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_payment_id is not UNSET:
            field_dict["bill_payment_id"] = bill_payment_id
        if description is not UNSET:
            field_dict["description"] = description
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
            _allocation_type = d.pop("allocation_type", UNSET)
            allocation_type: VendorRefundAllocationRequestAllocationType | Unset
            if isinstance(_allocation_type, Unset):
                allocation_type = UNSET
            else:
                allocation_type = check_vendor_refund_allocation_request_allocation_type(_allocation_type)

        except Exception as _error:
            if not _checking:
                raise
            allocation_type = _field_failed(
                cls,
                "allocation_type",
                "allocation_type",
                "VendorRefundAllocationRequestAllocationType",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            _bill_id = d.pop("bill_id", UNSET)
            bill_id: UUID | Unset
            if isinstance(_bill_id, Unset):
                bill_id = UNSET
            else:
                bill_id = UUID(_bill_id)

        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "UUID", src_dict, d, _error, _kept)

        try:
            _bill_payment_id = d.pop("bill_payment_id", UNSET)
            bill_payment_id: UUID | Unset
            if isinstance(_bill_payment_id, Unset):
                bill_payment_id = UNSET
            else:
                bill_payment_id = UUID(_bill_payment_id)

        except Exception as _error:
            if not _checking:
                raise
            bill_payment_id = _field_failed(
                cls, "bill_payment_id", "bill_payment_id", "UUID", src_dict, d, _error, _kept
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

            def _parse_metadata(data: object) -> None | Unset | VendorRefundAllocationRequestMetadataType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = VendorRefundAllocationRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VendorRefundAllocationRequestMetadataType0, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        VendorRefundAllocationRequestMetadataType0,
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
                "None | VendorRefundAllocationRequestMetadataType0",
                src_dict,
                d,
                _error,
                _kept,
            )

        vendor_refund_allocation_request = cls(
            allocation_type=allocation_type,
            amount_cents=amount_cents,
            bill_id=bill_id,
            bill_payment_id=bill_payment_id,
            description=description,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_allocation_request.additional_properties = d
        if _kept:
            vendor_refund_allocation_request._thredfi_kept = _kept
        return vendor_refund_allocation_request

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


class VendorRefundAllocationRequestDict(TypedDict, total=False):
    """``VendorRefundAllocationRequest`` as a dict (API field names): what a call accepts in its place."""

    allocation_type: VendorRefundAllocationRequestAllocationType
    amount_cents: int
    bill_id: UUID | str
    bill_payment_id: UUID | str
    description: str
    metadata: VendorRefundAllocationRequestMetadataType0 | VendorRefundAllocationRequestMetadataType0Dict | None
