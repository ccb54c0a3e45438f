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

T = TypeVar("T", bound="TaxCode")


@_attrs_define(repr=False)
class TaxCode(ThredfiModel):
    """A tax code

    Attributes:
        code (str | Unset): e.g. BTW_21
        name (str | Unset):
        rate (float | Unset): Rate as a fraction, e.g. 0.21
        purchase_account (None | str | Unset): Ledger account code for purchases
        sales_account (None | str | Unset): Ledger account code for sales
        effective_from (str | Unset):
        is_active (bool | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("name", "name"),
        ("rate", "rate"),
        ("purchase_account", "purchase_account"),
        ("sales_account", "sales_account"),
        ("effective_from", "effective_from"),
        ("is_active", "is_active"),
    )

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    purchase_account: None | str | Unset = UNSET
    sales_account: None | str | Unset = UNSET
    effective_from: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.code is not _kept.get("code", _kept):
            code = self.code
        else:
            code = _kept["code"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.rate is not _kept.get("rate", _kept):
            rate = self.rate
        else:
            rate = _kept["rate"]

        if _kept is None or self.purchase_account is not _kept.get("purchase_account", _kept):
            purchase_account: None | str | Unset
            if isinstance(self.purchase_account, Unset):
                purchase_account = UNSET
            else:
                purchase_account = self.purchase_account
        else:
            purchase_account = _kept["purchase_account"]

        if _kept is None or self.sales_account is not _kept.get("sales_account", _kept):
            sales_account: None | str | Unset
            if isinstance(self.sales_account, Unset):
                sales_account = UNSET
            else:
                sales_account = self.sales_account
        else:
            sales_account = _kept["sales_account"]

        if _kept is None or self.effective_from is not _kept.get("effective_from", _kept):
            effective_from = self.effective_from
        else:
            effective_from = _kept["effective_from"]

        if _kept is None or self.is_active is not _kept.get("is_active", _kept):
            is_active = self.is_active
        else:
            is_active = _kept["is_active"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
        if purchase_account is not UNSET:
            field_dict["purchase_account"] = purchase_account
        if sales_account is not UNSET:
            field_dict["sales_account"] = sales_account
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            code = d.pop("code", UNSET)
            if _checking and code.__class__ is not str and code is not UNSET:
                _expect(code, "str")
        except Exception as _error:
            if not _checking:
                raise
            code = _field_failed(cls, "code", "code", "str", src_dict, d, _error, _kept)

        try:
            name = d.pop("name", UNSET)
            if _checking and name.__class__ is not str and name is not UNSET:
                _expect(name, "str")
        except Exception as _error:
            if not _checking:
                raise
            name = _field_failed(cls, "name", "name", "str", src_dict, d, _error, _kept)

        try:
            rate = d.pop("rate", UNSET)
            if _checking and rate.__class__ is not float and rate is not UNSET:
                _expect(rate, "float")
        except Exception as _error:
            if not _checking:
                raise
            rate = _field_failed(cls, "rate", "rate", "float", src_dict, d, _error, _kept)

        try:

            def _parse_purchase_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            purchase_account = _parse_purchase_account(d.pop("purchase_account", UNSET))

            if _checking:
                _expect_one_of(
                    purchase_account,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            purchase_account = _field_failed(
                cls, "purchase_account", "purchase_account", "None | str", src_dict, d, _error, _kept
            )

        try:

            def _parse_sales_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sales_account = _parse_sales_account(d.pop("sales_account", UNSET))

            if _checking:
                _expect_one_of(
                    sales_account,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            sales_account = _field_failed(
                cls, "sales_account", "sales_account", "None | str", src_dict, d, _error, _kept
            )

        try:
            effective_from = d.pop("effective_from", UNSET)
            if _checking and effective_from.__class__ is not str and effective_from is not UNSET:
                _expect(effective_from, "str")
        except Exception as _error:
            if not _checking:
                raise
            effective_from = _field_failed(cls, "effective_from", "effective_from", "str", src_dict, d, _error, _kept)

        try:
            is_active = d.pop("is_active", UNSET)
            if _checking and is_active.__class__ is not bool and is_active is not UNSET:
                _expect(is_active, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_active = _field_failed(cls, "is_active", "is_active", "bool", src_dict, d, _error, _kept)

        tax_code = cls(
            code=code,
            name=name,
            rate=rate,
            purchase_account=purchase_account,
            sales_account=sales_account,
            effective_from=effective_from,
            is_active=is_active,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        tax_code.additional_properties = d
        if _kept:
            tax_code._thredfi_kept = _kept
        return tax_code

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


class TaxCodeDict(TypedDict, total=False):
    """``TaxCode`` as a dict (API field names): what a call accepts in its place."""

    code: str
    name: str
    rate: float
    purchase_account: str | None
    sales_account: str | None
    effective_from: str
    is_active: bool
