from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSummary")


@_attrs_define(repr=False)
class DocumentSummary(ThredfiModel):
    """An attached document

    Attributes:
        url (str | Unset): Temporary download URL
        expires_in (int | Unset): Seconds until the URL expires
        document_id (str | Unset):
        file_name (str | Unset):
        file_size (int | Unset): Size in bytes
        mime_type (str | Unset):
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("expires_in", "expires_in"),
        ("document_id", "document_id"),
        ("file_name", "file_name"),
        ("file_size", "file_size"),
        ("mime_type", "mime_type"),
    )

    url: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    document_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.url is not _kept.get("url", _kept):
            url = self.url
        else:
            url = _kept["url"]

        if _kept is None or self.expires_in is not _kept.get("expires_in", _kept):
            expires_in = self.expires_in
        else:
            expires_in = _kept["expires_in"]

        if _kept is None or self.document_id is not _kept.get("document_id", _kept):
            document_id = self.document_id
        else:
            document_id = _kept["document_id"]

        if _kept is None or self.file_name is not _kept.get("file_name", _kept):
            file_name = self.file_name
        else:
            file_name = _kept["file_name"]

        if _kept is None or self.file_size is not _kept.get("file_size", _kept):
            file_size = self.file_size
        else:
            file_size = _kept["file_size"]

        if _kept is None or self.mime_type is not _kept.get("mime_type", _kept):
            mime_type = self.mime_type
        else:
            mime_type = _kept["mime_type"]

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
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            url = d.pop("url", UNSET)
            if _checking and url.__class__ is not str and url is not UNSET:
                _expect(url, "str")
        except Exception as _error:
            if not _checking:
                raise
            url = _field_failed(cls, "url", "url", "str", src_dict, d, _error, _kept)

        try:
            expires_in = d.pop("expires_in", UNSET)
            if _checking and expires_in.__class__ is not int and expires_in is not UNSET:
                _expect(expires_in, "int")
        except Exception as _error:
            if not _checking:
                raise
            expires_in = _field_failed(cls, "expires_in", "expires_in", "int", src_dict, d, _error, _kept)

        try:
            document_id = d.pop("document_id", UNSET)
            if _checking and document_id.__class__ is not str and document_id is not UNSET:
                _expect(document_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            document_id = _field_failed(cls, "document_id", "document_id", "str", src_dict, d, _error, _kept)

        try:
            file_name = d.pop("file_name", UNSET)
            if _checking and file_name.__class__ is not str and file_name is not UNSET:
                _expect(file_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            file_name = _field_failed(cls, "file_name", "file_name", "str", src_dict, d, _error, _kept)

        try:
            file_size = d.pop("file_size", UNSET)
            if _checking and file_size.__class__ is not int and file_size is not UNSET:
                _expect(file_size, "int")
        except Exception as _error:
            if not _checking:
                raise
            file_size = _field_failed(cls, "file_size", "file_size", "int", src_dict, d, _error, _kept)

        try:
            mime_type = d.pop("mime_type", UNSET)
            if _checking and mime_type.__class__ is not str and mime_type is not UNSET:
                _expect(mime_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            mime_type = _field_failed(cls, "mime_type", "mime_type", "str", src_dict, d, _error, _kept)

        document_summary = cls(
            url=url,
            expires_in=expires_in,
            document_id=document_id,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        document_summary.additional_properties = d
        if _kept:
            document_summary._thredfi_kept = _kept
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


class DocumentSummaryDict(TypedDict, total=False):
    """``DocumentSummary`` as a dict (API field names): what a call accepts in its place."""

    url: str
    expires_in: int
    document_id: str
    file_name: str
    file_size: int
    mime_type: str
