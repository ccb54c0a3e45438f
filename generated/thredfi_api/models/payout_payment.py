from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayment")


@_attrs_define
class PayoutPayment:
    """An invoice payment settled by the payout

    Attributes:
        id (str | Unset):
        external_id (str | Unset):
        payment_reference (str | Unset):
        customer_name (str | Unset):
        payment_date (str | Unset):
        total_amount_cents (int | Unset):
        currency (str | Unset):
    """

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    total_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        payment_reference = self.payment_reference

        customer_name = self.customer_name

        payment_date = self.payment_date

        total_amount_cents = self.total_amount_cents

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if total_amount_cents is not UNSET:
            field_dict["total_amount_cents"] = total_amount_cents
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        external_id = d.pop("external_id", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        total_amount_cents = d.pop("total_amount_cents", UNSET)

        currency = d.pop("currency", UNSET)

        payout_payment = cls(
            id=id,
            external_id=external_id,
            payment_reference=payment_reference,
            customer_name=customer_name,
            payment_date=payment_date,
            total_amount_cents=total_amount_cents,
            currency=currency,
        )

        payout_payment.additional_properties = d
        return payout_payment

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
