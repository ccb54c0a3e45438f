from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation_update_request import (
        BillPaymentAllocationUpdateRequest,
        BillPaymentAllocationUpdateRequestDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BillPaymentAllocationUpdateRequest
    from ..models.bill_payment_allocation_update_request import BillPaymentAllocationUpdateRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PatchedBillPaymentUpdateRequest")


@_attrs_define(repr=False)
class PatchedBillPaymentUpdateRequest(ThredfiModel):
    """Fields of a bill payment that can be changed (all optional)

    Attributes:
        status (str | Unset): New status (the docs' example: pending)
        failure_reason (str | Unset):
        payment_reference (str | Unset):
        check_number (str | Unset):
        description (str | Unset):
        memo (str | Unset):
        processing_fee_cents (int | Unset): Processing fee in cents
        metadata (Any | Unset): Custom key-value pairs
        allocations (list[BillPaymentAllocationUpdateRequest] | Unset): Bill allocations of the payment
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("failure_reason", "failure_reason"),
        ("payment_reference", "payment_reference"),
        ("check_number", "check_number"),
        ("description", "description"),
        ("memo", "memo"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("metadata", "metadata"),
        ("allocations", "allocations"),
    )

    status: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    check_number: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    processing_fee_cents: int | Unset = UNSET
    metadata: Any | Unset = UNSET
    allocations: list[BillPaymentAllocationUpdateRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.failure_reason is not _kept.get("failure_reason", _kept):
            failure_reason = self.failure_reason
        else:
            failure_reason = _kept["failure_reason"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.check_number is not _kept.get("check_number", _kept):
            check_number = self.check_number
        else:
            check_number = _kept["check_number"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
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
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            failure_reason = d.pop("failure_reason", UNSET)
            if _checking and failure_reason.__class__ is not str and failure_reason is not UNSET:
                _expect(failure_reason, "str")
        except Exception as _error:
            if not _checking:
                raise
            failure_reason = _field_failed(cls, "failure_reason", "failure_reason", "str", src_dict, d, _error, _kept)

        try:
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        try:
            check_number = d.pop("check_number", UNSET)
            if _checking and check_number.__class__ is not str and check_number is not UNSET:
                _expect(check_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            check_number = _field_failed(cls, "check_number", "check_number", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            processing_fee_cents = d.pop("processing_fee_cents", UNSET)
            if _checking and processing_fee_cents.__class__ is not int and processing_fee_cents is not UNSET:
                _expect(processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee_cents = _field_failed(
                cls, "processing_fee_cents", "processing_fee_cents", "int", src_dict, d, _error, _kept
            )

        try:
            metadata = d.pop("metadata", UNSET)
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(cls, "metadata", "metadata", "Any", src_dict, d, _error, _kept)

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[BillPaymentAllocationUpdateRequest] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = BillPaymentAllocationUpdateRequest.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls,
                "allocations",
                "allocations",
                "list[BillPaymentAllocationUpdateRequest]",
                src_dict,
                d,
                _error,
                _kept,
            )

        patched_bill_payment_update_request = cls(
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        patched_bill_payment_update_request.additional_properties = d
        if _kept:
            patched_bill_payment_update_request._thredfi_kept = _kept
        return patched_bill_payment_update_request

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


class PatchedBillPaymentUpdateRequestDict(TypedDict, total=False):
    """``PatchedBillPaymentUpdateRequest`` as a dict (API field names): what a call accepts in its place."""

    status: str
    failure_reason: str
    payment_reference: str
    check_number: str
    description: str
    memo: str
    processing_fee_cents: int
    metadata: Any
    allocations: list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
