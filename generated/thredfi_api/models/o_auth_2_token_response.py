from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2TokenResponse")


@_attrs_define(repr=False)
class OAuth2TokenResponse(ThredfiModel):
    """
    Attributes:
        access_token (str): JWT access token Example: eyJhbGciOiJIUzI1NiJ9.eyJwYXJ0bmVyX2lkIjoiZGVtbyJ9.c2lnbmF0dXJl.
        expires_in (int): Lifetime of the token in seconds Example: 3600.
        token_type (str | Unset):  Default: 'Bearer'. Example: Bearer.
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("access_token", "access_token"),
        ("expires_in", "expires_in"),
        ("token_type", "token_type"),
    )

    access_token: str
    expires_in: int
    token_type: str | Unset = "Bearer"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.access_token is not _kept.get("access_token", _kept):
            access_token = self.access_token
        else:
            access_token = _kept["access_token"]

        if _kept is None or self.expires_in is not _kept.get("expires_in", _kept):
            expires_in = self.expires_in
        else:
            expires_in = _kept["expires_in"]

        if _kept is None or self.token_type is not _kept.get("token_type", _kept):
            token_type = self.token_type
        else:
            token_type = _kept["token_type"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            access_token = d.pop("access_token")
            if _checking and access_token.__class__ is not str:
                _expect(access_token, "str")
        except Exception as _error:
            if not _checking:
                raise
            access_token = _field_failed(cls, "access_token", "access_token", "str", src_dict, d, _error, _kept)

        try:
            expires_in = d.pop("expires_in")
            if _checking and expires_in.__class__ is not int:
                _expect(expires_in, "int")
        except Exception as _error:
            if not _checking:
                raise
            expires_in = _field_failed(cls, "expires_in", "expires_in", "int", src_dict, d, _error, _kept)

        try:
            token_type = d.pop("token_type", UNSET)
            if _checking and token_type.__class__ is not str and token_type is not UNSET:
                _expect(token_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            token_type = _field_failed(cls, "token_type", "token_type", "str", src_dict, d, _error, _kept)

        o_auth_2_token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        o_auth_2_token_response.additional_properties = d
        if _kept:
            o_auth_2_token_response._thredfi_kept = _kept
        return o_auth_2_token_response

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


class OAuth2TokenResponseDict(TypedDict, total=False):
    """``OAuth2TokenResponse`` as a dict (API field names): what a call accepts in its place."""

    access_token: Required[str]
    expires_in: Required[int]
    token_type: str
