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

T = TypeVar("T", bound="BillPaymentAllocation")


@_attrs_define(repr=False)
class BillPaymentAllocation(ThredfiModel):
    """Part of a bill payment applied to one bill

    Attributes:
        id (str | Unset):
        bill_id (str | Unset):
        bill_number (str | Unset):
        vendor_bill_number (str | Unset):
        bill_status (str | Unset):
        amount_cents (int | Unset):
        allocation_date (str | Unset):
        created_at (str | Unset):
        description (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("bill_id", "bill_id"),
        ("bill_number", "bill_number"),
        ("vendor_bill_number", "vendor_bill_number"),
        ("bill_status", "bill_status"),
        ("amount_cents", "amount_cents"),
        ("allocation_date", "allocation_date"),
        ("created_at", "created_at"),
        ("description", "description"),
    )

    id: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    bill_number: str | Unset = UNSET
    vendor_bill_number: str | Unset = UNSET
    bill_status: str | Unset = UNSET
    amount_cents: int | Unset = UNSET
    allocation_date: str | Unset = UNSET
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id = self.bill_id
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.bill_number is not _kept.get("bill_number", _kept):
            bill_number = self.bill_number
        else:
            bill_number = _kept["bill_number"]

        if _kept is None or self.vendor_bill_number is not _kept.get("vendor_bill_number", _kept):
            vendor_bill_number = self.vendor_bill_number
        else:
            vendor_bill_number = _kept["vendor_bill_number"]

        if _kept is None or self.bill_status is not _kept.get("bill_status", _kept):
            bill_status = self.bill_status
        else:
            bill_status = _kept["bill_status"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.allocation_date is not _kept.get("allocation_date", _kept):
            allocation_date = self.allocation_date
        else:
            allocation_date = _kept["allocation_date"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if vendor_bill_number is not UNSET:
            field_dict["vendor_bill_number"] = vendor_bill_number
        if bill_status is not UNSET:
            field_dict["bill_status"] = bill_status
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            bill_id = d.pop("bill_id", UNSET)
            if _checking and bill_id.__class__ is not str and bill_id is not UNSET:
                _expect(bill_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "str", src_dict, d, _error, _kept)

        try:
            bill_number = d.pop("bill_number", UNSET)
            if _checking and bill_number.__class__ is not str and bill_number is not UNSET:
                _expect(bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_number = _field_failed(cls, "bill_number", "bill_number", "str", src_dict, d, _error, _kept)

        try:
            vendor_bill_number = d.pop("vendor_bill_number", UNSET)
            if _checking and vendor_bill_number.__class__ is not str and vendor_bill_number is not UNSET:
                _expect(vendor_bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            vendor_bill_number = _field_failed(
                cls, "vendor_bill_number", "vendor_bill_number", "str", src_dict, d, _error, _kept
            )

        try:
            bill_status = d.pop("bill_status", UNSET)
            if _checking and bill_status.__class__ is not str and bill_status is not UNSET:
                _expect(bill_status, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_status = _field_failed(cls, "bill_status", "bill_status", "str", src_dict, d, _error, _kept)

        try:
            amount_cents = d.pop("amount_cents", UNSET)
            if _checking and amount_cents.__class__ is not int and amount_cents is not UNSET:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            allocation_date = d.pop("allocation_date", UNSET)
            if _checking and allocation_date.__class__ is not str and allocation_date is not UNSET:
                _expect(allocation_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            allocation_date = _field_failed(
                cls, "allocation_date", "allocation_date", "str", src_dict, d, _error, _kept
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
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        bill_payment_allocation = cls(
            id=id,
            bill_id=bill_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            bill_status=bill_status,
            amount_cents=amount_cents,
            allocation_date=allocation_date,
            created_at=created_at,
            description=description,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bill_payment_allocation.additional_properties = d
        if _kept:
            bill_payment_allocation._thredfi_kept = _kept
        return bill_payment_allocation

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


class BillPaymentAllocationDict(TypedDict, total=False):
    """``BillPaymentAllocation`` as a dict (API field names): what a call accepts in its place."""

    id: str
    bill_id: str
    bill_number: str
    vendor_bill_number: str
    bill_status: str
    amount_cents: int
    allocation_date: str
    created_at: str
    description: str
