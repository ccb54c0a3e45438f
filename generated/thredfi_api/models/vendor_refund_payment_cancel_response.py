from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorRefundPaymentCancelResponse")


@_attrs_define
class VendorRefundPaymentCancelResponse:
    """Result of cancelling a vendor refund payment

    Attributes:
        message (str | Unset):
        payment_id (str | Unset):
        refund_id (str | Unset):
        status (str | Unset):
        updated_at (str | Unset):
    """

    message: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        payment_id = self.payment_id

        refund_id = self.refund_id

        status = self.status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        payment_id = d.pop("payment_id", UNSET)

        refund_id = d.pop("refund_id", UNSET)

        status = d.pop("status", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        vendor_refund_payment_cancel_response = cls(
            message=message,
            payment_id=payment_id,
            refund_id=refund_id,
            status=status,
            updated_at=updated_at,
        )

        vendor_refund_payment_cancel_response.additional_properties = d
        return vendor_refund_payment_cancel_response

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
