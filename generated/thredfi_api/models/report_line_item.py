from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportLineItem")


@_attrs_define
class ReportLineItem:
    """One account's value in a report section

    Attributes:
        account_id (str | Unset):
        account_code (str | Unset):
        account_name (str | Unset):
        value_cents (int | Unset):
    """

    account_id: str | Unset = UNSET
    account_code: str | Unset = UNSET
    account_name: str | Unset = UNSET
    value_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_code = self.account_code

        account_name = self.account_name

        value_cents = self.value_cents

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        account_code = d.pop("account_code", UNSET)

        account_name = d.pop("account_name", UNSET)

        value_cents = d.pop("value_cents", UNSET)

        report_line_item = cls(
            account_id=account_id,
            account_code=account_code,
            account_name=account_name,
            value_cents=value_cents,
        )

        report_line_item.additional_properties = d
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
