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

T = TypeVar("T", bound="InvoicePaymentCancelResponse")


@_attrs_define(repr=False)
class InvoicePaymentCancelResponse(ThredfiModel):
    """Result of cancelling an invoice payment

    Attributes:
        message (str | Unset):
        payment_id (str | Unset):
        status (str | Unset):
        updated_at (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("payment_id", "payment_id"),
        ("status", "status"),
        ("updated_at", "updated_at"),
    )

    message: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.message is not _kept.get("message", _kept):
            message = self.message
        else:
            message = _kept["message"]

        if _kept is None or self.payment_id is not _kept.get("payment_id", _kept):
            payment_id = self.payment_id
        else:
            payment_id = _kept["payment_id"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            message = d.pop("message", UNSET)
            if _checking and message.__class__ is not str and message is not UNSET:
                _expect(message, "str")
        except Exception as _error:
            if not _checking:
                raise
            message = _field_failed(cls, "message", "message", "str", src_dict, d, _error, _kept)

        try:
            payment_id = d.pop("payment_id", UNSET)
            if _checking and payment_id.__class__ is not str and payment_id is not UNSET:
                _expect(payment_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_id = _field_failed(cls, "payment_id", "payment_id", "str", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if _checking and updated_at.__class__ is not str and updated_at is not UNSET:
                _expect(updated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            updated_at = _field_failed(cls, "updated_at", "updated_at", "str", src_dict, d, _error, _kept)

        invoice_payment_cancel_response = cls(
            message=message,
            payment_id=payment_id,
            status=status,
            updated_at=updated_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment_cancel_response.additional_properties = d
        if _kept:
            invoice_payment_cancel_response._thredfi_kept = _kept
        return invoice_payment_cancel_response

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


class InvoicePaymentCancelResponseDict(TypedDict, total=False):
    """``InvoicePaymentCancelResponse`` as a dict (API field names): what a call accepts in its place."""

    message: str
    payment_id: str
    status: str
    updated_at: str
