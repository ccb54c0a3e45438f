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
    from ..models.payout_metadata_type_0 import PayoutMetadataType0, PayoutMetadataType0Dict
    from ..models.payout_payment import PayoutPayment, PayoutPaymentDict
    from ..models.payout_refund_payment import PayoutRefundPayment, PayoutRefundPaymentDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, PayoutMetadataType0, PayoutPayment, PayoutRefundPayment
    from ..models.payout_metadata_type_0 import PayoutMetadataType0  # noqa: PLC0415
    from ..models.payout_payment import PayoutPayment  # noqa: PLC0415
    from ..models.payout_refund_payment import PayoutRefundPayment  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Payout")


@_attrs_define(repr=False)
class Payout(ThredfiModel):
    """A processor payout (settlement) with its payments and refund payments (amounts in cents)

    Attributes:
        id (str | Unset):
        business_id (str | Unset):
        external_id (str | Unset):
        processor (str | Unset): e.g. stripe
        processor_payout_id (str | Unset):
        paid_out_amount_cents (int | Unset):
        fee_cents (int | Unset):
        additional_refunds_amount_cents (int | Unset):
        net_amount_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset):
        completed_at (None | str | Unset):
        imported_at (None | str | Unset):
        reference_number (str | Unset):
        memo (str | Unset):
        metadata (None | PayoutMetadataType0 | Unset): Custom key-value pairs
        payment_count (int | Unset):
        refund_payment_count (int | Unset):
        gross_payments_amount_cents (int | Unset):
        total_refunds_amount_cents (int | Unset):
        expected_net_amount_cents (int | Unset):
        amount_variance_cents (int | Unset):
        payments (list[PayoutPayment] | None | Unset):
        refund_payments (list[PayoutRefundPayment] | None | Unset):
        reconciliation_status (str | Unset):
        settlement_file_id (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("business_id", "business_id"),
        ("external_id", "external_id"),
        ("processor", "processor"),
        ("processor_payout_id", "processor_payout_id"),
        ("paid_out_amount_cents", "paid_out_amount_cents"),
        ("fee_cents", "fee_cents"),
        ("additional_refunds_amount_cents", "additional_refunds_amount_cents"),
        ("net_amount_cents", "net_amount_cents"),
        ("currency", "currency"),
        ("status", "status"),
        ("completed_at", "completed_at"),
        ("imported_at", "imported_at"),
        ("reference_number", "reference_number"),
        ("memo", "memo"),
        ("metadata", "metadata"),
        ("payment_count", "payment_count"),
        ("refund_payment_count", "refund_payment_count"),
        ("gross_payments_amount_cents", "gross_payments_amount_cents"),
        ("total_refunds_amount_cents", "total_refunds_amount_cents"),
        ("expected_net_amount_cents", "expected_net_amount_cents"),
        ("amount_variance_cents", "amount_variance_cents"),
        ("payments", "payments"),
        ("refund_payments", "refund_payments"),
        ("reconciliation_status", "reconciliation_status"),
        ("settlement_file_id", "settlement_file_id"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
    )

    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    processor: str | Unset = UNSET
    processor_payout_id: str | Unset = UNSET
    paid_out_amount_cents: int | Unset = UNSET
    fee_cents: int | Unset = UNSET
    additional_refunds_amount_cents: int | Unset = UNSET
    net_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    imported_at: None | str | Unset = UNSET
    reference_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | PayoutMetadataType0 | Unset = UNSET
    payment_count: int | Unset = UNSET
    refund_payment_count: int | Unset = UNSET
    gross_payments_amount_cents: int | Unset = UNSET
    total_refunds_amount_cents: int | Unset = UNSET
    expected_net_amount_cents: int | Unset = UNSET
    amount_variance_cents: int | Unset = UNSET
    payments: list[PayoutPayment] | None | Unset = UNSET
    refund_payments: list[PayoutRefundPayment] | None | Unset = UNSET
    reconciliation_status: str | Unset = UNSET
    settlement_file_id: None | str | Unset = UNSET
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

        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.processor is not _kept.get("processor", _kept):
            processor = self.processor
        else:
            processor = _kept["processor"]

        if _kept is None or self.processor_payout_id is not _kept.get("processor_payout_id", _kept):
            processor_payout_id = self.processor_payout_id
        else:
            processor_payout_id = _kept["processor_payout_id"]

        if _kept is None or self.paid_out_amount_cents is not _kept.get("paid_out_amount_cents", _kept):
            paid_out_amount_cents = self.paid_out_amount_cents
        else:
            paid_out_amount_cents = _kept["paid_out_amount_cents"]

        if _kept is None or self.fee_cents is not _kept.get("fee_cents", _kept):
            fee_cents = self.fee_cents
        else:
            fee_cents = _kept["fee_cents"]

        if _kept is None or self.additional_refunds_amount_cents is not _kept.get(
            "additional_refunds_amount_cents", _kept
        ):
            additional_refunds_amount_cents = self.additional_refunds_amount_cents
        else:
            additional_refunds_amount_cents = _kept["additional_refunds_amount_cents"]

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

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at
        else:
            completed_at = _kept["completed_at"]

        if _kept is None or self.imported_at is not _kept.get("imported_at", _kept):
            imported_at: None | str | Unset
            if isinstance(self.imported_at, Unset):
                imported_at = UNSET
            else:
                imported_at = self.imported_at
        else:
            imported_at = _kept["imported_at"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PayoutMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.payment_count is not _kept.get("payment_count", _kept):
            payment_count = self.payment_count
        else:
            payment_count = _kept["payment_count"]

        if _kept is None or self.refund_payment_count is not _kept.get("refund_payment_count", _kept):
            refund_payment_count = self.refund_payment_count
        else:
            refund_payment_count = _kept["refund_payment_count"]

        if _kept is None or self.gross_payments_amount_cents is not _kept.get("gross_payments_amount_cents", _kept):
            gross_payments_amount_cents = self.gross_payments_amount_cents
        else:
            gross_payments_amount_cents = _kept["gross_payments_amount_cents"]

        if _kept is None or self.total_refunds_amount_cents is not _kept.get("total_refunds_amount_cents", _kept):
            total_refunds_amount_cents = self.total_refunds_amount_cents
        else:
            total_refunds_amount_cents = _kept["total_refunds_amount_cents"]

        if _kept is None or self.expected_net_amount_cents is not _kept.get("expected_net_amount_cents", _kept):
            expected_net_amount_cents = self.expected_net_amount_cents
        else:
            expected_net_amount_cents = _kept["expected_net_amount_cents"]

        if _kept is None or self.amount_variance_cents is not _kept.get("amount_variance_cents", _kept):
            amount_variance_cents = self.amount_variance_cents
        else:
            amount_variance_cents = _kept["amount_variance_cents"]

        if _kept is None or self.payments is not _kept.get("payments", _kept):
            payments: list[dict[str, Any]] | None | Unset
            if isinstance(self.payments, Unset):
                payments = UNSET
            elif isinstance(self.payments, list):
                payments = []
                for payments_type_0_item_data in self.payments:
                    payments_type_0_item = payments_type_0_item_data.to_dict()
                    payments.append(payments_type_0_item)

            else:
                payments = self.payments
        else:
            payments = _kept["payments"]

        if _kept is None or self.refund_payments is not _kept.get("refund_payments", _kept):
            refund_payments: list[dict[str, Any]] | None | Unset
            if isinstance(self.refund_payments, Unset):
                refund_payments = UNSET
            elif isinstance(self.refund_payments, list):
                refund_payments = []
                for refund_payments_type_0_item_data in self.refund_payments:
                    refund_payments_type_0_item = refund_payments_type_0_item_data.to_dict()
                    refund_payments.append(refund_payments_type_0_item)

            else:
                refund_payments = self.refund_payments
        else:
            refund_payments = _kept["refund_payments"]

        if _kept is None or self.reconciliation_status is not _kept.get("reconciliation_status", _kept):
            reconciliation_status = self.reconciliation_status
        else:
            reconciliation_status = _kept["reconciliation_status"]

        if _kept is None or self.settlement_file_id is not _kept.get("settlement_file_id", _kept):
            settlement_file_id: None | str | Unset
            if isinstance(self.settlement_file_id, Unset):
                settlement_file_id = UNSET
            else:
                settlement_file_id = self.settlement_file_id
        else:
            settlement_file_id = _kept["settlement_file_id"]

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
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if processor is not UNSET:
            field_dict["processor"] = processor
        if processor_payout_id is not UNSET:
            field_dict["processor_payout_id"] = processor_payout_id
        if paid_out_amount_cents is not UNSET:
            field_dict["paid_out_amount_cents"] = paid_out_amount_cents
        if fee_cents is not UNSET:
            field_dict["fee_cents"] = fee_cents
        if additional_refunds_amount_cents is not UNSET:
            field_dict["additional_refunds_amount_cents"] = additional_refunds_amount_cents
        if net_amount_cents is not UNSET:
            field_dict["net_amount_cents"] = net_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if imported_at is not UNSET:
            field_dict["imported_at"] = imported_at
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_count is not UNSET:
            field_dict["payment_count"] = payment_count
        if refund_payment_count is not UNSET:
            field_dict["refund_payment_count"] = refund_payment_count
        if gross_payments_amount_cents is not UNSET:
            field_dict["gross_payments_amount_cents"] = gross_payments_amount_cents
        if total_refunds_amount_cents is not UNSET:
            field_dict["total_refunds_amount_cents"] = total_refunds_amount_cents
        if expected_net_amount_cents is not UNSET:
            field_dict["expected_net_amount_cents"] = expected_net_amount_cents
        if amount_variance_cents is not UNSET:
            field_dict["amount_variance_cents"] = amount_variance_cents
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refund_payments is not UNSET:
            field_dict["refund_payments"] = refund_payments
        if reconciliation_status is not UNSET:
            field_dict["reconciliation_status"] = reconciliation_status
        if settlement_file_id is not UNSET:
            field_dict["settlement_file_id"] = settlement_file_id
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
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            processor = d.pop("processor", UNSET)
            if _checking and processor.__class__ is not str and processor is not UNSET:
                _expect(processor, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor = _field_failed(cls, "processor", "processor", "str", src_dict, d, _error, _kept)

        try:
            processor_payout_id = d.pop("processor_payout_id", UNSET)
            if _checking and processor_payout_id.__class__ is not str and processor_payout_id is not UNSET:
                _expect(processor_payout_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            processor_payout_id = _field_failed(
                cls, "processor_payout_id", "processor_payout_id", "str", src_dict, d, _error, _kept
            )

        try:
            paid_out_amount_cents = d.pop("paid_out_amount_cents", UNSET)
            if _checking and paid_out_amount_cents.__class__ is not int and paid_out_amount_cents is not UNSET:
                _expect(paid_out_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            paid_out_amount_cents = _field_failed(
                cls, "paid_out_amount_cents", "paid_out_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            fee_cents = d.pop("fee_cents", UNSET)
            if _checking and fee_cents.__class__ is not int and fee_cents is not UNSET:
                _expect(fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            fee_cents = _field_failed(cls, "fee_cents", "fee_cents", "int", src_dict, d, _error, _kept)

        try:
            additional_refunds_amount_cents = d.pop("additional_refunds_amount_cents", UNSET)
            if (
                _checking
                and additional_refunds_amount_cents.__class__ is not int
                and additional_refunds_amount_cents is not UNSET
            ):
                _expect(additional_refunds_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            additional_refunds_amount_cents = _field_failed(
                cls,
                "additional_refunds_amount_cents",
                "additional_refunds_amount_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
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

            def _parse_imported_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            imported_at = _parse_imported_at(d.pop("imported_at", UNSET))

            if _checking:
                _expect_one_of(
                    imported_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            imported_at = _field_failed(cls, "imported_at", "imported_at", "None | str", src_dict, d, _error, _kept)

        try:
            reference_number = d.pop("reference_number", UNSET)
            if _checking and reference_number.__class__ is not str and reference_number is not UNSET:
                _expect(reference_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference_number = _field_failed(
                cls, "reference_number", "reference_number", "str", src_dict, d, _error, _kept
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

            def _parse_metadata(data: object) -> None | PayoutMetadataType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = PayoutMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PayoutMetadataType0 | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        PayoutMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | PayoutMetadataType0", src_dict, d, _error, _kept
            )

        try:
            payment_count = d.pop("payment_count", UNSET)
            if _checking and payment_count.__class__ is not int and payment_count is not UNSET:
                _expect(payment_count, "int")
        except Exception as _error:
            if not _checking:
                raise
            payment_count = _field_failed(cls, "payment_count", "payment_count", "int", src_dict, d, _error, _kept)

        try:
            refund_payment_count = d.pop("refund_payment_count", UNSET)
            if _checking and refund_payment_count.__class__ is not int and refund_payment_count is not UNSET:
                _expect(refund_payment_count, "int")
        except Exception as _error:
            if not _checking:
                raise
            refund_payment_count = _field_failed(
                cls, "refund_payment_count", "refund_payment_count", "int", src_dict, d, _error, _kept
            )

        try:
            gross_payments_amount_cents = d.pop("gross_payments_amount_cents", UNSET)
            if (
                _checking
                and gross_payments_amount_cents.__class__ is not int
                and gross_payments_amount_cents is not UNSET
            ):
                _expect(gross_payments_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            gross_payments_amount_cents = _field_failed(
                cls, "gross_payments_amount_cents", "gross_payments_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            total_refunds_amount_cents = d.pop("total_refunds_amount_cents", UNSET)
            if (
                _checking
                and total_refunds_amount_cents.__class__ is not int
                and total_refunds_amount_cents is not UNSET
            ):
                _expect(total_refunds_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_refunds_amount_cents = _field_failed(
                cls, "total_refunds_amount_cents", "total_refunds_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            expected_net_amount_cents = d.pop("expected_net_amount_cents", UNSET)
            if _checking and expected_net_amount_cents.__class__ is not int and expected_net_amount_cents is not UNSET:
                _expect(expected_net_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            expected_net_amount_cents = _field_failed(
                cls, "expected_net_amount_cents", "expected_net_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            amount_variance_cents = d.pop("amount_variance_cents", UNSET)
            if _checking and amount_variance_cents.__class__ is not int and amount_variance_cents is not UNSET:
                _expect(amount_variance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_variance_cents = _field_failed(
                cls, "amount_variance_cents", "amount_variance_cents", "int", src_dict, d, _error, _kept
            )

        try:

            def _parse_payments(data: object) -> list[PayoutPayment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    payments_type_0 = []
                    _payments_type_0 = data
                    for payments_type_0_item_data in _payments_type_0:
                        payments_type_0_item = PayoutPayment.from_dict(payments_type_0_item_data)

                        payments_type_0.append(payments_type_0_item)

                    return payments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PayoutPayment] | None | Unset, data)

            payments = _parse_payments(d.pop("payments", UNSET))

            if _checking:
                _expect_one_of(
                    payments,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            payments = _field_failed(
                cls, "payments", "payments", "list[PayoutPayment] | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_refund_payments(data: object) -> list[PayoutRefundPayment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    refund_payments_type_0 = []
                    _refund_payments_type_0 = data
                    for refund_payments_type_0_item_data in _refund_payments_type_0:
                        refund_payments_type_0_item = PayoutRefundPayment.from_dict(refund_payments_type_0_item_data)

                        refund_payments_type_0.append(refund_payments_type_0_item)

                    return refund_payments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[PayoutRefundPayment] | None | Unset, data)

            refund_payments = _parse_refund_payments(d.pop("refund_payments", UNSET))

            if _checking:
                _expect_one_of(
                    refund_payments,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            refund_payments = _field_failed(
                cls,
                "refund_payments",
                "refund_payments",
                "list[PayoutRefundPayment] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            reconciliation_status = d.pop("reconciliation_status", UNSET)
            if _checking and reconciliation_status.__class__ is not str and reconciliation_status is not UNSET:
                _expect(reconciliation_status, "str")
        except Exception as _error:
            if not _checking:
                raise
            reconciliation_status = _field_failed(
                cls, "reconciliation_status", "reconciliation_status", "str", src_dict, d, _error, _kept
            )

        try:

            def _parse_settlement_file_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            settlement_file_id = _parse_settlement_file_id(d.pop("settlement_file_id", UNSET))

            if _checking:
                _expect_one_of(
                    settlement_file_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            settlement_file_id = _field_failed(
                cls, "settlement_file_id", "settlement_file_id", "None | str", src_dict, d, _error, _kept
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

        payout = cls(
            id=id,
            business_id=business_id,
            external_id=external_id,
            processor=processor,
            processor_payout_id=processor_payout_id,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            net_amount_cents=net_amount_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            imported_at=imported_at,
            reference_number=reference_number,
            memo=memo,
            metadata=metadata,
            payment_count=payment_count,
            refund_payment_count=refund_payment_count,
            gross_payments_amount_cents=gross_payments_amount_cents,
            total_refunds_amount_cents=total_refunds_amount_cents,
            expected_net_amount_cents=expected_net_amount_cents,
            amount_variance_cents=amount_variance_cents,
            payments=payments,
            refund_payments=refund_payments,
            reconciliation_status=reconciliation_status,
            settlement_file_id=settlement_file_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        payout.additional_properties = d
        if _kept:
            payout._thredfi_kept = _kept
        return payout

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


class PayoutDict(TypedDict, total=False):
    """``Payout`` as a dict (API field names): what a call accepts in its place."""

    id: str
    business_id: str
    external_id: str
    processor: str
    processor_payout_id: str
    paid_out_amount_cents: int
    fee_cents: int
    additional_refunds_amount_cents: int
    net_amount_cents: int
    currency: str
    status: str
    completed_at: str | None
    imported_at: str | None
    reference_number: str
    memo: str
    metadata: PayoutMetadataType0 | PayoutMetadataType0Dict | None
    payment_count: int
    refund_payment_count: int
    gross_payments_amount_cents: int
    total_refunds_amount_cents: int
    expected_net_amount_cents: int
    amount_variance_cents: int
    payments: list[PayoutPayment | PayoutPaymentDict] | None
    refund_payments: list[PayoutRefundPayment | PayoutRefundPaymentDict] | None
    reconciliation_status: str
    settlement_file_id: str | None
    created_at: str
    updated_at: str
