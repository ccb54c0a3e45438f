from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_payment_result_allocations_type_0_item import (
        VendorRefundPaymentResultAllocationsType0Item,
    )
    from ..models.vendor_refund_payment_result_payment_type_0 import VendorRefundPaymentResultPaymentType0
    from ..models.vendor_refund_payment_result_refund_type_0 import VendorRefundPaymentResultRefundType0


T = TypeVar("T", bound="VendorRefundPaymentResult")


@_attrs_define
class VendorRefundPaymentResult:
    """Refund, payment and allocations (shapes not documented: free-form)

    Attributes:
        refund (None | Unset | VendorRefundPaymentResultRefundType0): The refund
        payment (None | Unset | VendorRefundPaymentResultPaymentType0): The payment
        allocations (list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset): All allocations
    """

    refund: None | Unset | VendorRefundPaymentResultRefundType0 = UNSET
    payment: None | Unset | VendorRefundPaymentResultPaymentType0 = UNSET
    allocations: list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vendor_refund_payment_result_payment_type_0 import VendorRefundPaymentResultPaymentType0  # noqa: PLC0415
        from ..models.vendor_refund_payment_result_refund_type_0 import VendorRefundPaymentResultRefundType0  # noqa: PLC0415

        refund: dict[str, Any] | None | Unset
        if isinstance(self.refund, Unset):
            refund = UNSET
        elif isinstance(self.refund, VendorRefundPaymentResultRefundType0):
            refund = self.refund.to_dict()
        else:
            refund = self.refund

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, VendorRefundPaymentResultPaymentType0):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund is not UNSET:
            field_dict["refund"] = refund
        if payment is not UNSET:
            field_dict["payment"] = payment
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_refund_payment_result_allocations_type_0_item import (
            VendorRefundPaymentResultAllocationsType0Item,  # noqa: PLC0415
        )
        from ..models.vendor_refund_payment_result_payment_type_0 import VendorRefundPaymentResultPaymentType0  # noqa: PLC0415
        from ..models.vendor_refund_payment_result_refund_type_0 import VendorRefundPaymentResultRefundType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_refund(data: object) -> None | Unset | VendorRefundPaymentResultRefundType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_type_0 = VendorRefundPaymentResultRefundType0.from_dict(data)

                return refund_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VendorRefundPaymentResultRefundType0, data)

        refund = _parse_refund(d.pop("refund", UNSET))

        def _parse_payment(data: object) -> None | Unset | VendorRefundPaymentResultPaymentType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = VendorRefundPaymentResultPaymentType0.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VendorRefundPaymentResultPaymentType0, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_allocations(data: object) -> list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset:
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
                    allocations_type_0_item = VendorRefundPaymentResultAllocationsType0Item.from_dict(
                        allocations_type_0_item_data
                    )

                    allocations_type_0.append(allocations_type_0_item)

                return allocations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset, data)

        allocations = _parse_allocations(d.pop("allocations", UNSET))

        vendor_refund_payment_result = cls(
            refund=refund,
            payment=payment,
            allocations=allocations,
        )

        vendor_refund_payment_result.additional_properties = d
        return vendor_refund_payment_result

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
