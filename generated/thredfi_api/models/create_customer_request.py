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
    from ..models.create_customer_request_metadata_type_0 import (
        CreateCustomerRequestMetadataType0,
        CreateCustomerRequestMetadataType0Dict,
    )
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateCustomerRequestMetadataType0, DocumentUploadRequest
    from ..models.create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0  # noqa: PLC0415
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define(repr=False)
class CreateCustomerRequest(ThredfiModel):
    """A customer to create

    Attributes:
        external_id (str | Unset): Your unique identifier for the customer (idempotency key)
        reference_number (str | Unset):
        individual_name (str | Unset):
        company_name (str | Unset):
        email (str | Unset):
        mobile_phone (str | Unset):
        office_phone (str | Unset):
        address_line1 (str | Unset):
        address_line2 (str | Unset):
        city (str | Unset):
        state_county (str | Unset):
        postal_code (str | Unset):
        country (str | Unset):
        vat_number (str | Unset):
        tax_exempt (bool | Unset):  Default: False.
        status (str | Unset): e.g. active
        transaction_tags (list[str] | Unset):
        notes (str | Unset):
        metadata (CreateCustomerRequestMetadataType0 | None | Unset): Custom key-value pairs
        payment_terms_days (int | Unset):
        credit_limit_cents (int | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("reference_number", "reference_number"),
        ("individual_name", "individual_name"),
        ("company_name", "company_name"),
        ("email", "email"),
        ("mobile_phone", "mobile_phone"),
        ("office_phone", "office_phone"),
        ("address_line1", "address_line1"),
        ("address_line2", "address_line2"),
        ("city", "city"),
        ("state_county", "state_county"),
        ("postal_code", "postal_code"),
        ("country", "country"),
        ("vat_number", "vat_number"),
        ("tax_exempt", "tax_exempt"),
        ("status", "status"),
        ("transaction_tags", "transaction_tags"),
        ("notes", "notes"),
        ("metadata", "metadata"),
        ("payment_terms_days", "payment_terms_days"),
        ("credit_limit_cents", "credit_limit_cents"),
        ("document", "document"),
    )

    external_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    individual_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    office_phone: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    city: str | Unset = UNSET
    state_county: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    tax_exempt: bool | Unset = False
    status: str | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    notes: str | Unset = UNSET
    metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET
    payment_terms_days: int | Unset = UNSET
    credit_limit_cents: int | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.reference_number is not _kept.get("reference_number", _kept):
            reference_number = self.reference_number
        else:
            reference_number = _kept["reference_number"]

        if _kept is None or self.individual_name is not _kept.get("individual_name", _kept):
            individual_name = self.individual_name
        else:
            individual_name = _kept["individual_name"]

        if _kept is None or self.company_name is not _kept.get("company_name", _kept):
            company_name = self.company_name
        else:
            company_name = _kept["company_name"]

        if _kept is None or self.email is not _kept.get("email", _kept):
            email = self.email
        else:
            email = _kept["email"]

        if _kept is None or self.mobile_phone is not _kept.get("mobile_phone", _kept):
            mobile_phone = self.mobile_phone
        else:
            mobile_phone = _kept["mobile_phone"]

        if _kept is None or self.office_phone is not _kept.get("office_phone", _kept):
            office_phone = self.office_phone
        else:
            office_phone = _kept["office_phone"]

        if _kept is None or self.address_line1 is not _kept.get("address_line1", _kept):
            address_line1 = self.address_line1
        else:
            address_line1 = _kept["address_line1"]

        if _kept is None or self.address_line2 is not _kept.get("address_line2", _kept):
            address_line2 = self.address_line2
        else:
            address_line2 = _kept["address_line2"]

        if _kept is None or self.city is not _kept.get("city", _kept):
            city = self.city
        else:
            city = _kept["city"]

        if _kept is None or self.state_county is not _kept.get("state_county", _kept):
            state_county = self.state_county
        else:
            state_county = _kept["state_county"]

        if _kept is None or self.postal_code is not _kept.get("postal_code", _kept):
            postal_code = self.postal_code
        else:
            postal_code = _kept["postal_code"]

        if _kept is None or self.country is not _kept.get("country", _kept):
            country = self.country
        else:
            country = _kept["country"]

        if _kept is None or self.vat_number is not _kept.get("vat_number", _kept):
            vat_number = self.vat_number
        else:
            vat_number = _kept["vat_number"]

        if _kept is None or self.tax_exempt is not _kept.get("tax_exempt", _kept):
            tax_exempt = self.tax_exempt
        else:
            tax_exempt = _kept["tax_exempt"]

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | Unset = UNSET
            if not isinstance(self.transaction_tags, Unset):
                transaction_tags = self.transaction_tags

        else:
            transaction_tags = _kept["transaction_tags"]

        if _kept is None or self.notes is not _kept.get("notes", _kept):
            notes = self.notes
        else:
            notes = _kept["notes"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CreateCustomerRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.payment_terms_days is not _kept.get("payment_terms_days", _kept):
            payment_terms_days = self.payment_terms_days
        else:
            payment_terms_days = _kept["payment_terms_days"]

        if _kept is None or self.credit_limit_cents is not _kept.get("credit_limit_cents", _kept):
            credit_limit_cents = self.credit_limit_cents
        else:
            credit_limit_cents = _kept["credit_limit_cents"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document, Unset):
                document = self.document.to_dict()
        else:
            document = _kept["document"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if office_phone is not UNSET:
            field_dict["office_phone"] = office_phone
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if city is not UNSET:
            field_dict["city"] = city
        if state_county is not UNSET:
            field_dict["state_county"] = state_county
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if tax_exempt is not UNSET:
            field_dict["tax_exempt"] = tax_exempt
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_terms_days is not UNSET:
            field_dict["payment_terms_days"] = payment_terms_days
        if credit_limit_cents is not UNSET:
            field_dict["credit_limit_cents"] = credit_limit_cents
        if document is not UNSET:
            field_dict["document"] = document
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
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

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
            individual_name = d.pop("individual_name", UNSET)
            if _checking and individual_name.__class__ is not str and individual_name is not UNSET:
                _expect(individual_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            individual_name = _field_failed(
                cls, "individual_name", "individual_name", "str", src_dict, d, _error, _kept
            )

        try:
            company_name = d.pop("company_name", UNSET)
            if _checking and company_name.__class__ is not str and company_name is not UNSET:
                _expect(company_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            company_name = _field_failed(cls, "company_name", "company_name", "str", src_dict, d, _error, _kept)

        try:
            email = d.pop("email", UNSET)
            if _checking and email.__class__ is not str and email is not UNSET:
                _expect(email, "str")
        except Exception as _error:
            if not _checking:
                raise
            email = _field_failed(cls, "email", "email", "str", src_dict, d, _error, _kept)

        try:
            mobile_phone = d.pop("mobile_phone", UNSET)
            if _checking and mobile_phone.__class__ is not str and mobile_phone is not UNSET:
                _expect(mobile_phone, "str")
        except Exception as _error:
            if not _checking:
                raise
            mobile_phone = _field_failed(cls, "mobile_phone", "mobile_phone", "str", src_dict, d, _error, _kept)

        try:
            office_phone = d.pop("office_phone", UNSET)
            if _checking and office_phone.__class__ is not str and office_phone is not UNSET:
                _expect(office_phone, "str")
        except Exception as _error:
            if not _checking:
                raise
            office_phone = _field_failed(cls, "office_phone", "office_phone", "str", src_dict, d, _error, _kept)

        try:
            address_line1 = d.pop("address_line1", UNSET)
            if _checking and address_line1.__class__ is not str and address_line1 is not UNSET:
                _expect(address_line1, "str")
        except Exception as _error:
            if not _checking:
                raise
            address_line1 = _field_failed(cls, "address_line1", "address_line1", "str", src_dict, d, _error, _kept)

        try:
            address_line2 = d.pop("address_line2", UNSET)
            if _checking and address_line2.__class__ is not str and address_line2 is not UNSET:
                _expect(address_line2, "str")
        except Exception as _error:
            if not _checking:
                raise
            address_line2 = _field_failed(cls, "address_line2", "address_line2", "str", src_dict, d, _error, _kept)

        try:
            city = d.pop("city", UNSET)
            if _checking and city.__class__ is not str and city is not UNSET:
                _expect(city, "str")
        except Exception as _error:
            if not _checking:
                raise
            city = _field_failed(cls, "city", "city", "str", src_dict, d, _error, _kept)

        try:
            state_county = d.pop("state_county", UNSET)
            if _checking and state_county.__class__ is not str and state_county is not UNSET:
                _expect(state_county, "str")
        except Exception as _error:
            if not _checking:
                raise
            state_county = _field_failed(cls, "state_county", "state_county", "str", src_dict, d, _error, _kept)

        try:
            postal_code = d.pop("postal_code", UNSET)
            if _checking and postal_code.__class__ is not str and postal_code is not UNSET:
                _expect(postal_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            postal_code = _field_failed(cls, "postal_code", "postal_code", "str", src_dict, d, _error, _kept)

        try:
            country = d.pop("country", UNSET)
            if _checking and country.__class__ is not str and country is not UNSET:
                _expect(country, "str")
        except Exception as _error:
            if not _checking:
                raise
            country = _field_failed(cls, "country", "country", "str", src_dict, d, _error, _kept)

        try:
            vat_number = d.pop("vat_number", UNSET)
            if _checking and vat_number.__class__ is not str and vat_number is not UNSET:
                _expect(vat_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            vat_number = _field_failed(cls, "vat_number", "vat_number", "str", src_dict, d, _error, _kept)

        try:
            tax_exempt = d.pop("tax_exempt", UNSET)
            if _checking and tax_exempt.__class__ is not bool and tax_exempt is not UNSET:
                _expect(tax_exempt, "bool")
        except Exception as _error:
            if not _checking:
                raise
            tax_exempt = _field_failed(cls, "tax_exempt", "tax_exempt", "bool", src_dict, d, _error, _kept)

        try:
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

        try:
            transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

            if _checking and transaction_tags.__class__ is not list:
                _expect(transaction_tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            transaction_tags = _field_failed(
                cls, "transaction_tags", "transaction_tags", "list[str]", src_dict, d, _error, _kept
            )

        try:
            notes = d.pop("notes", UNSET)
            if _checking and notes.__class__ is not str and notes is not UNSET:
                _expect(notes, "str")
        except Exception as _error:
            if not _checking:
                raise
            notes = _field_failed(cls, "notes", "notes", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> CreateCustomerRequestMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = CreateCustomerRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateCustomerRequestMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        CreateCustomerRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "CreateCustomerRequestMetadataType0 | None", src_dict, d, _error, _kept
            )

        try:
            payment_terms_days = d.pop("payment_terms_days", UNSET)
            if _checking and payment_terms_days.__class__ is not int and payment_terms_days is not UNSET:
                _expect(payment_terms_days, "int")
        except Exception as _error:
            if not _checking:
                raise
            payment_terms_days = _field_failed(
                cls, "payment_terms_days", "payment_terms_days", "int", src_dict, d, _error, _kept
            )

        try:
            credit_limit_cents = d.pop("credit_limit_cents", UNSET)
            if _checking and credit_limit_cents.__class__ is not int and credit_limit_cents is not UNSET:
                _expect(credit_limit_cents, "int")
        except Exception as _error:
            if not _checking:
                raise
            credit_limit_cents = _field_failed(
                cls, "credit_limit_cents", "credit_limit_cents", "int", src_dict, d, _error, _kept
            )

        try:
            _document = d.pop("document", UNSET)
            document: DocumentUploadRequest | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = DocumentUploadRequest.from_dict(_document)

        except Exception as _error:
            if not _checking:
                raise
            document = _field_failed(cls, "document", "document", "DocumentUploadRequest", src_dict, d, _error, _kept)

        create_customer_request = cls(
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_customer_request.additional_properties = d
        if _kept:
            create_customer_request._thredfi_kept = _kept
        return create_customer_request

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


class CreateCustomerRequestDict(TypedDict, total=False):
    """``CreateCustomerRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    reference_number: str
    individual_name: str
    company_name: str
    email: str
    mobile_phone: str
    office_phone: str
    address_line1: str
    address_line2: str
    city: str
    state_county: str
    postal_code: str
    country: str
    vat_number: str
    tax_exempt: bool
    status: str
    transaction_tags: list[str]
    notes: str
    metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None
    payment_terms_days: int
    credit_limit_cents: int
    document: DocumentUploadRequest | DocumentUploadRequestDict
