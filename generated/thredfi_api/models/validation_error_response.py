from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, TypedDict, TypeVar, cast

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
    from ..models.validation_error_response_detail import (
        ValidationErrorResponseDetail,
        ValidationErrorResponseDetailDict,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ValidationErrorResponseDetail
    from ..models.validation_error_response_detail import ValidationErrorResponseDetail  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ValidationErrorResponse")


@_attrs_define(repr=False)
class ValidationErrorResponse(ThredfiModel):
    """Validation error response with field-specific errors

    Attributes:
        error_code (str): Error code (e.g., 'validation_error')
        message (None | str): Human-readable error message
        detail (ValidationErrorResponseDetail): Contains field_errors and additional context
        request_id (str | Unset): Request ID for tracing
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_code", "error_code"),
        ("message", "message"),
        ("detail", "detail"),
        ("request_id", "request_id"),
    )

    error_code: str
    message: None | str
    detail: ValidationErrorResponseDetail
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.error_code is not _kept.get("error_code", _kept):
            error_code = self.error_code
        else:
            error_code = _kept["error_code"]

        if _kept is None or self.message is not _kept.get("message", _kept):
            message: None | str
            message = self.message
        else:
            message = _kept["message"]

        if _kept is None or self.detail is not _kept.get("detail", _kept):
            detail = self.detail.to_dict()
        else:
            detail = _kept["detail"]

        if _kept is None or self.request_id is not _kept.get("request_id", _kept):
            request_id = self.request_id
        else:
            request_id = _kept["request_id"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
                "detail": detail,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
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
            error_code = d.pop("error_code")
            if _checking and error_code.__class__ is not str:
                _expect(error_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            error_code = _field_failed(cls, "error_code", "error_code", "str", src_dict, d, _error, _kept)

        try:

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d.pop("message"))

            if _checking:
                _expect_one_of(
                    message,
                    (
                        str,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            message = _field_failed(cls, "message", "message", "None | str", src_dict, d, _error, _kept)

        try:
            detail = ValidationErrorResponseDetail.from_dict(d.pop("detail"))

        except Exception as _error:
            if not _checking:
                raise
            detail = _field_failed(cls, "detail", "detail", "ValidationErrorResponseDetail", src_dict, d, _error, _kept)

        try:
            request_id = d.pop("request_id", UNSET)
            if _checking and request_id.__class__ is not str and request_id is not UNSET:
                _expect(request_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            request_id = _field_failed(cls, "request_id", "request_id", "str", src_dict, d, _error, _kept)

        validation_error_response = cls(
            error_code=error_code,
            message=message,
            detail=detail,
            request_id=request_id,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        validation_error_response.additional_properties = d
        if _kept:
            validation_error_response._thredfi_kept = _kept
        return validation_error_response

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


class ValidationErrorResponseDict(TypedDict, total=False):
    """``ValidationErrorResponse`` as a dict (API field names): what a call accepts in its place."""

    error_code: Required[str]
    message: Required[str | None]
    detail: Required[ValidationErrorResponseDetail | ValidationErrorResponseDetailDict]
    request_id: str
