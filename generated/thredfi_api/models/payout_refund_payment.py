from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutRefundPayment")


@_attrs_define(repr=False)
class PayoutRefundPayment(ThredfiModel):
    """A refund payment settled by the payout

    Attributes:
        id (str | Unset):
        external_id (str | Unset):
        refund_id (str | Unset):
        customer_name (str | Unset):
        refunded_amount_cents (int | Unset):
        completed_at (None | str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("external_id", "external_id"),
        ("refund_id", "refund_id"),
        ("customer_name", "customer_name"),
        ("refunded_amount_cents", "refunded_amount_cents"),
        ("completed_at", "completed_at"),
    )

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    refunded_amount_cents: int | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.refund_id is not _kept.get("refund_id", _kept):
            refund_id = self.refund_id
        else:
            refund_id = _kept["refund_id"]

        if _kept is None or self.customer_name is not _kept.get("customer_name", _kept):
            customer_name = self.customer_name
        else:
            customer_name = _kept["customer_name"]

        if _kept is None or self.refunded_amount_cents is not _kept.get("refunded_amount_cents", _kept):
            refunded_amount_cents = self.refunded_amount_cents
        else:
            refunded_amount_cents = _kept["refunded_amount_cents"]

        if _kept is None or self.completed_at is not _kept.get("completed_at", _kept):
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at
        else:
            completed_at = _kept["completed_at"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            refund_id = d.pop("refund_id", UNSET)
            if _checking and refund_id.__class__ is not str and refund_id is not UNSET:
                _expect(refund_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            refund_id = _field_failed(cls, "refund_id", "refund_id", "str", src_dict, d, _error, _kept)

        try:
            customer_name = d.pop("customer_name", UNSET)
            if _checking and customer_name.__class__ is not str and customer_name is not UNSET:
                _expect(customer_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_name = _field_failed(cls, "customer_name", "customer_name", "str", src_dict, d, _error, _kept)

        try:
            refunded_amount_cents = d.pop("refunded_amount_cents", UNSET)
            if _checking and refunded_amount_cents.__class__ is not int and refunded_amount_cents is not UNSET:
                _expect(refunded_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            refunded_amount_cents = _field_failed(
                cls, "refunded_amount_cents", "refunded_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:

            def _parse_completed_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

            if _checking:
                _expect_one_of(
                    completed_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            completed_at = _field_failed(cls, "completed_at", "completed_at", "None | str", src_dict, d, _error, _kept)

        payout_refund_payment = cls(
            id=id,
            external_id=external_id,
            refund_id=refund_id,
            customer_name=customer_name,
            refunded_amount_cents=refunded_amount_cents,
            completed_at=completed_at,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        payout_refund_payment.additional_properties = d
        if _kept:
            payout_refund_payment._thredfi_kept = _kept
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


class PayoutRefundPaymentDict(TypedDict, total=False):
    """``PayoutRefundPayment`` as a dict (API field names): what a call accepts in its place."""

    id: str
    external_id: str
    refund_id: str
    customer_name: str
    refunded_amount_cents: int
    completed_at: str | None
