from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation import BillPaymentAllocation
    from ..models.bill_payment_detail_metadata_type_0 import BillPaymentDetailMetadataType0
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction
    from ..models.vendor_refund_allocation_summary import VendorRefundAllocationSummary


T = TypeVar("T", bound="BillPaymentDetail")


@_attrs_define
class BillPaymentDetail:
    """A bill payment with its allocations (amounts in cents)

    Attributes:
        id (str | Unset):
        business_id (str | Unset):
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        payment_reference (str | Unset):
        external_id (str | Unset):
        processor_payment_id (str | Unset):
        check_number (str | Unset):
        amount_cents (int | Unset):
        currency (str | Unset):
        processing_fee_cents (int | Unset):
        net_amount_cents (int | Unset):
        allocated_amount_cents (int | Unset):
        unallocated_amount_cents (int | Unset):
        is_fully_allocated (bool | Unset):
        payment_method (str | Unset):
        status (str | Unset): pending, processing, completed, failed, cancelled or returned
        payment_date (str | Unset):
        value_date (str | Unset):
        submitted_at (None | str | Unset):
        completed_at (None | str | Unset):
        failed_at (None | str | Unset):
        description (str | Unset):
        memo (str | Unset):
        failure_reason (None | str | Unset):
        metadata (BillPaymentDetailMetadataType0 | None | Unset): Custom key-value pairs
        allocations (list[BillPaymentAllocation] | None | Unset):
        vendor_refund_allocations (list[VendorRefundAllocationSummary] | None | Unset):
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    processor_payment_id: str | Unset = UNSET
    check_number: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    net_amount_cents: int | Unset = UNSET
    allocated_amount_cents: int | Unset = UNSET
    unallocated_amount_cents: int | Unset = UNSET
    is_fully_allocated: bool | Unset = UNSET
    payment_method: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    value_date: str | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    failed_at: None | str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    metadata: BillPaymentDetailMetadataType0 | None | Unset = UNSET
    allocations: list[BillPaymentAllocation] | None | Unset = UNSET
    vendor_refund_allocations: list[VendorRefundAllocationSummary] | None | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill_payment_detail_metadata_type_0 import BillPaymentDetailMetadataType0  # noqa: PLC0415

        id = self.id

        business_id = self.business_id

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        payment_reference = self.payment_reference

        external_id = self.external_id

        processor_payment_id = self.processor_payment_id

        check_number = self.check_number

        amount_cents = self.amount_cents

        currency = self.currency

        processing_fee_cents = self.processing_fee_cents

        net_amount_cents = self.net_amount_cents

        allocated_amount_cents = self.allocated_amount_cents

        unallocated_amount_cents = self.unallocated_amount_cents

        is_fully_allocated = self.is_fully_allocated

        payment_method = self.payment_method

        status = self.status

        payment_date = self.payment_date

        value_date = self.value_date

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = self.submitted_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        description = self.description

        memo = self.memo

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BillPaymentDetailMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        vendor_refund_allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.vendor_refund_allocations, Unset):
            vendor_refund_allocations = UNSET
        elif isinstance(self.vendor_refund_allocations, list):
            vendor_refund_allocations = []
            for vendor_refund_allocations_type_0_item_data in self.vendor_refund_allocations:
                vendor_refund_allocations_type_0_item = vendor_refund_allocations_type_0_item_data.to_dict()
                vendor_refund_allocations.append(vendor_refund_allocations_type_0_item)

        else:
            vendor_refund_allocations = self.vendor_refund_allocations

        reconciled_bank_transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.reconciled_bank_transactions, Unset):
            reconciled_bank_transactions = UNSET
        elif isinstance(self.reconciled_bank_transactions, list):
            reconciled_bank_transactions = []
            for reconciled_bank_transactions_type_0_item_data in self.reconciled_bank_transactions:
                reconciled_bank_transactions_type_0_item = reconciled_bank_transactions_type_0_item_data.to_dict()
                reconciled_bank_transactions.append(reconciled_bank_transactions_type_0_item)

        else:
            reconciled_bank_transactions = self.reconciled_bank_transactions

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if processor_payment_id is not UNSET:
            field_dict["processor_payment_id"] = processor_payment_id
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if net_amount_cents is not UNSET:
            field_dict["net_amount_cents"] = net_amount_cents
        if allocated_amount_cents is not UNSET:
            field_dict["allocated_amount_cents"] = allocated_amount_cents
        if unallocated_amount_cents is not UNSET:
            field_dict["unallocated_amount_cents"] = unallocated_amount_cents
        if is_fully_allocated is not UNSET:
            field_dict["is_fully_allocated"] = is_fully_allocated
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if value_date is not UNSET:
            field_dict["value_date"] = value_date
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if vendor_refund_allocations is not UNSET:
            field_dict["vendor_refund_allocations"] = vendor_refund_allocations
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_payment_allocation import BillPaymentAllocation  # noqa: PLC0415
        from ..models.bill_payment_detail_metadata_type_0 import BillPaymentDetailMetadataType0  # noqa: PLC0415
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415
        from ..models.vendor_refund_allocation_summary import VendorRefundAllocationSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business_id = d.pop("business_id", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        vendor_name = d.pop("vendor_name", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        external_id = d.pop("external_id", UNSET)

        processor_payment_id = d.pop("processor_payment_id", UNSET)

        check_number = d.pop("check_number", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        net_amount_cents = d.pop("net_amount_cents", UNSET)

        allocated_amount_cents = d.pop("allocated_amount_cents", UNSET)

        unallocated_amount_cents = d.pop("unallocated_amount_cents", UNSET)

        is_fully_allocated = d.pop("is_fully_allocated", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        status = d.pop("status", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        value_date = d.pop("value_date", UNSET)

        def _parse_submitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        def _parse_metadata(data: object) -> BillPaymentDetailMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BillPaymentDetailMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillPaymentDetailMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_allocations(data: object) -> list[BillPaymentAllocation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allocations_type_0 = []
                _allocations_type_0 = data
                for allocations_type_0_item_data in _allocations_type_0:
                    allocations_type_0_item = BillPaymentAllocation.from_dict(allocations_type_0_item_data)

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BillPaymentAllocation] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        def _parse_vendor_refund_allocations(data: object) -> list[VendorRefundAllocationSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vendor_refund_allocations_type_0 = []
                _vendor_refund_allocations_type_0 = data
                for vendor_refund_allocations_type_0_item_data in _vendor_refund_allocations_type_0:
                    vendor_refund_allocations_type_0_item = VendorRefundAllocationSummary.from_dict(
                        vendor_refund_allocations_type_0_item_data
                    )

                    vendor_refund_allocations_type_0.append(vendor_refund_allocations_type_0_item)

                return vendor_refund_allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorRefundAllocationSummary] | None | Unset, data)

        vendor_refund_allocations = _parse_vendor_refund_allocations(d.pop("vendor_refund_allocations", UNSET))

        def _parse_reconciled_bank_transactions(data: object) -> list[ReconciledBankTransaction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reconciled_bank_transactions_type_0 = []
                _reconciled_bank_transactions_type_0 = data
                for reconciled_bank_transactions_type_0_item_data in _reconciled_bank_transactions_type_0:
                    reconciled_bank_transactions_type_0_item = ReconciledBankTransaction.from_dict(
                        reconciled_bank_transactions_type_0_item_data
                    )

                    reconciled_bank_transactions_type_0.append(reconciled_bank_transactions_type_0_item)

                return reconciled_bank_transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReconciledBankTransaction] | None | Unset, data)

        reconciled_bank_transactions = _parse_reconciled_bank_transactions(d.pop("reconciled_bank_transactions", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        bill_payment_detail = cls(
            id=id,
            business_id=business_id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            payment_reference=payment_reference,
            external_id=external_id,
            processor_payment_id=processor_payment_id,
            check_number=check_number,
            amount_cents=amount_cents,
            currency=currency,
            processing_fee_cents=processing_fee_cents,
            net_amount_cents=net_amount_cents,
            allocated_amount_cents=allocated_amount_cents,
            unallocated_amount_cents=unallocated_amount_cents,
            is_fully_allocated=is_fully_allocated,
            payment_method=payment_method,
            status=status,
            payment_date=payment_date,
            value_date=value_date,
            submitted_at=submitted_at,
            completed_at=completed_at,
            failed_at=failed_at,
            description=description,
            memo=memo,
            failure_reason=failure_reason,
            metadata=metadata,
            allocations=allocations,
            vendor_refund_allocations=vendor_refund_allocations,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
        )

        bill_payment_detail.additional_properties = d
        return bill_payment_detail

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
