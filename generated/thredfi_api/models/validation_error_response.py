from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_response_detail import ValidationErrorResponseDetail


T = TypeVar("T", bound="ValidationErrorResponse")


@_attrs_define
class ValidationErrorResponse:
    """Validation error response with field-specific errors

    Attributes:
        error_code (str): Error code (e.g., 'validation_error')
        message (None | str): Human-readable error message
        detail (ValidationErrorResponseDetail): Contains field_errors and additional context
        request_id (str | Unset): Request ID for tracing
    """

    error_code: str
    message: None | str
    detail: ValidationErrorResponseDetail
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message: None | str
        message = self.message

        detail = self.detail.to_dict()

        request_id = self.request_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_response_detail import ValidationErrorResponseDetail  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("error_code")

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        detail = ValidationErrorResponseDetail.from_dict(d.pop("detail"))

        request_id = d.pop("request_id", UNSET)

        validation_error_response = cls(
            error_code=error_code,
            message=message,
            detail=detail,
            request_id=request_id,
        )

        validation_error_response.additional_properties = d
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
