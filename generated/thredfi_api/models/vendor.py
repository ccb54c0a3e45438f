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
    from ..models.document_summary import DocumentSummary, DocumentSummaryDict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentSummary
    from ..models.document_summary import DocumentSummary  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Vendor")


@_attrs_define(repr=False)
class Vendor(ThredfiModel):
    """A vendor

    Attributes:
        type_ (str | Unset): Resource type
        id (str | Unset):
        mobile_phone (str | Unset):
        office_phone (str | Unset):
        address_string (str | Unset): Formatted address
        memo (str | Unset):
        status (str | Unset): e.g. ACTIVE, INACTIVE, ARCHIVED, BLOCKED
        transaction_tags (list[str] | None | Unset):
        documents (list[DocumentSummary] | None | Unset):
        external_id (str | Unset):
        individual_name (str | Unset):
        company_name (str | Unset):
        email (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("id", "id"),
        ("mobile_phone", "mobile_phone"),
        ("office_phone", "office_phone"),
        ("address_string", "address_string"),
        ("memo", "memo"),
        ("status", "status"),
        ("transaction_tags", "transaction_tags"),
        ("documents", "documents"),
        ("external_id", "external_id"),
        ("individual_name", "individual_name"),
        ("company_name", "company_name"),
        ("email", "email"),
    )

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    office_phone: str | Unset = UNSET
    address_string: str | Unset = UNSET
    memo: str | Unset = UNSET
    status: str | Unset = UNSET
    transaction_tags: list[str] | None | Unset = UNSET
    documents: list[DocumentSummary] | None | Unset = UNSET
    external_id: str | Unset = UNSET
    individual_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    email: str | Unset = UNSET
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

        if _kept is None or self.status is not _kept.get("status", _kept):
            status = self.status
        else:
            status = _kept["status"]

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if office_phone is not UNSET:
            field_dict["office_phone"] = office_phone
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if memo is not UNSET:
            field_dict["memo"] = memo
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if documents is not UNSET:
            field_dict["documents"] = documents
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
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
            status = d.pop("status", UNSET)
            if _checking and status.__class__ is not str and status is not UNSET:
                _expect(status, "str")
        except Exception as _error:
            if not _checking:
                raise
            status = _field_failed(cls, "status", "status", "str", src_dict, d, _error, _kept)

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

        vendor = cls(
            type_=type_,
            id=id,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            status=status,
            transaction_tags=transaction_tags,
            documents=documents,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        vendor.additional_properties = d
        if _kept:
            vendor._thredfi_kept = _kept
        return vendor

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


class VendorDict(TypedDict, total=False):
    """``Vendor`` as a dict (API field names): what a call accepts in its place."""

    type: str
    id: str
    mobile_phone: str
    office_phone: str
    address_string: str
    memo: str
    status: str
    transaction_tags: list[str] | None
    documents: list[DocumentSummary | DocumentSummaryDict] | None
    external_id: str
    individual_name: str
    company_name: str
    email: str
