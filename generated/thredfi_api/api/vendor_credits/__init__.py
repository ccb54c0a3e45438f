"""The ``vendor_credits`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._resource import APIResource, RawAPIResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from typing import cast
    from uuid import UUID

    from thredfi import AsyncPaginator, RawResponse

    from ...models.create_vendor_credit_request import CreateVendorCreditRequest
    from ...models.create_vendor_credit_request_allocations_item import CreateVendorCreditRequestAllocationsItem
    from ...models.create_vendor_credit_request_line_items_item import CreateVendorCreditRequestLineItemsItem
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
        body: CreateVendorCreditRequest,
    ) -> VendorCredit: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET,
        allocations: builtins.list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET,
    ) -> VendorCredit: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | None = None,
        **fields: Any,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorCreditRequest, body, fields),
        )
        result: VendorCredit = await self._call(_op, kwargs, operation="create_vendor_credit", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        credit_id: UUID,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._path("credit_id", credit_id),
        )
        result: VendorCredit = await self._call(_op, kwargs, operation="get_vendor_credit", returns="model")
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
    ) -> AsyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                received_at_end=received_at_end,
                received_at_start=received_at_start,
                status=status,
                vendor=vendor,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_credits", page=page, page_size=page_size)


class PartnerVendorCreditsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET,
        allocations: builtins.list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET,
    ) -> RawResponse[VendorCredit]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorCreditRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorCreditRequest, body, fields),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op, kwargs, operation="create_vendor_credit", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        credit_id: UUID,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._path("credit_id", credit_id),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op, kwargs, operation="get_vendor_credit", returns="model"
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
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=page,
            page_size=page_size,
            received_at_end=received_at_end,
            received_at_start=received_at_start,
            status=status,
            vendor=vendor,
        )
        result: RawResponse[PaginatedVendorCreditList] = await self._call(
            _op, kwargs, operation="list_vendor_credits", returns="model"
        )
        return result


class VendorCreditsResource(APIResource):
    """``client.for_business(id).vendor_credits``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorCreditRequest,
    ) -> VendorCredit: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET,
        allocations: builtins.list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET,
    ) -> VendorCredit: ...

    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | None = None,
        **fields: Any,
    ) -> VendorCredit:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorCreditRequest, body, fields),
        )
        result: VendorCredit = await self._call(_op, kwargs, operation="create_vendor_credit", returns="model")
        return result

    async def get(
        self,
        credit_id: UUID,
    ) -> VendorCredit:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._path("credit_id", credit_id),
        )
        result: VendorCredit = await self._call(_op, kwargs, operation="get_vendor_credit", returns="model")
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
    ) -> AsyncPaginator[VendorCredit]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                received_at_end=received_at_end,
                received_at_start=received_at_start,
                status=status,
                vendor=vendor,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_credits", page=page, page_size=page_size)


class VendorCreditsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorCreditRequest,
    ) -> RawResponse[VendorCredit]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        line_items: builtins.list[CreateVendorCreditRequestLineItemsItem] | Unset = UNSET,
        allocations: builtins.list[CreateVendorCreditRequestAllocationsItem] | Unset = UNSET,
    ) -> RawResponse[VendorCredit]: ...

    async def create(
        self,
        *,
        body: CreateVendorCreditRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorCredit]:
        """Create vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/create-vendor-credit
        """
        from ...models.create_vendor_credit_request import CreateVendorCreditRequest
        from . import create_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorCreditRequest, body, fields),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op, kwargs, operation="create_vendor_credit", returns="model"
        )
        return result

    async def get(
        self,
        credit_id: UUID,
    ) -> RawResponse[VendorCredit]:
        """Get vendor credit

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/get-vendor-credit
        """
        from . import get_vendor_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._path("credit_id", credit_id),
        )
        result: RawResponse[VendorCredit] = await self._call(
            _op, kwargs, operation="get_vendor_credit", returns="model"
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
    ) -> RawResponse[PaginatedVendorCreditList]:
        """List vendor credits

        Docs: https://docs.thredfi.com/api-reference/vendor-credits/list-vendor-credits
        """
        from . import list_vendor_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=page,
            page_size=page_size,
            received_at_end=received_at_end,
            received_at_start=received_at_start,
            status=status,
            vendor=vendor,
        )
        result: RawResponse[PaginatedVendorCreditList] = await self._call(
            _op, kwargs, operation="list_vendor_credits", returns="model"
        )
        return result
