from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppliedInvoice")


@_attrs_define(repr=False)
class AppliedInvoice(ThredfiModel):
    """An invoice the payment was applied to

    Attributes:
        id (str | Unset):
        invoice_number (str | Unset):
        applied_amount_cents (int | Unset):
        status (str | Unset):
        outstanding_amount_cents (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("invoice_number", "invoice_number"),
        ("applied_amount_cents", "applied_amount_cents"),
        ("status", "status"),
        ("outstanding_amount_cents", "outstanding_amount_cents"),
    )

    id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    applied_amount_cents: int | Unset = UNSET
    status: str | Unset = UNSET
    outstanding_amount_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.applied_amount_cents is not _kept.get("applied_amount_cents", _kept):
            applied_amount_cents = self.applied_amount_cents
        else:
            applied_amount_cents = _kept["applied_amount_cents"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.outstanding_amount_cents is not _kept.get("outstanding_amount_cents", _kept):
            outstanding_amount_cents = self.outstanding_amount_cents
        else:
            outstanding_amount_cents = _kept["outstanding_amount_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if applied_amount_cents is not UNSET:
            field_dict["applied_amount_cents"] = applied_amount_cents
        if status is not UNSET:
            field_dict["status"] = status
        if outstanding_amount_cents is not UNSET:
            field_dict["outstanding_amount_cents"] = outstanding_amount_cents
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
            invoice_number = d.pop("invoice_number", UNSET)
            if _checking and invoice_number.__class__ is not str and invoice_number is not UNSET:
                _expect(invoice_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_number = _field_failed(cls, "invoice_number", "invoice_number", "str", src_dict, d, _error, _kept)

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
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            outstanding_amount_cents = d.pop("outstanding_amount_cents", UNSET)
            if _checking and outstanding_amount_cents.__class__ is not int and outstanding_amount_cents is not UNSET:
                _expect(outstanding_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            outstanding_amount_cents = _field_failed(
                cls, "outstanding_amount_cents", "outstanding_amount_cents", "int", src_dict, d, _error, _kept
            )

        applied_invoice = cls(
            id=id,
            invoice_number=invoice_number,
            applied_amount_cents=applied_amount_cents,
            status=status,
            outstanding_amount_cents=outstanding_amount_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        applied_invoice.additional_properties = d
        if _kept:
            applied_invoice._thredfi_kept = _kept
        return applied_invoice

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


class AppliedInvoiceDict(TypedDict, total=False):
    """``AppliedInvoice`` as a dict (API field names): what a call accepts in its place."""

    id: str
    invoice_number: str
    applied_amount_cents: int
    status: str
    outstanding_amount_cents: int
