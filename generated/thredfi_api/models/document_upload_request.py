from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import FileContent as _FileContent
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import expect_one_of as _expect_one_of
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request_metadata_type_0 import (
        DocumentUploadRequestMetadataType0,
        DocumentUploadRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentUploadRequestMetadataType0
    from ..models.document_upload_request_metadata_type_0 import DocumentUploadRequestMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DocumentUploadRequest")


@_attrs_define(repr=False)
class DocumentUploadRequest(ThredfiModel):
    """A document to attach

    Attributes:
        file (str | Unset): The file (JSON: as a string)
        document_type (str | Unset): Document type, e.g. purchase_invoice, sales_invoice, vendor_document
        upload_source (str | Unset):
        metadata (DocumentUploadRequestMetadataType0 | None | Unset): Document metadata
        tags (list[str] | Unset): Document tags
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("document_type", "document_type"),
        ("upload_source", "upload_source"),
        ("metadata", "metadata"),
        ("tags", "tags"),
    )

    file: str | Unset = UNSET
    document_type: str | Unset = UNSET
    upload_source: str | Unset = UNSET
    metadata: DocumentUploadRequestMetadataType0 | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.file is not _kept.get("file", _kept):
            file = self.file
        else:
            file = _kept["file"]

        if _kept is None or self.document_type is not _kept.get("document_type", _kept):
            document_type = self.document_type
        else:
            document_type = _kept["document_type"]

        if _kept is None or self.upload_source is not _kept.get("upload_source", _kept):
            upload_source = self.upload_source
        else:
            upload_source = _kept["upload_source"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, DocumentUploadRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.tags is not _kept.get("tags", _kept):
            tags: list[str] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags

        else:
            tags = _kept["tags"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if upload_source is not UNSET:
            field_dict["upload_source"] = upload_source
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags
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
            file = d.pop("file", UNSET)
            if _checking and file.__class__ is not str and file is not UNSET:
                _expect(file, "str")
        except Exception as _error:
            if not _checking:
                raise
            file = _field_failed(cls, "file", "file", "str", src_dict, d, _error, _kept)

        try:
            document_type = d.pop("document_type", UNSET)
            if _checking and document_type.__class__ is not str and document_type is not UNSET:
                _expect(document_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            document_type = _field_failed(cls, "document_type", "document_type", "str", src_dict, d, _error, _kept)

        try:
            upload_source = d.pop("upload_source", UNSET)
            if _checking and upload_source.__class__ is not str and upload_source is not UNSET:
                _expect(upload_source, "str")
        except Exception as _error:
            if not _checking:
                raise
            upload_source = _field_failed(cls, "upload_source", "upload_source", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> DocumentUploadRequestMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = DocumentUploadRequestMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DocumentUploadRequestMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        DocumentUploadRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "DocumentUploadRequestMetadataType0 | None", src_dict, d, _error, _kept
            )

        try:
            tags = cast(list[str], d.pop("tags", UNSET))

            if _checking and tags.__class__ is not list:
                _expect(tags, "list")
        except Exception as _error:
            if not _checking:
                raise
            tags = _field_failed(cls, "tags", "tags", "list[str]", src_dict, d, _error, _kept)

        document_upload_request = cls(
            file=file,
            document_type=document_type,
            upload_source=upload_source,
            metadata=metadata,
            tags=tags,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        document_upload_request.additional_properties = d
        if _kept:
            document_upload_request._thredfi_kept = _kept
        return document_upload_request

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


class DocumentUploadRequestDict(TypedDict, total=False):
    """``DocumentUploadRequest`` as a dict (API field names): what a call accepts in its place."""

    file: str | _FileContent
    document_type: str
    upload_source: str
    metadata: DocumentUploadRequestMetadataType0 | DocumentUploadRequestMetadataType0Dict | None
    tags: list[str]
