from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..models.create_bill_payment_request_payment_method import (
    CreateBillPaymentRequestPaymentMethod,
    check_create_bill_payment_request_payment_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_allocation_request import BillPaymentAllocationRequest, BillPaymentAllocationRequestDict
    from ..models.create_bill_payment_request_metadata_type_0 import (
        CreateBillPaymentRequestMetadataType0,
        CreateBillPaymentRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BillPaymentAllocationRequest, CreateBillPaymentRequestMetadataType0
    from ..models.bill_payment_allocation_request import BillPaymentAllocationRequest  # noqa: PLC0415
    from ..models.create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateBillPaymentRequest")


@_attrs_define(repr=False)
class CreateBillPaymentRequest(ThredfiModel):
    """A bill payment with its allocations (created atomically)

    Attributes:
        vendor_id (UUID): Vendor receiving the payment
        amount_cents (int): Total payment amount in cents
        currency (str | Unset): Must match the business base currency
        payment_method (CreateBillPaymentRequestPaymentMethod | Unset):
        payment_date (datetime.date | Unset):
        payment_reference (str | Unset):
        check_number (str | Unset): Required when payment_method is check
        description (str | Unset):
        memo (str | Unset):
        processing_fee_cents (int | Unset):  Default: 0.
        external_id (str | Unset):
        metadata (CreateBillPaymentRequestMetadataType0 | None | Unset): Custom key-value pairs
        allocations (list[BillPaymentAllocationRequest] | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vendor_id", "vendor_id"),
        ("amount_cents", "amount_cents"),
        ("currency", "currency"),
        ("payment_method", "payment_method"),
        ("payment_date", "payment_date"),
        ("payment_reference", "payment_reference"),
        ("check_number", "check_number"),
        ("description", "description"),
        ("memo", "memo"),
        ("processing_fee_cents", "processing_fee_cents"),
        ("external_id", "external_id"),
        ("metadata", "metadata"),
        ("allocations", "allocations"),
    )

    vendor_id: UUID
    amount_cents: int
    currency: str | Unset = UNSET
    payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    payment_reference: str | Unset = UNSET
    check_number: str | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    processing_fee_cents: int | Unset = 0
    external_id: str | Unset = UNSET
    metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET
    allocations: list[BillPaymentAllocationRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.vendor_id is not _kept.get("vendor_id", _kept):
            vendor_id = str(self.vendor_id)
        else:
            vendor_id = _kept["vendor_id"]

        if _kept is None or self.amount_cents is not _kept.get("amount_cents", _kept):
            amount_cents = self.amount_cents
        else:
            amount_cents = _kept["amount_cents"]

        if _kept is None or self.currency is not _kept.get("currency", _kept):
            currency = self.currency
        else:
            currency = _kept["currency"]

        if _kept is None or self.payment_method is not _kept.get("payment_method", _kept):
            payment_method: str | Unset = UNSET
            if not isinstance(self.payment_method, Unset):
                payment_method = self.payment_method

        else:
            payment_method = _kept["payment_method"]

        if _kept is None or self.payment_date is not _kept.get("payment_date", _kept):
            payment_date: str | Unset = UNSET
            if not isinstance(self.payment_date, Unset):
                payment_date = self.payment_date.isoformat()
        else:
            payment_date = _kept["payment_date"]

        if _kept is None or self.payment_reference is not _kept.get("payment_reference", _kept):
            payment_reference = self.payment_reference
        else:
            payment_reference = _kept["payment_reference"]

        if _kept is None or self.check_number is not _kept.get("check_number", _kept):
            check_number = self.check_number
        else:
            check_number = _kept["check_number"]

        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.processing_fee_cents is not _kept.get("processing_fee_cents", _kept):
            processing_fee_cents = self.processing_fee_cents
        else:
            processing_fee_cents = _kept["processing_fee_cents"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CreateBillPaymentRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.allocations is not _kept.get("allocations", _kept):
            allocations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allocations, Unset):
                allocations = []
                for allocations_item_data in self.allocations:
                    allocations_item = allocations_item_data.to_dict()
                    allocations.append(allocations_item)

        else:
            allocations = _kept["allocations"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if processing_fee_cents is not UNSET:
            field_dict["processing_fee_cents"] = processing_fee_cents
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
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
            vendor_id = UUID(d.pop("vendor_id"))

        except Exception as _error:
            if not _checking:
                raise
            vendor_id = _field_failed(cls, "vendor_id", "vendor_id", "UUID", src_dict, d, _error, _kept)

        try:
            amount_cents = d.pop("amount_cents")
            if _checking and amount_cents.__class__ is not int:
                _expect(amount_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            amount_cents = _field_failed(cls, "amount_cents", "amount_cents", "int", src_dict, d, _error, _kept)

        try:
            currency = d.pop("currency", UNSET)
            if _checking and currency.__class__ is not str and currency is not UNSET:
                _expect(currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            currency = _field_failed(cls, "currency", "currency", "str", src_dict, d, _error, _kept)

        try:
            _payment_method = d.pop("payment_method", UNSET)
            payment_method: CreateBillPaymentRequestPaymentMethod | Unset
            if isinstance(_payment_method, Unset):
                payment_method = UNSET
            else:
                payment_method = check_create_bill_payment_request_payment_method(_payment_method)

        except Exception as _error:
            if not _checking:
                raise
            payment_method = _field_failed(
                cls,
                "payment_method",
                "payment_method",
                "CreateBillPaymentRequestPaymentMethod",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            _payment_date = d.pop("payment_date", UNSET)
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

        except Exception as _error:
            if not _checking:
                raise
            payment_date = _field_failed(
                cls, "payment_date", "payment_date", "datetime.date", src_dict, d, _error, _kept
            )

        try:
            payment_reference = d.pop("payment_reference", UNSET)
            if _checking and payment_reference.__class__ is not str and payment_reference is not UNSET:
                _expect(payment_reference, "str")
        except Exception as _error:
            if not _checking:
                raise
            payment_reference = _field_failed(
                cls, "payment_reference", "payment_reference", "str", src_dict, d, _error, _kept
            )

        try:
            check_number = d.pop("check_number", UNSET)
            if _checking and check_number.__class__ is not str and check_number is not UNSET:
                _expect(check_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            check_number = _field_failed(cls, "check_number", "check_number", "str", src_dict, d, _error, _kept)

        try:
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            processing_fee_cents = d.pop("processing_fee_cents", UNSET)
            if _checking and processing_fee_cents.__class__ is not int and processing_fee_cents is not UNSET:
                _expect(processing_fee_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            processing_fee_cents = _field_failed(
                cls, "processing_fee_cents", "processing_fee_cents", "int", src_dict, d, _error, _kept
            )

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> CreateBillPaymentRequestMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = CreateBillPaymentRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateBillPaymentRequestMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        CreateBillPaymentRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "CreateBillPaymentRequestMetadataType0 | None", src_dict, d, _error, _kept
            )

        try:
            _allocations = d.pop("allocations", UNSET)
            allocations: list[BillPaymentAllocationRequest] | Unset = UNSET
            if _allocations is not UNSET:
                allocations = []
                for allocations_item_data in _allocations:
                    allocations_item = BillPaymentAllocationRequest.from_dict(allocations_item_data)

                    allocations.append(allocations_item)

            if _checking and allocations.__class__ is not list:
                _expect(allocations, "list")
        except Exception as _error:
            if not _checking:
                raise
            allocations = _field_failed(
                cls, "allocations", "allocations", "list[BillPaymentAllocationRequest]", src_dict, d, _error, _kept
            )

        create_bill_payment_request = cls(
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_bill_payment_request.additional_properties = d
        if _kept:
            create_bill_payment_request._thredfi_kept = _kept
        return create_bill_payment_request

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


class CreateBillPaymentRequestDict(TypedDict, total=False):
    """``CreateBillPaymentRequest`` as a dict (API field names): what a call accepts in its place."""

    vendor_id: Required[UUID | str]
    amount_cents: Required[int]
    currency: str
    payment_method: CreateBillPaymentRequestPaymentMethod
    payment_date: datetime.date | str
    payment_reference: str
    check_number: str
    description: str
    memo: str
    processing_fee_cents: int
    external_id: str
    metadata: CreateBillPaymentRequestMetadataType0 | CreateBillPaymentRequestMetadataType0Dict | None
    allocations: list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict]
