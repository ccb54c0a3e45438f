from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_summary import DocumentSummary


T = TypeVar("T", bound="Vendor")


@_attrs_define
class Vendor:
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        mobile_phone = self.mobile_phone

        office_phone = self.office_phone

        address_string = self.address_string

        memo = self.memo

        status = self.status

        transaction_tags: list[str] | None | Unset
        if isinstance(self.transaction_tags, Unset):
            transaction_tags = UNSET
        elif isinstance(self.transaction_tags, list):
            transaction_tags = self.transaction_tags

        else:
            transaction_tags = self.transaction_tags

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

        external_id = self.external_id

        individual_name = self.individual_name

        company_name = self.company_name

        email = self.email

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        office_phone = d.pop("office_phone", UNSET)

        address_string = d.pop("address_string", UNSET)

        memo = d.pop("memo", UNSET)

        status = d.pop("status", UNSET)

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

        external_id = d.pop("external_id", UNSET)

        individual_name = d.pop("individual_name", UNSET)

        company_name = d.pop("company_name", UNSET)

        email = d.pop("email", UNSET)

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

        vendor.additional_properties = d
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
