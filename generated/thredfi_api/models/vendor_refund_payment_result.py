from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_refund_payment_result_allocations_type_0_item import (
        VendorRefundPaymentResultAllocationsType0Item,
        VendorRefundPaymentResultAllocationsType0ItemDict,
    )
    from ..models.vendor_refund_payment_result_payment_type_0 import (
        VendorRefundPaymentResultPaymentType0,
        VendorRefundPaymentResultPaymentType0Dict,
    )
    from ..models.vendor_refund_payment_result_refund_type_0 import (
        VendorRefundPaymentResultRefundType0,
        VendorRefundPaymentResultRefundType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        VendorRefundPaymentResultAllocationsType0Item, \
        VendorRefundPaymentResultPaymentType0, \
        VendorRefundPaymentResultRefundType0
    from ..models.vendor_refund_payment_result_allocations_type_0_item import (
        VendorRefundPaymentResultAllocationsType0Item,  # noqa: PLC0415
    )
    from ..models.vendor_refund_payment_result_payment_type_0 import VendorRefundPaymentResultPaymentType0  # noqa: PLC0415
    from ..models.vendor_refund_payment_result_refund_type_0 import VendorRefundPaymentResultRefundType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorRefundPaymentResult")


@_attrs_define(repr=False)
class VendorRefundPaymentResult(ThredfiModel):
    """Refund, payment and allocations (shapes not documented: free-form)

    Attributes:
        refund (None | Unset | VendorRefundPaymentResultRefundType0): The refund
        payment (None | Unset | VendorRefundPaymentResultPaymentType0): The payment
        allocations (list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset): All allocations
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("refund", "refund"),
        ("payment", "payment"),
        ("allocations", "allocations"),
    )

    refund: None | Unset | VendorRefundPaymentResultRefundType0 = UNSET
    payment: None | Unset | VendorRefundPaymentResultPaymentType0 = UNSET
    allocations: list[VendorRefundPaymentResultAllocationsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.refund is not _kept.get("refund", _kept):
            refund: dict[str, Any] | None | Unset
            if isinstance(self.refund, Unset):
                refund = UNSET
            elif isinstance(self.refund, VendorRefundPaymentResultRefundType0):
                refund = self.refund.to_dict()
            else:
                refund = self.refund
        else:
            refund = _kept["refund"]

        if _kept is None or self.payment is not _kept.get("payment", _kept):
            payment: dict[str, Any] | None | Unset
            if isinstance(self.payment, Unset):
                payment = UNSET
            elif isinstance(self.payment, VendorRefundPaymentResultPaymentType0):
                payment = self.payment.to_dict()
            else:
                payment = self.payment
        else:
            payment = _kept["payment"]

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund is not UNSET:
            field_dict["refund"] = refund
        if payment is not UNSET:
            field_dict["payment"] = payment
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

            if _checking:
                _expect_one_of(
                    refund,
                    (
                        VendorRefundPaymentResultRefundType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            refund = _field_failed(
                cls, "refund", "refund", "None | VendorRefundPaymentResultRefundType0", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    payment,
                    (
                        VendorRefundPaymentResultPaymentType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            payment = _field_failed(
                cls, "payment", "payment", "None | VendorRefundPaymentResultPaymentType0", src_dict, d, _error, _kept
            )

        try:

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
                cls,
                "allocations",
                "allocations",
                "list[VendorRefundPaymentResultAllocationsType0Item] | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        vendor_refund_payment_result = cls(
            refund=refund,
            payment=payment,
            allocations=allocations,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_refund_payment_result.additional_properties = d
        if _kept:
            vendor_refund_payment_result._thredfi_kept = _kept
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


class VendorRefundPaymentResultDict(TypedDict, total=False):
    """``VendorRefundPaymentResult`` as a dict (API field names): what a call accepts in its place."""

    refund: VendorRefundPaymentResultRefundType0 | VendorRefundPaymentResultRefundType0Dict | None
    payment: VendorRefundPaymentResultPaymentType0 | VendorRefundPaymentResultPaymentType0Dict | None
    allocations: (
        list[VendorRefundPaymentResultAllocationsType0Item | VendorRefundPaymentResultAllocationsType0ItemDict] | None
    )
