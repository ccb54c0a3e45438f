from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPaymentAllocationUpdateRequest")


@_attrs_define
class BillPaymentAllocationUpdateRequest:
    """
    Attributes:
        bill_id (UUID):
        amount_cents (int):
        description (str | Unset):
    """

    bill_id: UUID
    amount_cents: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_id = str(self.bill_id)

        amount_cents = self.amount_cents

        description = self.description

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = UUID(d.pop("bill_id"))

        amount_cents = d.pop("amount_cents")

        description = d.pop("description", UNSET)

        bill_payment_allocation_update_request = cls(
            bill_id=bill_id,
            amount_cents=amount_cents,
            description=description,
        )

        bill_payment_allocation_update_request.additional_properties = d
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
