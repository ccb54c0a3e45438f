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
    from ..models.refund_allocation import RefundAllocation, RefundAllocationDict
    from ..models.refund_payment import RefundPayment, RefundPaymentDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RefundAllocation, RefundPayment
    from ..models.refund_allocation import RefundAllocation  # noqa: PLC0415
    from ..models.refund_payment import RefundPayment  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Refund")


@_attrs_define(repr=False)
class Refund(ThredfiModel):
    """A refund (the docs page shows only its first fields; the rest are kept in additional properties)

    Attributes:
        id (str | Unset):
        refunded_amount (int | Unset): Cents
        customer_id (str | Unset):
        customer_name (str | Unset):
        allocations (list[RefundAllocation] | None | Unset):
        refund_payments (list[RefundPayment] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("refunded_amount", "refunded_amount"),
        ("customer_id", "customer_id"),
        ("customer_name", "customer_name"),
        ("allocations", "allocations"),
        ("refund_payments", "refund_payments"),
    )

    id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    allocations: list[RefundAllocation] | None | Unset = UNSET
    refund_payments: list[RefundPayment] | None | Unset = UNSET
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

        if _kept is None or self.refunded_amount is not _kept.get("refunded_amount", _kept):
            refunded_amount = self.refunded_amount
        else:
            refunded_amount = _kept["refunded_amount"]

        if _kept is None or self.customer_id is not _kept.get("customer_id", _kept):
            customer_id = self.customer_id
        else:
            customer_id = _kept["customer_id"]

        if _kept is None or self.customer_name is not _kept.get("customer_name", _kept):
            customer_name = self.customer_name
        else:
            customer_name = _kept["customer_name"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | None | Unset
            if isinstance(self.allocations, Unset):
                allocations = UNSET
            elif isinstance(self.allocations, list):
                allocations = []
                for allocations_type_0_item_data in self.allocations:
                    allocations_type_0_item = allocations_type_0_item_data.to_dict()
                    allocations.append(allocations_type_0_item)

            else:
                allocations = self.allocations
        else:
            allocations = _kept["allocations"]

        if _kept is None or self.refund_payments is not _kept.get("refund_payments", _kept):
            refund_payments: list[dict[str, Any]] | None | Unset
            if isinstance(self.refund_payments, Unset):
                refund_payments = UNSET
            elif isinstance(self.refund_payments, list):
                refund_payments = []
                for refund_payments_type_0_item_data in self.refund_payments:
                    refund_payments_type_0_item = refund_payments_type_0_item_data.to_dict()
                    refund_payments.append(refund_payments_type_0_item)

            else:
                refund_payments = self.refund_payments
        else:
            refund_payments = _kept["refund_payments"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if refund_payments is not UNSET:
            field_dict["refund_payments"] = refund_payments
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
            refunded_amount = d.pop("refunded_amount", UNSET)
            if _checking and refunded_amount.__class__ is not int and refunded_amount is not UNSET:
                _expect(refunded_amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount = _field_failed(
                cls, "refunded_amount", "refunded_amount", "int", src_dict, d, _error, _kept
            )

        try:
            customer_id = d.pop("customer_id", UNSET)
            if _checking and customer_id.__class__ is not str and customer_id is not UNSET:
                _expect(customer_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_id = _field_failed(cls, "customer_id", "customer_id", "str", src_dict, d, _error, _kept)

        try:
            customer_name = d.pop("customer_name", UNSET)
            if _checking and customer_name.__class__ is not str and customer_name is not UNSET:
                _expect(customer_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_name = _field_failed(cls, "customer_name", "customer_name", "str", src_dict, d, _error, _kept)

        try:

            def _parse_allocations(data: object) -> list[RefundAllocation] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allocations_type_0 = []
                    _allocations_type_0 = data
                    for allocations_type_0_item_data in _allocations_type_0:
                        allocations_type_0_item = RefundAllocation.from_dict(allocations_type_0_item_data)

                        allocations_type_0.append(allocations_type_0_item)

                    return allocations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[RefundAllocation] | None | Unset, data)

            allocations = _parse_allocations(d.pop("allocations", UNSET))

            if _checking:
                _expect_one_of(
                    allocations,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[RefundAllocation] | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_refund_payments(data: object) -> list[RefundPayment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    refund_payments_type_0 = []
                    _refund_payments_type_0 = data
                    for refund_payments_type_0_item_data in _refund_payments_type_0:
                        refund_payments_type_0_item = RefundPayment.from_dict(refund_payments_type_0_item_data)

                        refund_payments_type_0.append(refund_payments_type_0_item)

                    return refund_payments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[RefundPayment] | None | Unset, data)

            refund_payments = _parse_refund_payments(d.pop("refund_payments", UNSET))

            if _checking:
                _expect_one_of(
                    refund_payments,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            refund_payments = _field_failed(
                cls, "refund_payments", "refund_payments", "list[RefundPayment] | None", src_dict, d, _error, _kept
            )

        refund = cls(
            id=id,
            refunded_amount=refunded_amount,
            customer_id=customer_id,
            customer_name=customer_name,
            allocations=allocations,
            refund_payments=refund_payments,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        refund.additional_properties = d
        if _kept:
            refund._thredfi_kept = _kept
        return refund

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


class RefundDict(TypedDict, total=False):
    """``Refund`` as a dict (API field names): what a call accepts in its place."""

    id: str
    refunded_amount: int
    customer_id: str
    customer_name: str
    allocations: list[RefundAllocation | RefundAllocationDict] | None
    refund_payments: list[RefundPayment | RefundPaymentDict] | None
