from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, TypedDict, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from thredfi._runtime import ThredfiModel
from thredfi._runtime import checking as _checking_fields
from thredfi._runtime import expect as _expect
from thredfi._runtime import extra_fields as _extra_fields
from thredfi._runtime import field_failed as _field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2TokenRequest")


@_attrs_define(repr=False)
class OAuth2TokenRequest(ThredfiModel):
    """
    Attributes:
        client_id (UUID): Partner UUID, same as the Basic auth username
        grant_type (str | Unset):  Default: 'client_credentials'.
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("client_id", "client_id"),
        ("grant_type", "grant_type"),
    )

    client_id: UUID
    grant_type: str | Unset = "client_credentials"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        _kept = self._thredfi_kept
        if _kept is None or self.client_id is not _kept.get("client_id", _kept):
            client_id = str(self.client_id)
        else:
            client_id = _kept["client_id"]

        if _kept is None or self.grant_type is not _kept.get("grant_type", _kept):
            grant_type = self.grant_type
        else:
            grant_type = _kept["grant_type"]

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if _kept is not None:  # a required field that never arrived is not invented
            field_dict = {key: value for key, value in field_dict.items() if value is not UNSET}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kept: dict[str, Any] = {}
        d = dict(src_dict)
        _checking = _checking_fields()
        try:
            client_id = UUID(d.pop("client_id"))

        except Exception as _error:
            if not _checking:
                raise
            client_id = _field_failed(cls, "client_id", "client_id", "UUID", src_dict, d, _error, _kept)

        try:
            grant_type = d.pop("grant_type", UNSET)
            if _checking and grant_type.__class__ is not str and grant_type is not UNSET:
                _expect(grant_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            grant_type = _field_failed(cls, "grant_type", "grant_type", "str", src_dict, d, _error, _kept)

        o_auth_2_token_request = cls(
            client_id=client_id,
            grant_type=grant_type,
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        o_auth_2_token_request.additional_properties = d
        if _kept:
            o_auth_2_token_request._thredfi_kept = _kept
        return o_auth_2_token_request

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


class OAuth2TokenRequestDict(TypedDict, total=False):
    """``OAuth2TokenRequest`` as a dict (API field names): what a call accepts in its place."""

    client_id: Required[UUID | str]
    grant_type: str
