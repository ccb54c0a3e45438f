from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_upload_request import DocumentUploadRequest
    from ..models.patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,
    )


T = TypeVar("T", bound="PatchedVendorRefundUpdateRequest")


@_attrs_define
class PatchedVendorRefundUpdateRequest:
    """Vendor refund fields to change

    Attributes:
        description (str | Unset):
        memo (str | Unset):
        reason (str | Unset):
        metadata (None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset): Custom key-value pairs
        expected_completion_date (datetime.date | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET
    expected_completion_date: datetime.date | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_vendor_refund_update_request_metadata_type_0 import (
            PatchedVendorRefundUpdateRequestMetadataType0,  # noqa: PLC0415
        )

        description = self.description

        memo = self.memo

        reason = self.reason

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PatchedVendorRefundUpdateRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        expected_completion_date: str | Unset = UNSET
        if not isinstance(self.expected_completion_date, Unset):
            expected_completion_date = self.expected_completion_date.isoformat()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expected_completion_date is not UNSET:
            field_dict["expected_completion_date"] = expected_completion_date
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
        from ..models.patched_vendor_refund_update_request_metadata_type_0 import (
            PatchedVendorRefundUpdateRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_metadata(data: object) -> None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PatchedVendorRefundUpdateRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _expected_completion_date = d.pop("expected_completion_date", UNSET)
        expected_completion_date: datetime.date | Unset
        if isinstance(_expected_completion_date, Unset):
            expected_completion_date = UNSET
        else:
            expected_completion_date = datetime.date.fromisoformat(_expected_completion_date)

        _document = d.pop("document", UNSET)
        document: DocumentUploadRequest | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentUploadRequest.from_dict(_document)

        patched_vendor_refund_update_request = cls(
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
        )

        patched_vendor_refund_update_request.additional_properties = d
        return patched_vendor_refund_update_request

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
