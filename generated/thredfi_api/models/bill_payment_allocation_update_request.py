from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, TypedDict, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentAllocationUpdateRequest")


@_attrs_define(repr=False)
class BillPaymentAllocationUpdateRequest(ThredfiModel):
    """
    Attributes:
        bill_id (UUID):
        amount_cents (int):
        description (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bill_id", "bill_id"),
        ("amount_cents", "amount_cents"),
        ("description", "description"),
    )

    bill_id: UUID
    amount_cents: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id = str(self.bill_id)
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bill_id": bill_id,
                "amount_cents": amount_cents,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            bill_id = UUID(d.pop("bill_id"))

        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "UUID", src_dict, d, _error, _kept)

        try:
            amount_cents = d.pop("amount_cents")
            if _checking and amount_cents.__class__ is not int:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        bill_payment_allocation_update_request = cls(
            bill_id=bill_id,
            amount_cents=amount_cents,
            description=description,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill_payment_allocation_update_request.additional_properties = d
        if _kept:
            bill_payment_allocation_update_request._thredfi_kept = _kept
        return bill_payment_allocation_update_request

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


class BillPaymentAllocationUpdateRequestDict(TypedDict, total=False):
    """``BillPaymentAllocationUpdateRequest`` as a dict (API field names): what a call accepts in its place."""

    bill_id: Required[UUID | str]
    amount_cents: Required[int]
    description: str
