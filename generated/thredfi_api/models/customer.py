from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_metadata_type_0 import CustomerMetadataType0
    from ..models.document_summary import DocumentSummary


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer

    Attributes:
        type_ (str | Unset): Resource type
        id (str | Unset):
        external_id (str | Unset):
        reference_number (str | Unset):
        individual_name (str | Unset):
        company_name (str | Unset):
        display_name (str | Unset):
        email (str | Unset):
        mobile_phone (str | Unset):
        office_phone (str | Unset):
        address_line1 (str | Unset):
        address_line2 (str | Unset):
        city (str | Unset):
        state_county (str | Unset):
        postal_code (str | Unset):
        country (str | Unset):
        full_address (str | Unset):
        address_string (str | Unset):
        vat_number (str | Unset):
        tax_exempt (bool | Unset):
        status (str | Unset):
        is_active (bool | Unset):
        is_archived (bool | Unset):
        transaction_tags (list[str] | None | Unset):
        notes (str | Unset):
        metadata (CustomerMetadataType0 | None | Unset): Custom key-value pairs
        payment_terms_days (int | None | Unset):
        credit_limit (int | None | Unset): Cents
        credit_limit_cents (int | None | Unset):
        outstanding_balance (int | Unset): Cents
        documents (list[DocumentSummary] | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        archived_at (None | str | Unset):
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    individual_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    office_phone: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    city: str | Unset = UNSET
    state_county: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    full_address: str | Unset = UNSET
    address_string: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    tax_exempt: bool | Unset = UNSET
    status: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    notes: str | Unset = UNSET
    metadata: CustomerMetadataType0 | None | Unset = UNSET
    payment_terms_days: int | None | Unset = UNSET
    credit_limit: int | None | Unset = UNSET
    credit_limit_cents: int | None | Unset = UNSET
    outstanding_balance: int | Unset = UNSET
    documents: list[DocumentSummary] | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    archived_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        external_id = self.external_id

        reference_number = self.reference_number

        individual_name = self.individual_name

        company_name = self.company_name

        display_name = self.display_name

        email = self.email

        mobile_phone = self.mobile_phone

        office_phone = self.office_phone

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        city = self.city

        state_county = self.state_county

        postal_code = self.postal_code

        country = self.country

        full_address = self.full_address

        address_string = self.address_string

        vat_number = self.vat_number

        tax_exempt = self.tax_exempt

        status = self.status

        is_active = self.is_active

        is_archived = self.is_archived

        transaction_tags: list[str] | None | Unset
        if isinstance(self.transaction_tags, Unset):
            transaction_tags = UNSET
        elif isinstance(self.transaction_tags, list):
            transaction_tags = self.transaction_tags

        else:
            transaction_tags = self.transaction_tags

        notes = self.notes

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CustomerMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        payment_terms_days: int | None | Unset
        if isinstance(self.payment_terms_days, Unset):
            payment_terms_days = UNSET
        else:
            payment_terms_days = self.payment_terms_days

        credit_limit: int | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        credit_limit_cents: int | None | Unset
        if isinstance(self.credit_limit_cents, Unset):
            credit_limit_cents = UNSET
        else:
            credit_limit_cents = self.credit_limit_cents

        outstanding_balance = self.outstanding_balance

        documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data.to_dict()
                documents.append(documents_type_0_item)

        else:
            documents = self.documents

        created_at = self.created_at

        updated_at = self.updated_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if tax_exempt is not UNSET:
            field_dict["tax_exempt"] = tax_exempt
        if status is not UNSET:
            field_dict["status"] = status
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_terms_days is not UNSET:
            field_dict["payment_terms_days"] = payment_terms_days
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if credit_limit_cents is not UNSET:
            field_dict["credit_limit_cents"] = credit_limit_cents
        if outstanding_balance is not UNSET:
            field_dict["outstanding_balance"] = outstanding_balance
        if documents is not UNSET:
            field_dict["documents"] = documents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: PLC0415
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        external_id = d.pop("external_id", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        individual_name = d.pop("individual_name", UNSET)

        company_name = d.pop("company_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        email = d.pop("email", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        office_phone = d.pop("office_phone", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        city = d.pop("city", UNSET)

        state_county = d.pop("state_county", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        full_address = d.pop("full_address", UNSET)

        address_string = d.pop("address_string", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        tax_exempt = d.pop("tax_exempt", UNSET)

        status = d.pop("status", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_transaction_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transaction_tags_type_0 = cast(list[str], data)

                return transaction_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        transaction_tags = _parse_transaction_tags(d.pop("transaction_tags", UNSET))

        notes = d.pop("notes", UNSET)

        def _parse_metadata(data: object) -> CustomerMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CustomerMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_payment_terms_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_terms_days = _parse_payment_terms_days(d.pop("payment_terms_days", UNSET))

        def _parse_credit_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_limit = _parse_credit_limit(d.pop("credit_limit", UNSET))

        def _parse_credit_limit_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_limit_cents = _parse_credit_limit_cents(d.pop("credit_limit_cents", UNSET))

        outstanding_balance = d.pop("outstanding_balance", UNSET)

        def _parse_documents(data: object) -> list[DocumentSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = []
                _documents_type_0 = data
                for documents_type_0_item_data in _documents_type_0:
                    documents_type_0_item = DocumentSummary.from_dict(documents_type_0_item_data)

                    documents_type_0.append(documents_type_0_item)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DocumentSummary] | None | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_archived_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        customer = cls(
            type_=type_,
            id=id,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            display_name=display_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            full_address=full_address,
            address_string=address_string,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            is_active=is_active,
            is_archived=is_archived,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit=credit_limit,
            credit_limit_cents=credit_limit_cents,
            outstanding_balance=outstanding_balance,
            documents=documents,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
        )

        customer.additional_properties = d
        return customer

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
