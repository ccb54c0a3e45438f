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

T = TypeVar("T", bound="CustomerCreditAllocationRequest")


@_attrs_define(repr=False)
class CustomerCreditAllocationRequest(ThredfiModel):
    """Part of the credit to apply to an invoice

    Attributes:
        amount (int | Unset): Cents
        invoice_id (UUID | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("invoice_id", "invoice_id"),
    )

    amount: int | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.invoice_id is not _kept.get("invoice_id", _kept):
            invoice_id: str | Unset = UNSET
            if not isinstance(self.invoice_id, Unset):
                invoice_id = str(self.invoice_id)
        else:
            invoice_id = _kept["invoice_id"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:
            _invoice_id = d.pop("invoice_id", UNSET)
            invoice_id: UUID | Unset
            if isinstance(_invoice_id, Unset):
                invoice_id = UNSET
            else:
                invoice_id = UUID(_invoice_id)

        except Exception as _error:
            if not _checking:
                raise
            invoice_id = _field_failed(cls, "invoice_id", "invoice_id", "UUID", src_dict, d, _error, _kept)

        customer_credit_allocation_request = cls(
            amount=amount,
            invoice_id=invoice_id,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        customer_credit_allocation_request.additional_properties = d
        if _kept:
            customer_credit_allocation_request._thredfi_kept = _kept
        return customer_credit_allocation_request

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


class CustomerCreditAllocationRequestDict(TypedDict, total=False):
    """``CustomerCreditAllocationRequest`` as a dict (API field names): what a call accepts in its place."""

    amount: int
    invoice_id: UUID | str
