from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_credit_line_item_request_metadata_type_0 import CustomerCreditLineItemRequestMetadataType0
    from ..models.customer_credit_line_item_request_revenue_account_identifier_type_0 import (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,
    )
    from ..models.customer_credit_line_item_request_tags_item import CustomerCreditLineItemRequestTagsItem


T = TypeVar("T", bound="CustomerCreditLineItemRequest")


@_attrs_define
class CustomerCreditLineItemRequest:
    """A customer credit line item to create

    Attributes:
        amount (int | Unset): Cents
        tax_amount_cents (int | Unset):
        revenue_account_identifier (CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None | Unset): Ledger
            account to book the line to
        memo (str | Unset):
        metadata (CustomerCreditLineItemRequestMetadataType0 | None | Unset): Custom key-value pairs
        reference_number (str | Unset):
        tags (list[CustomerCreditLineItemRequestTagsItem] | Unset):
    """

    amount: int | Unset = UNSET
    tax_amount_cents: int | Unset = UNSET
    revenue_account_identifier: CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: CustomerCreditLineItemRequestMetadataType0 | None | Unset = UNSET
    reference_number: str | Unset = UNSET
    tags: list[CustomerCreditLineItemRequestTagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_credit_line_item_request_metadata_type_0 import (
            CustomerCreditLineItemRequestMetadataType0,  # noqa: PLC0415
        )
        from ..models.customer_credit_line_item_request_revenue_account_identifier_type_0 import (
            CustomerCreditLineItemRequestRevenueAccountIdentifierType0,  # noqa: PLC0415
        )

        amount = self.amount

        tax_amount_cents = self.tax_amount_cents

        revenue_account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.revenue_account_identifier, Unset):
            revenue_account_identifier = UNSET
        elif isinstance(self.revenue_account_identifier, CustomerCreditLineItemRequestRevenueAccountIdentifierType0):
            revenue_account_identifier = self.revenue_account_identifier.to_dict()
        else:
            revenue_account_identifier = self.revenue_account_identifier

        memo = self.memo

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CustomerCreditLineItemRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        reference_number = self.reference_number

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount_cents is not UNSET:
            field_dict["tax_amount_cents"] = tax_amount_cents
        if revenue_account_identifier is not UNSET:
            field_dict["revenue_account_identifier"] = revenue_account_identifier
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_credit_line_item_request_metadata_type_0 import (
            CustomerCreditLineItemRequestMetadataType0,  # noqa: PLC0415
        )
        from ..models.customer_credit_line_item_request_revenue_account_identifier_type_0 import (
            CustomerCreditLineItemRequestRevenueAccountIdentifierType0,  # noqa: PLC0415
        )
        from ..models.customer_credit_line_item_request_tags_item import CustomerCreditLineItemRequestTagsItem  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        tax_amount_cents = d.pop("tax_amount_cents", UNSET)

        def _parse_revenue_account_identifier(
            data: object,
        ) -> CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                revenue_account_identifier_type_0 = (
                    CustomerCreditLineItemRequestRevenueAccountIdentifierType0.from_dict(data)
                )

                return revenue_account_identifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None | Unset, data)

        revenue_account_identifier = _parse_revenue_account_identifier(d.pop("revenue_account_identifier", UNSET))

        memo = d.pop("memo", UNSET)

        def _parse_metadata(data: object) -> CustomerCreditLineItemRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CustomerCreditLineItemRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerCreditLineItemRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        reference_number = d.pop("reference_number", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[CustomerCreditLineItemRequestTagsItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = CustomerCreditLineItemRequestTagsItem.from_dict(tags_item_data)

                tags.append(tags_item)

        customer_credit_line_item_request = cls(
            amount=amount,
            tax_amount_cents=tax_amount_cents,
            revenue_account_identifier=revenue_account_identifier,
            memo=memo,
            metadata=metadata,
            reference_number=reference_number,
            tags=tags,
        )

        customer_credit_line_item_request.additional_properties = d
        return customer_credit_line_item_request

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
