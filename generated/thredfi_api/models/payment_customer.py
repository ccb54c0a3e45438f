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

T = TypeVar("T", bound="PaymentCustomer")


@_attrs_define(repr=False)
class PaymentCustomer(ThredfiModel):
    """The paying customer

    Attributes:
        id (str | Unset):
        name (str | Unset):
        email (str | Unset):
        company_name (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("email", "email"),
        ("company_name", "company_name"),
    )

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.email is not _kept.get("email", _kept):
            email = self.email
        else:
            email = _kept["email"]

        if _kept is None or self.company_name is not _kept.get("company_name", _kept):
            company_name = self.company_name
        else:
            company_name = _kept["company_name"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
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
            name = d.pop("name", UNSET)
            if _checking and name.__class__ is not str and name is not UNSET:
                _expect(name, "str")
        except Exception as _error:
            if not _checking:
                raise
            name = _field_failed(cls, "name", "name", "str", src_dict, d, _error, _kept)

        try:
            email = d.pop("email", UNSET)
            if _checking and email.__class__ is not str and email is not UNSET:
                _expect(email, "str")
        except Exception as _error:
            if not _checking:
                raise
            email = _field_failed(cls, "email", "email", "str", src_dict, d, _error, _kept)

        try:
            company_name = d.pop("company_name", UNSET)
            if _checking and company_name.__class__ is not str and company_name is not UNSET:
                _expect(company_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            company_name = _field_failed(cls, "company_name", "company_name", "str", src_dict, d, _error, _kept)

        payment_customer = cls(
            id=id,
            name=name,
            email=email,
            company_name=company_name,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        payment_customer.additional_properties = d
        if _kept:
            payment_customer._thredfi_kept = _kept
        return payment_customer

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


class PaymentCustomerDict(TypedDict, total=False):
    """``PaymentCustomer`` as a dict (API field names): what a call accepts in its place."""

    id: str
    name: str
    email: str
    company_name: str
