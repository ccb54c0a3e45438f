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
    from ..models.account_identifier import AccountIdentifier, AccountIdentifierDict
    from ..models.vendor_credit_line_item_metadata_type_0 import (
        VendorCreditLineItemMetadataType0,
        VendorCreditLineItemMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AccountIdentifier, VendorCreditLineItemMetadataType0
    from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415
    from ..models.vendor_credit_line_item_metadata_type_0 import VendorCreditLineItemMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VendorCreditLineItem")


@_attrs_define(repr=False)
class VendorCreditLineItem(ThredfiModel):
    """A vendor credit line item

    Attributes:
        amount (int | Unset): Cents
        expense_account_identifier (AccountIdentifier | None | Unset):
        tags (list[str] | None | Unset):
        memo (str | Unset):
        metadata (None | Unset | VendorCreditLineItemMetadataType0): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("expense_account_identifier", "expense_account_identifier"),
        ("tags", "tags"),
        ("memo", "memo"),
        ("metadata", "metadata"),
    )

    amount: int | Unset = UNSET
    expense_account_identifier: AccountIdentifier | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | Unset | VendorCreditLineItemMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.amount is not _kept.get("amount", _kept):
            amount = self.amount
        else:
            amount = _kept["amount"]

        if _kept is None or self.expense_account_identifier is not _kept.get("expense_account_identifier", _kept):
            expense_account_identifier: dict[str, Any] | None | Unset
            if isinstance(self.expense_account_identifier, Unset):
                expense_account_identifier = UNSET
            elif isinstance(self.expense_account_identifier, AccountIdentifier):
                expense_account_identifier = self.expense_account_identifier.to_dict()
            else:
                expense_account_identifier = self.expense_account_identifier
        else:
            expense_account_identifier = _kept["expense_account_identifier"]

        if _kept is None or self.tags is not _kept.get("tags", _kept):
            tags: list[str] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags
        else:
            tags = _kept["tags"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, VendorCreditLineItemMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if expense_account_identifier is not UNSET:
            field_dict["expense_account_identifier"] = expense_account_identifier
        if tags is not UNSET:
            field_dict["tags"] = tags
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            amount = d.pop("amount", UNSET)
            if _checking and amount.__class__ is not int and amount is not UNSET:
                _expect(amount, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount = _field_failed(cls, "amount", "amount", "int", src_dict, d, _error, _kept)

        try:

            def _parse_expense_account_identifier(data: object) -> AccountIdentifier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    expense_account_identifier_type_1 = AccountIdentifier.from_dict(data)

                    return expense_account_identifier_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountIdentifier | None | Unset, data)

            expense_account_identifier = _parse_expense_account_identifier(d.pop("expense_account_identifier", UNSET))

            if _checking:
                _expect_one_of(
                    expense_account_identifier,
                    (
                        type(None),
                        AccountIdentifier,
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            expense_account_identifier = _field_failed(
                cls,
                "expense_account_identifier",
                "expense_account_identifier",
                "AccountIdentifier | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:

            def _parse_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tags_type_0 = cast(list[str], data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            tags = _parse_tags(d.pop("tags", UNSET))

            if _checking:
                _expect_one_of(
                    tags,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            tags = _field_failed(cls, "tags", "tags", "list[str] | None", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> None | Unset | VendorCreditLineItemMetadataType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = VendorCreditLineItemMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VendorCreditLineItemMetadataType0, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        VendorCreditLineItemMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | VendorCreditLineItemMetadataType0", src_dict, d, _error, _kept
            )

        vendor_credit_line_item = cls(
            amount=amount,
            expense_account_identifier=expense_account_identifier,
            tags=tags,
            memo=memo,
            metadata=metadata,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor_credit_line_item.additional_properties = d
        if _kept:
            vendor_credit_line_item._thredfi_kept = _kept
        return vendor_credit_line_item

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


class VendorCreditLineItemDict(TypedDict, total=False):
    """``VendorCreditLineItem`` as a dict (API field names): what a call accepts in its place."""

    amount: int
    expense_account_identifier: None | AccountIdentifier | AccountIdentifierDict
    tags: list[str] | None
    memo: str
    metadata: VendorCreditLineItemMetadataType0 | VendorCreditLineItemMetadataType0Dict | None
