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
    from ..models.tax_code import TaxCode, TaxCodeDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TaxCode
    from ..models.tax_code import TaxCode  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="TaxCodeList")


@_attrs_define(repr=False)
class TaxCodeList(ThredfiModel):
    """The business's active tax codes (not paginated)

    Attributes:
        business_id (str | Unset):
        count (int | Unset):
        tax_codes (list[TaxCode] | None | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("business_id", "business_id"),
        ("count", "count"),
        ("tax_codes", "tax_codes"),
    )

    business_id: str | Unset = UNSET
    count: int | Unset = UNSET
    tax_codes: list[TaxCode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.business_id is not _kept.get("business_id", _kept):
            business_id = self.business_id
        else:
            business_id = _kept["business_id"]

        if _kept is None or self.count is not _kept.get("count", _kept):
            count = self.count
        else:
            count = _kept["count"]

        if _kept is None or self.tax_codes is not _kept.get("tax_codes", _kept):
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
        else:
            tax_codes = _kept["tax_codes"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if count is not UNSET:
            field_dict["count"] = count
        if tax_codes is not UNSET:
            field_dict["tax_codes"] = tax_codes
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
            business_id = d.pop("business_id", UNSET)
            if _checking and business_id.__class__ is not str and business_id is not UNSET:
                _expect(business_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            business_id = _field_failed(cls, "business_id", "business_id", "str", src_dict, d, _error, _kept)

        try:
            count = d.pop("count", UNSET)
            if _checking and count.__class__ is not int and count is not UNSET:
                _expect(count, "int")
        except Exception as _error:
            if not _checking:
                raise
            count = _field_failed(cls, "count", "count", "int", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    tax_codes,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            tax_codes = _field_failed(cls, "tax_codes", "tax_codes", "list[TaxCode] | None", src_dict, d, _error, _kept)

        tax_code_list = cls(
            business_id=business_id,
            count=count,
            tax_codes=tax_codes,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        tax_code_list.additional_properties = d
        if _kept:
            tax_code_list._thredfi_kept = _kept
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


class TaxCodeListDict(TypedDict, total=False):
    """``TaxCodeList`` as a dict (API field names): what a call accepts in its place."""

    business_id: str
    count: int
    tax_codes: list[TaxCode | TaxCodeDict] | None
