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

T = TypeVar("T", bound="ReportLineItem")


@_attrs_define(repr=False)
class ReportLineItem(ThredfiModel):
    """One account's value in a report section

    Attributes:
        account_id (str | Unset):
        account_code (str | Unset):
        account_name (str | Unset):
        value_cents (int | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("account_id", "account_id"),
        ("account_code", "account_code"),
        ("account_name", "account_name"),
        ("value_cents", "value_cents"),
    )

    account_id: str | Unset = UNSET
    account_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    value_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.account_id is not _kept.get("account_id", _kept):
            account_id = self.account_id
        else:
            account_id = _kept["account_id"]

        if _kept is None or self.account_code is not _kept.get("account_code", _kept):
            account_code = self.account_code
        else:
            account_code = _kept["account_code"]

        if _kept is None or self.account_name is not _kept.get("account_name", _kept):
            account_name = self.account_name
        else:
            account_name = _kept["account_name"]

        if _kept is None or self.value_cents is not _kept.get("value_cents", _kept):
            value_cents = self.value_cents
        else:
            value_cents = _kept["value_cents"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_code is not UNSET:
            field_dict["account_code"] = account_code
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if value_cents is not UNSET:
            field_dict["value_cents"] = value_cents
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            account_id = d.pop("account_id", UNSET)
            if _checking and account_id.__class__ is not str and account_id is not UNSET:
                _expect(account_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_id = _field_failed(cls, "account_id", "account_id", "str", src_dict, d, _error, _kept)

        try:
            account_code = d.pop("account_code", UNSET)
            if _checking and account_code.__class__ is not str and account_code is not UNSET:
                _expect(account_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_code = _field_failed(cls, "account_code", "account_code", "str", src_dict, d, _error, _kept)

        try:
            account_name = d.pop("account_name", UNSET)
            if _checking and account_name.__class__ is not str and account_name is not UNSET:
                _expect(account_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            account_name = _field_failed(cls, "account_name", "account_name", "str", src_dict, d, _error, _kept)

        try:
            value_cents = d.pop("value_cents", UNSET)
            if _checking and value_cents.__class__ is not int and value_cents is not UNSET:
                _expect(value_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            value_cents = _field_failed(cls, "value_cents", "value_cents", "int", src_dict, d, _error, _kept)

        report_line_item = cls(
            account_id=account_id,
            account_code=account_code,
            account_name=account_name,
            value_cents=value_cents,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        report_line_item.additional_properties = d
        if _kept:
            report_line_item._thredfi_kept = _kept
        return report_line_item

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


class ReportLineItemDict(TypedDict, total=False):
    """``ReportLineItem`` as a dict (API field names): what a call accepts in its place."""

    account_id: str
    account_code: str
    account_name: str
    value_cents: int
