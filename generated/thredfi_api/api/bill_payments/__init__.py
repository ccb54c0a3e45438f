"""The ``bill_payments`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.bill_payment import BillPayment
    from ...models.bill_payment_allocation_request import BillPaymentAllocationRequest, BillPaymentAllocationRequestDict
    from ...models.bill_payment_allocation_update_request import (
        BillPaymentAllocationUpdateRequest,
        BillPaymentAllocationUpdateRequestDict,
    )
    from ...models.bill_payment_cancel_response import BillPaymentCancelResponse
    from ...models.bill_payment_detail import BillPaymentDetail
    from ...models.create_bill_payment_request import CreateBillPaymentRequest, CreateBillPaymentRequestDict
    from ...models.create_bill_payment_request_metadata_type_0 import (
        CreateBillPaymentRequestMetadataType0,
        CreateBillPaymentRequestMetadataType0Dict,
    )
    from ...models.create_bill_payment_request_payment_method import (
        CreateBillPaymentRequestPaymentMethod,
        check_create_bill_payment_request_payment_method,
    )
    from ...models.error_response import ErrorResponse
    from ...models.paginated_bill_payment_list import PaginatedBillPaymentList
    from ...models.patched_bill_payment_update_request import (
        PatchedBillPaymentUpdateRequest,
        PatchedBillPaymentUpdateRequestDict,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerBillPaymentsResource(APIResource):
    """``client.bill_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        body_value, upload = self._body(
            CreateBillPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
                "currency": currency,
                "payment_method": payment_method,
                "payment_date": payment_date,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "external_id": external_id,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_date": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": 0,
                "external_id": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="create_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="get_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                bill_id=self._arg("bill_id", bill_id, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
                payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
                payment_method=self._arg("payment_method", payment_method, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
                vendor_id=self._arg("vendor_id", vendor_id, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bill_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        body_value, upload = self._body(
            PatchedBillPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
            body=body_value,
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="update_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerBillPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bill_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        body_value, upload = self._body(
            CreateBillPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
                "currency": currency,
                "payment_method": payment_method,
                "payment_date": payment_date,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "external_id": external_id,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_date": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": 0,
                "external_id": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="create_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="get_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._arg("bill_id", bill_id, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
            payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
            payment_method=self._arg("payment_method", payment_method, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
            vendor_id=self._arg("vendor_id", vendor_id, "str"),
        )
        result: RawResponse[PaginatedBillPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_bill_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        body_value, upload = self._body(
            PatchedBillPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
            body=body_value,
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="update_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class BillPaymentsResource(APIResource):
    """``client.for_business(id).bill_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        body_value, upload = self._body(
            CreateBillPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
                "currency": currency,
                "payment_method": payment_method,
                "payment_date": payment_date,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "external_id": external_id,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_date": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": 0,
                "external_id": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="create_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="get_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                bill_id=self._arg("bill_id", bill_id, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
                payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
                payment_method=self._arg("payment_method", payment_method, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
                vendor_id=self._arg("vendor_id", vendor_id, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_bill_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        body_value, upload = self._body(
            PatchedBillPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
            body=body_value,
        )
        result: BillPaymentDetail = await self._call(
            _op,
            kwargs,
            operation="update_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class BillPaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bill_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        from ...models.create_bill_payment_request import CreateBillPaymentRequest
        from . import create_bill_payment as _op

        body_value, upload = self._body(
            CreateBillPaymentRequest,
            body,
            {
                "vendor_id": vendor_id,
                "amount_cents": amount_cents,
                "currency": currency,
                "payment_method": payment_method,
                "payment_date": payment_date,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "external_id": external_id,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_date": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": 0,
                "external_id": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="create_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        from . import delete_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        from . import get_bill_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="get_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        from . import list_bill_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._arg("bill_id", bill_id, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            payment_date_end=self._arg("payment_date_end", payment_date_end, "str"),
            payment_date_start=self._arg("payment_date_start", payment_date_start, "str"),
            payment_method=self._arg("payment_method", payment_method, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
            vendor_id=self._arg("vendor_id", vendor_id, "str"),
        )
        result: RawResponse[PaginatedBillPaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_bill_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    async def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        from ...models.patched_bill_payment_update_request import PatchedBillPaymentUpdateRequest
        from . import update_bill_payment as _op

        body_value, upload = self._body(
            PatchedBillPaymentUpdateRequest,
            body,
            {
                "status": status,
                "failure_reason": failure_reason,
                "payment_reference": payment_reference,
                "check_number": check_number,
                "description": description,
                "memo": memo,
                "processing_fee_cents": processing_fee_cents,
                "metadata": metadata,
                "allocations": allocations,
            },
            defaults={
                "status": UNSET,
                "failure_reason": UNSET,
                "payment_reference": UNSET,
                "check_number": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "processing_fee_cents": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_payment_id=self._uuid("bill_payment_id", bill_payment_id),
            body=body_value,
        )
        result: RawResponse[BillPaymentDetail] = await self._call(
            _op,
            kwargs,
            operation="update_bill_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerBillPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.bill_payments`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerBillPaymentsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
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
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        result: BillPaymentCancelResponse = self._run(
            self._inner.delete,
            business_id,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.get,
            business_id,
            bill_payment_id,
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
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        return self._paginator(
            self._inner.list(
                business_id,
                bill_id=bill_id,
                page=page,
                page_size=page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                search=search,
                status=status,
                vendor_id=vendor_id,
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
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.update,
            business_id,
            bill_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerBillPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.bill_payments`` (blocking)."""

    _inner: PartnerBillPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
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
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        result: RawResponse[BillPaymentCancelResponse] = self._run(
            self._inner.delete,
            business_id,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.get,
            business_id,
            bill_payment_id,
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
        bill_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        payment_date_end: str | Unset = UNSET,
        payment_date_start: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        result: RawResponse[PaginatedBillPaymentList] = self._run(
            self._inner.list,
            business_id,
            bill_id=bill_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            search=search,
            status=status,
            vendor_id=vendor_id,
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
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    def update(
        self,
        business_id: str | UUID,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.update,
            business_id,
            bill_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBillPaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).bill_payments`` (blocking)."""

    _inner: BillPaymentsResource

    @overload
    def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentCancelResponse:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        result: BillPaymentCancelResponse = self._run(
            self._inner.delete,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.get,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[BillPayment]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        return self._paginator(
            self._inner.list(
                bill_id=bill_id,
                page=page,
                page_size=page_size,
                payment_date_end=payment_date_end,
                payment_date_start=payment_date_start,
                payment_method=payment_method,
                search=search,
                status=status,
                vendor_id=vendor_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    @overload
    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail: ...

    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> BillPaymentDetail:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        result: BillPaymentDetail = self._run(
            self._inner.update,
            bill_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBillPaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.bill_payments`` (blocking)."""

    _inner: BillPaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str,
        amount_cents: int,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    def create(
        self,
        *,
        body: CreateBillPaymentRequest | CreateBillPaymentRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        amount_cents: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: CreateBillPaymentRequestPaymentMethod | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = 0,
        external_id: str | Unset = UNSET,
        metadata: CreateBillPaymentRequestMetadataType0
        | CreateBillPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationRequest | BillPaymentAllocationRequestDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Create bill payment with allocations

        Docs: https://docs.thredfi.com/api-reference/bill-payments/create-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            amount_cents=amount_cents,
            currency=currency,
            payment_method=payment_method,
            payment_date=payment_date,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            external_id=external_id,
            metadata=metadata,
            allocations=allocations,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentCancelResponse]:
        """Delete (cancel) bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/delete-bill-payment
        """
        result: RawResponse[BillPaymentCancelResponse] = self._run(
            self._inner.delete,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        bill_payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Get bill payment details

        Docs: https://docs.thredfi.com/api-reference/bill-payments/get-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.get,
            bill_payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillPaymentList]:
        """List bill payments

        Docs: https://docs.thredfi.com/api-reference/bill-payments/list-bill-payments
        """
        result: RawResponse[PaginatedBillPaymentList] = self._run(
            self._inner.list,
            bill_id=bill_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            search=search,
            status=status,
            vendor_id=vendor_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    @overload
    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]: ...

    def update(
        self,
        bill_payment_id: str | UUID,
        *,
        body: PatchedBillPaymentUpdateRequest | PatchedBillPaymentUpdateRequestDict | None = None,
        status: str | Unset = UNSET,
        failure_reason: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        check_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        allocations: builtins.list[BillPaymentAllocationUpdateRequest | BillPaymentAllocationUpdateRequestDict]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[BillPaymentDetail]:
        """Update bill payment

        Docs: https://docs.thredfi.com/api-reference/bill-payments/update-bill-payment
        """
        result: RawResponse[BillPaymentDetail] = self._run(
            self._inner.update,
            bill_payment_id,
            body=body,
            status=status,
            failure_reason=failure_reason,
            payment_reference=payment_reference,
            check_number=check_number,
            description=description,
            memo=memo,
            processing_fee_cents=processing_fee_cents,
            metadata=metadata,
            allocations=allocations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
