from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_business_request_accounting_method import (
    CreateBusinessRequestAccountingMethod,
    check_create_business_request_accounting_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_business_request_metadata_type_0 import CreateBusinessRequestMetadataType0


T = TypeVar("T", bound="CreateBusinessRequest")


@_attrs_define
class CreateBusinessRequest:
    """A business to create

    Attributes:
        external_id (str): Your unique identifier for the business (idempotency key)
        legal_name (str): Legal registered name
        entity_type (str): Entity type, e.g. limited, gmbh, bv (validated per country)
        email (str): Primary email address
        phone_number (str | Unset):
        tin (str | Unset): Tax identification number (other than VAT)
        vat_number (str | Unset):
        company_number (str | Unset): Company registration number
        country (str | Unset): ISO 3166-1 alpha-2 country code
        province (str | Unset):
        eu_nace_industry_code (str | Unset):
        base_currency (str | Unset): ISO 4217 code: EUR, GBP, USD, SEK, NOK, DKK, ISK, MYR or SGD
        accounting_method (CreateBusinessRequestAccountingMethod | Unset): Accounting method (default accrual) Default:
            'accrual'.
        fiscal_year_end (datetime.date | Unset):
        metadata (CreateBusinessRequestMetadataType0 | None | Unset): Custom key-value pairs
    """

    external_id: str
    legal_name: str
    entity_type: str
    email: str
    phone_number: str | Unset = UNSET
    tin: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    company_number: str | Unset = UNSET
    country: str | Unset = UNSET
    province: str | Unset = UNSET
    eu_nace_industry_code: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual"
    fiscal_year_end: datetime.date | Unset = UNSET
    metadata: CreateBusinessRequestMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_business_request_metadata_type_0 import CreateBusinessRequestMetadataType0  # noqa: PLC0415

        external_id = self.external_id

        legal_name = self.legal_name

        entity_type = self.entity_type

        email = self.email

        phone_number = self.phone_number

        tin = self.tin

        vat_number = self.vat_number

        company_number = self.company_number

        country = self.country

        province = self.province

        eu_nace_industry_code = self.eu_nace_industry_code

        base_currency = self.base_currency

        accounting_method: str | Unset = UNSET
        if not isinstance(self.accounting_method, Unset):
            accounting_method = self.accounting_method

        fiscal_year_end: str | Unset = UNSET
        if not isinstance(self.fiscal_year_end, Unset):
            fiscal_year_end = self.fiscal_year_end.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateBusinessRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "legal_name": legal_name,
                "entity_type": entity_type,
                "email": email,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if tin is not UNSET:
            field_dict["tin"] = tin
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if country is not UNSET:
            field_dict["country"] = country
        if province is not UNSET:
            field_dict["province"] = province
        if eu_nace_industry_code is not UNSET:
            field_dict["eu_nace_industry_code"] = eu_nace_industry_code
        if base_currency is not UNSET:
            field_dict["base_currency"] = base_currency
        if accounting_method is not UNSET:
            field_dict["accounting_method"] = accounting_method
        if fiscal_year_end is not UNSET:
            field_dict["fiscal_year_end"] = fiscal_year_end
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_business_request_metadata_type_0 import CreateBusinessRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id")

        legal_name = d.pop("legal_name")

        entity_type = d.pop("entity_type")

        email = d.pop("email")

        phone_number = d.pop("phone_number", UNSET)

        tin = d.pop("tin", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        company_number = d.pop("company_number", UNSET)

        country = d.pop("country", UNSET)

        province = d.pop("province", UNSET)

        eu_nace_industry_code = d.pop("eu_nace_industry_code", UNSET)

        base_currency = d.pop("base_currency", UNSET)

        _accounting_method = d.pop("accounting_method", UNSET)
        accounting_method: CreateBusinessRequestAccountingMethod | Unset
        if isinstance(_accounting_method, Unset):
            accounting_method = UNSET
        else:
            accounting_method = check_create_business_request_accounting_method(_accounting_method)

        _fiscal_year_end = d.pop("fiscal_year_end", UNSET)
        fiscal_year_end: datetime.date | Unset
        if isinstance(_fiscal_year_end, Unset):
            fiscal_year_end = UNSET
        else:
            fiscal_year_end = datetime.date.fromisoformat(_fiscal_year_end)

        def _parse_metadata(data: object) -> CreateBusinessRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateBusinessRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateBusinessRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        create_business_request = cls(
            external_id=external_id,
            legal_name=legal_name,
            entity_type=entity_type,
            email=email,
            phone_number=phone_number,
            tin=tin,
            vat_number=vat_number,
            company_number=company_number,
            country=country,
            province=province,
            eu_nace_industry_code=eu_nace_industry_code,
            base_currency=base_currency,
            accounting_method=accounting_method,
            fiscal_year_end=fiscal_year_end,
            metadata=metadata,
        )

        create_business_request.additional_properties = d
        return create_business_request

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
