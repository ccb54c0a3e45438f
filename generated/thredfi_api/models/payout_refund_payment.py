from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutRefundPayment")


@_attrs_define
class PayoutRefundPayment:
    """A refund payment settled by the payout

    Attributes:
        id (str | Unset):
        external_id (str | Unset):
        refund_id (str | Unset):
        customer_name (str | Unset):
        refunded_amount_cents (int | Unset):
        completed_at (None | str | Unset):
    """

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    refunded_amount_cents: int | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        refund_id = self.refund_id

        customer_name = self.customer_name

        refunded_amount_cents = self.refunded_amount_cents

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if refunded_amount_cents is not UNSET:
            field_dict["refunded_amount_cents"] = refunded_amount_cents
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        external_id = d.pop("external_id", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        payout_refund_payment = cls(
            id=id,
            external_id=external_id,
            refund_id=refund_id,
            customer_name=customer_name,
            refunded_amount_cents=refunded_amount_cents,
            completed_at=completed_at,
        )

        payout_refund_payment.additional_properties = d
        return payout_refund_payment

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
