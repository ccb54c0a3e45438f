from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_code import TaxCode


T = TypeVar("T", bound="TaxCodeList")


@_attrs_define
class TaxCodeList:
    """The business's active tax codes (not paginated)

    Attributes:
        business_id (str | Unset):
        count (int | Unset):
        tax_codes (list[TaxCode] | Unset):
    """

    business_id: str | Unset = UNSET
    count: int | Unset = UNSET
    tax_codes: list[TaxCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_id = self.business_id

        count = self.count

        tax_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_codes, Unset):
            tax_codes = []
            for tax_codes_item_data in self.tax_codes:
                tax_codes_item = tax_codes_item_data.to_dict()
                tax_codes.append(tax_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if count is not UNSET:
            field_dict["count"] = count
        if tax_codes is not UNSET:
            field_dict["tax_codes"] = tax_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax_code import TaxCode  # noqa: PLC0415

        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)

        count = d.pop("count", UNSET)

        _tax_codes = d.pop("tax_codes", UNSET)
        tax_codes: list[TaxCode] | Unset = UNSET
        if _tax_codes is not UNSET:
            tax_codes = []
            for tax_codes_item_data in _tax_codes:
                tax_codes_item = TaxCode.from_dict(tax_codes_item_data)

                tax_codes.append(tax_codes_item)

        tax_code_list = cls(
            business_id=business_id,
            count=count,
            tax_codes=tax_codes,
        )

        tax_code_list.additional_properties = d
        return tax_code_list

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
