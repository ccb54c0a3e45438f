from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        tax_codes (list[TaxCode] | None | Unset):
    """

    business_id: str | Unset = UNSET
    count: int | Unset = UNSET
    tax_codes: list[TaxCode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_id = self.business_id

        count = self.count

        tax_codes: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_codes, Unset):
            tax_codes = UNSET
        elif isinstance(self.tax_codes, list):
            tax_codes = []
            for tax_codes_type_0_item_data in self.tax_codes:
                tax_codes_type_0_item = tax_codes_type_0_item_data.to_dict()
                tax_codes.append(tax_codes_type_0_item)

        else:
            tax_codes = self.tax_codes

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

        def _parse_tax_codes(data: object) -> list[TaxCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_codes_type_0 = []
                _tax_codes_type_0 = data
                for tax_codes_type_0_item_data in _tax_codes_type_0:
                    tax_codes_type_0_item = TaxCode.from_dict(tax_codes_type_0_item_data)

                    tax_codes_type_0.append(tax_codes_type_0_item)

                return tax_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaxCode] | None | Unset, data)

        tax_codes = _parse_tax_codes(d.pop("tax_codes", UNSET))

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
