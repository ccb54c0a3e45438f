"""The ``bill_payments`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.bill_payment import BillPayment
    from ...models.bill_payment_allocation_request import BillPaymentAllocationRequest
    from ...models.bill_payment_allocation_update_request import BillPaymentAllocationUpdateRequest
    from ...models.bill_payment_cancel_response import BillPaymentCancelResponse
    from ...models.bill_payment_detail import BillPaymentDetail
    from ...models.create_bill_payment_request import CreateBillPaymentRequest
    from ...models.create_bill_payment_request_metadata_type_0 import CreateBillPaymentRequestMetadataType0
    from ...models.create_bill_payment_request_payment_method import (
        CreateBillPaymentRequestPaymentMethod,
        check_create_bill_payment_request_payment_method,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_bill_payment_list import PaginatedBillPaymentList
    from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerBillPaymentsResource(APIResource):
    """``client.bill_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateBillPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="create_bill_payment", returns="model")
        return result

    async def delete(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_bill_payment", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="get_bill_payment", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> AsyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                bill_id=bill_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                search=search,
                status=status,
                vendor_id=vendor_id,
            )

        return self._paginate(_op, kwargs, operation="list_bill_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest,
    ) -> BillPaymentDetail: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest] | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
            body=self._body(PatchedBillPaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="update_bill_payment", returns="model")
        return result


class PartnerBillPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bill_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateBillPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="create_bill_payment", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_bill_payment", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="get_bill_payment", returns="model"
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=bill_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            search=search,
            status=status,
            vendor_id=vendor_id,
        )
        result: RawResponse[PaginatedBillPaymentList] = await self._call(
            _op, kwargs, operation="list_bill_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest] | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
            body=self._body(PatchedBillPaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="update_bill_payment", returns="model"
        )
        return result


class BillPaymentsResource(APIResource):
    """``client.for_business(id).bill_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateBillPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="create_bill_payment", returns="model")
        return result

    async def delete(
        self,
        bill_payment_id: UUID,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_bill_payment", returns="model"
        )
        return result

    async def get(
        self,
        bill_payment_id: UUID,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="get_bill_payment", returns="model")
        return result

    def list(
        self,
        *,
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> AsyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                bill_id=bill_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                search=search,
                status=status,
                vendor_id=vendor_id,
            )

        return self._paginate(_op, kwargs, operation="list_bill_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest,
    ) -> BillPaymentDetail: ...

    @overload
    async def update(
        self,
        bill_payment_id: UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest] | Unset = UNSET,
    ) -> BillPaymentDetail: ...

    async def update(
        self,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
            body=self._body(PatchedBillPaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: BillPaymentDetail = await self._call(_op, kwargs, operation="update_bill_payment", returns="model")
        return result


class BillPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bill_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateBillPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="create_bill_payment", returns="model"
        )
        return result

    async def delete(
        self,
        bill_payment_id: UUID,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_bill_payment", returns="model"
        )
        return result

    async def get(
        self,
        bill_payment_id: UUID,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="get_bill_payment", returns="model"
        )
        return result

    async def list(
        self,
        *,
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=bill_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            search=search,
            status=status,
            vendor_id=vendor_id,
        )
        result: RawResponse[PaginatedBillPaymentList] = await self._call(
            _op, kwargs, operation="list_bill_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def update(
        self,
        bill_payment_id: UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest] | Unset = UNSET,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def update(
        self,
        bill_payment_id: UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._path("bill_payment_id", bill_payment_id),
            body=self._body(PatchedBillPaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op, kwargs, operation="update_bill_payment", returns="model"
        )
        return result
