"""The ``vendor_refund_payments`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
    from ...models.create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_refund_payment_list import PaginatedVendorRefundPaymentList
    from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
    from ...models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
    )
    from ...models.patched_vendor_refund_payment_update_request_status import (
        PatchedVendorRefundPaymentUpdateRequestStatus,
        check_patched_vendor_refund_payment_update_request_status,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor_refund_allocation_request import VendorRefundAllocationRequest
    from ...models.vendor_refund_payment import VendorRefundPayment
    from ...models.vendor_refund_payment_cancel_response import VendorRefundPaymentCancelResponse
    from ...models.vendor_refund_payment_result import VendorRefundPaymentResult
    from ...types import UNSET, Unset


class PartnerVendorRefundPaymentsResource(APIResource):
    """``client.vendor_refund_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRefundPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: VendorRefundPaymentResult = await self._call(
            _op, kwargs, operation="create_vendor_refund_payment", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: VendorRefundPaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_vendor_refund_payment", returns="model"
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments
        """
        from . import list_vendor_refund_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                refund_id=refund_id,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_refund_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
            body=self._body(PatchedVendorRefundPaymentUpdateRequest, body, fields),
        )
        result: VendorRefundPaymentResult = await self._call(
            _op, kwargs, operation="update_vendor_refund_payment", returns="model"
        )
        return result


class PartnerVendorRefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRefundPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op, kwargs, operation="create_vendor_refund_payment", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: RawResponse[VendorRefundPaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_vendor_refund_payment", returns="model"
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments
        """
        from . import list_vendor_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            refund_id=refund_id,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedVendorRefundPaymentList] = await self._call(
            _op, kwargs, operation="list_vendor_refund_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
            body=self._body(PatchedVendorRefundPaymentUpdateRequest, body, fields),
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op, kwargs, operation="update_vendor_refund_payment", returns="model"
        )
        return result


class VendorRefundPaymentsResource(APIResource):
    """``client.for_business(id).vendor_refund_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRefundPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: VendorRefundPaymentResult = await self._call(
            _op, kwargs, operation="create_vendor_refund_payment", returns="model"
        )
        return result

    async def delete(
        self,
        vendor_refund_payment_id: UUID,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: VendorRefundPaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_vendor_refund_payment", returns="model"
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments
        """
        from . import list_vendor_refund_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                refund_id=refund_id,
                search=search,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_refund_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET,
    ) -> VendorRefundPaymentResult: ...

    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
            body=self._body(PatchedVendorRefundPaymentUpdateRequest, body, fields),
        )
        result: VendorRefundPaymentResult = await self._call(
            _op, kwargs, operation="update_vendor_refund_payment", returns="model"
        )
        return result


class VendorRefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0 | None | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRefundPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op, kwargs, operation="create_vendor_refund_payment", returns="model"
        )
        return result

    async def delete(
        self,
        vendor_refund_payment_id: UUID,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: RawResponse[VendorRefundPaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_vendor_refund_payment", returns="model"
        )
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments
        """
        from . import list_vendor_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            refund_id=refund_id,
            search=search,
            status=status,
        )
        result: RawResponse[PaginatedVendorRefundPaymentList] = await self._call(
            _op, kwargs, operation="list_vendor_refund_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundPaymentUpdateRequestMetadataType0 | Unset = UNSET,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def update(
        self,
        vendor_refund_payment_id: UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._path("vendor_refund_payment_id", vendor_refund_payment_id),
            body=self._body(PatchedVendorRefundPaymentUpdateRequest, body, fields),
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op, kwargs, operation="update_vendor_refund_payment", returns="model"
        )
        return result
