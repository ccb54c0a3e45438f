"""The ``vendor_refund_payments`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_refund_payment_request import (
        CreateVendorRefundPaymentRequest,
        CreateVendorRefundPaymentRequestDict,
    )
    from ...models.create_vendor_refund_payment_request_metadata_type_0 import (
        CreateVendorRefundPaymentRequestMetadataType0,
        CreateVendorRefundPaymentRequestMetadataType0Dict,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_refund_payment_list import PaginatedVendorRefundPaymentList
    from ...models.patched_vendor_refund_payment_update_request import (
        PatchedVendorRefundPaymentUpdateRequest,
        PatchedVendorRefundPaymentUpdateRequestDict,
    )
    from ...models.patched_vendor_refund_payment_update_request_metadata_type_0 import (
        PatchedVendorRefundPaymentUpdateRequestMetadataType0,
        PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict,
    )
    from ...models.patched_vendor_refund_payment_update_request_status import (
        PatchedVendorRefundPaymentUpdateRequestStatus,
        check_patched_vendor_refund_payment_update_request_status,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor_refund_allocation_request import (
        VendorRefundAllocationRequest,
        VendorRefundAllocationRequestDict,
    )
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
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        body_value, upload = self._body(
            CreateVendorRefundPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "external_id": external_id,
                "refund_type": refund_type,
                "refund_date": refund_date,
                "currency": currency,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "payment_method": payment_method,
                "processor": processor,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "allocations": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "refund_date": UNSET,
                "currency": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "payment_method": UNSET,
                "processor": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: VendorRefundPaymentResult = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: VendorRefundPaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_vendor_refund_payment",
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        from . import list_vendor_refund_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
                payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
                payment_method=self._arg("payment_method", payment_method, "str"),
                refund_id=self._arg("refund_id", refund_id, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_refund_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        body_value, upload = self._body(
            PatchedVendorRefundPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
            body=body_value,
        )
        result: VendorRefundPaymentResult = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerVendorRefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        body_value, upload = self._body(
            CreateVendorRefundPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "external_id": external_id,
                "refund_type": refund_type,
                "refund_date": refund_date,
                "currency": currency,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "payment_method": payment_method,
                "processor": processor,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "allocations": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "refund_date": UNSET,
                "currency": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "payment_method": UNSET,
                "processor": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: RawResponse[VendorRefundPaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_vendor_refund_payment",
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        from . import list_vendor_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
            payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
            payment_method=self._arg("payment_method", payment_method, "str"),
            refund_id=self._arg("refund_id", refund_id, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedVendorRefundPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_refund_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        body_value, upload = self._body(
            PatchedVendorRefundPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
            body=body_value,
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorRefundPaymentsResource(APIResource):
    """``client.for_business(id).vendor_refund_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        body_value, upload = self._body(
            CreateVendorRefundPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "external_id": external_id,
                "refund_type": refund_type,
                "refund_date": refund_date,
                "currency": currency,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "payment_method": payment_method,
                "processor": processor,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "allocations": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "refund_date": UNSET,
                "currency": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "payment_method": UNSET,
                "processor": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: VendorRefundPaymentResult = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: VendorRefundPaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        from . import list_vendor_refund_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
                payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
                payment_method=self._arg("payment_method", payment_method, "str"),
                refund_id=self._arg("refund_id", refund_id, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_refund_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        body_value, upload = self._body(
            PatchedVendorRefundPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
            body=body_value,
        )
        result: VendorRefundPaymentResult = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorRefundPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_refund_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        from ...models.create_vendor_refund_payment_request import CreateVendorRefundPaymentRequest
        from . import create_vendor_refund_payment as _op

        body_value, upload = self._body(
            CreateVendorRefundPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "external_id": external_id,
                "refund_type": refund_type,
                "refund_date": refund_date,
                "currency": currency,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "payment_method": payment_method,
                "processor": processor,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "allocations": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "refund_date": UNSET,
                "currency": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "payment_method": UNSET,
                "processor": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": 0,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        from . import delete_vendor_refund_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
        )
        result: RawResponse[VendorRefundPaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        from . import list_vendor_refund_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
            payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
            payment_method=self._arg("payment_method", payment_method, "str"),
            refund_id=self._arg("refund_id", refund_id, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedVendorRefundPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_refund_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    async def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        from ...models.patched_vendor_refund_payment_update_request import PatchedVendorRefundPaymentUpdateRequest
        from . import update_vendor_refund_payment as _op

        body_value, upload = self._body(
            PatchedVendorRefundPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "processing_fee_cents": processing_fee_cents,
                "memo": memo,
                "metadata": metadata,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "processing_fee_cents": UNSET,
                "memo": UNSET,
                "metadata": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_refund_payment_id=self._uuid("vendor_refund_payment_id", vendor_refund_payment_id),
            body=body_value,
        )
        result: RawResponse[VendorRefundPaymentResult] = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerVendorRefundPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.vendor_refund_payments`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerVendorRefundPaymentsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        result: VendorRefundPaymentResult = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        result: VendorRefundPaymentCancelResponse = self._run(
            self._inner.delete,
            business_id,
            vendor_refund_payment_id,
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        return self._paginator(
            self._inner.list(
                business_id,
                page=page,
                page_size=page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                refund_id=refund_id,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        result: VendorRefundPaymentResult = self._run(
            self._inner.update,
            business_id,
            vendor_refund_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerVendorRefundPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.vendor_refund_payments`` (blocking)."""

    _inner: PartnerVendorRefundPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentResult] = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentCancelResponse] = self._run(
            self._inner.delete,
            business_id,
            vendor_refund_payment_id,
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        result: RawResponse[PaginatedVendorRefundPaymentList] = self._run(
            self._inner.list,
            business_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            refund_id=refund_id,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    def update(
        self,
        business_id: str | UUID,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentResult] = self._run(
            self._inner.update,
            business_id,
            vendor_refund_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorRefundPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).vendor_refund_payments`` (blocking)."""

    _inner: VendorRefundPaymentsResource

    @overload
    def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        result: VendorRefundPaymentResult = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentCancelResponse:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        result: VendorRefundPaymentCancelResponse = self._run(
            self._inner.delete,
            vendor_refund_payment_id,
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorRefundPayment]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        return self._paginator(
            self._inner.list(
                page=page,
                page_size=page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                refund_id=refund_id,
                search=search,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    @overload
    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult: ...

    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefundPaymentResult:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        result: VendorRefundPaymentResult = self._run(
            self._inner.update,
            vendor_refund_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorRefundPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.vendor_refund_payments`` (blocking)."""

    _inner: VendorRefundPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    def create(
        self,
        *,
        body: CreateVendorRefundPaymentRequest | CreateVendorRefundPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundPaymentRequestMetadataType0
        | CreateVendorRefundPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        processor: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Create vendor refund payment with allocations

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/create-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentResult] = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            external_id=external_id,
            refund_type=refund_type,
            refund_date=refund_date,
            currency=currency,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            payment_method=payment_method,
            processor=processor,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentCancelResponse]:
        """Delete (cancel) vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/delete-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentCancelResponse] = self._run(
            self._inner.delete,
            vendor_refund_payment_id,
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
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        refund_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundPaymentList]:
        """List vendor refund payments

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/list-vendor-refund-payments

        Not confirmed by the API reference (no docs page shows these names): ``payment_date_end``, ``payment_date_start``, ``payment_method``, ``refund_id``, ``search``, ``status``.
        """
        result: RawResponse[PaginatedVendorRefundPaymentList] = self._run(
            self._inner.list,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            refund_id=refund_id,
            search=search,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    @overload
    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]: ...

    def update(
        self,
        vendor_refund_payment_id: str | UUID,
        *,
        body: PatchedVendorRefundPaymentUpdateRequest | PatchedVendorRefundPaymentUpdateRequestDict | None = None,
        status: PatchedVendorRefundPaymentUpdateRequestStatus | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        memo: str | Unset = UNSET,
        metadata: PatchedVendorRefundPaymentUpdateRequestMetadataType0
        | PatchedVendorRefundPaymentUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefundPaymentResult]:
        """Update vendor refund payment

        Docs: https://docs.thredfi.com/api-reference/vendor-refund-payments/update-vendor-refund-payment
        """
        result: RawResponse[VendorRefundPaymentResult] = self._run(
            self._inner.update,
            vendor_refund_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            processing_fee_cents=processing_fee_cents,
            memo=memo,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
