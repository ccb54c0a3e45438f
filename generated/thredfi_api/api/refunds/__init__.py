"""The ``refunds`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_simple_refund_request import CreateSimpleRefundRequest
    from ...models.document_upload_request import DocumentUploadRequest
    from ...models.error_response import ErrorResponse
    from ...models.paginated_refund_list import PaginatedRefundList
    from ...models.refund import Refund
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerRefundsResource(APIResource):
    """``client.refunds``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest,
    ) -> Refund: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Refund: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | None = None,
        **fields: Any,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateSimpleRefundRequest, body, fields),
        )
        result: Refund = await self._call(_op, kwargs, operation="create_refund", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        refund_id: UUID,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._path("refund_id", refund_id),
        )
        result: Refund = await self._call(_op, kwargs, operation="get_refund", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_refunds", page=page, page_size=page_size)


class PartnerRefundsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest,
    ) -> RawResponse[Refund]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Refund]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateSimpleRefundRequest, body, fields),
        )
        result: RawResponse[Refund] = await self._call(_op, kwargs, operation="create_refund", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        refund_id: UUID,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._path("refund_id", refund_id),
        )
        result: RawResponse[Refund] = await self._call(_op, kwargs, operation="get_refund", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedRefundList] = await self._call(
            _op, kwargs, operation="list_refunds", returns="model"
        )
        return result


class RefundsResource(APIResource):
    """``client.for_business(id).refunds``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest,
    ) -> Refund: ...

    @overload
    async def create(
        self,
        *,
        invoice_id: UUID | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Refund: ...

    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | None = None,
        **fields: Any,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateSimpleRefundRequest, body, fields),
        )
        result: Refund = await self._call(_op, kwargs, operation="create_refund", returns="model")
        return result

    async def get(
        self,
        refund_id: UUID,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._path("refund_id", refund_id),
        )
        result: Refund = await self._call(_op, kwargs, operation="get_refund", returns="model")
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_refunds", page=page, page_size=page_size)


class RefundsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest,
    ) -> RawResponse[Refund]: ...

    @overload
    async def create(
        self,
        *,
        invoice_id: UUID | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Refund]: ...

    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateSimpleRefundRequest, body, fields),
        )
        result: RawResponse[Refund] = await self._call(_op, kwargs, operation="create_refund", returns="model")
        return result

    async def get(
        self,
        refund_id: UUID,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._path("refund_id", refund_id),
        )
        result: RawResponse[Refund] = await self._call(_op, kwargs, operation="get_refund", returns="model")
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedRefundList] = await self._call(
            _op, kwargs, operation="list_refunds", returns="model"
        )
        return result
