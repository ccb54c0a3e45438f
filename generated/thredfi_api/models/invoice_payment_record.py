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
    from ..models.applied_invoice import AppliedInvoice, AppliedInvoiceDict
    from ..models.invoice_payment_record_metadata_type_0 import (
        InvoicePaymentRecordMetadataType0,
        InvoicePaymentRecordMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AppliedInvoice, InvoicePaymentRecordMetadataType0
    from ..models.applied_invoice import AppliedInvoice  # noqa: PLC0415
    from ..models.invoice_payment_record_metadata_type_0 import InvoicePaymentRecordMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoicePaymentRecord")


@_attrs_define(repr=False)
class InvoicePaymentRecord(ThredfiModel):
    """A recorded invoice payment (amounts in cents)

    Attributes:
        id (str | Unset):
        business_id (str | Unset):
        customer_id (str | Unset):
        total_amount_cents (int | Unset):
        applied_amount_cents (int | Unset):
        allocated_amount_cents (int | Unset):
        unapplied_amount_cents (int | Unset):
        remaining_amount_cents (int | Unset):
        currency (str | Unset):
        status (str | Unset):
        payment_method (str | Unset):
        payment_reference (str | Unset):
        external_id (str | Unset):
        note (str | Unset):
        bank_reference (str | Unset):
        metadata (InvoicePaymentRecordMetadataType0 | None | Unset): Custom key-value pairs
        idempotency_key (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        applied_invoices (list[AppliedInvoice] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("business_id", "business_id"),
        ("customer_id", "customer_id"),
        ("total_amount_cents", "total_amount_cents"),
        ("applied_amount_cents", "applied_amount_cents"),
        ("allocated_amount_cents", "allocated_amount_cents"),
        ("unapplied_amount_cents", "unapplied_amount_cents"),
        ("remaining_amount_cents", "remaining_amount_cents"),
        ("currency", "currency"),
        ("status", "status"),
        ("payment_method", "payment_method"),
        ("payment_reference", "payment_reference"),
        ("external_id", "external_id"),
        ("note", "note"),
        ("bank_reference", "bank_reference"),
        ("metadata", "metadata"),
        ("idempotency_key", "idempotency_key"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("applied_invoices", "applied_invoices"),
    )

    id: str | Unset = UNSET
    business_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    total_amount_cents: int | Unset = UNSET
    applied_amount_cents: int | Unset = UNSET
    allocated_amount_cents: int | Unset = UNSET
    unapplied_amount_cents: int | Unset = UNSET
    remaining_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    note: str | Unset = UNSET
    bank_reference: str | Unset = UNSET
    metadata: InvoicePaymentRecordMetadataType0 | None | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    applied_invoices: list[AppliedInvoice] | None | Unset = UNSET
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

        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id = self.customer_id
        else:
            customer_id = _kept["customer_id"]

        if _kept is None or self.total_amount_cents is not _kept.get("total_amount_cents", _kept):
            total_amount_cents = self.total_amount_cents
        else:
            total_amount_cents = _kept["total_amount_cents"]

        if _kept is None or self.applied_amount_cents is not _kept.get("applied_amount_cents", _kept):
            applied_amount_cents = self.applied_amount_cents
        else:
            applied_amount_cents = _kept["applied_amount_cents"]

        if _kept is None or self.allocated_amount_cents is not _kept.get("allocated_amount_cents", _kept):
            allocated_amount_cents = self.allocated_amount_cents
        else:
            allocated_amount_cents = _kept["allocated_amount_cents"]

        if _kept is None or self.unapplied_amount_cents is not _kept.get("unapplied_amount_cents", _kept):
            unapplied_amount_cents = self.unapplied_amount_cents
        else:
            unapplied_amount_cents = _kept["unapplied_amount_cents"]

        if _kept is None or self.remaining_amount_cents is not _kept.get("remaining_amount_cents", _kept):
            remaining_amount_cents = self.remaining_amount_cents
        else:
            remaining_amount_cents = _kept["remaining_amount_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method = self.payment_method
        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.note is not _kept.get("note", _kept):
            note = self.note
        else:
            note = _kept["note"]

        if _kept is None or self.bank_reference is not _kept.get("bank_reference", _kept):
            bank_reference = self.bank_reference
        else:
            bank_reference = _kept["bank_reference"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, InvoicePaymentRecordMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.idempotency_key is not _kept.get("idempotency_key", _kept):
            idempotency_key: None | str | Unset
            if isinstance(self.idempotency_key, Unset):
                idempotency_key = UNSET
            else:
                idempotency_key = self.idempotency_key
        else:
            idempotency_key = _kept["idempotency_key"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.applied_invoices is not _kept.get("applied_invoices", _kept):
            applied_invoices: list[dict[str, Any]] | None | Unset
            if isinstance(self.applied_invoices, Unset):
                applied_invoices = UNSET
            elif isinstance(self.applied_invoices, list):
                applied_invoices = []
                for applied_invoices_type_0_item_data in self.applied_invoices:
                    applied_invoices_type_0_item = applied_invoices_type_0_item_data.to_dict()
                    applied_invoices.append(applied_invoices_type_0_item)

            else:
                applied_invoices = self.applied_invoices
        else:
            applied_invoices = _kept["applied_invoices"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if total_amount_cents is not UNSET:
            field_dict["total_amount_cents"] = total_amount_cents
        if applied_amount_cents is not UNSET:
            field_dict["applied_amount_cents"] = applied_amount_cents
        if allocated_amount_cents is not UNSET:
            field_dict["allocated_amount_cents"] = allocated_amount_cents
        if unapplied_amount_cents is not UNSET:
            field_dict["unapplied_amount_cents"] = unapplied_amount_cents
        if remaining_amount_cents is not UNSET:
            field_dict["remaining_amount_cents"] = remaining_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if note is not UNSET:
            field_dict["note"] = note
        if bank_reference is not UNSET:
            field_dict["bank_reference"] = bank_reference
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if applied_invoices is not UNSET:
            field_dict["applied_invoices"] = applied_invoices
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
            customer_id = d.pop("customer_id", UNSET)
            if _checking and customer_id.__class__ is not str and customer_id is not UNSET:
                _expect(customer_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_id = _field_failed(cls, "customer_id", "customer_id", "str", src_dict, d, _error, _kept)

        try:
            total_amount_cents = d.pop("total_amount_cents", UNSET)
            if _checking and total_amount_cents.__class__ is not int and total_amount_cents is not UNSET:
                _expect(total_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount_cents = _field_failed(
                cls, "total_amount_cents", "total_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            applied_amount_cents = d.pop("applied_amount_cents", UNSET)
            if _checking and applied_amount_cents.__class__ is not int and applied_amount_cents is not UNSET:
                _expect(applied_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            applied_amount_cents = _field_failed(
                cls, "applied_amount_cents", "applied_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            allocated_amount_cents = d.pop("allocated_amount_cents", UNSET)
            if _checking and allocated_amount_cents.__class__ is not int and allocated_amount_cents is not UNSET:
                _expect(allocated_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            allocated_amount_cents = _field_failed(
                cls, "allocated_amount_cents", "allocated_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            unapplied_amount_cents = d.pop("unapplied_amount_cents", UNSET)
            if _checking and unapplied_amount_cents.__class__ is not int and unapplied_amount_cents is not UNSET:
                _expect(unapplied_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            unapplied_amount_cents = _field_failed(
                cls, "unapplied_amount_cents", "unapplied_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            remaining_amount_cents = d.pop("remaining_amount_cents", UNSET)
            if _checking and remaining_amount_cents.__class__ is not int and remaining_amount_cents is not UNSET:
                _expect(remaining_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            remaining_amount_cents = _field_failed(
                cls, "remaining_amount_cents", "remaining_amount_cents", "int", src_dict, d, _error, _kept
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
            payment_method = d.pop("payment_method", UNSET)
            if _checking and payment_method.__class__ is not str and payment_method is not UNSET:
                _expect(payment_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(cls, "payment_method", "payment_method", "str", src_dict, d, _error, _kept)

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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            note = d.pop("note", UNSET)
            if _checking and note.__class__ is not str and note is not UNSET:
                _expect(note, "str")
        except Exception as _error:
            if not _checking:
                raise
            note = _field_failed(cls, "note", "note", "str", src_dict, d, _error, _kept)

        try:
            bank_reference = d.pop("bank_reference", UNSET)
            if _checking and bank_reference.__class__ is not str and bank_reference is not UNSET:
                _expect(bank_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            bank_reference = _field_failed(cls, "bank_reference", "bank_reference", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> InvoicePaymentRecordMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = InvoicePaymentRecordMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(InvoicePaymentRecordMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        InvoicePaymentRecordMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "InvoicePaymentRecordMetadataType0 | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_idempotency_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

            if _checking:
                _expect_one_of(
                    idempotency_key,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            idempotency_key = _field_failed(
                cls, "idempotency_key", "idempotency_key", "None | str", src_dict, d, _error, _kept
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

            def _parse_applied_invoices(data: object) -> list[AppliedInvoice] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    applied_invoices_type_0 = []
                    _applied_invoices_type_0 = data
                    for applied_invoices_type_0_item_data in _applied_invoices_type_0:
                        applied_invoices_type_0_item = AppliedInvoice.from_dict(applied_invoices_type_0_item_data)

                        applied_invoices_type_0.append(applied_invoices_type_0_item)

                    return applied_invoices_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AppliedInvoice] | None | Unset, data)

            applied_invoices = _parse_applied_invoices(d.pop("applied_invoices", UNSET))

            if _checking:
                _expect_one_of(
                    applied_invoices,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            applied_invoices = _field_failed(
                cls, "applied_invoices", "applied_invoices", "list[AppliedInvoice] | None", src_dict, d, _error, _kept
            )

        invoice_payment_record = cls(
            id=id,
            business_id=business_id,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            applied_amount_cents=applied_amount_cents,
            allocated_amount_cents=allocated_amount_cents,
            unapplied_amount_cents=unapplied_amount_cents,
            remaining_amount_cents=remaining_amount_cents,
            currency=currency,
            status=status,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            bank_reference=bank_reference,
            metadata=metadata,
            idempotency_key=idempotency_key,
            created_at=created_at,
            updated_at=updated_at,
            applied_invoices=applied_invoices,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment_record.additional_properties = d
        if _kept:
            invoice_payment_record._thredfi_kept = _kept
        return invoice_payment_record

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


class InvoicePaymentRecordDict(TypedDict, total=False):
    """``InvoicePaymentRecord`` as a dict (API field names): what a call accepts in its place."""

    id: str
    business_id: str
    customer_id: str
    total_amount_cents: int
    applied_amount_cents: int
    allocated_amount_cents: int
    unapplied_amount_cents: int
    remaining_amount_cents: int
    currency: str
    status: str
    payment_method: str
    payment_reference: str
    external_id: str
    note: str
    bank_reference: str
    metadata: InvoicePaymentRecordMetadataType0 | InvoicePaymentRecordMetadataType0Dict | None
    idempotency_key: str | None
    created_at: str
    updated_at: str
    applied_invoices: list[AppliedInvoice | AppliedInvoiceDict] | None
