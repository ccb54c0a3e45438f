from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillPaymentCancelResponse")


@_attrs_define
class BillPaymentCancelResponse:
    """Response serializer for bill payment cancellation

    Attributes:
        message (str): Status message
        payment_id (UUID): UUID of the cancelled payment
        status (str): New status of the payment
        updated_at (datetime.datetime): When the payment was updated
    """

    message: str
    payment_id: UUID
    status: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        payment_id = str(self.payment_id)

        status = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "payment_id": payment_id,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        payment_id = UUID(d.pop("payment_id"))

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        bill_payment_cancel_response = cls(
            message=message,
            payment_id=payment_id,
            status=status,
            updated_at=updated_at,
        )

        bill_payment_cancel_response.additional_properties = d
        return bill_payment_cancel_response

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
