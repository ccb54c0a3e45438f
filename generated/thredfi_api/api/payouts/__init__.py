"""The ``payouts`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.error_response import ErrorResponse
    from ...models.paginated_payout_list import PaginatedPayoutList
    from ...models.payout import Payout
    from ...models.payout_create_request import PayoutCreateRequest
    from ...models.payout_create_request_metadata_type_0 import PayoutCreateRequestMetadataType0
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerPayoutsResource(APIResource):
    """``client.payouts``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest,
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
        completed_at: datetime.datetime | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PayoutCreateRequestMetadataType0 | Unset = UNSET,
    ) -> Payout: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | None = None,
        **fields: Any,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(PayoutCreateRequest, body, fields),
        )
        result: Payout = await self._call(_op, kwargs, operation="create_payout", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        payout_id: UUID,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payout_id=self._path("payout_id", payout_id),
        )
        result: Payout = await self._call(_op, kwargs, operation="get_payout", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        completed_at_end: datetime.datetime | Unset = UNSET,
        completed_at_start: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts
        """
        from . import list_payouts as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                completed_at_end=completed_at_end,
                completed_at_start=completed_at_start,
                external_id=external_id,
                max_amount=max_amount,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=processor,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_payouts", page=page, page_size=page_size)


class PartnerPayoutsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.payouts``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest,
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
        completed_at: datetime.datetime | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PayoutCreateRequestMetadataType0 | Unset = UNSET,
    ) -> RawResponse[Payout]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: PayoutCreateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(PayoutCreateRequest, body, fields),
        )
        result: RawResponse[Payout] = await self._call(_op, kwargs, operation="create_payout", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        payout_id: UUID,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payout_id=self._path("payout_id", payout_id),
        )
        result: RawResponse[Payout] = await self._call(_op, kwargs, operation="get_payout", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        completed_at_end: datetime.datetime | Unset = UNSET,
        completed_at_start: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts
        """
        from . import list_payouts as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            completed_at_end=completed_at_end,
            completed_at_start=completed_at_start,
            external_id=external_id,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedPayoutList] = await self._call(
            _op, kwargs, operation="list_payouts", returns="model"
        )
        return result


class PayoutsResource(APIResource):
    """``client.for_business(id).payouts``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: PayoutCreateRequest,
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
        completed_at: datetime.datetime | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PayoutCreateRequestMetadataType0 | Unset = UNSET,
    ) -> Payout: ...

    async def create(
        self,
        *,
        body: PayoutCreateRequest | None = None,
        **fields: Any,
    ) -> Payout:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(PayoutCreateRequest, body, fields),
        )
        result: Payout = await self._call(_op, kwargs, operation="create_payout", returns="model")
        return result

    async def get(
        self,
        payout_id: UUID,
    ) -> Payout:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payout_id=self._path("payout_id", payout_id),
        )
        result: Payout = await self._call(_op, kwargs, operation="get_payout", returns="model")
        return result

    def list(
        self,
        *,
        completed_at_end: datetime.datetime | Unset = UNSET,
        completed_at_start: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[Payout]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts
        """
        from . import list_payouts as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                completed_at_end=completed_at_end,
                completed_at_start=completed_at_start,
                external_id=external_id,
                max_amount=max_amount,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=processor,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_payouts", page=page, page_size=page_size)


class PayoutsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.payouts``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: PayoutCreateRequest,
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
        completed_at: datetime.datetime | Unset = UNSET,
        processor_payout_id: str | Unset = UNSET,
        additional_refunds_amount_cents: int | Unset = 0,
        payment_ids: builtins.list[UUID] | Unset = UNSET,
        refund_payment_ids: builtins.list[UUID] | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PayoutCreateRequestMetadataType0 | Unset = UNSET,
    ) -> RawResponse[Payout]: ...

    async def create(
        self,
        *,
        body: PayoutCreateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Payout]:
        """Create or update a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/create-payout
        """
        from ...models.payout_create_request import PayoutCreateRequest
        from . import create_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(PayoutCreateRequest, body, fields),
        )
        result: RawResponse[Payout] = await self._call(_op, kwargs, operation="create_payout", returns="model")
        return result

    async def get(
        self,
        payout_id: UUID,
    ) -> RawResponse[Payout]:
        """Get a payout

        Docs: https://docs.thredfi.com/api-reference/payouts/get-payout
        """
        from . import get_payout as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payout_id=self._path("payout_id", payout_id),
        )
        result: RawResponse[Payout] = await self._call(_op, kwargs, operation="get_payout", returns="model")
        return result

    async def list(
        self,
        *,
        completed_at_end: datetime.datetime | Unset = UNSET,
        completed_at_start: datetime.datetime | Unset = UNSET,
        external_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedPayoutList]:
        """List payouts

        Docs: https://docs.thredfi.com/api-reference/payouts/list-payouts
        """
        from . import list_payouts as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            completed_at_end=completed_at_end,
            completed_at_start=completed_at_start,
            external_id=external_id,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedPayoutList] = await self._call(
            _op, kwargs, operation="list_payouts", returns="model"
        )
        return result
