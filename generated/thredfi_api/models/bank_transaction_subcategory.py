from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_transaction_category import BankTransactionCategory


T = TypeVar("T", bound="BankTransactionSubcategory")


@_attrs_define
class BankTransactionSubcategory:
    """A transaction subcategory

    Attributes:
        id (str | Unset):
        code (str | Unset):
        name (str | Unset):
        category (BankTransactionCategory | None | Unset):
    """

    id: str | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    category: BankTransactionCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_transaction_category import BankTransactionCategory  # noqa: PLC0415

        id = self.id

        code = self.code

        name = self.name

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, BankTransactionCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_transaction_category import BankTransactionCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_category(data: object) -> BankTransactionCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = BankTransactionCategory.from_dict(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankTransactionCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        bank_transaction_subcategory = cls(
            id=id,
            code=code,
            name=name,
            category=category,
        )

        bank_transaction_subcategory.additional_properties = d
        return bank_transaction_subcategory

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
