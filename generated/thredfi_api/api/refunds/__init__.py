"""The ``refunds`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_simple_refund_request import CreateSimpleRefundRequest, CreateSimpleRefundRequestDict
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
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
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        body_value, upload = self._body(
            CreateSimpleRefundRequest,
            body,
            {
                "invoice_id": invoice_id,
                "method": method,
                "completed_at": completed_at,
                "external_id": external_id,
                "amount_cents": amount_cents,
                "memo": memo,
                "reference_number": reference_number,
                "processor": processor,
                "refund_processing_fee_cents": refund_processing_fee_cents,
                "document": document,
            },
            defaults={
                "invoice_id": UNSET,
                "method": UNSET,
                "completed_at": UNSET,
                "external_id": UNSET,
                "amount_cents": UNSET,
                "memo": UNSET,
                "reference_number": UNSET,
                "processor": UNSET,
                "refund_processing_fee_cents": 0,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Refund = await self._call(
            _op,
            kwargs,
            operation="create_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
        )
        result: Refund = await self._call(
            _op,
            kwargs,
            operation="get_refund",
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_refunds", page=page, page_size=page_size, extras=extras)


class PartnerRefundsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        body_value, upload = self._body(
            CreateSimpleRefundRequest,
            body,
            {
                "invoice_id": invoice_id,
                "method": method,
                "completed_at": completed_at,
                "external_id": external_id,
                "amount_cents": amount_cents,
                "memo": memo,
                "reference_number": reference_number,
                "processor": processor,
                "refund_processing_fee_cents": refund_processing_fee_cents,
                "document": document,
            },
            defaults={
                "invoice_id": UNSET,
                "method": UNSET,
                "completed_at": UNSET,
                "external_id": UNSET,
                "amount_cents": UNSET,
                "memo": UNSET,
                "reference_number": UNSET,
                "processor": UNSET,
                "refund_processing_fee_cents": 0,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Refund] = await self._call(
            _op,
            kwargs,
            operation="create_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
        )
        result: RawResponse[Refund] = await self._call(
            _op,
            kwargs,
            operation="get_refund",
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedRefundList] = await self._call(
            _op,
            kwargs,
            operation="list_refunds",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class RefundsResource(APIResource):
    """``client.for_business(id).refunds``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    @overload
    async def create(
        self,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        body_value, upload = self._body(
            CreateSimpleRefundRequest,
            body,
            {
                "invoice_id": invoice_id,
                "method": method,
                "completed_at": completed_at,
                "external_id": external_id,
                "amount_cents": amount_cents,
                "memo": memo,
                "reference_number": reference_number,
                "processor": processor,
                "refund_processing_fee_cents": refund_processing_fee_cents,
                "document": document,
            },
            defaults={
                "invoice_id": UNSET,
                "method": UNSET,
                "completed_at": UNSET,
                "external_id": UNSET,
                "amount_cents": UNSET,
                "memo": UNSET,
                "reference_number": UNSET,
                "processor": UNSET,
                "refund_processing_fee_cents": 0,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Refund = await self._call(
            _op,
            kwargs,
            operation="create_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
        )
        result: Refund = await self._call(
            _op,
            kwargs,
            operation="get_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_refunds", page=page, page_size=page_size, extras=extras)


class RefundsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    @overload
    async def create(
        self,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    async def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        from ...models.create_simple_refund_request import CreateSimpleRefundRequest
        from . import create_refund as _op

        body_value, upload = self._body(
            CreateSimpleRefundRequest,
            body,
            {
                "invoice_id": invoice_id,
                "method": method,
                "completed_at": completed_at,
                "external_id": external_id,
                "amount_cents": amount_cents,
                "memo": memo,
                "reference_number": reference_number,
                "processor": processor,
                "refund_processing_fee_cents": refund_processing_fee_cents,
                "document": document,
            },
            defaults={
                "invoice_id": UNSET,
                "method": UNSET,
                "completed_at": UNSET,
                "external_id": UNSET,
                "amount_cents": UNSET,
                "memo": UNSET,
                "reference_number": UNSET,
                "processor": UNSET,
                "refund_processing_fee_cents": 0,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Refund] = await self._call(
            _op,
            kwargs,
            operation="create_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        from . import get_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
        )
        result: RawResponse[Refund] = await self._call(
            _op,
            kwargs,
            operation="get_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        from . import list_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedRefundList] = await self._call(
            _op,
            kwargs,
            operation="list_refunds",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerRefundsResource(SyncResource):
    """``thredfi.Client``'s ``client.refunds`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerRefundsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        result: Refund = self._run(
            self._inner.create,
            business_id,
            body=body,
            invoice_id=invoice_id,
            method=method,
            completed_at=completed_at,
            external_id=external_id,
            amount_cents=amount_cents,
            memo=memo,
            reference_number=reference_number,
            processor=processor,
            refund_processing_fee_cents=refund_processing_fee_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        result: Refund = self._run(
            self._inner.get,
            business_id,
            refund_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        return self._paginator(
            self._inner.list(
                business_id,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerRefundsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.refunds`` (blocking)."""

    _inner: PartnerRefundsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        result: RawResponse[Refund] = self._run(
            self._inner.create,
            business_id,
            body=body,
            invoice_id=invoice_id,
            method=method,
            completed_at=completed_at,
            external_id=external_id,
            amount_cents=amount_cents,
            memo=memo,
            reference_number=reference_number,
            processor=processor,
            refund_processing_fee_cents=refund_processing_fee_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        result: RawResponse[Refund] = self._run(
            self._inner.get,
            business_id,
            refund_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        result: RawResponse[PaginatedRefundList] = self._run(
            self._inner.list,
            business_id,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncRefundsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).refunds`` (blocking)."""

    _inner: RefundsResource

    @overload
    def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    @overload
    def create(
        self,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund: ...

    def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        result: Refund = self._run(
            self._inner.create,
            body=body,
            invoice_id=invoice_id,
            method=method,
            completed_at=completed_at,
            external_id=external_id,
            amount_cents=amount_cents,
            memo=memo,
            reference_number=reference_number,
            processor=processor,
            refund_processing_fee_cents=refund_processing_fee_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Refund:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        result: Refund = self._run(
            self._inner.get,
            refund_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Refund]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        return self._paginator(
            self._inner.list(
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncRefundsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.refunds`` (blocking)."""

    _inner: RefundsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    @overload
    def create(
        self,
        *,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]: ...

    def create(
        self,
        *,
        body: CreateSimpleRefundRequest | CreateSimpleRefundRequestDict | None = None,
        invoice_id: UUID | str | Unset = UNSET,
        method: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Create refund (full or partial)

        Docs: https://docs.thredfi.com/api-reference/refunds/create-refund
        """
        result: RawResponse[Refund] = self._run(
            self._inner.create,
            body=body,
            invoice_id=invoice_id,
            method=method,
            completed_at=completed_at,
            external_id=external_id,
            amount_cents=amount_cents,
            memo=memo,
            reference_number=reference_number,
            processor=processor,
            refund_processing_fee_cents=refund_processing_fee_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        refund_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Refund]:
        """Get refund

        Docs: https://docs.thredfi.com/api-reference/refunds/get-refund
        """
        result: RawResponse[Refund] = self._run(
            self._inner.get,
            refund_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundList]:
        """List refunds

        Docs: https://docs.thredfi.com/api-reference/refunds/list-refunds
        """
        result: RawResponse[PaginatedRefundList] = self._run(
            self._inner.list,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
