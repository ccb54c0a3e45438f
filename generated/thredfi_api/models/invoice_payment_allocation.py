from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentAllocation")


@_attrs_define(repr=False)
class InvoicePaymentAllocation(ThredfiModel):
    """Part of an invoice payment applied to one invoice

    Attributes:
        id (str | Unset):
        invoice_id (str | Unset):
        invoice_number (str | Unset):
        invoice_status (str | Unset):
        amount (int | Unset): Cents
        allocated_at (str | Unset):
        transaction_tags (list[str] | None | Unset):
        notes (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("invoice_id", "invoice_id"),
        ("invoice_number", "invoice_number"),
        ("invoice_status", "invoice_status"),
        ("amount", "amount"),
        ("allocated_at", "allocated_at"),
        ("transaction_tags", "transaction_tags"),
        ("notes", "notes"),
    )

    id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_status: str | Unset = UNSET
    amount: int | Unset = UNSET
    allocated_at: str | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.invoice_id is not _kept.get("invoice_id", _kept):
            invoice_id = self.invoice_id
        else:
            invoice_id = _kept["invoice_id"]

        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.invoice_status is not _kept.get("invoice_status", _kept):
            invoice_status = self.invoice_status
        else:
            invoice_status = _kept["invoice_status"]

        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.allocated_at is not _kept.get("allocated_at", _kept):
            allocated_at = self.allocated_at
        else:
            allocated_at = _kept["allocated_at"]

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

        if _kept is None or self.notes is not _kept.get("notes", _kept):
            notes = self.notes
        else:
            notes = _kept["notes"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if allocated_at is not UNSET:
            field_dict["allocated_at"] = allocated_at
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            invoice_id = d.pop("invoice_id", UNSET)
            if _checking and invoice_id.__class__ is not str and invoice_id is not UNSET:
                _expect(invoice_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_id = _field_failed(cls, "invoice_id", "invoice_id", "str", src_dict, d, _error, _kept)

        try:
            invoice_number = d.pop("invoice_number", UNSET)
            if _checking and invoice_number.__class__ is not str and invoice_number is not UNSET:
                _expect(invoice_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_number = _field_failed(cls, "invoice_number", "invoice_number", "str", src_dict, d, _error, _kept)

        try:
            invoice_status = d.pop("invoice_status", UNSET)
            if _checking and invoice_status.__class__ is not str and invoice_status is not UNSET:
                _expect(invoice_status, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_status = _field_failed(cls, "invoice_status", "invoice_status", "str", src_dict, d, _error, _kept)

        try:
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:
            allocated_at = d.pop("allocated_at", UNSET)
            if _checking and allocated_at.__class__ is not str and allocated_at is not UNSET:
                _expect(allocated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            allocated_at = _field_failed(cls, "allocated_at", "allocated_at", "str", src_dict, d, _error, _kept)

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
            notes = d.pop("notes", UNSET)
            if _checking and notes.__class__ is not str and notes is not UNSET:
                _expect(notes, "str")
        except Exception as _error:
            if not _checking:
                raise
            notes = _field_failed(cls, "notes", "notes", "str", src_dict, d, _error, _kept)

        invoice_payment_allocation = cls(
            id=id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_status=invoice_status,
            amount=amount,
            allocated_at=allocated_at,
            transaction_tags=transaction_tags,
            notes=notes,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment_allocation.additional_properties = d
        if _kept:
            invoice_payment_allocation._thredfi_kept = _kept
        return invoice_payment_allocation

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


class InvoicePaymentAllocationDict(TypedDict, total=False):
    """``InvoicePaymentAllocation`` as a dict (API field names): what a call accepts in its place."""

    id: str
    invoice_id: str
    invoice_number: str
    invoice_status: str
    amount: int
    allocated_at: str
    transaction_tags: list[str] | None
    notes: str
