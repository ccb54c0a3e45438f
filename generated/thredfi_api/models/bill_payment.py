from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation import BillPaymentAllocation
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction


T = TypeVar("T", bound="BillPayment")


@_attrs_define
class BillPayment:
    """A bill payment (list view; amounts in cents)

    Attributes:
        id (str | Unset):
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        payment_reference (str | Unset):
        payment_date (str | Unset):
        amount_cents (int | Unset):
        currency (str | Unset):
        payment_method (str | Unset):
        status (str | Unset): pending, processing, completed, failed, cancelled or returned
        allocated_amount_cents (int | Unset):
        unallocated_amount_cents (int | Unset):
        is_fully_allocated (bool | Unset):
        allocations (list[BillPaymentAllocation] | None | Unset):
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    status: str | Unset = UNSET
    allocated_amount_cents: int | Unset = UNSET
    unallocated_amount_cents: int | Unset = UNSET
    is_fully_allocated: bool | Unset = UNSET
    allocations: list[BillPaymentAllocation] | None | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        payment_reference = self.payment_reference

        payment_date = self.payment_date

        amount_cents = self.amount_cents

        currency = self.currency

        payment_method = self.payment_method

        status = self.status

        allocated_amount_cents = self.allocated_amount_cents

        unallocated_amount_cents = self.unallocated_amount_cents

        is_fully_allocated = self.is_fully_allocated

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
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if status is not UNSET:
            field_dict["status"] = status
        if allocated_amount_cents is not UNSET:
            field_dict["allocated_amount_cents"] = allocated_amount_cents
        if unallocated_amount_cents is not UNSET:
            field_dict["unallocated_amount_cents"] = unallocated_amount_cents
        if is_fully_allocated is not UNSET:
            field_dict["is_fully_allocated"] = is_fully_allocated
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
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
        from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        vendor_name = d.pop("vendor_name", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        status = d.pop("status", UNSET)

        allocated_amount_cents = d.pop("allocated_amount_cents", UNSET)

        unallocated_amount_cents = d.pop("unallocated_amount_cents", UNSET)

        is_fully_allocated = d.pop("is_fully_allocated", UNSET)

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

        bill_payment = cls(
            id=id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            payment_reference=payment_reference,
            payment_date=payment_date,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            status=status,
            allocated_amount_cents=allocated_amount_cents,
            unallocated_amount_cents=unallocated_amount_cents,
            is_fully_allocated=is_fully_allocated,
            allocations=allocations,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
        )

        bill_payment.additional_properties = d
        return bill_payment

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
