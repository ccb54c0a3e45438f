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

T = TypeVar("T", bound="RefundAllocation")


@_attrs_define(repr=False)
class RefundAllocation(ThredfiModel):
    """Part of a refund allocated to an invoice

    Attributes:
        id (str | Unset):
        allocation_type (str | Unset): e.g. invoice
        amount (int | Unset): Cents
        invoice_id (None | str | Unset):
        invoice_number (str | Unset):
        invoice_outstanding_balance_cents (int | Unset):
        target_description (str | Unset):
        description (str | Unset):
        allocation_date (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("allocation_type", "allocation_type"),
        ("amount", "amount"),
        ("invoice_id", "invoice_id"),
        ("invoice_number", "invoice_number"),
        ("invoice_outstanding_balance_cents", "invoice_outstanding_balance_cents"),
        ("target_description", "target_description"),
        ("description", "description"),
        ("allocation_date", "allocation_date"),
    )

    id: str | Unset = UNSET
    allocation_type: str | Unset = UNSET
    amount: int | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_outstanding_balance_cents: int | Unset = UNSET
    target_description: str | Unset = UNSET
    description: str | Unset = UNSET
    allocation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.allocation_type is not _kept.get("allocation_type", _kept):
            allocation_type = self.allocation_type
        else:
            allocation_type = _kept["allocation_type"]

        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.invoice_id is not _kept.get("invoice_id", _kept):
            invoice_id: None | str | Unset
            if isinstance(self.invoice_id, Unset):
                invoice_id = UNSET
            else:
                invoice_id = self.invoice_id
        else:
            invoice_id = _kept["invoice_id"]

        if _kept is None or self.invoice_number is not _kept.get("invoice_number", _kept):
            invoice_number = self.invoice_number
        else:
            invoice_number = _kept["invoice_number"]

        if _kept is None or self.invoice_outstanding_balance_cents is not _kept.get(
            "invoice_outstanding_balance_cents", _kept
        ):
            invoice_outstanding_balance_cents = self.invoice_outstanding_balance_cents
        else:
            invoice_outstanding_balance_cents = _kept["invoice_outstanding_balance_cents"]

        if _kept is None or self.target_description is not _kept.get("target_description", _kept):
            target_description = self.target_description
        else:
            target_description = _kept["target_description"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.allocation_date is not _kept.get("allocation_date", _kept):
            allocation_date = self.allocation_date
        else:
            allocation_date = _kept["allocation_date"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if allocation_type is not UNSET:
            field_dict["allocation_type"] = allocation_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_outstanding_balance_cents is not UNSET:
            field_dict["invoice_outstanding_balance_cents"] = invoice_outstanding_balance_cents
        if target_description is not UNSET:
            field_dict["target_description"] = target_description
        if description is not UNSET:
            field_dict["description"] = description
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date
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
            allocation_type = d.pop("allocation_type", UNSET)
            if _checking and allocation_type.__class__ is not str and allocation_type is not UNSET:
                _expect(allocation_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            allocation_type = _field_failed(
                cls, "allocation_type", "allocation_type", "str", src_dict, d, _error, _kept
            )

        try:
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:

            def _parse_invoice_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

            if _checking:
                _expect_one_of(
                    invoice_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            invoice_id = _field_failed(cls, "invoice_id", "invoice_id", "None | str", src_dict, d, _error, _kept)

        try:
            invoice_number = d.pop("invoice_number", UNSET)
            if _checking and invoice_number.__class__ is not str and invoice_number is not UNSET:
                _expect(invoice_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            invoice_number = _field_failed(cls, "invoice_number", "invoice_number", "str", src_dict, d, _error, _kept)

        try:
            invoice_outstanding_balance_cents = d.pop("invoice_outstanding_balance_cents", UNSET)
            if (
                _checking
                and invoice_outstanding_balance_cents.__class__ is not int
                and invoice_outstanding_balance_cents is not UNSET
            ):
                _expect(invoice_outstanding_balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            invoice_outstanding_balance_cents = _field_failed(
                cls,
                "invoice_outstanding_balance_cents",
                "invoice_outstanding_balance_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            target_description = d.pop("target_description", UNSET)
            if _checking and target_description.__class__ is not str and target_description is not UNSET:
                _expect(target_description, "str")
        except Exception as _error:
            if not _checking:
                raise
            target_description = _field_failed(
                cls, "target_description", "target_description", "str", src_dict, d, _error, _kept
            )

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

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

        refund_allocation = cls(
            id=id,
            allocation_type=allocation_type,
            amount=amount,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            invoice_outstanding_balance_cents=invoice_outstanding_balance_cents,
            target_description=target_description,
            description=description,
            allocation_date=allocation_date,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        refund_allocation.additional_properties = d
        if _kept:
            refund_allocation._thredfi_kept = _kept
        return refund_allocation

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


class RefundAllocationDict(TypedDict, total=False):
    """``RefundAllocation`` as a dict (API field names): what a call accepts in its place."""

    id: str
    allocation_type: str
    amount: int
    invoice_id: str | None
    invoice_number: str
    invoice_outstanding_balance_cents: int
    target_description: str
    description: str
    allocation_date: str
