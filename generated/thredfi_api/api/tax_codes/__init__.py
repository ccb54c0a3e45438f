"""The ``tax_codes`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._runtime import APIResource, RawAPIResource, SyncResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.error_response import ErrorResponse
    from ...models.tax_code_list import TaxCodeList
    from ...models.validation_error_response import ValidationErrorResponse


class PartnerTaxCodesResource(APIResource):
    """``client.tax_codes``: business-scoped methods take ``business_id`` first (partner token)."""

    async def list(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaxCodeList:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        from . import list_tax_codes as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: TaxCodeList = await self._call(
            _op,
            kwargs,
            operation="list_tax_codes",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class PartnerTaxCodesResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.tax_codes``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TaxCodeList]:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        from . import list_tax_codes as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
        )
        result: RawResponse[TaxCodeList] = await self._call(
            _op,
            kwargs,
            operation="list_tax_codes",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class TaxCodesResource(APIResource):
    """``client.for_business(id).tax_codes``: ``business_id`` is bound (business token)."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaxCodeList:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        from . import list_tax_codes as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: TaxCodeList = await self._call(
            _op,
            kwargs,
            operation="list_tax_codes",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class TaxCodesResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.tax_codes``: each call returns a ``thredfi.RawResponse``."""

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TaxCodeList]:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        from . import list_tax_codes as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
        )
        result: RawResponse[TaxCodeList] = await self._call(
            _op,
            kwargs,
            operation="list_tax_codes",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerTaxCodesResource(SyncResource):
    """``thredfi.Client``'s ``client.tax_codes`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerTaxCodesResource

    def list(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaxCodeList:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        result: TaxCodeList = self._run(
            self._inner.list,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerTaxCodesResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.tax_codes`` (blocking)."""

    _inner: PartnerTaxCodesResourceWithRawResponse

    def list(
        self,
        business_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TaxCodeList]:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        result: RawResponse[TaxCodeList] = self._run(
            self._inner.list,
            business_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncTaxCodesResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).tax_codes`` (blocking)."""

    _inner: TaxCodesResource

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TaxCodeList:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        result: TaxCodeList = self._run(
            self._inner.list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncTaxCodesResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.tax_codes`` (blocking)."""

    _inner: TaxCodesResourceWithRawResponse

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TaxCodeList]:
        """List tax codes

        Docs: https://docs.thredfi.com/api-reference/tax-codes/list-tax-codes
        """
        result: RawResponse[TaxCodeList] = self._run(
            self._inner.list,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
