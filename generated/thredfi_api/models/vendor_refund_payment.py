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
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction, ReconciledBankTransactionDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReconciledBankTransaction
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundPayment")


@_attrs_define(repr=False)
class VendorRefundPayment(ThredfiModel):
    """A vendor refund payment (amounts in cents)

    Attributes:
        id (str | Unset):
        refund_id (str | Unset):
        vendor_id (str | Unset):
        vendor_name (str | Unset):
        payment_reference (str | Unset):
        payment_method (str | Unset):
        processor (str | Unset):
        refunded_amount_cents (int | Unset):
        processing_fee_cents (int | Unset):
        net_amount_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset): pending, processing, completed, failed or cancelled
        payment_date (str | Unset):
        submitted_at (None | str | Unset):
        completed_at (None | str | Unset):
        failed_at (None | str | Unset):
        failure_reason (None | str | Unset):
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("refund_id", "refund_id"),
        ("vendor_id", "vendor_id"),
        ("vendor_name", "vendor_name"),
        ("payment_reference", "payment_reference"),
        ("payment_method", "payment_method"),
        ("processor", "processor"),
        ("refunded_amount_cents", "refunded_amount_cents"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("net_amount_cents", "net_amount_cents"),
        ("currency", "currency"),
        ("status", "status"),
        ("payment_date", "payment_date"),
        ("submitted_at", "submitted_at"),
        ("completed_at", "completed_at"),
        ("failed_at", "failed_at"),
        ("failure_reason", "failure_reason"),
        ("reconciled_bank_transactions", "reconciled_bank_transactions"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
    )

    id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    processor: str | Unset = UNSET
    refunded_amount_cents: int | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    net_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    failed_at: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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

        if _kept is None or self.refund_id is not _kept.get("refund_id", _kept):
            refund_id = self.refund_id
        else:
            refund_id = _kept["refund_id"]

        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id = self.vendor_id
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.vendor_name is not _kept.get("vendor_name", _kept):
            vendor_name = self.vendor_name
        else:
            vendor_name = _kept["vendor_name"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.refunded_amount_cents is not _kept.get("refunded_amount_cents", _kept):
            refunded_amount_cents = self.refunded_amount_cents
        else:
            refunded_amount_cents = _kept["refunded_amount_cents"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.net_amount_cents is not _kept.get("net_amount_cents", _kept):
            net_amount_cents = self.net_amount_cents
        else:
            net_amount_cents = _kept["net_amount_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date = self.payment_date
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.submitted_at is not _kept.get("submitted_at", _kept):
            submitted_at: None | str | Unset
            if isinstance(self.submitted_at, Unset):
                submitted_at = UNSET
            else:
                submitted_at = self.submitted_at
        else:
            submitted_at = _kept["submitted_at"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.failed_at is not _kept.get("failed_at", _kept):
            failed_at: None | str | Unset
            if isinstance(self.failed_at, Unset):
                failed_at = UNSET
            else:
                failed_at = self.failed_at
        else:
            failed_at = _kept["failed_at"]

        if _kept is None or self.failure_reason is not _kept.get("failure_reason", _kept):
            failure_reason: None | str | Unset
            if isinstance(self.failure_reason, Unset):
                failure_reason = UNSET
            else:
                failure_reason = self.failure_reason
        else:
            failure_reason = _kept["failure_reason"]

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

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if refunded_amount_cents is not UNSET:
            field_dict["refunded_amount_cents"] = refunded_amount_cents
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if net_amount_cents is not UNSET:
            field_dict["net_amount_cents"] = net_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
            refund_id = d.pop("refund_id", UNSET)
            if _checking and refund_id.__class__ is not str and refund_id is not UNSET:
                _expect(refund_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            refund_id = _field_failed(cls, "refund_id", "refund_id", "str", src_dict, d, _error, _kept)

        try:
            vendor_id = d.pop("vendor_id", UNSET)
            if _checking and vendor_id.__class__ is not str and vendor_id is not UNSET:
                _expect(vendor_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_id = _field_failed(cls, "vendor_id", "vendor_id", "str", src_dict, d, _error, _kept)

        try:
            vendor_name = d.pop("vendor_name", UNSET)
            if _checking and vendor_name.__class__ is not str and vendor_name is not UNSET:
                _expect(vendor_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_name = _field_failed(cls, "vendor_name", "vendor_name", "str", src_dict, d, _error, _kept)

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
            refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)
            if _checking and refunded_amount_cents.__class__ is not int and refunded_amount_cents is not UNSET:
                _expect(refunded_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount_cents = _field_failed(
                cls, "refunded_amount_cents", "refunded_amount_cents", "int", src_dict, d, _error, _kept
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
            net_amount_cents = d.pop("net_amount_cents", UNSET)
            if _checking and net_amount_cents.__class__ is not int and net_amount_cents is not UNSET:
                _expect(net_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            net_amount_cents = _field_failed(
                cls, "net_amount_cents", "net_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            payment_date = d.pop("payment_date", UNSET)
            if _checking and payment_date.__class__ is not str and payment_date is not UNSET:
                _expect(payment_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(cls, "payment_date", "payment_date", "str", src_dict, d, _error, _kept)

        try:

            def _parse_submitted_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

            if _checking:
                _expect_one_of(
                    submitted_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            submitted_at = _field_failed(cls, "submitted_at", "submitted_at", "None | str", src_dict, d, _error, _kept)

        try:

            def _parse_completed_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

            if _checking:
                _expect_one_of(
                    completed_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            completed_at = _field_failed(cls, "completed_at", "completed_at", "None | str", src_dict, d, _error, _kept)

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

            def _parse_failure_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

            if _checking:
                _expect_one_of(
                    failure_reason,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            failure_reason = _field_failed(
                cls, "failure_reason", "failure_reason", "None | str", src_dict, d, _error, _kept
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

        vendor_refund_payment = cls(
            id=id,
            refund_id=refund_id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            payment_reference=payment_reference,
            payment_method=payment_method,
            processor=processor,
            refunded_amount_cents=refunded_amount_cents,
            processing_fee_cents=processing_fee_cents,
            net_amount_cents=net_amount_cents,
            currency=currency,
            status=status,
            payment_date=payment_date,
            submitted_at=submitted_at,
            completed_at=completed_at,
            failed_at=failed_at,
            failure_reason=failure_reason,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_payment.additional_properties = d
        if _kept:
            vendor_refund_payment._thredfi_kept = _kept
        return vendor_refund_payment

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


class VendorRefundPaymentDict(TypedDict, total=False):
    """``VendorRefundPayment`` as a dict (API field names): what a call accepts in its place."""

    id: str
    refund_id: str
    vendor_id: str
    vendor_name: str
    payment_reference: str
    payment_method: str
    processor: str
    refunded_amount_cents: int
    processing_fee_cents: int
    net_amount_cents: int
    currency: str
    status: str
    payment_date: str
    submitted_at: str | None
    completed_at: str | None
    failed_at: str | None
    failure_reason: str | None
    reconciled_bank_transactions: list[ReconciledBankTransaction | ReconciledBankTransactionDict] | None
    created_at: str
    updated_at: str
