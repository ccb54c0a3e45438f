"""The ``businesses`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._resource import APIResource, RawAPIResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from typing import cast
    from uuid import UUID

    from thredfi import AsyncPaginator, RawResponse

    from ...models.business import Business
    from ...models.business_create_response import BusinessCreateResponse
    from ...models.create_business_request import CreateBusinessRequest
    from ...models.create_business_request_accounting_method import (
        CreateBusinessRequestAccountingMethod,
        check_create_business_request_accounting_method,
    )
    from ...models.create_business_request_metadata_type_0 import CreateBusinessRequestMetadataType0
    from ...models.error_response import ErrorResponse
    from ...models.paginated_business_list import PaginatedBusinessList
    from ...models.patched_update_business_request import PatchedUpdateBusinessRequest
    from ...models.patched_update_business_request_accounting_method import (
        PatchedUpdateBusinessRequestAccountingMethod,
        check_patched_update_business_request_accounting_method,
    )
    from ...models.patched_update_business_request_metadata_type_0 import PatchedUpdateBusinessRequestMetadataType0
    from ...models.update_business import UpdateBusiness
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerBusinessesResource(APIResource):
    """``client.businesses``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBusinessRequest,
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
        fiscal_year_end: datetime.date | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | None | Unset = UNSET,
    ) -> BusinessCreateResponse: ...

    async def create(
        self,
        *,
        body: CreateBusinessRequest | None = None,
        **fields: Any,
    ) -> BusinessCreateResponse:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        from ...models.create_business_request import CreateBusinessRequest
        from . import create_business as _op

        kwargs = _op._get_kwargs(
            body=self._body(CreateBusinessRequest, body, fields),
        )
        result: BusinessCreateResponse = await self._call(_op, kwargs, operation="create_business", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
    ) -> Business:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        from . import get_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: Business = await self._call(_op, kwargs, operation="get_business", returns="model")
        return result

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Business]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        from . import list_businesses as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                country=country,
                entity_type=entity_type,
                is_archived=is_archived,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_businesses", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest,
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
        fiscal_year_end: datetime.date | Unset = UNSET,
        metadata: None | PatchedUpdateBusinessRequestMetadataType0 | Unset = UNSET,
    ) -> UpdateBusiness: ...

    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | None = None,
        **fields: Any,
    ) -> UpdateBusiness:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        from ...models.patched_update_business_request import PatchedUpdateBusinessRequest
        from . import update_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(PatchedUpdateBusinessRequest, body, fields, absent=UNSET),
        )
        result: UpdateBusiness = await self._call(_op, kwargs, operation="update_business", returns="model")
        return result


class PartnerBusinessesResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.businesses``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBusinessRequest,
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
        fiscal_year_end: datetime.date | Unset = UNSET,
        metadata: CreateBusinessRequestMetadataType0 | None | Unset = UNSET,
    ) -> RawResponse[BusinessCreateResponse]: ...

    async def create(
        self,
        *,
        body: CreateBusinessRequest | None = None,
        **fields: Any,
    ) -> RawResponse[BusinessCreateResponse]:
        """Create business (idempotent)

        Docs: https://docs.thredfi.com/api-reference/business-management/create-business
        """
        from ...models.create_business_request import CreateBusinessRequest
        from . import create_business as _op

        kwargs = _op._get_kwargs(
            body=self._body(CreateBusinessRequest, body, fields),
        )
        result: RawResponse[BusinessCreateResponse] = await self._call(
            _op, kwargs, operation="create_business", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
    ) -> RawResponse[Business]:
        """Get business

        Docs: https://docs.thredfi.com/api-reference/business-management/get-business
        """
        from . import get_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: RawResponse[Business] = await self._call(_op, kwargs, operation="get_business", returns="model")
        return result

    async def list(
        self,
        *,
        country: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedBusinessList]:
        """List businesses

        Docs: https://docs.thredfi.com/api-reference/business-management/list-businesses
        """
        from . import list_businesses as _op

        kwargs = _op._get_kwargs(
            country=country,
            entity_type=entity_type,
            is_archived=is_archived,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedBusinessList] = await self._call(
            _op, kwargs, operation="list_businesses", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest,
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
        fiscal_year_end: datetime.date | Unset = UNSET,
        metadata: None | PatchedUpdateBusinessRequestMetadataType0 | Unset = UNSET,
    ) -> RawResponse[UpdateBusiness]: ...

    async def update(
        self,
        business_id: str | UUID,
        *,
        body: PatchedUpdateBusinessRequest | None = None,
        **fields: Any,
    ) -> RawResponse[UpdateBusiness]:
        """Update business

        Docs: https://docs.thredfi.com/api-reference/business-management/update-business
        """
        from ...models.patched_update_business_request import PatchedUpdateBusinessRequest
        from . import update_business as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(PatchedUpdateBusinessRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[UpdateBusiness] = await self._call(
            _op, kwargs, operation="update_business", returns="model"
        )
        return result
