from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        allocations (list[RefundAllocation] | None | Unset):
        refund_payments (list[RefundPayment] | None | Unset):
    """

    id: str | Unset = UNSET
    refunded_amount: int | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    allocations: list[RefundAllocation] | None | Unset = UNSET
    refund_payments: list[RefundPayment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        refunded_amount = self.refunded_amount

        customer_id = self.customer_id

        customer_name = self.customer_name

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
