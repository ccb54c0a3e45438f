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
    from ..models.refund_payment_metadata_type_0 import RefundPaymentMetadataType0, RefundPaymentMetadataType0Dict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReconciledBankTransaction, RefundPaymentMetadataType0
    from ..models.reconciled_bank_transaction import ReconciledBankTransaction  # noqa: PLC0415
    from ..models.refund_payment_metadata_type_0 import RefundPaymentMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RefundPayment")


@_attrs_define(repr=False)
class RefundPayment(ThredfiModel):
    """A payment of a refund

    Attributes:
        id (str | Unset):
        refund_id (str | Unset):
        refunded_amount (int | Unset): Cents
        refund_processing_fee (int | Unset): Cents
        reconciled_bank_transactions (list[ReconciledBankTransaction] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        external_id (str | Unset):
        completed_at (None | str | Unset):
        method (str | Unset): e.g. BANK_TRANSFER, CASH, ACH (upper case)
        processor (str | Unset):
        transaction_tags (list[str] | None | Unset):
        memo (str | Unset):
        metadata (None | RefundPaymentMetadataType0 | Unset): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("refund_id", "refund_id"),
        ("refunded_amount", "refunded_amount"),
        ("refund_processing_fee", "refund_processing_fee"),
        ("reconciled_bank_transactions", "reconciled_bank_transactions"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("external_id", "external_id"),
        ("completed_at", "completed_at"),
        ("method", "method"),
        ("processor", "processor"),
        ("transaction_tags", "transaction_tags"),
        ("memo", "memo"),
        ("metadata", "metadata"),
    )

    id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    refund_processing_fee: int | Unset = UNSET
    reconciled_bank_transactions: list[ReconciledBankTransaction] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    external_id: str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    method: str | Unset = UNSET
    processor: str | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | RefundPaymentMetadataType0 | Unset = UNSET
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

        if _kept is None or self.refunded_amount is not _kept.get("refunded_amount", _kept):
            refunded_amount = self.refunded_amount
        else:
            refunded_amount = _kept["refunded_amount"]

        if _kept is None or self.refund_processing_fee is not _kept.get("refund_processing_fee", _kept):
            refund_processing_fee = self.refund_processing_fee
        else:
            refund_processing_fee = _kept["refund_processing_fee"]

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

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.method is not _kept.get("method", _kept):
            method = self.method
        else:
            method = _kept["method"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | None | Unset
            if isinstance(self.transaction_tags, Unset):
                transaction_tags = UNSET
            elif isinstance(self.transaction_tags, list):
                transaction_tags = self.transaction_tags

            else:
                transaction_tags = self.transaction_tags
        else:
            transaction_tags = _kept["transaction_tags"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, RefundPaymentMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if refund_processing_fee is not UNSET:
            field_dict["refund_processing_fee"] = refund_processing_fee
        if reconciled_bank_transactions is not UNSET:
            field_dict["reconciled_bank_transactions"] = reconciled_bank_transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if method is not UNSET:
            field_dict["method"] = method
        if processor is not UNSET:
            field_dict["processor"] = processor
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if memo is not UNSET:
            field_dict["memo"] = memo
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
            refunded_amount = d.pop("refunded_amount", UNSET)
            if _checking and refunded_amount.__class__ is not int and refunded_amount is not UNSET:
                _expect(refunded_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount = _field_failed(
                cls, "refunded_amount", "refunded_amount", "int", src_dict, d, _error, _kept
            )

        try:
            refund_processing_fee = d.pop("refund_processing_fee", UNSET)
            if _checking and refund_processing_fee.__class__ is not int and refund_processing_fee is not UNSET:
                _expect(refund_processing_fee, "int")
        except Exception as _error:
            if not _checking:
                raise
            refund_processing_fee = _field_failed(
                cls, "refund_processing_fee", "refund_processing_fee", "int", src_dict, d, _error, _kept
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

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

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
            method = d.pop("method", UNSET)
            if _checking and method.__class__ is not str and method is not UNSET:
                _expect(method, "str")
        except Exception as _error:
            if not _checking:
                raise
            method = _field_failed(cls, "method", "method", "str", src_dict, d, _error, _kept)

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:

            def _parse_transaction_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    transaction_tags_type_0 = cast(list[str], data)

                    return transaction_tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            transaction_tags = _parse_transaction_tags(d.pop("transaction_tags", UNSET))

            if _checking:
                _expect_one_of(
                    transaction_tags,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            transaction_tags = _field_failed(
                cls, "transaction_tags", "transaction_tags", "list[str] | None", src_dict, d, _error, _kept
            )

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> None | RefundPaymentMetadataType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = RefundPaymentMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RefundPaymentMetadataType0 | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        RefundPaymentMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | RefundPaymentMetadataType0", src_dict, d, _error, _kept
            )

        refund_payment = cls(
            id=id,
            refund_id=refund_id,
            refunded_amount=refunded_amount,
            refund_processing_fee=refund_processing_fee,
            reconciled_bank_transactions=reconciled_bank_transactions,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            completed_at=completed_at,
            method=method,
            processor=processor,
            transaction_tags=transaction_tags,
            memo=memo,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        refund_payment.additional_properties = d
        if _kept:
            refund_payment._thredfi_kept = _kept
        return refund_payment

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


class RefundPaymentDict(TypedDict, total=False):
    """``RefundPayment`` as a dict (API field names): what a call accepts in its place."""

    id: str
    refund_id: str
    refunded_amount: int
    refund_processing_fee: int
    reconciled_bank_transactions: list[ReconciledBankTransaction | ReconciledBankTransactionDict] | None
    created_at: str
    updated_at: str
    external_id: str
    completed_at: str | None
    method: str
    processor: str
    transaction_tags: list[str] | None
    memo: str
    metadata: RefundPaymentMetadataType0 | RefundPaymentMetadataType0Dict | None
