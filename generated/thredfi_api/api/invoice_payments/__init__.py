"""The ``invoice_payments`` resource, and the endpoint functions of its operations (one module each).

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
    from ...models.invoice_payment import InvoicePayment
    from ...models.invoice_payment_allocation_request import InvoicePaymentAllocationRequest
    from ...models.invoice_payment_cancel_response import InvoicePaymentCancelResponse
    from ...models.invoice_payment_create_response import InvoicePaymentCreateResponse
    from ...models.invoice_payment_references import InvoicePaymentReferences
    from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
    from ...models.invoice_record_payment_request_metadata_type_0 import InvoiceRecordPaymentRequestMetadataType0
    from ...models.invoice_record_payment_request_payment_method import (
        InvoiceRecordPaymentRequestPaymentMethod,
        check_invoice_record_payment_request_payment_method,
    )
    from ...models.paginated_invoice_payment_list import PaginatedInvoicePaymentList
    from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
    from ...models.patched_invoice_payment_update_request_metadata import PatchedInvoicePaymentUpdateRequestMetadata
    from ...models.patched_invoice_payment_update_request_references import PatchedInvoicePaymentUpdateRequestReferences
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerInvoicePaymentsResource(APIResource):
    """``client.invoice_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0 | None | Unset = UNSET,
        references: InvoicePaymentReferences | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(InvoiceRecordPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op, kwargs, operation="create_invoice_payment", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        payment_id: UUID,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
        )
        result: InvoicePaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_payment", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payment_id: UUID,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
        )
        result: InvoicePayment = await self._call(_op, kwargs, operation="get_payment", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        customer_id: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        fully_allocated: bool | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        method: str | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments
        """
        from . import list_invoice_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_id=customer_id,
                date_from=date_from,
                date_to=date_to,
                fully_allocated=fully_allocated,
                invoice_id=invoice_id,
                max_amount=max_amount,
                method=method,
                min_amount=min_amount,
                order=order,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=processor,
                search=search,
                sort_by=sort_by,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_invoice_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        customer_id: UUID | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
            body=self._body(PatchedInvoicePaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op, kwargs, operation="update_invoice_payment", returns="model"
        )
        return result


class PartnerInvoicePaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.invoice_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0 | None | Unset = UNSET,
        references: InvoicePaymentReferences | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(InvoiceRecordPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op, kwargs, operation="create_invoice_payment", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        payment_id: UUID,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
        )
        result: RawResponse[InvoicePaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_payment", returns="model"
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payment_id: UUID,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
        )
        result: RawResponse[InvoicePayment] = await self._call(_op, kwargs, operation="get_payment", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        customer_id: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        fully_allocated: bool | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        method: str | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments
        """
        from . import list_invoice_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=customer_id,
            date_from=date_from,
            date_to=date_to,
            fully_allocated=fully_allocated,
            invoice_id=invoice_id,
            max_amount=max_amount,
            method=method,
            min_amount=min_amount,
            order=order,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            sort_by=sort_by,
            status=status,
        )
        result: RawResponse[PaginatedInvoicePaymentList] = await self._call(
            _op, kwargs, operation="list_invoice_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        customer_id: UUID | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def update(
        self,
        business_id: str | UUID,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._path("payment_id", payment_id),
            body=self._body(PatchedInvoicePaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op, kwargs, operation="update_invoice_payment", returns="model"
        )
        return result


class InvoicePaymentsResource(APIResource):
    """``client.for_business(id).invoice_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        customer_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0 | None | Unset = UNSET,
        references: InvoicePaymentReferences | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(InvoiceRecordPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op, kwargs, operation="create_invoice_payment", returns="model"
        )
        return result

    async def delete(
        self,
        payment_id: UUID,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
        )
        result: InvoicePaymentCancelResponse = await self._call(
            _op, kwargs, operation="delete_payment", returns="model"
        )
        return result

    async def get(
        self,
        payment_id: UUID,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
        )
        result: InvoicePayment = await self._call(_op, kwargs, operation="get_payment", returns="model")
        return result

    def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        fully_allocated: bool | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        method: str | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> AsyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments
        """
        from . import list_invoice_payments as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_id=customer_id,
                date_from=date_from,
                date_to=date_to,
                fully_allocated=fully_allocated,
                invoice_id=invoice_id,
                max_amount=max_amount,
                method=method,
                min_amount=min_amount,
                order=order,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=processor,
                search=search,
                sort_by=sort_by,
                status=status,
            )

        return self._paginate(_op, kwargs, operation="list_invoice_payments", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def update(
        self,
        payment_id: UUID,
        *,
        customer_id: UUID | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
    ) -> InvoicePaymentCreateResponse: ...

    async def update(
        self,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
            body=self._body(PatchedInvoicePaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op, kwargs, operation="update_invoice_payment", returns="model"
        )
        return result


class InvoicePaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.invoice_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def create(
        self,
        *,
        customer_id: UUID,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0 | None | Unset = UNSET,
        references: InvoicePaymentReferences | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        **fields: Any,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(InvoiceRecordPaymentRequest, body, fields),
            idempotency_key=idempotency_key,
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op, kwargs, operation="create_invoice_payment", returns="model"
        )
        return result

    async def delete(
        self,
        payment_id: UUID,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
        )
        result: RawResponse[InvoicePaymentCancelResponse] = await self._call(
            _op, kwargs, operation="delete_payment", returns="model"
        )
        return result

    async def get(
        self,
        payment_id: UUID,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
        )
        result: RawResponse[InvoicePayment] = await self._call(_op, kwargs, operation="get_payment", returns="model")
        return result

    async def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        fully_allocated: bool | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        method: str | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        processor: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments
        """
        from . import list_invoice_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=customer_id,
            date_from=date_from,
            date_to=date_to,
            fully_allocated=fully_allocated,
            invoice_id=invoice_id,
            max_amount=max_amount,
            method=method,
            min_amount=min_amount,
            order=order,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            sort_by=sort_by,
            status=status,
        )
        result: RawResponse[PaginatedInvoicePaymentList] = await self._call(
            _op, kwargs, operation="list_invoice_payments", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def update(
        self,
        payment_id: UUID,
        *,
        customer_id: UUID | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest] | Unset = UNSET,
        payment_date: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def update(
        self,
        payment_id: UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._path("payment_id", payment_id),
            body=self._body(PatchedInvoicePaymentUpdateRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op, kwargs, operation="update_invoice_payment", returns="model"
        )
        return result
