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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_allocation import InvoicePaymentAllocation, InvoicePaymentAllocationDict
    from ..models.payment_customer import PaymentCustomer, PaymentCustomerDict
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction, ReconciledBankTransactionDict
    from ..models.refund_allocation_summary import RefundAllocationSummary, RefundAllocationSummaryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InvoicePaymentAllocation, PaymentCustomer, ReconciledBankTransaction, RefundAllocationSummary
    from ..models.invoice_payment_allocation import InvoicePaymentAllocation  # noqa: PLC0415
    from ..models.payment_customer import PaymentCustomer  # noqa: PLC0415
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415
    from ..models.refund_allocation_summary import RefundAllocationSummary  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoicePayment")


@_attrs_define(repr=False)
class InvoicePayment(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("customer", "customer"),
        ("customer_name", "customer_name"),
        ("customer_email", "customer_email"),
        ("payment_method", "payment_method"),
        ("total_amount", "total_amount"),
        ("allocated_amount", "allocated_amount"),
        ("unallocated_amount", "unallocated_amount"),
        ("net_amount", "net_amount"),
        ("processing_fee", "processing_fee"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("display_amount", "display_amount"),
        ("is_fully_allocated", "is_fully_allocated"),
        ("is_completed", "is_completed"),
        ("processed_at", "processed_at"),
        ("failed_at", "failed_at"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("allocations", "allocations"),
        ("refund_allocations", "refund_allocations"),
        ("reconciled_bank_transactions", "reconciled_bank_transactions"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.customer is not _kept.get("customer", _kept):
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, PaymentCustomer):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        else:
            customer = _kept["customer"]

        if _kept is None or self.customer_name is not _kept.get("customer_name", _kept):
            customer_name = self.customer_name
        else:
            customer_name = _kept["customer_name"]

        if _kept is None or self.customer_email is not _kept.get("customer_email", _kept):
            customer_email = self.customer_email
        else:
            customer_email = _kept["customer_email"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.total_amount is not _kept.get("total_amount", _kept):
            total_amount = self.total_amount
        else:
            total_amount = _kept["total_amount"]

        if _kept is None or self.allocated_amount is not _kept.get("allocated_amount", _kept):
            allocated_amount = self.allocated_amount
        else:
            allocated_amount = _kept["allocated_amount"]

        if _kept is None or self.unallocated_amount is not _kept.get("unallocated_amount", _kept):
            unallocated_amount = self.unallocated_amount
        else:
            unallocated_amount = _kept["unallocated_amount"]

        if _kept is None or self.net_amount is not _kept.get("net_amount", _kept):
            net_amount = self.net_amount
        else:
            net_amount = _kept["net_amount"]

        if _kept is None or self.processing_fee is not _kept.get("processing_fee", _kept):
            processing_fee = self.processing_fee
        else:
            processing_fee = _kept["processing_fee"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.display_amount is not _kept.get("display_amount", _kept):
            display_amount = self.display_amount
        else:
            display_amount = _kept["display_amount"]

        if _kept is None or self.is_fully_allocated is not _kept.get("is_fully_allocated", _kept):
            is_fully_allocated = self.is_fully_allocated
        else:
            is_fully_allocated = _kept["is_fully_allocated"]

        if _kept is None or self.is_completed is not _kept.get("is_completed", _kept):
            is_completed = self.is_completed
        else:
            is_completed = _kept["is_completed"]

        if _kept is None or self.processed_at is not _kept.get("processed_at", _kept):
            processed_at: None | str | Unset
            if isinstance(self.processed_at, Unset):
                processed_at = UNSET
            else:
                processed_at = self.processed_at
        else:
            processed_at = _kept["processed_at"]

        if _kept is None or self.failed_at is not _kept.get("failed_at", _kept):
            failed_at: None | str | Unset
            if isinstance(self.failed_at, Unset):
                failed_at = UNSET
            else:
                failed_at = self.failed_at
        else:
            failed_at = _kept["failed_at"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
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
        else:
            allocations = _kept["allocations"]

        if _kept is None or self.refund_allocations is not _kept.get("refund_allocations", _kept):
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
        else:
            refund_allocations = _kept["refund_allocations"]

        if _kept is None or self.reconciled_bank_transactions is not _kept.get("reconciled_bank_transactions", _kept):
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
        else:
            reconciled_bank_transactions = _kept["reconciled_bank_transactions"]

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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    customer,
                    (
                        type(None),
                        PaymentCustomer,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            customer = _field_failed(cls, "customer", "customer", "None | PaymentCustomer", src_dict, d, _error, _kept)

        try:
            customer_name = d.pop("customer_name", UNSET)
            if _checking and customer_name.__class__ is not str and customer_name is not UNSET:
                _expect(customer_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_name = _field_failed(cls, "customer_name", "customer_name", "str", src_dict, d, _error, _kept)

        try:
            customer_email = d.pop("customer_email", UNSET)
            if _checking and customer_email.__class__ is not str and customer_email is not UNSET:
                _expect(customer_email, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_email = _field_failed(cls, "customer_email", "customer_email", "str", src_dict, d, _error, _kept)

        try:
            payment_method = d.pop("payment_method", UNSET)
            if _checking and payment_method.__class__ is not str and payment_method is not UNSET:
                _expect(payment_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(cls, "payment_method", "payment_method", "str", src_dict, d, _error, _kept)

        try:
            total_amount = d.pop("total_amount", UNSET)
            if _checking and total_amount.__class__ is not int and total_amount is not UNSET:
                _expect(total_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount = _field_failed(cls, "total_amount", "total_amount", "int", src_dict, d, _error, _kept)

        try:
            allocated_amount = d.pop("allocated_amount", UNSET)
            if _checking and allocated_amount.__class__ is not int and allocated_amount is not UNSET:
                _expect(allocated_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            allocated_amount = _field_failed(
                cls, "allocated_amount", "allocated_amount", "int", src_dict, d, _error, _kept
            )

        try:
            unallocated_amount = d.pop("unallocated_amount", UNSET)
            if _checking and unallocated_amount.__class__ is not int and unallocated_amount is not UNSET:
                _expect(unallocated_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            unallocated_amount = _field_failed(
                cls, "unallocated_amount", "unallocated_amount", "int", src_dict, d, _error, _kept
            )

        try:
            net_amount = d.pop("net_amount", UNSET)
            if _checking and net_amount.__class__ is not int and net_amount is not UNSET:
                _expect(net_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_amount = _field_failed(cls, "net_amount", "net_amount", "int", src_dict, d, _error, _kept)

        try:
            processing_fee = d.pop("processing_fee", UNSET)
            if _checking and processing_fee.__class__ is not int and processing_fee is not UNSET:
                _expect(processing_fee, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee = _field_failed(cls, "processing_fee", "processing_fee", "int", src_dict, d, _error, _kept)

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
            display_amount = d.pop("display_amount", UNSET)
            if _checking and display_amount.__class__ is not str and display_amount is not UNSET:
                _expect(display_amount, "str")
        except Exception as _error:
            if not _checking:
                raise
            display_amount = _field_failed(cls, "display_amount", "display_amount", "str", src_dict, d, _error, _kept)

        try:
            is_fully_allocated = d.pop("is_fully_allocated", UNSET)
            if _checking and is_fully_allocated.__class__ is not bool and is_fully_allocated is not UNSET:
                _expect(is_fully_allocated, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_fully_allocated = _field_failed(
                cls, "is_fully_allocated", "is_fully_allocated", "bool", src_dict, d, _error, _kept
            )

        try:
            is_completed = d.pop("is_completed", UNSET)
            if _checking and is_completed.__class__ is not bool and is_completed is not UNSET:
                _expect(is_completed, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_completed = _field_failed(cls, "is_completed", "is_completed", "bool", src_dict, d, _error, _kept)

        try:

            def _parse_processed_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

            if _checking:
                _expect_one_of(
                    processed_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            processed_at = _field_failed(cls, "processed_at", "processed_at", "None | str", src_dict, d, _error, _kept)

        try:

            def _parse_failed_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

            if _checking:
                _expect_one_of(
                    failed_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            failed_at = _field_failed(cls, "failed_at", "failed_at", "None | str", src_dict, d, _error, _kept)

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if _checking and updated_at.__class__ is not str and updated_at is not UNSET:
                _expect(updated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            updated_at = _field_failed(cls, "updated_at", "updated_at", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[InvoicePaymentAllocation] | None", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    refund_allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            refund_allocations = _field_failed(
                cls,
                "refund_allocations",
                "refund_allocations",
                "list[RefundAllocationSummary] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

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

            reconciled_bank_transactions = _parse_reconciled_bank_transactions(
                d.pop("reconciled_bank_transactions", UNSET)
            )

            if _checking:
                _expect_one_of(
                    reconciled_bank_transactions,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            reconciled_bank_transactions = _field_failed(
                cls,
                "reconciled_bank_transactions",
                "reconciled_bank_transactions",
                "list[ReconciledBankTransaction] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment.additional_properties = d
        if _kept:
            invoice_payment._thredfi_kept = _kept
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


class InvoicePaymentDict(TypedDict, total=False):
    """``InvoicePayment`` as a dict (API field names): what a call accepts in its place."""

    id: str
    customer: None | PaymentCustomer | PaymentCustomerDict
    customer_name: str
    customer_email: str
    payment_method: str
    total_amount: int
    allocated_amount: int
    unallocated_amount: int
    net_amount: int
    processing_fee: int
    processing_fee_cents: int
    display_amount: str
    is_fully_allocated: bool
    is_completed: bool
    processed_at: str | None
    failed_at: str | None
    created_at: str
    updated_at: str
    allocations: list[InvoicePaymentAllocation | InvoicePaymentAllocationDict] | None
    refund_allocations: list[RefundAllocationSummary | RefundAllocationSummaryDict] | None
    reconciled_bank_transactions: list[ReconciledBankTransaction | ReconciledBankTransactionDict] | None
