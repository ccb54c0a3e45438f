from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_create_response_meta import BusinessCreateResponseMeta
    from ..models.business_create_response_metadata_type_0 import BusinessCreateResponseMetadataType0


T = TypeVar("T", bound="BusinessCreateResponse")


@_attrs_define
class BusinessCreateResponse:
    """The created (201) or already existing (200) business

    Attributes:
        id (str | Unset): Business id
        external_id (str | Unset): Your identifier for the business
        legal_name (str | Unset):
        name (str | Unset):
        entity_type (str | Unset):
        phone_number (str | Unset):
        tin (str | Unset): Tax identification number (other than VAT)
        vat_number (str | Unset):
        company_number (str | Unset):
        country (str | Unset): ISO 3166-1 alpha-2 country code
        province (str | Unset):
        eu_nace_industry_code (str | Unset):
        email (str | Unset):
        base_currency (str | Unset): ISO 4217 currency code
        accounting_method (str | Unset): cash or accrual
        fiscal_year_end (str | Unset):
        activation_at (str | Unset):
        is_active (bool | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        metadata (BusinessCreateResponseMetadataType0 | None | Unset): Custom key-value pairs
        field_meta (BusinessCreateResponseMeta | Unset): Says whether the business was created or returned idempotently
    """

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    legal_name: str | Unset = UNSET
    name: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    tin: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    company_number: str | Unset = UNSET
    country: str | Unset = UNSET
    province: str | Unset = UNSET
    eu_nace_industry_code: str | Unset = UNSET
    email: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    accounting_method: str | Unset = UNSET
    fiscal_year_end: str | Unset = UNSET
    activation_at: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    metadata: BusinessCreateResponseMetadataType0 | None | Unset = UNSET
    field_meta: BusinessCreateResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_create_response_metadata_type_0 import BusinessCreateResponseMetadataType0  # noqa: PLC0415

        id = self.id

        external_id = self.external_id

        legal_name = self.legal_name

        name = self.name

        entity_type = self.entity_type

        phone_number = self.phone_number

        tin = self.tin

        vat_number = self.vat_number

        company_number = self.company_number

        country = self.country

        province = self.province

        eu_nace_industry_code = self.eu_nace_industry_code

        email = self.email

        base_currency = self.base_currency

        accounting_method = self.accounting_method

        fiscal_year_end = self.fiscal_year_end

        activation_at = self.activation_at

        is_active = self.is_active

        created_at = self.created_at

        updated_at = self.updated_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BusinessCreateResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_meta, Unset):
            field_meta = self.field_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if name is not UNSET:
            field_dict["name"] = name
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
        if country is not UNSET:
            field_dict["country"] = country
        if province is not UNSET:
            field_dict["province"] = province
        if eu_nace_industry_code is not UNSET:
            field_dict["eu_nace_industry_code"] = eu_nace_industry_code
        if email is not UNSET:
            field_dict["email"] = email
        if base_currency is not UNSET:
            field_dict["base_currency"] = base_currency
        if accounting_method is not UNSET:
            field_dict["accounting_method"] = accounting_method
        if fiscal_year_end is not UNSET:
            field_dict["fiscal_year_end"] = fiscal_year_end
        if activation_at is not UNSET:
            field_dict["activation_at"] = activation_at
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_create_response_meta import BusinessCreateResponseMeta  # noqa: PLC0415
        from ..models.business_create_response_metadata_type_0 import BusinessCreateResponseMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        external_id = d.pop("external_id", UNSET)

        legal_name = d.pop("legal_name", UNSET)

        name = d.pop("name", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        tin = d.pop("tin", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        company_number = d.pop("company_number", UNSET)

        country = d.pop("country", UNSET)

        province = d.pop("province", UNSET)

        eu_nace_industry_code = d.pop("eu_nace_industry_code", UNSET)

        email = d.pop("email", UNSET)

        base_currency = d.pop("base_currency", UNSET)

        accounting_method = d.pop("accounting_method", UNSET)

        fiscal_year_end = d.pop("fiscal_year_end", UNSET)

        activation_at = d.pop("activation_at", UNSET)

        is_active = d.pop("is_active", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_metadata(data: object) -> BusinessCreateResponseMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BusinessCreateResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessCreateResponseMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _field_meta = d.pop("_meta", UNSET)
        field_meta: BusinessCreateResponseMeta | Unset
        if isinstance(_field_meta, Unset):
            field_meta = UNSET
        else:
            field_meta = BusinessCreateResponseMeta.from_dict(_field_meta)

        business_create_response = cls(
            id=id,
            external_id=external_id,
            legal_name=legal_name,
            name=name,
            entity_type=entity_type,
            phone_number=phone_number,
            tin=tin,
            vat_number=vat_number,
            company_number=company_number,
            country=country,
            province=province,
            eu_nace_industry_code=eu_nace_industry_code,
            email=email,
            base_currency=base_currency,
            accounting_method=accounting_method,
            fiscal_year_end=fiscal_year_end,
            activation_at=activation_at,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            metadata=metadata,
            field_meta=field_meta,
        )

        business_create_response.additional_properties = d
        return business_create_response

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
