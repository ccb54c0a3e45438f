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
    from ..models.vendor_refund_allocation_metadata_type_0 import (
        VendorRefundAllocationMetadataType0,
        VendorRefundAllocationMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VendorRefundAllocationMetadataType0
    from ..models.vendor_refund_allocation_metadata_type_0 import VendorRefundAllocationMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundAllocation")


@_attrs_define(repr=False)
class VendorRefundAllocation(ThredfiModel):
    """Part of a vendor refund allocated to a bill, a bill payment or a credit

    Attributes:
        id (str | Unset):
        amount (int | Unset): Cents
        bill_id (None | str | Unset):
        bill_number (str | Unset):
        bill_outstanding_balance_cents (int | Unset):
        bill_payment_id (None | str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        target_description (str | Unset):
        allocation_type (str | Unset): bill, payment or credit
        allocation_date (str | Unset):
        description (str | Unset):
        metadata (None | Unset | VendorRefundAllocationMetadataType0): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("amount", "amount"),
        ("bill_id", "bill_id"),
        ("bill_number", "bill_number"),
        ("bill_outstanding_balance_cents", "bill_outstanding_balance_cents"),
        ("bill_payment_id", "bill_payment_id"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("target_description", "target_description"),
        ("allocation_type", "allocation_type"),
        ("allocation_date", "allocation_date"),
        ("description", "description"),
        ("metadata", "metadata"),
    )

    id: str | Unset = UNSET
    amount: int | Unset = UNSET
    bill_id: None | str | Unset = UNSET
    bill_number: str | Unset = UNSET
    bill_outstanding_balance_cents: int | Unset = UNSET
    bill_payment_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    target_description: str | Unset = UNSET
    allocation_type: str | Unset = UNSET
    allocation_date: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: None | Unset | VendorRefundAllocationMetadataType0 = UNSET
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

        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.bill_id is not _kept.get("bill_id", _kept):
            bill_id: None | str | Unset
            if isinstance(self.bill_id, Unset):
                bill_id = UNSET
            else:
                bill_id = self.bill_id
        else:
            bill_id = _kept["bill_id"]

        if _kept is None or self.bill_number is not _kept.get("bill_number", _kept):
            bill_number = self.bill_number
        else:
            bill_number = _kept["bill_number"]

        if _kept is None or self.bill_outstanding_balance_cents is not _kept.get(
            "bill_outstanding_balance_cents", _kept
        ):
            bill_outstanding_balance_cents = self.bill_outstanding_balance_cents
        else:
            bill_outstanding_balance_cents = _kept["bill_outstanding_balance_cents"]

        if _kept is None or self.bill_payment_id is not _kept.get("bill_payment_id", _kept):
            bill_payment_id: None | str | Unset
            if isinstance(self.bill_payment_id, Unset):
                bill_payment_id = UNSET
            else:
                bill_payment_id = self.bill_payment_id
        else:
            bill_payment_id = _kept["bill_payment_id"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.target_description is not _kept.get("target_description", _kept):
            target_description = self.target_description
        else:
            target_description = _kept["target_description"]

        if _kept is None or self.allocation_type is not _kept.get("allocation_type", _kept):
            allocation_type = self.allocation_type
        else:
            allocation_type = _kept["allocation_type"]

        if _kept is None or self.allocation_date is not _kept.get("allocation_date", _kept):
            allocation_date = self.allocation_date
        else:
            allocation_date = _kept["allocation_date"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, VendorRefundAllocationMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bill_id is not UNSET:
            field_dict["bill_id"] = bill_id
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if bill_outstanding_balance_cents is not UNSET:
            field_dict["bill_outstanding_balance_cents"] = bill_outstanding_balance_cents
        if bill_payment_id is not UNSET:
            field_dict["bill_payment_id"] = bill_payment_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if target_description is not UNSET:
            field_dict["target_description"] = target_description
        if allocation_type is not UNSET:
            field_dict["allocation_type"] = allocation_type
        if allocation_date is not UNSET:
            field_dict["allocation_date"] = allocation_date
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:

            def _parse_bill_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bill_id = _parse_bill_id(d.pop("bill_id", UNSET))

            if _checking:
                _expect_one_of(
                    bill_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            bill_id = _field_failed(cls, "bill_id", "bill_id", "None | str", src_dict, d, _error, _kept)

        try:
            bill_number = d.pop("bill_number", UNSET)
            if _checking and bill_number.__class__ is not str and bill_number is not UNSET:
                _expect(bill_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            bill_number = _field_failed(cls, "bill_number", "bill_number", "str", src_dict, d, _error, _kept)

        try:
            bill_outstanding_balance_cents = d.pop("bill_outstanding_balance_cents", UNSET)
            if (
                _checking
                and bill_outstanding_balance_cents.__class__ is not int
                and bill_outstanding_balance_cents is not UNSET
            ):
                _expect(bill_outstanding_balance_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            bill_outstanding_balance_cents = _field_failed(
                cls,
                "bill_outstanding_balance_cents",
                "bill_outstanding_balance_cents",
                "int",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

            def _parse_bill_payment_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bill_payment_id = _parse_bill_payment_id(d.pop("bill_payment_id", UNSET))

            if _checking:
                _expect_one_of(
                    bill_payment_id,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            bill_payment_id = _field_failed(
                cls, "bill_payment_id", "bill_payment_id", "None | str", src_dict, d, _error, _kept
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
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> None | Unset | VendorRefundAllocationMetadataType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = VendorRefundAllocationMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VendorRefundAllocationMetadataType0, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        VendorRefundAllocationMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | VendorRefundAllocationMetadataType0", src_dict, d, _error, _kept
            )

        vendor_refund_allocation = cls(
            id=id,
            amount=amount,
            bill_id=bill_id,
            bill_number=bill_number,
            bill_outstanding_balance_cents=bill_outstanding_balance_cents,
            bill_payment_id=bill_payment_id,
            created_at=created_at,
            updated_at=updated_at,
            target_description=target_description,
            allocation_type=allocation_type,
            allocation_date=allocation_date,
            description=description,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_allocation.additional_properties = d
        if _kept:
            vendor_refund_allocation._thredfi_kept = _kept
        return vendor_refund_allocation

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


class VendorRefundAllocationDict(TypedDict, total=False):
    """``VendorRefundAllocation`` as a dict (API field names): what a call accepts in its place."""

    id: str
    amount: int
    bill_id: str | None
    bill_number: str
    bill_outstanding_balance_cents: int
    bill_payment_id: str | None
    created_at: str
    updated_at: str
    target_description: str
    allocation_type: str
    allocation_date: str
    description: str
    metadata: VendorRefundAllocationMetadataType0 | VendorRefundAllocationMetadataType0Dict | None
