from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_allocation import RefundAllocation
    from ..models.refund_payment import RefundPayment


T = TypeVar("T", bound="Refund")


@_attrs_define
class Refund:
    """A refund (the docs page shows only its first fields; the rest are kept in additional properties)

    Attributes:
        id (str | Unset):
        refunded_amount (int | Unset): Cents
        customer_id (str | Unset):
        customer_name (str | Unset):
        allocations (list[RefundAllocation] | Unset):
        refund_payments (list[RefundPayment] | Unset):
    """

    id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    allocations: list[RefundAllocation] | Unset = UNSET
    refund_payments: list[RefundPayment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        refunded_amount = self.refunded_amount

        customer_id = self.customer_id

        customer_name = self.customer_name

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        refund_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refund_payments, Unset):
            refund_payments = []
            for refund_payments_item_data in self.refund_payments:
                refund_payments_item = refund_payments_item_data.to_dict()
                refund_payments.append(refund_payments_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_allocation import RefundAllocation  # noqa: PLC0415
        from ..models.refund_payment import RefundPayment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        refunded_amount = d.pop("refunded_amount", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[RefundAllocation] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = RefundAllocation.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _refund_payments = d.pop("refund_payments", UNSET)
        refund_payments: list[RefundPayment] | Unset = UNSET
        if _refund_payments is not UNSET:
            refund_payments = []
            for refund_payments_item_data in _refund_payments:
                refund_payments_item = RefundPayment.from_dict(refund_payments_item_data)

                refund_payments.append(refund_payments_item)

        refund = cls(
            id=id,
            refunded_amount=refunded_amount,
            customer_id=customer_id,
            customer_name=customer_name,
            allocations=allocations,
            refund_payments=refund_payments,
        )

        refund.additional_properties = d
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
