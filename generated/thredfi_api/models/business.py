from __future__ import annotations

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
    from ..models.business_metadata_type_0 import BusinessMetadataType0, BusinessMetadataType0Dict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BusinessMetadataType0
    from ..models.business_metadata_type_0 import BusinessMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Business")


@_attrs_define(repr=False)
class Business(ThredfiModel):
    """A business of the partner

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
        metadata (BusinessMetadataType0 | None | Unset): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("external_id", "external_id"),
        ("legal_name", "legal_name"),
        ("name", "name"),
        ("entity_type", "entity_type"),
        ("phone_number", "phone_number"),
        ("tin", "tin"),
        ("vat_number", "vat_number"),
        ("company_number", "company_number"),
        ("country", "country"),
        ("province", "province"),
        ("eu_nace_industry_code", "eu_nace_industry_code"),
        ("email", "email"),
        ("base_currency", "base_currency"),
        ("accounting_method", "accounting_method"),
        ("fiscal_year_end", "fiscal_year_end"),
        ("activation_at", "activation_at"),
        ("is_active", "is_active"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("metadata", "metadata"),
    )

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
    metadata: BusinessMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.id is not _kept.get("id", _kept):
            id = self.id
        else:
            id = _kept["id"]

        if _kept is None or self.external_id is not _kept.get("external_id", _kept):
            external_id = self.external_id
        else:
            external_id = _kept["external_id"]

        if _kept is None or self.legal_name is not _kept.get("legal_name", _kept):
            legal_name = self.legal_name
        else:
            legal_name = _kept["legal_name"]

        if _kept is None or self.name is not _kept.get("name", _kept):
            name = self.name
        else:
            name = _kept["name"]

        if _kept is None or self.entity_type is not _kept.get("entity_type", _kept):
            entity_type = self.entity_type
        else:
            entity_type = _kept["entity_type"]

        if _kept is None or self.phone_number is not _kept.get("phone_number", _kept):
            phone_number = self.phone_number
        else:
            phone_number = _kept["phone_number"]

        if _kept is None or self.tin is not _kept.get("tin", _kept):
            tin = self.tin
        else:
            tin = _kept["tin"]

        if _kept is None or self.vat_number is not _kept.get("vat_number", _kept):
            vat_number = self.vat_number
        else:
            vat_number = _kept["vat_number"]

        if _kept is None or self.company_number is not _kept.get("company_number", _kept):
            company_number = self.company_number
        else:
            company_number = _kept["company_number"]

        if _kept is None or self.country is not _kept.get("country", _kept):
            country = self.country
        else:
            country = _kept["country"]

        if _kept is None or self.province is not _kept.get("province", _kept):
            province = self.province
        else:
            province = _kept["province"]

        if _kept is None or self.eu_nace_industry_code is not _kept.get("eu_nace_industry_code", _kept):
            eu_nace_industry_code = self.eu_nace_industry_code
        else:
            eu_nace_industry_code = _kept["eu_nace_industry_code"]

        if _kept is None or self.email is not _kept.get("email", _kept):
            email = self.email
        else:
            email = _kept["email"]

        if _kept is None or self.base_currency is not _kept.get("base_currency", _kept):
            base_currency = self.base_currency
        else:
            base_currency = _kept["base_currency"]

        if _kept is None or self.accounting_method is not _kept.get("accounting_method", _kept):
            accounting_method = self.accounting_method
        else:
            accounting_method = _kept["accounting_method"]

        if _kept is None or self.fiscal_year_end is not _kept.get("fiscal_year_end", _kept):
            fiscal_year_end = self.fiscal_year_end
        else:
            fiscal_year_end = _kept["fiscal_year_end"]

        if _kept is None or self.activation_at is not _kept.get("activation_at", _kept):
            activation_at = self.activation_at
        else:
            activation_at = _kept["activation_at"]

        if _kept is None or self.is_active is not _kept.get("is_active", _kept):
            is_active = self.is_active
        else:
            is_active = _kept["is_active"]

        if _kept is None or self.created_at is not _kept.get("created_at", _kept):
            created_at = self.created_at
        else:
            created_at = _kept["created_at"]

        if _kept is None or self.updated_at is not _kept.get("updated_at", _kept):
            updated_at = self.updated_at
        else:
            updated_at = _kept["updated_at"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, BusinessMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

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
            id = d.pop("id", UNSET)
            if _checking and id.__class__ is not str and id is not UNSET:
                _expect(id, "str")
        except Exception as _error:
            if not _checking:
                raise
            id = _field_failed(cls, "id", "id", "str", src_dict, d, _error, _kept)

        try:
            external_id = d.pop("external_id", UNSET)
            if _checking and external_id.__class__ is not str and external_id is not UNSET:
                _expect(external_id, "str")
        except Exception as _error:
            if not _checking:
                raise
            external_id = _field_failed(cls, "external_id", "external_id", "str", src_dict, d, _error, _kept)

        try:
            legal_name = d.pop("legal_name", UNSET)
            if _checking and legal_name.__class__ is not str and legal_name is not UNSET:
                _expect(legal_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            legal_name = _field_failed(cls, "legal_name", "legal_name", "str", src_dict, d, _error, _kept)

        try:
            name = d.pop("name", UNSET)
            if _checking and name.__class__ is not str and name is not UNSET:
                _expect(name, "str")
        except Exception as _error:
            if not _checking:
                raise
            name = _field_failed(cls, "name", "name", "str", src_dict, d, _error, _kept)

        try:
            entity_type = d.pop("entity_type", UNSET)
            if _checking and entity_type.__class__ is not str and entity_type is not UNSET:
                _expect(entity_type, "str")
        except Exception as _error:
            if not _checking:
                raise
            entity_type = _field_failed(cls, "entity_type", "entity_type", "str", src_dict, d, _error, _kept)

        try:
            phone_number = d.pop("phone_number", UNSET)
            if _checking and phone_number.__class__ is not str and phone_number is not UNSET:
                _expect(phone_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            phone_number = _field_failed(cls, "phone_number", "phone_number", "str", src_dict, d, _error, _kept)

        try:
            tin = d.pop("tin", UNSET)
            if _checking and tin.__class__ is not str and tin is not UNSET:
                _expect(tin, "str")
        except Exception as _error:
            if not _checking:
                raise
            tin = _field_failed(cls, "tin", "tin", "str", src_dict, d, _error, _kept)

        try:
            vat_number = d.pop("vat_number", UNSET)
            if _checking and vat_number.__class__ is not str and vat_number is not UNSET:
                _expect(vat_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            vat_number = _field_failed(cls, "vat_number", "vat_number", "str", src_dict, d, _error, _kept)

        try:
            company_number = d.pop("company_number", UNSET)
            if _checking and company_number.__class__ is not str and company_number is not UNSET:
                _expect(company_number, "str")
        except Exception as _error:
            if not _checking:
                raise
            company_number = _field_failed(cls, "company_number", "company_number", "str", src_dict, d, _error, _kept)

        try:
            country = d.pop("country", UNSET)
            if _checking and country.__class__ is not str and country is not UNSET:
                _expect(country, "str")
        except Exception as _error:
            if not _checking:
                raise
            country = _field_failed(cls, "country", "country", "str", src_dict, d, _error, _kept)

        try:
            province = d.pop("province", UNSET)
            if _checking and province.__class__ is not str and province is not UNSET:
                _expect(province, "str")
        except Exception as _error:
            if not _checking:
                raise
            province = _field_failed(cls, "province", "province", "str", src_dict, d, _error, _kept)

        try:
            eu_nace_industry_code = d.pop("eu_nace_industry_code", UNSET)
            if _checking and eu_nace_industry_code.__class__ is not str and eu_nace_industry_code is not UNSET:
                _expect(eu_nace_industry_code, "str")
        except Exception as _error:
            if not _checking:
                raise
            eu_nace_industry_code = _field_failed(
                cls, "eu_nace_industry_code", "eu_nace_industry_code", "str", src_dict, d, _error, _kept
            )

        try:
            email = d.pop("email", UNSET)
            if _checking and email.__class__ is not str and email is not UNSET:
                _expect(email, "str")
        except Exception as _error:
            if not _checking:
                raise
            email = _field_failed(cls, "email", "email", "str", src_dict, d, _error, _kept)

        try:
            base_currency = d.pop("base_currency", UNSET)
            if _checking and base_currency.__class__ is not str and base_currency is not UNSET:
                _expect(base_currency, "str")
        except Exception as _error:
            if not _checking:
                raise
            base_currency = _field_failed(cls, "base_currency", "base_currency", "str", src_dict, d, _error, _kept)

        try:
            accounting_method = d.pop("accounting_method", UNSET)
            if _checking and accounting_method.__class__ is not str and accounting_method is not UNSET:
                _expect(accounting_method, "str")
        except Exception as _error:
            if not _checking:
                raise
            accounting_method = _field_failed(
                cls, "accounting_method", "accounting_method", "str", src_dict, d, _error, _kept
            )

        try:
            fiscal_year_end = d.pop("fiscal_year_end", UNSET)
            if _checking and fiscal_year_end.__class__ is not str and fiscal_year_end is not UNSET:
                _expect(fiscal_year_end, "str")
        except Exception as _error:
            if not _checking:
                raise
            fiscal_year_end = _field_failed(
                cls, "fiscal_year_end", "fiscal_year_end", "str", src_dict, d, _error, _kept
            )

        try:
            activation_at = d.pop("activation_at", UNSET)
            if _checking and activation_at.__class__ is not str and activation_at is not UNSET:
                _expect(activation_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            activation_at = _field_failed(cls, "activation_at", "activation_at", "str", src_dict, d, _error, _kept)

        try:
            is_active = d.pop("is_active", UNSET)
            if _checking and is_active.__class__ is not bool and is_active is not UNSET:
                _expect(is_active, "bool")
        except Exception as _error:
            if not _checking:
                raise
            is_active = _field_failed(cls, "is_active", "is_active", "bool", src_dict, d, _error, _kept)

        try:
            created_at = d.pop("created_at", UNSET)
            if _checking and created_at.__class__ is not str and created_at is not UNSET:
                _expect(created_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            created_at = _field_failed(cls, "created_at", "created_at", "str", src_dict, d, _error, _kept)

        try:
            updated_at = d.pop("updated_at", UNSET)
            if _checking and updated_at.__class__ is not str and updated_at is not UNSET:
                _expect(updated_at, "str")
        except Exception as _error:
            if not _checking:
                raise
            updated_at = _field_failed(cls, "updated_at", "updated_at", "str", src_dict, d, _error, _kept)

        try:

            def _parse_metadata(data: object) -> BusinessMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = BusinessMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BusinessMetadataType0 | None | Unset, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        BusinessMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "BusinessMetadataType0 | None", src_dict, d, _error, _kept
            )

        business = cls(
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
        )

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        business.additional_properties = d
        if _kept:
            business._thredfi_kept = _kept
        return business

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


class BusinessDict(TypedDict, total=False):
    """``Business`` as a dict (API field names): what a call accepts in its place."""

    id: str
    external_id: str
    legal_name: str
    name: str
    entity_type: str
    phone_number: str
    tin: str
    vat_number: str
    company_number: str
    country: str
    province: str
    eu_nace_industry_code: str
    email: str
    base_currency: str
    accounting_method: str
    fiscal_year_end: str
    activation_at: str
    is_active: bool
    created_at: str
    updated_at: str
    metadata: BusinessMetadataType0 | BusinessMetadataType0Dict | None
