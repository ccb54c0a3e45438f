"""The ``vendor_credits`` resource, and the endpoint functions of its operations (one module each).

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
    from typing import cast
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.create_vendor_credit_request import CreateVendorCreditRequest, CreateVendorCreditRequestDict
    from ...models.create_vendor_credit_request_allocations_item import (
        CreateVendorCreditRequestAllocationsItem,
        CreateVendorCreditRequestAllocationsItemDict,
    )
    from ...models.create_vendor_credit_request_line_items_item import (
        CreateVendorCreditRequestLineItemsItem,
        CreateVendorCreditRequestLineItemsItemDict,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_credit_list import PaginatedVendorCreditList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor_credit import VendorCredit
    from ...types import UNSET, Unset


class PartnerVendorCreditsResource(APIResource):
    """``client.vendor_credits``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        body_value, upload = self._body(
            CreateVendorCreditRequest,
            body,
            {
                "external_id": external_id,
                "vendor_external_id": vendor_external_id,
                "line_items": line_items,
                "allocations": allocations,
            },
            defaults={
                "external_id": UNSET,
                "vendor_external_id": UNSET,
                "line_items": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: VendorCredit = await self._call(
            _op,
            kwargs,
            operation="create_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: VendorCredit = await self._call(
            _op,
            kwargs,
            operation="get_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                received_at_end=self._arg("received_at_end", received_at_end, "str"),
                received_at_start=self._arg("received_at_start", received_at_start, "str"),
                status=self._arg("status", status, "str"),
                vendor=self._arg("vendor", vendor, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_credits", page=page, page_size=page_size, extras=extras
        )


class PartnerVendorCreditsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        body_value, upload = self._body(
            CreateVendorCreditRequest,
            body,
            {
                "external_id": external_id,
                "vendor_external_id": vendor_external_id,
                "line_items": line_items,
                "allocations": allocations,
            },
            defaults={
                "external_id": UNSET,
                "vendor_external_id": UNSET,
                "line_items": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op,
            kwargs,
            operation="get_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            received_at_end=self._arg("received_at_end", received_at_end, "str"),
            received_at_start=self._arg("received_at_start", received_at_start, "str"),
            status=self._arg("status", status, "str"),
            vendor=self._arg("vendor", vendor, "str"),
        )
        result: RawResponse[PaginatedVendorCreditList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_credits",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class VendorCreditsResource(APIResource):
    """``client.for_business(id).vendor_credits``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        body_value, upload = self._body(
            CreateVendorCreditRequest,
            body,
            {
                "external_id": external_id,
                "vendor_external_id": vendor_external_id,
                "line_items": line_items,
                "allocations": allocations,
            },
            defaults={
                "external_id": UNSET,
                "vendor_external_id": UNSET,
                "line_items": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: VendorCredit = await self._call(
            _op,
            kwargs,
            operation="create_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: VendorCredit = await self._call(
            _op,
            kwargs,
            operation="get_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                received_at_end=self._arg("received_at_end", received_at_end, "str"),
                received_at_start=self._arg("received_at_start", received_at_start, "str"),
                status=self._arg("status", status, "str"),
                vendor=self._arg("vendor", vendor, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_credits", page=page, page_size=page_size, extras=extras
        )


class VendorCreditsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        body_value, upload = self._body(
            CreateVendorCreditRequest,
            body,
            {
                "external_id": external_id,
                "vendor_external_id": vendor_external_id,
                "line_items": line_items,
                "allocations": allocations,
            },
            defaults={
                "external_id": UNSET,
                "vendor_external_id": UNSET,
                "line_items": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op,
            kwargs,
            operation="get_vendor_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            received_at_end=self._arg("received_at_end", received_at_end, "str"),
            received_at_start=self._arg("received_at_start", received_at_start, "str"),
            status=self._arg("status", status, "str"),
            vendor=self._arg("vendor", vendor, "str"),
        )
        result: RawResponse[PaginatedVendorCreditList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_credits",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerVendorCreditsResource(SyncResource):
    """``thredfi.Client``'s ``client.vendor_credits`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerVendorCreditsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        result: VendorCredit = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        result: VendorCredit = self._run(
            self._inner.get,
            business_id,
            credit_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        return self._paginator(
            self._inner.list(
                business_id,
                page=page,
                page_size=page_size,
                received_at_end=received_at_end,
                received_at_start=received_at_start,
                status=status,
                vendor=vendor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerVendorCreditsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.vendor_credits`` (blocking)."""

    _inner: PartnerVendorCreditsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        result: RawResponse[VendorCredit] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        result: RawResponse[VendorCredit] = self._run(
            self._inner.get,
            business_id,
            credit_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        result: RawResponse[PaginatedVendorCreditList] = self._run(
            self._inner.list,
            business_id,
            page=page,
            page_size=page_size,
            received_at_end=received_at_end,
            received_at_start=received_at_start,
            status=status,
            vendor=vendor,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorCreditsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).vendor_credits`` (blocking)."""

    _inner: VendorCreditsResource

    @overload
    def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit: ...

    def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        result: VendorCredit = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        result: VendorCredit = self._run(
            self._inner.get,
            credit_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        return self._paginator(
            self._inner.list(
                page=page,
                page_size=page_size,
                received_at_end=received_at_end,
                received_at_start=received_at_start,
                status=status,
                vendor=vendor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncVendorCreditsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.vendor_credits`` (blocking)."""

    _inner: VendorCreditsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]: ...

    def create(
        self,
        *,
        body: CreateVendorCreditRequest | CreateVendorCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem | CreateVendorCreditRequestLineItemsItemDict]
        | Unset = UNSET,
        allocations: builtins.list[
            CreateVendorCreditRequestAllocationsItem | CreateVendorCreditRequestAllocationsItemDict
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit

        Not confirmed by the API reference (no docs page shows these names): ``line_items``, ``allocations``.
        """
        result: RawResponse[VendorCredit] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            vendor_external_id=vendor_external_id,
            line_items=line_items,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        result: RawResponse[VendorCredit] = self._run(
            self._inner.get,
            credit_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        received_at_end: str | Unset = UNSET,
        received_at_start: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        result: RawResponse[PaginatedVendorCreditList] = self._run(
            self._inner.list,
            page=page,
            page_size=page_size,
            received_at_end=received_at_end,
            received_at_start=received_at_start,
            status=status,
            vendor=vendor,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
