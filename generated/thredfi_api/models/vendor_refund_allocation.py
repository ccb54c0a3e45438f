from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_allocation_metadata_type_0 import VendorRefundAllocationMetadataType0


T = TypeVar("T", bound="VendorRefundAllocation")


@_attrs_define
class VendorRefundAllocation:
    """Part of a vendor refund allocated to a bill, a bill payment or a credit

    Attributes:
        id (str | Unset):
        amount (int | Unset): Cents
        bill_id (None | str | Unset):
        bill_number (str | Unset):
        bill_outstanding_balance_cents (int | Unset):
        bill_payment_id (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        target_description (str | Unset):
        allocation_type (str | Unset): bill, payment or credit
        allocation_date (str | Unset):
        description (str | Unset):
        metadata (None | Unset | VendorRefundAllocationMetadataType0): Custom key-value pairs
    """

    id: str | Unset = UNSET
    amount: int | Unset = UNSET
    bill_id: None | str | Unset = UNSET
    bill_number: str | Unset = UNSET
    bill_outstanding_balance_cents: int | Unset = UNSET
    bill_payment_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    target_description: str | Unset = UNSET
    allocation_type: str | Unset = UNSET
    allocation_date: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: None | Unset | VendorRefundAllocationMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vendor_refund_allocation_metadata_type_0 import VendorRefundAllocationMetadataType0  # noqa: PLC0415

        id = self.id

        amount = self.amount

        bill_id: None | str | Unset
        if isinstance(self.bill_id, Unset):
            bill_id = UNSET
        else:
            bill_id = self.bill_id

        bill_number = self.bill_number

        bill_outstanding_balance_cents = self.bill_outstanding_balance_cents

        bill_payment_id: None | str | Unset
        if isinstance(self.bill_payment_id, Unset):
            bill_payment_id = UNSET
        else:
            bill_payment_id = self.bill_payment_id

        created_at = self.created_at

        updated_at = self.updated_at

        target_description = self.target_description

        allocation_type = self.allocation_type

        allocation_date = self.allocation_date

        description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, VendorRefundAllocationMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if bill_outstanding_balance_cents is not UNSET:
            field_dict["bill_outstanding_balance_cents"] = bill_outstanding_balance_cents
        if bill_payment_id is not UNSET:
            field_dict["bill_payment_id"] = bill_payment_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if target_description is not UNSET:
            field_dict["target_description"] = target_description
        if allocation_type is not UNSET:
            field_dict["allocation_type"] = allocation_type
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_refund_allocation_metadata_type_0 import VendorRefundAllocationMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_bill_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_id = _parse_bill_id(d.pop("bill_id", UNSET))

        bill_number = d.pop("bill_number", UNSET)

        bill_outstanding_balance_cents = d.pop("bill_outstanding_balance_cents", UNSET)

        def _parse_bill_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_payment_id = _parse_bill_payment_id(d.pop("bill_payment_id", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        target_description = d.pop("target_description", UNSET)

        allocation_type = d.pop("allocation_type", UNSET)

        allocation_date = d.pop("allocation_date", UNSET)

        description = d.pop("description", UNSET)

        def _parse_metadata(data: object) -> None | Unset | VendorRefundAllocationMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = VendorRefundAllocationMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VendorRefundAllocationMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        vendor_refund_allocation = cls(
            id=id,
            amount=amount,
            bill_id=bill_id,
            bill_number=bill_number,
            bill_outstanding_balance_cents=bill_outstanding_balance_cents,
            bill_payment_id=bill_payment_id,
            created_at=created_at,
            updated_at=updated_at,
            target_description=target_description,
            allocation_type=allocation_type,
            allocation_date=allocation_date,
            description=description,
            metadata=metadata,
        )

        vendor_refund_allocation.additional_properties = d
        return vendor_refund_allocation

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
