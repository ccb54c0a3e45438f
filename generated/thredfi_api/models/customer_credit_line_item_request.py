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
    from ..models.customer_credit_line_item_request_metadata_type_0 import (
        CustomerCreditLineItemRequestMetadataType0,
        CustomerCreditLineItemRequestMetadataType0Dict,
    )
    from ..models.customer_credit_line_item_request_revenue_account_identifier_type_0 import (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0Dict,
    )
    from ..models.customer_credit_line_item_request_tags_item import (
        CustomerCreditLineItemRequestTagsItem,
        CustomerCreditLineItemRequestTagsItemDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CustomerCreditLineItemRequestMetadataType0, \
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0, \
        CustomerCreditLineItemRequestTagsItem
    from ..models.customer_credit_line_item_request_metadata_type_0 import CustomerCreditLineItemRequestMetadataType0  # noqa: PLC0415
    from ..models.customer_credit_line_item_request_revenue_account_identifier_type_0 import (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,  # noqa: PLC0415
    )
    from ..models.customer_credit_line_item_request_tags_item import CustomerCreditLineItemRequestTagsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CustomerCreditLineItemRequest")


@_attrs_define(repr=False)
class CustomerCreditLineItemRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("tax_amount_cents", "tax_amount_cents"),
        ("revenue_account_identifier", "revenue_account_identifier"),
        ("memo", "memo"),
        ("metadata", "metadata"),
        ("reference_number", "reference_number"),
        ("tags", "tags"),
    )

    amount: int | Unset = UNSET
    tax_amount_cents: int | Unset = UNSET
    revenue_account_identifier: CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: CustomerCreditLineItemRequestMetadataType0 | None | Unset = UNSET
    reference_number: str | Unset = UNSET
    tags: list[CustomerCreditLineItemRequestTagsItem] | Unset = UNSET
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

        if _kept is None or self.tax_amount_cents is not _kept.get("tax_amount_cents", _kept):
            tax_amount_cents = self.tax_amount_cents
        else:
            tax_amount_cents = _kept["tax_amount_cents"]

        if _kept is None or self.revenue_account_identifier is not _kept.get("revenue_account_identifier", _kept):
            revenue_account_identifier: dict[str, Any] | None | Unset
            if isinstance(self.revenue_account_identifier, Unset):
                revenue_account_identifier = UNSET
            elif isinstance(
                self.revenue_account_identifier, CustomerCreditLineItemRequestRevenueAccountIdentifierType0
            ):
                revenue_account_identifier = self.revenue_account_identifier.to_dict()
            else:
                revenue_account_identifier = self.revenue_account_identifier
        else:
            revenue_account_identifier = _kept["revenue_account_identifier"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CustomerCreditLineItemRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        if _kept is None or self.tags is not _kept.get("tags", _kept):
            tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict()
                    tags.append(tags_item)

        else:
            tags = _kept["tags"]

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
            tax_amount_cents = d.pop("tax_amount_cents", UNSET)
            if _checking and tax_amount_cents.__class__ is not int and tax_amount_cents is not UNSET:
                _expect(tax_amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            tax_amount_cents = _field_failed(
                cls, "tax_amount_cents", "tax_amount_cents", "int", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    revenue_account_identifier,
                    (
                        CustomerCreditLineItemRequestRevenueAccountIdentifierType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            revenue_account_identifier = _field_failed(
                cls,
                "revenue_account_identifier",
                "revenue_account_identifier",
                "CustomerCreditLineItemRequestRevenueAccountIdentifierType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        CustomerCreditLineItemRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls,
                "metadata",
                "metadata",
                "CustomerCreditLineItemRequestMetadataType0 | None",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            reference_number = d.pop("reference_number", UNSET)
            if _checking and reference_number.__class__ is not str and reference_number is not UNSET:
                _expect(reference_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            reference_number = _field_failed(
                cls, "reference_number", "reference_number", "str", src_dict, d, _error, _kept
            )

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[CustomerCreditLineItemRequestTagsItem] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = CustomerCreditLineItemRequestTagsItem.from_dict(tags_item_data)

                    tags.append(tags_item)

            if _checking and tags.__class__ is not list:
                _expect(tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            tags = _field_failed(
                cls, "tags", "tags", "list[CustomerCreditLineItemRequestTagsItem]", src_dict, d, _error, _kept
            )

        customer_credit_line_item_request = cls(
            amount=amount,
            tax_amount_cents=tax_amount_cents,
            revenue_account_identifier=revenue_account_identifier,
            memo=memo,
            metadata=metadata,
            reference_number=reference_number,
            tags=tags,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        customer_credit_line_item_request.additional_properties = d
        if _kept:
            customer_credit_line_item_request._thredfi_kept = _kept
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


class CustomerCreditLineItemRequestDict(TypedDict, total=False):
    """``CustomerCreditLineItemRequest`` as a dict (API field names): what a call accepts in its place."""

    amount: int
    tax_amount_cents: int
    revenue_account_identifier: (
        CustomerCreditLineItemRequestRevenueAccountIdentifierType0
        | CustomerCreditLineItemRequestRevenueAccountIdentifierType0Dict
        | None
    )
    memo: str
    metadata: CustomerCreditLineItemRequestMetadataType0 | CustomerCreditLineItemRequestMetadataType0Dict | None
    reference_number: str
    tags: list[CustomerCreditLineItemRequestTagsItem | CustomerCreditLineItemRequestTagsItemDict]
