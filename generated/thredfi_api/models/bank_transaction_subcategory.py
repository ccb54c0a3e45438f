from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_transaction_category import BankTransactionCategory, BankTransactionCategoryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BankTransactionCategory
    from ..models.bank_transaction_category import BankTransactionCategory  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BankTransactionSubcategory")


@_attrs_define(repr=False)
class BankTransactionSubcategory(ThredfiModel):
    """A transaction subcategory

    Attributes:
        id (str | Unset):
        code (str | Unset):
        name (str | Unset):
        category (BankTransactionCategory | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code", "code"),
        ("name", "name"),
        ("category", "category"),
    )

    id: str | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    category: BankTransactionCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.code is not _kept.get("code", _kept):
            code = self.code
        else:
            code = _kept["code"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.category is not _kept.get("category", _kept):
            category: dict[str, Any] | None | Unset
            if isinstance(self.category, Unset):
                category = UNSET
            elif isinstance(self.category, BankTransactionCategory):
                category = self.category.to_dict()
            else:
                category = self.category
        else:
            category = _kept["category"]

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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

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

            if _checking:
                _expect_one_of(
                    category,
                    (
                        type(None),
                        BankTransactionCategory,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            category = _field_failed(
                cls, "category", "category", "BankTransactionCategory | None", src_dict, d, _error, _kept
            )

        bank_transaction_subcategory = cls(
            id=id,
            code=code,
            name=name,
            category=category,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        bank_transaction_subcategory.additional_properties = d
        if _kept:
            bank_transaction_subcategory._thredfi_kept = _kept
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


class BankTransactionSubcategoryDict(TypedDict, total=False):
    """``BankTransactionSubcategory`` as a dict (API field names): what a call accepts in its place."""

    id: str
    code: str
    name: str
    category: None | BankTransactionCategory | BankTransactionCategoryDict
