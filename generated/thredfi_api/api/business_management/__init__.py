"""The ``businesses`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._runtime import APIResource, RawAPIResource, SyncResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from collections.abc import Mapping
    from typing import cast
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.business import Business
    from ...models.business_create_response import BusinessCreateResponse
    from ...models.create_business_request import CreateBusinessRequest, CreateBusinessRequestDict
    from ...models.create_business_request_accounting_method import (
        CreateBusinessRequestAccountingMethod,
        check_create_business_request_accounting_method,
    )
    from ...models.create_business_request_metadata_type_0 import (
        CreateBusinessRequestMetadataType0,
        CreateBusinessRequestMetadataType0Dict,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_business_list import PaginatedBusinessList
    from ...models.patched_update_business_request import PatchedUpdateBusinessRequest, PatchedUpdateBusinessRequestDict
    from ...models.patched_update_business_request_accounting_method import (
        PatchedUpdateBusinessRequestAccountingMethod,
        check_patched_update_business_request_accounting_method,
    )
    from ...models.patched_update_business_request_metadata_type_0 import (
        PatchedUpdateBusinessRequestMetadataType0,
        PatchedUpdateBusinessRequestMetadataType0Dict,
    )
    from ...models.update_business import UpdateBusiness
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerBusinessesResource(APIResource):
    """``client.businesses``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        external_id: str,
        legal_name: str,
        entity_type: str,
        email: str,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse: ...

    async def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict | None = None,
        external_id: str | Unset = UNSET,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        from ...models.create_business_request import CreateBusinessRequest
        from . import create_business as _op

        body_value, upload = self._body(
            CreateBusinessRequest,
            body,
            {
                "external_id": external_id,
                "legal_name": legal_name,
                "entity_type": entity_type,
                "email": email,
                "phone_number": phone_number,
                "tin": tin,
                "vat_number": vat_number,
                "company_number": company_number,
                "country": country,
                "province": province,
                "eu_nace_industry_code": eu_nace_industry_code,
                "base_currency": base_currency,
                "accounting_method": accounting_method,
                "fiscal_year_end": fiscal_year_end,
                "metadata": metadata,
            },
            defaults={
                "phone_number": UNSET,
                "tin": UNSET,
                "vat_number": UNSET,
                "company_number": UNSET,
                "country": UNSET,
                "province": UNSET,
                "eu_nace_industry_code": UNSET,
                "base_currency": UNSET,
                "accounting_method": "accrual",
                "fiscal_year_end": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            body=body_value,
        )
        result: BusinessCreateResponse = await self._call(
            _op,
            kwargs,
            operation="create_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Business:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        from . import get_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: Business = await self._call(
            _op,
            kwargs,
            operation="get_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Business]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        from . import list_businesses as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                country=self._arg("country", country, "str"),
                entity_type=self._arg("entity_type", entity_type, "str"),
                is_archived=self._arg("is_archived", is_archived, "bool"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_businesses", page=page, page_size=page_size, extras=extras)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness: ...

    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict | None = None,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        from ...models.patched_update_business_request import PatchedUpdateBusinessRequest
        from . import update_business as _op

        body_value, upload = self._body(
            PatchedUpdateBusinessRequest,
            body,
            {
                "legal_name": legal_name,
                "entity_type": entity_type,
                "phone_number": phone_number,
                "tin": tin,
                "vat_number": vat_number,
                "company_number": company_number,
                "province": province,
                "eu_nace_industry_code": eu_nace_industry_code,
                "email": email,
                "accounting_method": accounting_method,
                "fiscal_year_end": fiscal_year_end,
                "metadata": metadata,
            },
            defaults={
                "legal_name": UNSET,
                "entity_type": UNSET,
                "phone_number": UNSET,
                "tin": UNSET,
                "vat_number": UNSET,
                "company_number": UNSET,
                "province": UNSET,
                "eu_nace_industry_code": UNSET,
                "email": UNSET,
                "accounting_method": UNSET,
                "fiscal_year_end": UNSET,
                "metadata": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: UpdateBusiness = await self._call(
            _op,
            kwargs,
            operation="update_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerBusinessesResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.businesses``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str,
        legal_name: str,
        entity_type: str,
        email: str,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]: ...

    async def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict | None = None,
        external_id: str | Unset = UNSET,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        from ...models.create_business_request import CreateBusinessRequest
        from . import create_business as _op

        body_value, upload = self._body(
            CreateBusinessRequest,
            body,
            {
                "external_id": external_id,
                "legal_name": legal_name,
                "entity_type": entity_type,
                "email": email,
                "phone_number": phone_number,
                "tin": tin,
                "vat_number": vat_number,
                "company_number": company_number,
                "country": country,
                "province": province,
                "eu_nace_industry_code": eu_nace_industry_code,
                "base_currency": base_currency,
                "accounting_method": accounting_method,
                "fiscal_year_end": fiscal_year_end,
                "metadata": metadata,
            },
            defaults={
                "phone_number": UNSET,
                "tin": UNSET,
                "vat_number": UNSET,
                "company_number": UNSET,
                "country": UNSET,
                "province": UNSET,
                "eu_nace_industry_code": UNSET,
                "base_currency": UNSET,
                "accounting_method": "accrual",
                "fiscal_year_end": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            body=body_value,
        )
        result: RawResponse[BusinessCreateResponse] = await self._call(
            _op,
            kwargs,
            operation="create_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Business]:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        from . import get_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: RawResponse[Business] = await self._call(
            _op,
            kwargs,
            operation="get_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBusinessList]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        from . import list_businesses as _op

        kwargs = _op._get_kwargs(
            country=self._arg("country", country, "str"),
            entity_type=self._arg("entity_type", entity_type, "str"),
            is_archived=self._arg("is_archived", is_archived, "bool"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedBusinessList] = await self._call(
            _op,
            kwargs,
            operation="list_businesses",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]: ...

    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict | None = None,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        from ...models.patched_update_business_request import PatchedUpdateBusinessRequest
        from . import update_business as _op

        body_value, upload = self._body(
            PatchedUpdateBusinessRequest,
            body,
            {
                "legal_name": legal_name,
                "entity_type": entity_type,
                "phone_number": phone_number,
                "tin": tin,
                "vat_number": vat_number,
                "company_number": company_number,
                "province": province,
                "eu_nace_industry_code": eu_nace_industry_code,
                "email": email,
                "accounting_method": accounting_method,
                "fiscal_year_end": fiscal_year_end,
                "metadata": metadata,
            },
            defaults={
                "legal_name": UNSET,
                "entity_type": UNSET,
                "phone_number": UNSET,
                "tin": UNSET,
                "vat_number": UNSET,
                "company_number": UNSET,
                "province": UNSET,
                "eu_nace_industry_code": UNSET,
                "email": UNSET,
                "accounting_method": UNSET,
                "fiscal_year_end": UNSET,
                "metadata": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[UpdateBusiness] = await self._call(
            _op,
            kwargs,
            operation="update_business",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerBusinessesResource(SyncResource):
    """``thredfi.Client``'s ``client.businesses`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerBusinessesResource

    @overload
    def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse: ...

    @overload
    def create(
        self,
        *,
        external_id: str,
        legal_name: str,
        entity_type: str,
        email: str,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse: ...

    def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict | None = None,
        external_id: str | Unset = UNSET,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BusinessCreateResponse:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        result: BusinessCreateResponse = self._run(
            self._inner.create,
            body=body,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Business:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        result: Business = self._run(
            self._inner.get,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Business]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        return self._paginator(
            self._inner.list(
                country=country,
                entity_type=entity_type,
                is_archived=is_archived,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        *,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness: ...

    def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict | None = None,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> UpdateBusiness:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        result: UpdateBusiness = self._run(
            self._inner.update,
            business_id,
            body=body,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerBusinessesResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.businesses`` (blocking)."""

    _inner: PartnerBusinessesResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]: ...

    @overload
    def create(
        self,
        *,
        external_id: str,
        legal_name: str,
        entity_type: str,
        email: str,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]: ...

    def create(
        self,
        *,
        body: CreateBusinessRequest | CreateBusinessRequestDict | None = None,
        external_id: str | Unset = UNSET,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        country: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        base_currency: str | Unset = UNSET,
        accounting_method: CreateBusinessRequestAccountingMethod | Unset = "accrual",
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | CreateBusinessRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BusinessCreateResponse]:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        result: RawResponse[BusinessCreateResponse] = self._run(
            self._inner.create,
            body=body,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Business]:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        result: RawResponse[Business] = self._run(
            self._inner.get,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBusinessList]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        result: RawResponse[PaginatedBusinessList] = self._run(
            self._inner.list,
            country=country,
            entity_type=entity_type,
            is_archived=is_archived,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        *,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]: ...

    def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | PatchedUpdateBusinessRequestDict | None = None,
        legal_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        tin: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        company_number: str | Unset = UNSET,
        province: str | Unset = UNSET,
        eu_nace_industry_code: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accounting_method: PatchedUpdateBusinessRequestAccountingMethod | Unset = UNSET,
        fiscal_year_end: datetime.date | str | Unset = UNSET,
        metadata: PatchedUpdateBusinessRequestMetadataType0
        | PatchedUpdateBusinessRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[UpdateBusiness]:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        result: RawResponse[UpdateBusiness] = self._run(
            self._inner.update,
            business_id,
            body=body,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
