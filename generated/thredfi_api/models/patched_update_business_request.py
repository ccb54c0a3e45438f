from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_update_business_request_accounting_method import (
    PatchedUpdateBusinessRequestAccountingMethod,
    check_patched_update_business_request_accounting_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_update_business_request_metadata_type_0 import PatchedUpdateBusinessRequestMetadataType0


T = TypeVar("T", bound="PatchedUpdateBusinessRequest")


@_attrs_define
class PatchedUpdateBusinessRequest:
    """Business fields to change (partial update)

    Attributes:
        legal_name (str | Unset):
        entity_type (str | Unset):
        phone_number (str | Unset):
        tin (str | Unset):
        vat_number (str | Unset):
        company_number (str | Unset):
        province (str | Unset):
        eu_nace_industry_code (str | Unset):
        email (str | Unset):
        accounting_method (PatchedUpdateBusinessRequestAccountingMethod | Unset):
        fiscal_year_end (datetime.date | Unset):
        metadata (None | PatchedUpdateBusinessRequestMetadataType0 | Unset): Custom key-value pairs
    """

    legal_name: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    tin: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    company_number: str | Unset = UNSET
    province: str | Unset = UNSET
    eu_nace_industry_code: str | Unset = UNSET
    email: str | Unset = UNSET
    accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET
    fiscal_year_end: datetime.date | Unset = UNSET
    metadata: None | PatchedUpdateBusinessRequestMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_update_business_request_metadata_type_0 import PatchedUpdateBusinessRequestMetadataType0  # noqa: PLC0415

        legal_name = self.legal_name

        entity_type = self.entity_type

        phone_number = self.phone_number

        tin = self.tin

        vat_number = self.vat_number

        company_number = self.company_number

        province = self.province

        eu_nace_industry_code = self.eu_nace_industry_code

        email = self.email

        accounting_method: str | Unset = UNSET
        if not isinstance(self.accounting_method, Unset):
            accounting_method = self.accounting_method

        fiscal_year_end: str | Unset = UNSET
        if not isinstance(self.fiscal_year_end, Unset):
            fiscal_year_end = self.fiscal_year_end.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PatchedUpdateBusinessRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if tin is not UNSET:
            field_dict["tin"] = tin
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if province is not UNSET:
            field_dict["province"] = province
        if eu_nace_industry_code is not UNSET:
            field_dict["eu_nace_industry_code"] = eu_nace_industry_code
        if email is not UNSET:
            field_dict["email"] = email
        if accounting_method is not UNSET:
            field_dict["accounting_method"] = accounting_method
        if fiscal_year_end is not UNSET:
            field_dict["fiscal_year_end"] = fiscal_year_end
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_update_business_request_metadata_type_0 import PatchedUpdateBusinessRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        legal_name = d.pop("legal_name", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        tin = d.pop("tin", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        company_number = d.pop("company_number", UNSET)

        province = d.pop("province", UNSET)

        eu_nace_industry_code = d.pop("eu_nace_industry_code", UNSET)

        email = d.pop("email", UNSET)

        _accounting_method = d.pop("accounting_method", UNSET)
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset
        if isinstance(_accounting_method, Unset):
            accounting_method = UNSET
        else:
            accounting_method = check_patched_update_business_request_accounting_method(_accounting_method)

        _fiscal_year_end = d.pop("fiscal_year_end", UNSET)
        fiscal_year_end: datetime.date | Unset
        if isinstance(_fiscal_year_end, Unset):
            fiscal_year_end = UNSET
        else:
            fiscal_year_end = datetime.date.fromisoformat(_fiscal_year_end)

        def _parse_metadata(data: object) -> None | PatchedUpdateBusinessRequestMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PatchedUpdateBusinessRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchedUpdateBusinessRequestMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        patched_update_business_request = cls(
            legal_name=legal_name,
            entity_type=entity_type,
            phone_number=phone_number,
            tin=tin,
            vat_number=vat_number,
            company_number=company_number,
            province=province,
            eu_nace_industry_code=eu_nace_industry_code,
            email=email,
            accounting_method=accounting_method,
            fiscal_year_end=fiscal_year_end,
            metadata=metadata,
        )

        patched_update_business_request.additional_properties = d
        return patched_update_business_request

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
