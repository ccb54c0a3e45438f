from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_payment_record import InvoicePaymentRecord, InvoicePaymentRecordDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InvoicePaymentRecord
    from ..models.invoice_payment_record import InvoicePaymentRecord  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InvoicePaymentCreateResponse")


@_attrs_define(repr=False)
class InvoicePaymentCreateResponse(ThredfiModel):
    """The recorded payment, wrapped in a payment key

    Attributes:
        payment (InvoicePaymentRecord | Unset): A recorded invoice payment (amounts in cents)
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (("payment", "payment"),)

    payment: InvoicePaymentRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.payment is not _kept.get("payment", _kept):
            payment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment, Unset):
                payment = self.payment.to_dict()
        else:
            payment = _kept["payment"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment
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
            _payment = d.pop("payment", UNSET)
            payment: InvoicePaymentRecord | Unset
            if isinstance(_payment, Unset):
                payment = UNSET
            else:
                payment = InvoicePaymentRecord.from_dict(_payment)

        except Exception as _error:
            if not _checking:
                raise
            payment = _field_failed(cls, "payment", "payment", "InvoicePaymentRecord", src_dict, d, _error, _kept)

        invoice_payment_create_response = cls(
            payment=payment,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        invoice_payment_create_response.additional_properties = d
        if _kept:
            invoice_payment_create_response._thredfi_kept = _kept
        return invoice_payment_create_response

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


class InvoicePaymentCreateResponseDict(TypedDict, total=False):
    """``InvoicePaymentCreateResponse`` as a dict (API field names): what a call accepts in its place."""

    payment: InvoicePaymentRecord | InvoicePaymentRecordDict
