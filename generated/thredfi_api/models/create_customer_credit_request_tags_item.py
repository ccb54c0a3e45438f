from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields

from ..types import UNSET

T = TypeVar("T", bound="CreateCustomerCreditRequestTagsItem")


@_attrs_define(repr=False)
class CreateCustomerCreditRequestTagsItem(ThredfiModel):
    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        create_customer_credit_request_tags_item = cls()

        create_customer_credit_request_tags_item.additional_properties = d
        if _kept:
            create_customer_credit_request_tags_item._thredfi_kept = _kept
        return create_customer_credit_request_tags_item

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


CreateCustomerCreditRequestTagsItemDict = dict[str, Any]
