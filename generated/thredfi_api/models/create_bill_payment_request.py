from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_bill_payment_request_payment_method import (
    CreateBillPaymentRequestPaymentMethod,
    check_create_bill_payment_request_payment_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation_request import BillPaymentAllocationRequest
    from ..models.create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0


T = TypeVar("T", bound="CreateBillPaymentRequest")


@_attrs_define
class CreateBillPaymentRequest:
    """A bill payment with its allocations (created atomically)

    Attributes:
        vendor_id (UUID): Vendor receiving the payment
        amount_cents (int): Total payment amount in cents
        currency (str | Unset): Must match the business base currency
        payment_method (CreateBillPaymentRequestPaymentMethod | Unset):
        payment_date (datetime.date | Unset):
        payment_reference (str | Unset):
        check_number (str | Unset): Required when payment_method is check
        description (str | Unset):
        memo (str | Unset):
        processing_fee_cents (int | Unset):  Default: 0.
        external_id (str | Unset):
        metadata (CreateBillPaymentRequestMetadataType0 | None | Unset): Custom key-value pairs
        allocations (list[BillPaymentAllocationRequest] | Unset):
    """

    vendor_id: UUID
    amount_cents: int
    currency: str | Unset = UNSET
    payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    payment_reference: str | Unset = UNSET
    check_number: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    processing_fee_cents: int | Unset = 0
    external_id: str | Unset = UNSET
    metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET
    allocations: list[BillPaymentAllocationRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0  # noqa: PLC0415

        vendor_id = str(self.vendor_id)

        amount_cents = self.amount_cents

        currency = self.currency

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        payment_reference = self.payment_reference

        check_number = self.check_number

        description = self.description

        memo = self.memo

        processing_fee_cents = self.processing_fee_cents

        external_id = self.external_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateBillPaymentRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_payment_allocation_request import BillPaymentAllocationRequest  # noqa: PLC0415
        from ..models.create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = UUID(d.pop("vendor_id"))

        amount_cents = d.pop("amount_cents")

        currency = d.pop("currency", UNSET)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = check_create_bill_payment_request_payment_method(_payment_method)

        _payment_date = d.pop("payment_date", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        payment_reference = d.pop("payment_reference", UNSET)

        check_number = d.pop("check_number", UNSET)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        external_id = d.pop("external_id", UNSET)

        def _parse_metadata(data: object) -> CreateBillPaymentRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateBillPaymentRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateBillPaymentRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _allocations = d.pop("allocations", UNSET)
        allocations: list[BillPaymentAllocationRequest] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = BillPaymentAllocationRequest.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        create_bill_payment_request = cls(
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
        )

        create_bill_payment_request.additional_properties = d
        return create_bill_payment_request

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
