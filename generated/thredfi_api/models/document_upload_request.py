from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request_metadata_type_0 import DocumentUploadRequestMetadataType0


T = TypeVar("T", bound="DocumentUploadRequest")


@_attrs_define
class DocumentUploadRequest:
    """A document to attach

    Attributes:
        file (str | Unset): The file (JSON: as a string)
        document_type (str | Unset): Document type, e.g. purchase_invoice, sales_invoice, vendor_document
        upload_source (str | Unset):
        metadata (DocumentUploadRequestMetadataType0 | None | Unset): Document metadata
        tags (list[str] | Unset): Document tags
    """

    file: str | Unset = UNSET
    document_type: str | Unset = UNSET
    upload_source: str | Unset = UNSET
    metadata: DocumentUploadRequestMetadataType0 | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_upload_request_metadata_type_0 import DocumentUploadRequestMetadataType0  # noqa: PLC0415

        file = self.file

        document_type = self.document_type

        upload_source = self.upload_source

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DocumentUploadRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_request_metadata_type_0 import DocumentUploadRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        file = d.pop("file", UNSET)

        document_type = d.pop("document_type", UNSET)

        upload_source = d.pop("upload_source", UNSET)

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

        tags = cast(list[str], d.pop("tags", UNSET))

        document_upload_request = cls(
            file=file,
            document_type=document_type,
            upload_source=upload_source,
            metadata=metadata,
            tags=tags,
        )

        document_upload_request.additional_properties = d
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
