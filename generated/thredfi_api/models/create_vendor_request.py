from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentUploadRequest
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVendorRequest")


@_attrs_define(repr=False)
class CreateVendorRequest(ThredfiModel):
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

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("external_id", "external_id"),
        ("individual_name", "individual_name"),
        ("company_name", "company_name"),
        ("email", "email"),
        ("mobile_phone", "mobile_phone"),
        ("office_phone", "office_phone"),
        ("address_string", "address_string"),
        ("memo", "memo"),
        ("transaction_tags", "transaction_tags"),
        ("country", "country"),
        ("vat_number", "vat_number"),
        ("document", "document"),
    )

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

        if _kept is None or self.address_string is not _kept.get("address_string", _kept):
            address_string = self.address_string
        else:
            address_string = _kept["address_string"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.transaction_tags is not _kept.get("transaction_tags", _kept):
            transaction_tags: list[str] | Unset = UNSET
            if not isinstance(self.transaction_tags, Unset):
                transaction_tags = self.transaction_tags

        else:
            transaction_tags = _kept["transaction_tags"]

        if _kept is None or self.country is not _kept.get("country", _kept):
            country = self.country
        else:
            country = _kept["country"]

        if _kept is None or self.vat_number is not _kept.get("vat_number", _kept):
            vat_number = self.vat_number
        else:
            vat_number = _kept["vat_number"]

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
            address_string = d.pop("address_string", UNSET)
            if _checking and address_string.__class__ is not str and address_string is not UNSET:
                _expect(address_string, "str")
        except Exception as _error:
            if not _checking:
                raise
            address_string = _field_failed(cls, "address_string", "address_string", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        create_vendor_request.additional_properties = d
        if _kept:
            create_vendor_request._thredfi_kept = _kept
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


class CreateVendorRequestDict(TypedDict, total=False):
    """``CreateVendorRequest`` as a dict (API field names): what a call accepts in its place."""

    external_id: str
    individual_name: str
    company_name: str
    email: str
    mobile_phone: str
    office_phone: str
    address_string: str
    memo: str
    transaction_tags: list[str]
    country: str
    vat_number: str
    document: DocumentUploadRequest | DocumentUploadRequestDict
