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
    from ..models.customer_metadata_type_0 import CustomerMetadataType0, CustomerMetadataType0Dict
    from ..models.document_summary import DocumentSummary, DocumentSummaryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomerMetadataType0, DocumentSummary
    from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: PLC0415
    from ..models.document_summary import DocumentSummary  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Customer")


@_attrs_define(repr=False)
class Customer(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("id", "id"),
        ("external_id", "external_id"),
        ("reference_number", "reference_number"),
        ("individual_name", "individual_name"),
        ("company_name", "company_name"),
        ("display_name", "display_name"),
        ("email", "email"),
        ("mobile_phone", "mobile_phone"),
        ("office_phone", "office_phone"),
        ("address_line1", "address_line1"),
        ("address_line2", "address_line2"),
        ("city", "city"),
        ("state_county", "state_county"),
        ("postal_code", "postal_code"),
        ("country", "country"),
        ("full_address", "full_address"),
        ("address_string", "address_string"),
        ("vat_number", "vat_number"),
        ("tax_exempt", "tax_exempt"),
        ("status", "status"),
        ("is_active", "is_active"),
        ("is_archived", "is_archived"),
        ("transaction_tags", "transaction_tags"),
        ("notes", "notes"),
        ("metadata", "metadata"),
        ("payment_terms_days", "payment_terms_days"),
        ("credit_limit", "credit_limit"),
        ("credit_limit_cents", "credit_limit_cents"),
        ("outstanding_balance", "outstanding_balance"),
        ("documents", "documents"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("archived_at", "archived_at"),
    )

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
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.type_ is not _kept.get("type_", _kept):
            type_ = self.type_
        else:
            type_ = _kept["type_"]

        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

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

        if _kept is None or self.display_name is not _kept.get("display_name", _kept):
            display_name = self.display_name
        else:
            display_name = _kept["display_name"]

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

        if _kept is None or self.full_address is not _kept.get("full_address", _kept):
            full_address = self.full_address
        else:
            full_address = _kept["full_address"]

        if _kept is None or self.address_string is not _kept.get("address_string", _kept):
            address_string = self.address_string
        else:
            address_string = _kept["address_string"]

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

        if _kept is None or self.is_active is not _kept.get("is_active", _kept):
            is_active = self.is_active
        else:
            is_active = _kept["is_active"]

        if _kept is None or self.is_archived is not _kept.get("is_archived", _kept):
            is_archived = self.is_archived
        else:
            is_archived = _kept["is_archived"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | None | Unset
            if isinstance(self.transaction_tags, Unset):
                transaction_tags = UNSET
            elif isinstance(self.transaction_tags, list):
                transaction_tags = self.transaction_tags

            else:
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
            elif isinstance(self.metadata, CustomerMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.payment_terms_days is not _kept.get("payment_terms_days", _kept):
            payment_terms_days: int | None | Unset
            if isinstance(self.payment_terms_days, Unset):
                payment_terms_days = UNSET
            else:
                payment_terms_days = self.payment_terms_days
        else:
            payment_terms_days = _kept["payment_terms_days"]

        if _kept is None or self.credit_limit is not _kept.get("credit_limit", _kept):
            credit_limit: int | None | Unset
            if isinstance(self.credit_limit, Unset):
                credit_limit = UNSET
            else:
                credit_limit = self.credit_limit
        else:
            credit_limit = _kept["credit_limit"]

        if _kept is None or self.credit_limit_cents is not _kept.get("credit_limit_cents", _kept):
            credit_limit_cents: int | None | Unset
            if isinstance(self.credit_limit_cents, Unset):
                credit_limit_cents = UNSET
            else:
                credit_limit_cents = self.credit_limit_cents
        else:
            credit_limit_cents = _kept["credit_limit_cents"]

        if _kept is None or self.outstanding_balance is not _kept.get("outstanding_balance", _kept):
            outstanding_balance = self.outstanding_balance
        else:
            outstanding_balance = _kept["outstanding_balance"]

        if _kept is None or self.documents is not _kept.get("documents", _kept):
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
        else:
            documents = _kept["documents"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.archived_at is not _kept.get("archived_at", _kept):
            archived_at: None | str | Unset
            if isinstance(self.archived_at, Unset):
                archived_at = UNSET
            else:
                archived_at = self.archived_at
        else:
            archived_at = _kept["archived_at"]

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
            type_ = d.pop("type", UNSET)
            if _checking and type_.__class__ is not str and type_ is not UNSET:
                _expect(type_, "str")
        except Exception as _error:
            if not _checking:
                raise
            type_ = _field_failed(cls, "type", "type_", "str", src_dict, d, _error, _kept)

        try:
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

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
            display_name = d.pop("display_name", UNSET)
            if _checking and display_name.__class__ is not str and display_name is not UNSET:
                _expect(display_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            display_name = _field_failed(cls, "display_name", "display_name", "str", src_dict, d, _error, _kept)

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
            full_address = d.pop("full_address", UNSET)
            if _checking and full_address.__class__ is not str and full_address is not UNSET:
                _expect(full_address, "str")
        except Exception as _error:
            if not _checking:
                raise
            full_address = _field_failed(cls, "full_address", "full_address", "str", src_dict, d, _error, _kept)

        try:
            address_string = d.pop("address_string", UNSET)
            if _checking and address_string.__class__ is not str and address_string is not UNSET:
                _expect(address_string, "str")
        except Exception as _error:
            if not _checking:
                raise
            address_string = _field_failed(cls, "address_string", "address_string", "str", src_dict, d, _error, _kept)

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
            is_active = d.pop("is_active", UNSET)
            if _checking and is_active.__class__ is not bool and is_active is not UNSET:
                _expect(is_active, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_active = _field_failed(cls, "is_active", "is_active", "bool", src_dict, d, _error, _kept)

        try:
            is_archived = d.pop("is_archived", UNSET)
            if _checking and is_archived.__class__ is not bool and is_archived is not UNSET:
                _expect(is_archived, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_archived = _field_failed(cls, "is_archived", "is_archived", "bool", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    transaction_tags,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            transaction_tags = _field_failed(
                cls, "transaction_tags", "transaction_tags", "list[str] | None", src_dict, d, _error, _kept
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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        CustomerMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "CustomerMetadataType0 | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_payment_terms_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            payment_terms_days = _parse_payment_terms_days(d.pop("payment_terms_days", UNSET))

            if _checking:
                _expect_one_of(
                    payment_terms_days,
                    (
                        int,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            payment_terms_days = _field_failed(
                cls, "payment_terms_days", "payment_terms_days", "int | None", src_dict, d, _error, _kept
            )

        try:

            def _parse_credit_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            credit_limit = _parse_credit_limit(d.pop("credit_limit", UNSET))

            if _checking:
                _expect_one_of(
                    credit_limit,
                    (
                        int,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            credit_limit = _field_failed(cls, "credit_limit", "credit_limit", "int | None", src_dict, d, _error, _kept)

        try:

            def _parse_credit_limit_cents(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            credit_limit_cents = _parse_credit_limit_cents(d.pop("credit_limit_cents", UNSET))

            if _checking:
                _expect_one_of(
                    credit_limit_cents,
                    (
                        int,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            credit_limit_cents = _field_failed(
                cls, "credit_limit_cents", "credit_limit_cents", "int | None", src_dict, d, _error, _kept
            )

        try:
            outstanding_balance = d.pop("outstanding_balance", UNSET)
            if _checking and outstanding_balance.__class__ is not int and outstanding_balance is not UNSET:
                _expect(outstanding_balance, "int")
        except Exception as _error:
            if not _checking:
                raise
            outstanding_balance = _field_failed(
                cls, "outstanding_balance", "outstanding_balance", "int", src_dict, d, _error, _kept
            )

        try:

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

            if _checking:
                _expect_one_of(
                    documents,
                    (
                        list,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            documents = _field_failed(
                cls, "documents", "documents", "list[DocumentSummary] | None", src_dict, d, _error, _kept
            )

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if _checking and updated_at.__class__ is not str and updated_at is not UNSET:
                _expect(updated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            updated_at = _field_failed(cls, "updated_at", "updated_at", "str", src_dict, d, _error, _kept)

        try:

            def _parse_archived_at(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

            if _checking:
                _expect_one_of(
                    archived_at,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            archived_at = _field_failed(cls, "archived_at", "archived_at", "None | str", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        customer.additional_properties = d
        if _kept:
            customer._thredfi_kept = _kept
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


class CustomerDict(TypedDict, total=False):
    """``Customer`` as a dict (API field names): what a call accepts in its place."""

    type: str
    id: str
    external_id: str
    reference_number: str
    individual_name: str
    company_name: str
    display_name: str
    email: str
    mobile_phone: str
    office_phone: str
    address_line1: str
    address_line2: str
    city: str
    state_county: str
    postal_code: str
    country: str
    full_address: str
    address_string: str
    vat_number: str
    tax_exempt: bool
    status: str
    is_active: bool
    is_archived: bool
    transaction_tags: list[str] | None
    notes: str
    metadata: CustomerMetadataType0 | CustomerMetadataType0Dict | None
    payment_terms_days: int | None
    credit_limit: int | None
    credit_limit_cents: int | None
    outstanding_balance: int
    documents: list[DocumentSummary | DocumentSummaryDict] | None
    created_at: str
    updated_at: str
    archived_at: str | None
