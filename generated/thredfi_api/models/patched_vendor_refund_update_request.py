from __future__ import annotations

import datetime
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
    from ..models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ..models.patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,
        PatchedVendorRefundUpdateRequestMetadataType0Dict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, DocumentUploadRequest, PatchedVendorRefundUpdateRequestMetadataType0
    from ..models.document_upload_request import DocumentUploadRequest  # noqa: PLC0415
    from ..models.patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="PatchedVendorRefundUpdateRequest")


@_attrs_define(repr=False)
class PatchedVendorRefundUpdateRequest(ThredfiModel):
    """Vendor refund fields to change

    Attributes:
        description (str | Unset):
        memo (str | Unset):
        reason (str | Unset):
        metadata (None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset): Custom key-value pairs
        expected_completion_date (datetime.date | Unset):
        document (DocumentUploadRequest | Unset): A document to attach
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("memo", "memo"),
        ("reason", "reason"),
        ("metadata", "metadata"),
        ("expected_completion_date", "expected_completion_date"),
        ("document", "document"),
    )

    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    reason: str | Unset = UNSET
    metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET
    expected_completion_date: datetime.date | Unset = UNSET
    document: DocumentUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.description is not _kept.get("description", _kept):
            description = self.description
        else:
            description = _kept["description"]

        if _kept is None or self.memo is not _kept.get("memo", _kept):
            memo = self.memo
        else:
            memo = _kept["memo"]

        if _kept is None or self.reason is not _kept.get("reason", _kept):
            reason = self.reason
        else:
            reason = _kept["reason"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PatchedVendorRefundUpdateRequestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

        if _kept is None or self.expected_completion_date is not _kept.get("expected_completion_date", _kept):
            expected_completion_date: str | Unset = UNSET
            if not isinstance(self.expected_completion_date, Unset):
                expected_completion_date = self.expected_completion_date.isoformat()
        else:
            expected_completion_date = _kept["expected_completion_date"]

        if _kept is None or self.document is not _kept.get("document", _kept):
            document: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document, Unset):
                document = self.document.to_dict()
        else:
            document = _kept["document"]

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
            description = d.pop("description", UNSET)
            if _checking and description.__class__ is not str and description is not UNSET:
                _expect(description, "str")
        except Exception as _error:
            if not _checking:
                raise
            description = _field_failed(cls, "description", "description", "str", src_dict, d, _error, _kept)

        try:
            memo = d.pop("memo", UNSET)
            if _checking and memo.__class__ is not str and memo is not UNSET:
                _expect(memo, "str")
        except Exception as _error:
            if not _checking:
                raise
            memo = _field_failed(cls, "memo", "memo", "str", src_dict, d, _error, _kept)

        try:
            reason = d.pop("reason", UNSET)
            if _checking and reason.__class__ is not str and reason is not UNSET:
                _expect(reason, "str")
        except Exception as _error:
            if not _checking:
                raise
            reason = _field_failed(cls, "reason", "reason", "str", src_dict, d, _error, _kept)

        try:

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

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        PatchedVendorRefundUpdateRequestMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls,
                "metadata",
                "metadata",
                "None | PatchedVendorRefundUpdateRequestMetadataType0",
                src_dict,
                d,
                _error,
                _kept,
            )

        try:
            _expected_completion_date = d.pop("expected_completion_date", UNSET)
            expected_completion_date: datetime.date | Unset
            if isinstance(_expected_completion_date, Unset):
                expected_completion_date = UNSET
            else:
                expected_completion_date = datetime.date.fromisoformat(_expected_completion_date)

        except Exception as _error:
            if not _checking:
                raise
            expected_completion_date = _field_failed(
                cls, "expected_completion_date", "expected_completion_date", "datetime.date", src_dict, d, _error, _kept
            )

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

        patched_vendor_refund_update_request = cls(
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        patched_vendor_refund_update_request.additional_properties = d
        if _kept:
            patched_vendor_refund_update_request._thredfi_kept = _kept
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


class PatchedVendorRefundUpdateRequestDict(TypedDict, total=False):
    """``PatchedVendorRefundUpdateRequest`` as a dict (API field names): what a call accepts in its place."""

    description: str
    memo: str
    reason: str
    metadata: PatchedVendorRefundUpdateRequestMetadataType0 | PatchedVendorRefundUpdateRequestMetadataType0Dict | None
    expected_completion_date: datetime.date | str
    document: DocumentUploadRequest | DocumentUploadRequestDict
