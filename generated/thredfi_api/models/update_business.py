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
    from ..models.update_business_metadata_type_0 import UpdateBusinessMetadataType0, UpdateBusinessMetadataType0Dict

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, UpdateBusinessMetadataType0
    from ..models.update_business_metadata_type_0 import UpdateBusinessMetadataType0  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateBusiness")


@_attrs_define(repr=False)
class UpdateBusiness(ThredfiModel):
    """The updated business fields (the docs show only the update fields echoed back)

    Attributes:
        legal_name (str | Unset):
        entity_type (str | Unset):
        phone_number (str | Unset):
        tin (str | Unset): Tax identification number (other than VAT)
        vat_number (str | Unset):
        company_number (str | Unset):
        province (str | Unset):
        eu_nace_industry_code (str | Unset):
        email (str | Unset):
        accounting_method (str | Unset): cash or accrual
        fiscal_year_end (str | Unset):
        metadata (None | Unset | UpdateBusinessMetadataType0): Custom key-value pairs
    """

    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = (
        ("legal_name", "legal_name"),
        ("entity_type", "entity_type"),
        ("phone_number", "phone_number"),
        ("tin", "tin"),
        ("vat_number", "vat_number"),
        ("company_number", "company_number"),
        ("province", "province"),
        ("eu_nace_industry_code", "eu_nace_industry_code"),
        ("email", "email"),
        ("accounting_method", "accounting_method"),
        ("fiscal_year_end", "fiscal_year_end"),
        ("metadata", "metadata"),
    )

    legal_name: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    tin: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    company_number: str | Unset = UNSET
    province: str | Unset = UNSET
    eu_nace_industry_code: str | Unset = UNSET
    email: str | Unset = UNSET
    accounting_method: str | Unset = UNSET
    fiscal_year_end: str | Unset = UNSET
    metadata: None | Unset | UpdateBusinessMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the fields that kept a value received as it was (lenient parsing): to_dict() sends them back
    _thredfi_kept: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        _kept = self._thredfi_kept
        if _kept is None or self.legal_name is not _kept.get("legal_name", _kept):
            legal_name = self.legal_name
        else:
            legal_name = _kept["legal_name"]

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

        if _kept is None or self.accounting_method is not _kept.get("accounting_method", _kept):
            accounting_method = self.accounting_method
        else:
            accounting_method = _kept["accounting_method"]

        if _kept is None or self.fiscal_year_end is not _kept.get("fiscal_year_end", _kept):
            fiscal_year_end = self.fiscal_year_end
        else:
            fiscal_year_end = _kept["fiscal_year_end"]

        if _kept is None or self.metadata is not _kept.get("metadata", _kept):
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, UpdateBusinessMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        else:
            metadata = _kept["metadata"]

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
            legal_name = d.pop("legal_name", UNSET)
            if _checking and legal_name.__class__ is not str and legal_name is not UNSET:
                _expect(legal_name, "str")
        except Exception as _error:
            if not _checking:
                raise
            legal_name = _field_failed(cls, "legal_name", "legal_name", "str", src_dict, d, _error, _kept)

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

            def _parse_metadata(data: object) -> None | Unset | UpdateBusinessMetadataType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    metadata_type_0 = UpdateBusinessMetadataType0.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UpdateBusinessMetadataType0, data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            if _checking:
                _expect_one_of(
                    metadata,
                    (
                        UpdateBusinessMetadataType0,
                        type(None),
                    ),
                )
        except Exception as _error:
            if not _checking:
                raise
            metadata = _field_failed(
                cls, "metadata", "metadata", "None | UpdateBusinessMetadataType0", src_dict, d, _error, _kept
            )

        update_business = cls(
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

        if d and _checking:
            _extra_fields(cls, list(d), declared=True)

        update_business.additional_properties = d
        if _kept:
            update_business._thredfi_kept = _kept
        return update_business

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


class UpdateBusinessDict(TypedDict, total=False):
    """``UpdateBusiness`` as a dict (API field names): what a call accepts in its place."""

    legal_name: str
    entity_type: str
    phone_number: str
    tin: str
    vat_number: str
    company_number: str
    province: str
    eu_nace_industry_code: str
    email: str
    accounting_method: str
    fiscal_year_end: str
    metadata: UpdateBusinessMetadataType0 | UpdateBusinessMetadataType0Dict | None
