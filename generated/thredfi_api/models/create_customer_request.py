from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0
    from ..models.document_upload_request import DocumentUploadRequest


T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0  # noqa: PLC0415

        external_id = self.external_id

        reference_number = self.reference_number

        individual_name = self.individual_name

        company_name = self.company_name

        email = self.email

        mobile_phone = self.mobile_phone

        office_phone = self.office_phone

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        city = self.city

        state_county = self.state_county

        postal_code = self.postal_code

        country = self.country

        vat_number = self.vat_number

        tax_exempt = self.tax_exempt

        status = self.status

        transaction_tags: list[str] | Unset = UNSET
        if not isinstance(self.transaction_tags, Unset):
            transaction_tags = self.transaction_tags

        notes = self.notes

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateCustomerRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_terms_days = self.payment_terms_days

        credit_limit_cents = self.credit_limit_cents

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0  # noqa: PLC0415
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        individual_name = d.pop("individual_name", UNSET)

        company_name = d.pop("company_name", UNSET)

        email = d.pop("email", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        office_phone = d.pop("office_phone", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        city = d.pop("city", UNSET)

        state_county = d.pop("state_county", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        tax_exempt = d.pop("tax_exempt", UNSET)

        status = d.pop("status", UNSET)

        transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

        notes = d.pop("notes", UNSET)

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

        payment_terms_days = d.pop("payment_terms_days", UNSET)

        credit_limit_cents = d.pop("credit_limit_cents", UNSET)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

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

        create_customer_request.additional_properties = d
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
