from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_refund_allocation_request_allocation_type import (
    VendorRefundAllocationRequestAllocationType,
    check_vendor_refund_allocation_request_allocation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_allocation_request_metadata_type_0 import VendorRefundAllocationRequestMetadataType0


T = TypeVar("T", bound="VendorRefundAllocationRequest")


@_attrs_define
class VendorRefundAllocationRequest:
    """Part of a refund to allocate

    Attributes:
        allocation_type (VendorRefundAllocationRequestAllocationType | Unset): bill, payment (a bill payment) or credit
        amount_cents (int | Unset):
        bill_id (UUID | Unset):
        bill_payment_id (UUID | Unset):
        description (str | Unset):
        metadata (None | Unset | VendorRefundAllocationRequestMetadataType0): Custom key-value pairs
    """

    allocation_type: VendorRefundAllocationRequestAllocationType | Unset = UNSET
    amount_cents: int | Unset = UNSET
    bill_id: UUID | Unset = UNSET
    bill_payment_id: UUID | Unset = UNSET
    description: str | Unset = UNSET
    metadata: None | Unset | VendorRefundAllocationRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vendor_refund_allocation_request_metadata_type_0 import VendorRefundAllocationRequestMetadataType0  # noqa: PLC0415

        allocation_type: str | Unset = UNSET
        if not isinstance(self.allocation_type, Unset):
            allocation_type = self.allocation_type

        amount_cents = self.amount_cents

        bill_id: str | Unset = UNSET
        if not isinstance(self.bill_id, Unset):
            bill_id = str(self.bill_id)

        bill_payment_id: str | Unset = UNSET
        if not isinstance(self.bill_payment_id, Unset):
            bill_payment_id = str(self.bill_payment_id)

        description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, VendorRefundAllocationRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_refund_allocation_request_metadata_type_0 import VendorRefundAllocationRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        _allocation_type = d.pop("allocation_type", UNSET)
        allocation_type: VendorRefundAllocationRequestAllocationType | Unset
        if isinstance(_allocation_type, Unset):
            allocation_type = UNSET
        else:
            allocation_type = check_vendor_refund_allocation_request_allocation_type(_allocation_type)

        amount_cents = d.pop("amount_cents", UNSET)

        _bill_id = d.pop("bill_id", UNSET)
        bill_id: UUID | Unset
        if isinstance(_bill_id, Unset):
            bill_id = UNSET
        else:
            bill_id = UUID(_bill_id)

        _bill_payment_id = d.pop("bill_payment_id", UNSET)
        bill_payment_id: UUID | Unset
        if isinstance(_bill_payment_id, Unset):
            bill_payment_id = UNSET
        else:
            bill_payment_id = UUID(_bill_payment_id)

        description = d.pop("description", UNSET)

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

        vendor_refund_allocation_request = cls(
            allocation_type=allocation_type,
            amount_cents=amount_cents,
            bill_id=bill_id,
            bill_payment_id=bill_payment_id,
            description=description,
            metadata=metadata,
        )

        vendor_refund_allocation_request.additional_properties = d
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
