from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_invoice import AppliedInvoice
    from ..models.invoice_payment_record_metadata_type_0 import InvoicePaymentRecordMetadataType0


T = TypeVar("T", bound="InvoicePaymentRecord")


@_attrs_define
class InvoicePaymentRecord:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_payment_record_metadata_type_0 import InvoicePaymentRecordMetadataType0  # noqa: PLC0415

        id = self.id

        business_id = self.business_id

        customer_id = self.customer_id

        total_amount_cents = self.total_amount_cents

        applied_amount_cents = self.applied_amount_cents

        allocated_amount_cents = self.allocated_amount_cents

        unapplied_amount_cents = self.unapplied_amount_cents

        remaining_amount_cents = self.remaining_amount_cents

        currency = self.currency

        status = self.status

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        external_id = self.external_id

        note = self.note

        bank_reference = self.bank_reference

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InvoicePaymentRecordMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        created_at = self.created_at

        updated_at = self.updated_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_invoice import AppliedInvoice  # noqa: PLC0415
        from ..models.invoice_payment_record_metadata_type_0 import InvoicePaymentRecordMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business_id = d.pop("business_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        total_amount_cents = d.pop("total_amount_cents", UNSET)

        applied_amount_cents = d.pop("applied_amount_cents", UNSET)

        allocated_amount_cents = d.pop("allocated_amount_cents", UNSET)

        unapplied_amount_cents = d.pop("unapplied_amount_cents", UNSET)

        remaining_amount_cents = d.pop("remaining_amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        status = d.pop("status", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        external_id = d.pop("external_id", UNSET)

        note = d.pop("note", UNSET)

        bank_reference = d.pop("bank_reference", UNSET)

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

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

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

        invoice_payment_record.additional_properties = d
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
