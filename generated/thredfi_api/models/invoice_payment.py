from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation import InvoicePaymentAllocation
    from ..models.payment_customer import PaymentCustomer
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction
    from ..models.refund_allocation_summary import RefundAllocationSummary


T = TypeVar("T", bound="InvoicePayment")


@_attrs_define
class InvoicePayment:
    """An invoice payment with its allocations (the rest of the fields are kept in additional properties)

    Attributes:
        id (str | Unset):
        customer (None | PaymentCustomer | Unset):
        customer_name (str | Unset):
        customer_email (str | Unset):
        payment_method (str | Unset):
        total_amount (int | Unset): Cents
        allocated_amount (int | Unset): Cents
        unallocated_amount (int | Unset): Cents
        net_amount (int | Unset): Cents
        processing_fee (int | Unset): Cents
        processing_fee_cents (int | Unset):
        display_amount (str | Unset): Formatted amount with currency symbol
        is_fully_allocated (bool | Unset):
        is_completed (bool | Unset):
        processed_at (None | str | Unset):
        failed_at (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        allocations (list[InvoicePaymentAllocation] | None | Unset):
        refund_allocations (list[RefundAllocationSummary] | None | Unset):
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
    """

    id: str | Unset = UNSET
    customer: None | PaymentCustomer | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    total_amount: int | Unset = UNSET
    allocated_amount: int | Unset = UNSET
    unallocated_amount: int | Unset = UNSET
    net_amount: int | Unset = UNSET
    processing_fee: int | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    display_amount: str | Unset = UNSET
    is_fully_allocated: bool | Unset = UNSET
    is_completed: bool | Unset = UNSET
    processed_at: None | str | Unset = UNSET
    failed_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    allocations: list[InvoicePaymentAllocation] | None | Unset = UNSET
    refund_allocations: list[RefundAllocationSummary] | None | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_customer import PaymentCustomer  # noqa: PLC0415

        id = self.id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, PaymentCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_name = self.customer_name

        customer_email = self.customer_email

        payment_method = self.payment_method

        total_amount = self.total_amount

        allocated_amount = self.allocated_amount

        unallocated_amount = self.unallocated_amount

        net_amount = self.net_amount

        processing_fee = self.processing_fee

        processing_fee_cents = self.processing_fee_cents

        display_amount = self.display_amount

        is_fully_allocated = self.is_fully_allocated

        is_completed = self.is_completed

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        created_at = self.created_at

        updated_at = self.updated_at

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

        refund_allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_allocations, Unset):
            refund_allocations = UNSET
        elif isinstance(self.refund_allocations, list):
            refund_allocations = []
            for refund_allocations_type_0_item_data in self.refund_allocations:
                refund_allocations_type_0_item = refund_allocations_type_0_item_data.to_dict()
                refund_allocations.append(refund_allocations_type_0_item)

        else:
            refund_allocations = self.refund_allocations

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if allocated_amount is not UNSET:
            field_dict["allocated_amount"] = allocated_amount
        if unallocated_amount is not UNSET:
            field_dict["unallocated_amount"] = unallocated_amount
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if processing_fee is not UNSET:
            field_dict["processing_fee"] = processing_fee
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if display_amount is not UNSET:
            field_dict["display_amount"] = display_amount
        if is_fully_allocated is not UNSET:
            field_dict["is_fully_allocated"] = is_fully_allocated
        if is_completed is not UNSET:
            field_dict["is_completed"] = is_completed
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if refund_allocations is not UNSET:
            field_dict["refund_allocations"] = refund_allocations
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_allocation import InvoicePaymentAllocation  # noqa: PLC0415
        from ..models.payment_customer import PaymentCustomer  # noqa: PLC0415
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415
        from ..models.refund_allocation_summary import RefundAllocationSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_customer(data: object) -> None | PaymentCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = PaymentCustomer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentCustomer | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        customer_name = d.pop("customer_name", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        allocated_amount = d.pop("allocated_amount", UNSET)

        unallocated_amount = d.pop("unallocated_amount", UNSET)

        net_amount = d.pop("net_amount", UNSET)

        processing_fee = d.pop("processing_fee", UNSET)

        processing_fee_cents = d.pop("processing_fee_cents", UNSET)

        display_amount = d.pop("display_amount", UNSET)

        is_fully_allocated = d.pop("is_fully_allocated", UNSET)

        is_completed = d.pop("is_completed", UNSET)

        def _parse_processed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        def _parse_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_allocations(data: object) -> list[InvoicePaymentAllocation] | None | Unset:
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
                    allocations_type_0_item = InvoicePaymentAllocation.from_dict(allocations_type_0_item_data)

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePaymentAllocation] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        def _parse_refund_allocations(data: object) -> list[RefundAllocationSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_allocations_type_0 = []
                _refund_allocations_type_0 = data
                for refund_allocations_type_0_item_data in _refund_allocations_type_0:
                    refund_allocations_type_0_item = RefundAllocationSummary.from_dict(
                        refund_allocations_type_0_item_data
                    )

                    refund_allocations_type_0.append(refund_allocations_type_0_item)

                return refund_allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefundAllocationSummary] | None | Unset, data)

        refund_allocations = _parse_refund_allocations(d.pop("refund_allocations", UNSET))

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

        invoice_payment = cls(
            id=id,
            customer=customer,
            customer_name=customer_name,
            customer_email=customer_email,
            payment_method=payment_method,
            total_amount=total_amount,
            allocated_amount=allocated_amount,
            unallocated_amount=unallocated_amount,
            net_amount=net_amount,
            processing_fee=processing_fee,
            processing_fee_cents=processing_fee_cents,
            display_amount=display_amount,
            is_fully_allocated=is_fully_allocated,
            is_completed=is_completed,
            processed_at=processed_at,
            failed_at=failed_at,
            created_at=created_at,
            updated_at=updated_at,
            allocations=allocations,
            refund_allocations=refund_allocations,
            reconciled_bank_transactions=reconciled_bank_transactions,
        )

        invoice_payment.additional_properties = d
        return invoice_payment

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
