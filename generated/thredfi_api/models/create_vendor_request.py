from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request import DocumentUploadRequest


T = TypeVar("T", bound="CreateVendorRequest")


@_attrs_define
class CreateVendorRequest:
    """A vendor to create

    Attributes:
        external_id (str | Unset): Your unique identifier for the vendor (idempotency key)
        individual_name (str | Unset): Individual name (give this or company_name)
        company_name (str | Unset): Company name (give this or individual_name)
        email (str | Unset):
        mobile_phone (str | Unset):
        office_phone (str | Unset):
        address_string (str | Unset):
        memo (str | Unset):
        transaction_tags (list[str] | Unset):
        country (str | Unset):
        vat_number (str | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    external_id: str | Unset = UNSET
    individual_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    office_phone: str | Unset = UNSET
    address_string: str | Unset = UNSET
    memo: str | Unset = UNSET
    transaction_tags: list[str] | Unset = UNSET
    country: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        individual_name = self.individual_name

        company_name = self.company_name

        email = self.email

        mobile_phone = self.mobile_phone

        office_phone = self.office_phone

        address_string = self.address_string

        memo = self.memo

        transaction_tags: list[str] | Unset = UNSET
        if not isinstance(self.transaction_tags, Unset):
            transaction_tags = self.transaction_tags

        country = self.country

        vat_number = self.vat_number

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
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
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if memo is not UNSET:
            field_dict["memo"] = memo
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if country is not UNSET:
            field_dict["country"] = country
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id", UNSET)

        individual_name = d.pop("individual_name", UNSET)

        company_name = d.pop("company_name", UNSET)

        email = d.pop("email", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        office_phone = d.pop("office_phone", UNSET)

        address_string = d.pop("address_string", UNSET)

        memo = d.pop("memo", UNSET)

        transaction_tags = cast(list[str], d.pop("transaction_tags", UNSET))

        country = d.pop("country", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        create_vendor_request = cls(
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
        )

        create_vendor_request.additional_properties = d
        return create_vendor_request

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
