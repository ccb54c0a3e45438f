from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayment")


@_attrs_define(repr=False)
class PayoutPayment(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("external_id", "external_id"),
        ("payment_reference", "payment_reference"),
        ("customer_name", "customer_name"),
        ("payment_date", "payment_date"),
        ("total_amount_cents", "total_amount_cents"),
        ("currency", "currency"),
    )

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    total_amount_cents: int | Unset = UNSET
    currency: str | Unset = UNSET
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

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.customer_name is not _kept.get("customer_name", _kept):
            customer_name = self.customer_name
        else:
            customer_name = _kept["customer_name"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date = self.payment_date
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.total_amount_cents is not _kept.get("total_amount_cents", _kept):
            total_amount_cents = self.total_amount_cents
        else:
            total_amount_cents = _kept["total_amount_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

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
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        try:
            customer_name = d.pop("customer_name", UNSET)
            if _checking and customer_name.__class__ is not str and customer_name is not UNSET:
                _expect(customer_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            customer_name = _field_failed(cls, "customer_name", "customer_name", "str", src_dict, d, _error, _kept)

        try:
            payment_date = d.pop("payment_date", UNSET)
            if _checking and payment_date.__class__ is not str and payment_date is not UNSET:
                _expect(payment_date, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(cls, "payment_date", "payment_date", "str", src_dict, d, _error, _kept)

        try:
            total_amount_cents = d.pop("total_amount_cents", UNSET)
            if _checking and total_amount_cents.__class__ is not int and total_amount_cents is not UNSET:
                _expect(total_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            total_amount_cents = _field_failed(
                cls, "total_amount_cents", "total_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        payout_payment = cls(
            id=id,
            external_id=external_id,
            payment_reference=payment_reference,
            customer_name=customer_name,
            payment_date=payment_date,
            total_amount_cents=total_amount_cents,
            currency=currency,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        payout_payment.additional_properties = d
        if _kept:
            payout_payment._thredfi_kept = _kept
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


class PayoutPaymentDict(TypedDict, total=False):
    """``PayoutPayment`` as a dict (API field names): what a call accepts in its place."""

    id: str
    external_id: str
    payment_reference: str
    customer_name: str
    payment_date: str
    total_amount_cents: int
    currency: str
