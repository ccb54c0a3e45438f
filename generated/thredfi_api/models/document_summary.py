from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSummary")


@_attrs_define
class DocumentSummary:
    """An attached document

    Attributes:
        url (str | Unset): Temporary download URL
        expires_in (int | Unset): Seconds until the URL expires
        document_id (str | Unset):
        file_name (str | Unset):
        file_size (int | Unset): Size in bytes
        mime_type (str | Unset):
    """

    url: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    document_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expires_in = self.expires_in

        document_id = self.document_id

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        document_id = d.pop("document_id", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        document_summary = cls(
            url=url,
            expires_in=expires_in,
            document_id=document_id,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
        )

        document_summary.additional_properties = d
        return document_summary

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
