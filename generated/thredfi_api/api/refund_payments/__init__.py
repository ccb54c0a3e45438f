"""The ``refund_payments`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_refund_payment_request import CreateRefundPaymentRequest, CreateRefundPaymentRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.paginated_refund_payment_list import PaginatedRefundPaymentList
    from ...models.refund_payment import RefundPayment
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerRefundPaymentsResource(APIResource):
    """``client.refund_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        from ...models.create_refund_payment_request import CreateRefundPaymentRequest
        from . import create_refund_payment as _op

        body_value, upload = self._body(
            CreateRefundPaymentRequest,
            body,
            {
                "amount_cents": amount_cents,
                "method": method,
                "external_id": external_id,
                "completed_at": completed_at,
                "processor": processor,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "refund_processing_fee_cents": refund_processing_fee_cents,
            },
            defaults={
                "amount_cents": UNSET,
                "method": UNSET,
                "external_id": UNSET,
                "completed_at": UNSET,
                "processor": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "refund_processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RefundPayment = await self._call(
            _op,
            kwargs,
            operation="create_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[RefundPayment]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        from . import list_refund_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                refund_id=self._uuid("refund_id", refund_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(
            _op, kwargs, operation="list_refund_payments", page=page, page_size=page_size, extras=extras
        )


class PartnerRefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    async def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        from ...models.create_refund_payment_request import CreateRefundPaymentRequest
        from . import create_refund_payment as _op

        body_value, upload = self._body(
            CreateRefundPaymentRequest,
            body,
            {
                "amount_cents": amount_cents,
                "method": method,
                "external_id": external_id,
                "completed_at": completed_at,
                "processor": processor,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "refund_processing_fee_cents": refund_processing_fee_cents,
            },
            defaults={
                "amount_cents": UNSET,
                "method": UNSET,
                "external_id": UNSET,
                "completed_at": UNSET,
                "processor": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "refund_processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RawResponse[RefundPayment] = await self._call(
            _op,
            kwargs,
            operation="create_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundPaymentList]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        from . import list_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedRefundPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_refund_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class RefundPaymentsResource(APIResource):
    """``client.for_business(id).refund_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    @overload
    async def create(
        self,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    async def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        from ...models.create_refund_payment_request import CreateRefundPaymentRequest
        from . import create_refund_payment as _op

        body_value, upload = self._body(
            CreateRefundPaymentRequest,
            body,
            {
                "amount_cents": amount_cents,
                "method": method,
                "external_id": external_id,
                "completed_at": completed_at,
                "processor": processor,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "refund_processing_fee_cents": refund_processing_fee_cents,
            },
            defaults={
                "amount_cents": UNSET,
                "method": UNSET,
                "external_id": UNSET,
                "completed_at": UNSET,
                "processor": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "refund_processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RefundPayment = await self._call(
            _op,
            kwargs,
            operation="create_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[RefundPayment]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        from . import list_refund_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                refund_id=self._uuid("refund_id", refund_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(
            _op, kwargs, operation="list_refund_payments", page=page, page_size=page_size, extras=extras
        )


class RefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    @overload
    async def create(
        self,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    async def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        from ...models.create_refund_payment_request import CreateRefundPaymentRequest
        from . import create_refund_payment as _op

        body_value, upload = self._body(
            CreateRefundPaymentRequest,
            body,
            {
                "amount_cents": amount_cents,
                "method": method,
                "external_id": external_id,
                "completed_at": completed_at,
                "processor": processor,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "refund_processing_fee_cents": refund_processing_fee_cents,
            },
            defaults={
                "amount_cents": UNSET,
                "method": UNSET,
                "external_id": UNSET,
                "completed_at": UNSET,
                "processor": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "refund_processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RawResponse[RefundPayment] = await self._call(
            _op,
            kwargs,
            operation="create_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundPaymentList]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        from . import list_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedRefundPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_refund_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerRefundPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.refund_payments`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerRefundPaymentsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        result: RefundPayment = self._run(
            self._inner.create,
            business_id,
            refund_id,
            body=body,
            amount_cents=amount_cents,
            method=method,
            external_id=external_id,
            completed_at=completed_at,
            processor=processor,
            memo=memo,
            transaction_tags=transaction_tags,
            refund_processing_fee_cents=refund_processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[RefundPayment]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        return self._paginator(
            self._inner.list(
                business_id,
                refund_id,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerRefundPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.refund_payments`` (blocking)."""

    _inner: PartnerRefundPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    def create(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        result: RawResponse[RefundPayment] = self._run(
            self._inner.create,
            business_id,
            refund_id,
            body=body,
            amount_cents=amount_cents,
            method=method,
            external_id=external_id,
            completed_at=completed_at,
            processor=processor,
            memo=memo,
            transaction_tags=transaction_tags,
            refund_processing_fee_cents=refund_processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundPaymentList]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        result: RawResponse[PaginatedRefundPaymentList] = self._run(
            self._inner.list,
            business_id,
            refund_id,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncRefundPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).refund_payments`` (blocking)."""

    _inner: RefundPaymentsResource

    @overload
    def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    @overload
    def create(
        self,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment: ...

    def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RefundPayment:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        result: RefundPayment = self._run(
            self._inner.create,
            refund_id,
            body=body,
            amount_cents=amount_cents,
            method=method,
            external_id=external_id,
            completed_at=completed_at,
            processor=processor,
            memo=memo,
            transaction_tags=transaction_tags,
            refund_processing_fee_cents=refund_processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[RefundPayment]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        return self._paginator(
            self._inner.list(
                refund_id,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncRefundPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.refund_payments`` (blocking)."""

    _inner: RefundPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    @overload
    def create(
        self,
        refund_id: str | UUID,
        *,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]: ...

    def create(
        self,
        refund_id: str | UUID,
        *,
        body: CreateRefundPaymentRequest | CreateRefundPaymentRequestDict | None = None,
        amount_cents: int | Unset = UNSET,
        method: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        refund_processing_fee_cents: int | Unset = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[RefundPayment]:
        """Create refund payment

        Docs: https://docs.thredfi.com/api-reference/refund-payments/create-refund-payment
        """
        result: RawResponse[RefundPayment] = self._run(
            self._inner.create,
            refund_id,
            body=body,
            amount_cents=amount_cents,
            method=method,
            external_id=external_id,
            completed_at=completed_at,
            processor=processor,
            memo=memo,
            transaction_tags=transaction_tags,
            refund_processing_fee_cents=refund_processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        refund_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedRefundPaymentList]:
        """List refund payments

        Docs: https://docs.thredfi.com/api-reference/refund-payments/list-refund-payments
        """
        result: RawResponse[PaginatedRefundPaymentList] = self._run(
            self._inner.list,
            refund_id,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
