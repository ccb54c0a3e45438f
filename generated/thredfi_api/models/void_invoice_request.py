from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoidInvoiceRequest")


@_attrs_define(repr=False)
class VoidInvoiceRequest(ThredfiModel):
    """Optional details sent with the void

    Attributes:
        invoice_number (str | Unset):
        external_id (str | Unset):
        memo (str | Unset):
        customer_id (UUID | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("invoice_number", "invoice_number"),
        ("external_id", "external_id"),
        ("memo", "memo"),
        ("customer_id", "customer_id"),
    )

    invoice_number: str | Unset = UNSET
    external_id: str | Unset = UNSET
    memo: str | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id: str | Unset = UNSET
            if not isinstance(self.customer_id, Unset):
                customer_id = str(self.customer_id)
        else:
            customer_id = _kept["customer_id"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            invoice_number = d.pop("invoice_number", UNSET)
            if _checking and invoice_number.__class__ is not str and invoice_number is not UNSET:
                _expect(invoice_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_number = _field_failed(cls, "invoice_number", "invoice_number", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            _customer_id = d.pop("customer_id", UNSET)
            customer_id: UUID | Unset
            if isinstance(_customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = UUID(_customer_id)

        except Exception as _error:
            if not _checking:
                raise
            customer_id = _field_failed(cls, "customer_id", "customer_id", "UUID", src_dict, d, _error, _kept)

        void_invoice_request = cls(
            invoice_number=invoice_number,
            external_id=external_id,
            memo=memo,
            customer_id=customer_id,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        void_invoice_request.additional_properties = d
        if _kept:
            void_invoice_request._thredfi_kept = _kept
        return void_invoice_request

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


class VoidInvoiceRequestDict(TypedDict, total=False):
    """``VoidInvoiceRequest`` as a dict (API field names): what a call accepts in its place."""

    invoice_number: str
    external_id: str
    memo: str
    customer_id: UUID | str
