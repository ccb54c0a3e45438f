from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_identifier import AccountIdentifier
    from ..models.vendor_credit_line_item_metadata_type_0 import VendorCreditLineItemMetadataType0


T = TypeVar("T", bound="VendorCreditLineItem")


@_attrs_define
class VendorCreditLineItem:
    """A vendor credit line item

    Attributes:
        amount (int | Unset): Cents
        expense_account_identifier (AccountIdentifier | None | Unset):
        tags (list[str] | None | Unset):
        memo (str | Unset):
        metadata (None | Unset | VendorCreditLineItemMetadataType0): Custom key-value pairs
    """

    amount: int | Unset = UNSET
    expense_account_identifier: AccountIdentifier | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: None | Unset | VendorCreditLineItemMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415
        from ..models.vendor_credit_line_item_metadata_type_0 import VendorCreditLineItemMetadataType0  # noqa: PLC0415

        amount = self.amount

        expense_account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.expense_account_identifier, Unset):
            expense_account_identifier = UNSET
        elif isinstance(self.expense_account_identifier, AccountIdentifier):
            expense_account_identifier = self.expense_account_identifier.to_dict()
        else:
            expense_account_identifier = self.expense_account_identifier

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, VendorCreditLineItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415
        from ..models.vendor_credit_line_item_metadata_type_0 import VendorCreditLineItemMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

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

        memo = d.pop("memo", UNSET)

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

        vendor_credit_line_item = cls(
            amount=amount,
            expense_account_identifier=expense_account_identifier,
            tags=tags,
            memo=memo,
            metadata=metadata,
        )

        vendor_credit_line_item.additional_properties = d
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
