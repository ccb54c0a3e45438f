from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessOAuth2TokenResponse")


@_attrs_define
class BusinessOAuth2TokenResponse:
    """
    Attributes:
        access_token (str): Business-scoped JWT access token Example:
            eyJhbGciOiJIUzI1NiJ9.eyJidXNpbmVzc19pZCI6ImRlbW8ifQ.c2lnbmF0dXJl.
        expires_in (int): Lifetime of the token in seconds Example: 3600.
        token_type (str | Unset):  Default: 'Bearer'. Example: Bearer.
        scope (str | Unset):  Example: business_access.
        business_id (str | Unset): The business this token is scoped to Example: 3fa85f64-5717-4562-b3fc-2c963f66afa6.
    """

    access_token: str
    expires_in: int
    token_type: str | Unset = "Bearer"
    scope: str | Unset = UNSET
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        scope = self.scope

        business_id = self.business_id

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
        if scope is not UNSET:
            field_dict["scope"] = scope
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        token_type = d.pop("token_type", UNSET)

        scope = d.pop("scope", UNSET)

        business_id = d.pop("business_id", UNSET)

        business_o_auth_2_token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            scope=scope,
            business_id=business_id,
        )

        business_o_auth_2_token_response.additional_properties = d
        return business_o_auth_2_token_response

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
