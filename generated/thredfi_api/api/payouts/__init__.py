"""The ``payouts`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.error_response import ErrorResponse
    from ...models.paginated_payout_list import PaginatedPayoutList
    from ...models.payout import Payout
    from ...models.payout_create_request import PayoutCreateRequest, PayoutCreateRequestDict
    from ...models.payout_create_request_metadata_type_0 import (
        PayoutCreateRequestMetadataType0,
        PayoutCreateRequestMetadataType0Dict,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerPayoutsResource(APIResource):
    """``client.payouts``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        body_value, upload = self._body(
            PayoutCreateRequest,
            body,
            {
                "external_id": external_id,
                "processor": processor,
                "paid_out_amount_cents": paid_out_amount_cents,
                "fee_cents": fee_cents,
                "currency": currency,
                "status": status,
                "completed_at": completed_at,
                "processor_payout_id": processor_payout_id,
                "additional_refunds_amount_cents": additional_refunds_amount_cents,
                "payment_ids": payment_ids,
                "refund_payment_ids": refund_payment_ids,
                "reference_number": reference_number,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "external_id": UNSET,
                "processor": UNSET,
                "paid_out_amount_cents": UNSET,
                "fee_cents": UNSET,
                "currency": UNSET,
                "status": UNSET,
                "completed_at": UNSET,
                "processor_payout_id": UNSET,
                "additional_refunds_amount_cents": 0,
                "payment_ids": UNSET,
                "refund_payment_ids": UNSET,
                "reference_number": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Payout = await self._call(
            _op,
            kwargs,
            operation="create_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payout_id=self._uuid("payout_id", payout_id),
        )
        result: Payout = await self._call(
            _op,
            kwargs,
            operation="get_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        from . import list_payouts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                completed_at_end=self._arg("completed_at_end", completed_at_end, "datetime"),
                completed_at_start=self._arg("completed_at_start", completed_at_start, "datetime"),
                external_id=self._arg("external_id", external_id, "str"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=self._arg("processor", processor, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(_op, kwargs, operation="list_payouts", page=page, page_size=page_size, extras=extras)


class PartnerPayoutsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.payouts``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        body_value, upload = self._body(
            PayoutCreateRequest,
            body,
            {
                "external_id": external_id,
                "processor": processor,
                "paid_out_amount_cents": paid_out_amount_cents,
                "fee_cents": fee_cents,
                "currency": currency,
                "status": status,
                "completed_at": completed_at,
                "processor_payout_id": processor_payout_id,
                "additional_refunds_amount_cents": additional_refunds_amount_cents,
                "payment_ids": payment_ids,
                "refund_payment_ids": refund_payment_ids,
                "reference_number": reference_number,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "external_id": UNSET,
                "processor": UNSET,
                "paid_out_amount_cents": UNSET,
                "fee_cents": UNSET,
                "currency": UNSET,
                "status": UNSET,
                "completed_at": UNSET,
                "processor_payout_id": UNSET,
                "additional_refunds_amount_cents": 0,
                "payment_ids": UNSET,
                "refund_payment_ids": UNSET,
                "reference_number": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Payout] = await self._call(
            _op,
            kwargs,
            operation="create_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payout_id=self._uuid("payout_id", payout_id),
        )
        result: RawResponse[Payout] = await self._call(
            _op,
            kwargs,
            operation="get_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        from . import list_payouts as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            completed_at_end=self._arg("completed_at_end", completed_at_end, "datetime"),
            completed_at_start=self._arg("completed_at_start", completed_at_start, "datetime"),
            external_id=self._arg("external_id", external_id, "str"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            processor=self._arg("processor", processor, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedPayoutList] = await self._call(
            _op,
            kwargs,
            operation="list_payouts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class PayoutsResource(APIResource):
    """``client.for_business(id).payouts``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    async def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        body_value, upload = self._body(
            PayoutCreateRequest,
            body,
            {
                "external_id": external_id,
                "processor": processor,
                "paid_out_amount_cents": paid_out_amount_cents,
                "fee_cents": fee_cents,
                "currency": currency,
                "status": status,
                "completed_at": completed_at,
                "processor_payout_id": processor_payout_id,
                "additional_refunds_amount_cents": additional_refunds_amount_cents,
                "payment_ids": payment_ids,
                "refund_payment_ids": refund_payment_ids,
                "reference_number": reference_number,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "external_id": UNSET,
                "processor": UNSET,
                "paid_out_amount_cents": UNSET,
                "fee_cents": UNSET,
                "currency": UNSET,
                "status": UNSET,
                "completed_at": UNSET,
                "processor_payout_id": UNSET,
                "additional_refunds_amount_cents": 0,
                "payment_ids": UNSET,
                "refund_payment_ids": UNSET,
                "reference_number": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Payout = await self._call(
            _op,
            kwargs,
            operation="create_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payout_id=self._uuid("payout_id", payout_id),
        )
        result: Payout = await self._call(
            _op,
            kwargs,
            operation="get_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        from . import list_payouts as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                completed_at_end=self._arg("completed_at_end", completed_at_end, "datetime"),
                completed_at_start=self._arg("completed_at_start", completed_at_start, "datetime"),
                external_id=self._arg("external_id", external_id, "str"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=self._arg("processor", processor, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(_op, kwargs, operation="list_payouts", page=page, page_size=page_size, extras=extras)


class PayoutsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.payouts``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    async def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        body_value, upload = self._body(
            PayoutCreateRequest,
            body,
            {
                "external_id": external_id,
                "processor": processor,
                "paid_out_amount_cents": paid_out_amount_cents,
                "fee_cents": fee_cents,
                "currency": currency,
                "status": status,
                "completed_at": completed_at,
                "processor_payout_id": processor_payout_id,
                "additional_refunds_amount_cents": additional_refunds_amount_cents,
                "payment_ids": payment_ids,
                "refund_payment_ids": refund_payment_ids,
                "reference_number": reference_number,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "external_id": UNSET,
                "processor": UNSET,
                "paid_out_amount_cents": UNSET,
                "fee_cents": UNSET,
                "currency": UNSET,
                "status": UNSET,
                "completed_at": UNSET,
                "processor_payout_id": UNSET,
                "additional_refunds_amount_cents": 0,
                "payment_ids": UNSET,
                "refund_payment_ids": UNSET,
                "reference_number": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Payout] = await self._call(
            _op,
            kwargs,
            operation="create_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payout_id=self._uuid("payout_id", payout_id),
        )
        result: RawResponse[Payout] = await self._call(
            _op,
            kwargs,
            operation="get_payout",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        from . import list_payouts as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            completed_at_end=self._arg("completed_at_end", completed_at_end, "datetime"),
            completed_at_start=self._arg("completed_at_start", completed_at_start, "datetime"),
            external_id=self._arg("external_id", external_id, "str"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            processor=self._arg("processor", processor, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedPayoutList] = await self._call(
            _op,
            kwargs,
            operation="list_payouts",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerPayoutsResource(SyncResource):
    """``thredfi.Client``'s ``client.payouts`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerPayoutsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        result: Payout = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            processor=processor,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            processor_payout_id=processor_payout_id,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            payment_ids=payment_ids,
            refund_payment_ids=refund_payment_ids,
            reference_number=reference_number,
            memo=memo,
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
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        result: Payout = self._run(
            self._inner.get,
            business_id,
            payout_id,
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
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        return self._paginator(
            self._inner.list(
                business_id,
                completed_at_end=completed_at_end,
                completed_at_start=completed_at_start,
                external_id=external_id,
                max_amount=max_amount,
                page=page,
                page_size=page_size,
                processor=processor,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerPayoutsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.payouts`` (blocking)."""

    _inner: PartnerPayoutsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        result: RawResponse[Payout] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            processor=processor,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            processor_payout_id=processor_payout_id,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            payment_ids=payment_ids,
            refund_payment_ids=refund_payment_ids,
            reference_number=reference_number,
            memo=memo,
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
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        result: RawResponse[Payout] = self._run(
            self._inner.get,
            business_id,
            payout_id,
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
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        result: RawResponse[PaginatedPayoutList] = self._run(
            self._inner.list,
            business_id,
            completed_at_end=completed_at_end,
            completed_at_start=completed_at_start,
            external_id=external_id,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPayoutsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).payouts`` (blocking)."""

    _inner: PayoutsResource

    @overload
    def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout: ...

    def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        result: Payout = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            processor=processor,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            processor_payout_id=processor_payout_id,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            payment_ids=payment_ids,
            refund_payment_ids=refund_payment_ids,
            reference_number=reference_number,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        result: Payout = self._run(
            self._inner.get,
            payout_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        return self._paginator(
            self._inner.list(
                completed_at_end=completed_at_end,
                completed_at_start=completed_at_start,
                external_id=external_id,
                max_amount=max_amount,
                page=page,
                page_size=page_size,
                processor=processor,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPayoutsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.payouts`` (blocking)."""

    _inner: PayoutsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]: ...

    def create(
        self,
        *,
        body: PayoutCreateRequest | PayoutCreateRequestDict | None = None,
        external_id: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        paid_out_amount_cents: int | Unset = UNSET,
        fee_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        completed_at: datetime.datetime | str | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID | str] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PayoutCreateRequestMetadataType0 | PayoutCreateRequestMetadataType0Dict | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        result: RawResponse[Payout] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            processor=processor,
            paid_out_amount_cents=paid_out_amount_cents,
            fee_cents=fee_cents,
            currency=currency,
            status=status,
            completed_at=completed_at,
            processor_payout_id=processor_payout_id,
            additional_refunds_amount_cents=additional_refunds_amount_cents,
            payment_ids=payment_ids,
            refund_payment_ids=refund_payment_ids,
            reference_number=reference_number,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        payout_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        result: RawResponse[Payout] = self._run(
            self._inner.get,
            payout_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        completed_at_end: datetime.datetime | str | Unset = UNSET,
        completed_at_start: datetime.datetime | str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts

        Not confirmed by the API reference (no docs page shows these names): ``processor``, ``search``, ``status``.
        """
        result: RawResponse[PaginatedPayoutList] = self._run(
            self._inner.list,
            completed_at_end=completed_at_end,
            completed_at_start=completed_at_start,
            external_id=external_id,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
