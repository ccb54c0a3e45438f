"""The ``invoice_payments`` resource, and the endpoint functions of its operations (one module each).

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
    from ...models.invoice_payment import InvoicePayment
    from ...models.invoice_payment_allocation_request import (
        InvoicePaymentAllocationRequest,
        InvoicePaymentAllocationRequestDict,
    )
    from ...models.invoice_payment_cancel_response import InvoicePaymentCancelResponse
    from ...models.invoice_payment_create_response import InvoicePaymentCreateResponse
    from ...models.invoice_payment_references import InvoicePaymentReferences, InvoicePaymentReferencesDict
    from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest, InvoiceRecordPaymentRequestDict
    from ...models.invoice_record_payment_request_metadata_type_0 import (
        InvoiceRecordPaymentRequestMetadataType0,
        InvoiceRecordPaymentRequestMetadataType0Dict,
    )
    from ...models.invoice_record_payment_request_payment_method import (
        InvoiceRecordPaymentRequestPaymentMethod,
        check_invoice_record_payment_request_payment_method,
    )
    from ...models.paginated_invoice_payment_list import PaginatedInvoicePaymentList
    from ...models.patched_invoice_payment_update_request import (
        PatchedInvoicePaymentUpdateRequest,
        PatchedInvoicePaymentUpdateRequestDict,
    )
    from ...models.patched_invoice_payment_update_request_metadata import (
        PatchedInvoicePaymentUpdateRequestMetadata,
        PatchedInvoicePaymentUpdateRequestMetadataDict,
    )
    from ...models.patched_invoice_payment_update_request_references import (
        PatchedInvoicePaymentUpdateRequestReferences,
        PatchedInvoicePaymentUpdateRequestReferencesDict,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerInvoicePaymentsResource(APIResource):
    """``client.invoice_payments``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        body_value, upload = self._body(
            InvoiceRecordPaymentRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processing_fee_cents": processing_fee_cents,
                "payment_processor": payment_processor,
            },
            defaults={
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processing_fee_cents": UNSET,
                "payment_processor": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op,
            kwargs,
            operation="create_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: InvoicePaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: InvoicePayment = await self._call(
            _op,
            kwargs,
            operation="get_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        from . import list_invoice_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_id=self._arg("customer_id", customer_id, "str"),
                date_from=self._arg("date_from", date_from, "datetime"),
                date_to=self._arg("date_to", date_to, "datetime"),
                fully_allocated=self._arg("fully_allocated", fully_allocated, "bool"),
                invoice_id=self._arg("invoice_id", invoice_id, "str"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                method=self._arg("method", method, "str"),
                min_amount=self._arg("min_amount", min_amount, "int"),
                order=self._arg("order", order, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=self._arg("processor", processor, "str"),
                search=self._arg("search", search, "str"),
                sort_by=self._arg("sort_by", sort_by, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_invoice_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        body_value, upload = self._body(
            PatchedInvoicePaymentUpdateRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processor_reference": processor_reference,
                "bank_reference": bank_reference,
                "status": status,
                "transaction_tags": transaction_tags,
                "payment_processor": payment_processor,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "customer_id": UNSET,
                "total_amount_cents": UNSET,
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processor_reference": UNSET,
                "bank_reference": UNSET,
                "status": UNSET,
                "transaction_tags": UNSET,
                "payment_processor": UNSET,
                "processing_fee_cents": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
            body=body_value,
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op,
            kwargs,
            operation="update_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerInvoicePaymentsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.invoice_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        body_value, upload = self._body(
            InvoiceRecordPaymentRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processing_fee_cents": processing_fee_cents,
                "payment_processor": payment_processor,
            },
            defaults={
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processing_fee_cents": UNSET,
                "payment_processor": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op,
            kwargs,
            operation="create_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: RawResponse[InvoicePaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: RawResponse[InvoicePayment] = await self._call(
            _op,
            kwargs,
            operation="get_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        from . import list_invoice_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._arg("customer_id", customer_id, "str"),
            date_from=self._arg("date_from", date_from, "datetime"),
            date_to=self._arg("date_to", date_to, "datetime"),
            fully_allocated=self._arg("fully_allocated", fully_allocated, "bool"),
            invoice_id=self._arg("invoice_id", invoice_id, "str"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            method=self._arg("method", method, "str"),
            min_amount=self._arg("min_amount", min_amount, "int"),
            order=self._arg("order", order, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            processor=self._arg("processor", processor, "str"),
            search=self._arg("search", search, "str"),
            sort_by=self._arg("sort_by", sort_by, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedInvoicePaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_invoice_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        body_value, upload = self._body(
            PatchedInvoicePaymentUpdateRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processor_reference": processor_reference,
                "bank_reference": bank_reference,
                "status": status,
                "transaction_tags": transaction_tags,
                "payment_processor": payment_processor,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "customer_id": UNSET,
                "total_amount_cents": UNSET,
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processor_reference": UNSET,
                "bank_reference": UNSET,
                "status": UNSET,
                "transaction_tags": UNSET,
                "payment_processor": UNSET,
                "processing_fee_cents": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            payment_id=self._uuid("payment_id", payment_id),
            body=body_value,
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op,
            kwargs,
            operation="update_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class InvoicePaymentsResource(APIResource):
    """``client.for_business(id).invoice_payments``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        body_value, upload = self._body(
            InvoiceRecordPaymentRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processing_fee_cents": processing_fee_cents,
                "payment_processor": payment_processor,
            },
            defaults={
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processing_fee_cents": UNSET,
                "payment_processor": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op,
            kwargs,
            operation="create_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: InvoicePaymentCancelResponse = await self._call(
            _op,
            kwargs,
            operation="delete_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: InvoicePayment = await self._call(
            _op,
            kwargs,
            operation="get_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        from . import list_invoice_payments as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_id=self._arg("customer_id", customer_id, "str"),
                date_from=self._arg("date_from", date_from, "datetime"),
                date_to=self._arg("date_to", date_to, "datetime"),
                fully_allocated=self._arg("fully_allocated", fully_allocated, "bool"),
                invoice_id=self._arg("invoice_id", invoice_id, "str"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                method=self._arg("method", method, "str"),
                min_amount=self._arg("min_amount", min_amount, "int"),
                order=self._arg("order", order, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                processor=self._arg("processor", processor, "str"),
                search=self._arg("search", search, "str"),
                sort_by=self._arg("sort_by", sort_by, "str"),
                status=self._arg("status", status, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_invoice_payments", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    async def update(
        self,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    async def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        body_value, upload = self._body(
            PatchedInvoicePaymentUpdateRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processor_reference": processor_reference,
                "bank_reference": bank_reference,
                "status": status,
                "transaction_tags": transaction_tags,
                "payment_processor": payment_processor,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "customer_id": UNSET,
                "total_amount_cents": UNSET,
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processor_reference": UNSET,
                "bank_reference": UNSET,
                "status": UNSET,
                "transaction_tags": UNSET,
                "payment_processor": UNSET,
                "processing_fee_cents": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
            body=body_value,
        )
        result: InvoicePaymentCreateResponse = await self._call(
            _op,
            kwargs,
            operation="update_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class InvoicePaymentsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.invoice_payments``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def create(
        self,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        from ...models.invoice_record_payment_request import InvoiceRecordPaymentRequest
        from . import create_invoice_payment as _op

        body_value, upload = self._body(
            InvoiceRecordPaymentRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processing_fee_cents": processing_fee_cents,
                "payment_processor": payment_processor,
            },
            defaults={
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processing_fee_cents": UNSET,
                "payment_processor": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
            idempotency_key=self._arg("idempotency_key", idempotency_key, "str"),
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op,
            kwargs,
            operation="create_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        from . import delete_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: RawResponse[InvoicePaymentCancelResponse] = await self._call(
            _op,
            kwargs,
            operation="delete_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def get(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        from . import get_payment as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
        )
        result: RawResponse[InvoicePayment] = await self._call(
            _op,
            kwargs,
            operation="get_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        from . import list_invoice_payments as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._arg("customer_id", customer_id, "str"),
            date_from=self._arg("date_from", date_from, "datetime"),
            date_to=self._arg("date_to", date_to, "datetime"),
            fully_allocated=self._arg("fully_allocated", fully_allocated, "bool"),
            invoice_id=self._arg("invoice_id", invoice_id, "str"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            method=self._arg("method", method, "str"),
            min_amount=self._arg("min_amount", min_amount, "int"),
            order=self._arg("order", order, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            processor=self._arg("processor", processor, "str"),
            search=self._arg("search", search, "str"),
            sort_by=self._arg("sort_by", sort_by, "str"),
            status=self._arg("status", status, "str"),
        )
        result: RawResponse[PaginatedInvoicePaymentList] = await self._call(
            _op,
            kwargs,
            operation="list_invoice_payments",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    async def update(
        self,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    async def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
        from . import update_invoice_payment as _op

        body_value, upload = self._body(
            PatchedInvoicePaymentUpdateRequest,
            body,
            {
                "customer_id": customer_id,
                "total_amount_cents": total_amount_cents,
                "allocations": allocations,
                "payment_date": payment_date,
                "currency": currency,
                "payment_method": payment_method,
                "payment_reference": payment_reference,
                "external_id": external_id,
                "note": note,
                "notes": notes,
                "metadata": metadata,
                "references": references,
                "processor_reference": processor_reference,
                "bank_reference": bank_reference,
                "status": status,
                "transaction_tags": transaction_tags,
                "payment_processor": payment_processor,
                "processing_fee_cents": processing_fee_cents,
            },
            defaults={
                "customer_id": UNSET,
                "total_amount_cents": UNSET,
                "allocations": UNSET,
                "payment_date": UNSET,
                "currency": UNSET,
                "payment_method": UNSET,
                "payment_reference": UNSET,
                "external_id": UNSET,
                "note": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "references": UNSET,
                "processor_reference": UNSET,
                "bank_reference": UNSET,
                "status": UNSET,
                "transaction_tags": UNSET,
                "payment_processor": UNSET,
                "processing_fee_cents": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            payment_id=self._uuid("payment_id", payment_id),
            body=body_value,
        )
        result: RawResponse[InvoicePaymentCreateResponse] = await self._call(
            _op,
            kwargs,
            operation="update_invoice_payment",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerInvoicePaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.invoice_payments`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerInvoicePaymentsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        result: InvoicePaymentCreateResponse = self._run(
            self._inner.create,
            business_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processing_fee_cents=processing_fee_cents,
            payment_processor=payment_processor,
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
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        result: InvoicePaymentCancelResponse = self._run(
            self._inner.delete,
            business_id,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        result: InvoicePayment = self._run(
            self._inner.get,
            business_id,
            payment_id,
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
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        return self._paginator(
            self._inner.list(
                business_id,
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
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        result: InvoicePaymentCreateResponse = self._run(
            self._inner.update,
            business_id,
            payment_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processor_reference=processor_reference,
            bank_reference=bank_reference,
            status=status,
            transaction_tags=transaction_tags,
            payment_processor=payment_processor,
            processing_fee_cents=processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerInvoicePaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.invoice_payments`` (blocking)."""

    _inner: PartnerInvoicePaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        result: RawResponse[InvoicePaymentCreateResponse] = self._run(
            self._inner.create,
            business_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processing_fee_cents=processing_fee_cents,
            payment_processor=payment_processor,
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
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        result: RawResponse[InvoicePaymentCancelResponse] = self._run(
            self._inner.delete,
            business_id,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        result: RawResponse[InvoicePayment] = self._run(
            self._inner.get,
            business_id,
            payment_id,
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
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        result: RawResponse[PaginatedInvoicePaymentList] = self._run(
            self._inner.list,
            business_id,
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
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    def update(
        self,
        business_id: str | UUID,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        result: RawResponse[InvoicePaymentCreateResponse] = self._run(
            self._inner.update,
            business_id,
            payment_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processor_reference=processor_reference,
            bank_reference=bank_reference,
            status=status,
            transaction_tags=transaction_tags,
            payment_processor=payment_processor,
            processing_fee_cents=processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncInvoicePaymentsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).invoice_payments`` (blocking)."""

    _inner: InvoicePaymentsResource

    @overload
    def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    def create(
        self,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        result: InvoicePaymentCreateResponse = self._run(
            self._inner.create,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processing_fee_cents=processing_fee_cents,
            payment_processor=payment_processor,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCancelResponse:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        result: InvoicePaymentCancelResponse = self._run(
            self._inner.delete,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePayment:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        result: InvoicePayment = self._run(
            self._inner.get,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[InvoicePayment]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        return self._paginator(
            self._inner.list(
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    @overload
    def update(
        self,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse: ...

    def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoicePaymentCreateResponse:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        result: InvoicePaymentCreateResponse = self._run(
            self._inner.update,
            payment_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processor_reference=processor_reference,
            bank_reference=bank_reference,
            status=status,
            transaction_tags=transaction_tags,
            payment_processor=payment_processor,
            processing_fee_cents=processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncInvoicePaymentsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.invoice_payments`` (blocking)."""

    _inner: InvoicePaymentsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    def create(
        self,
        *,
        customer_id: UUID | str,
        total_amount_cents: int,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    def create(
        self,
        *,
        body: InvoiceRecordPaymentRequest | InvoiceRecordPaymentRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: InvoiceRecordPaymentRequestPaymentMethod | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: InvoiceRecordPaymentRequestMetadataType0
        | InvoiceRecordPaymentRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        references: InvoicePaymentReferences | InvoicePaymentReferencesDict | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Create invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/create-payment
        """
        result: RawResponse[InvoicePaymentCreateResponse] = self._run(
            self._inner.create,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processing_fee_cents=processing_fee_cents,
            payment_processor=payment_processor,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCancelResponse]:
        """Delete (cancel) invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/delete-payment
        """
        result: RawResponse[InvoicePaymentCancelResponse] = self._run(
            self._inner.delete,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        payment_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePayment]:
        """Get invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/get-payment
        """
        result: RawResponse[InvoicePayment] = self._run(
            self._inner.get,
            payment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        customer_id: str | Unset = UNSET,
        date_from: datetime.datetime | str | Unset = UNSET,
        date_to: datetime.datetime | str | Unset = UNSET,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoicePaymentList]:
        """List invoice payments

        Docs: https://docs.thredfi.com/api-reference/payments/list-payments

        Not confirmed by the API reference (no docs page shows these names): ``method``, ``order``, ``processor``, ``sort_by``.
        """
        result: RawResponse[PaginatedInvoicePaymentList] = self._run(
            self._inner.list,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    @overload
    def update(
        self,
        payment_id: str | UUID,
        *,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]: ...

    def update(
        self,
        payment_id: str | UUID,
        *,
        body: PatchedInvoicePaymentUpdateRequest | PatchedInvoicePaymentUpdateRequestDict | None = None,
        customer_id: UUID | str | Unset = UNSET,
        total_amount_cents: int | Unset = UNSET,
        allocations: builtins.list[InvoicePaymentAllocationRequest | InvoicePaymentAllocationRequestDict]
        | Unset = UNSET,
        payment_date: datetime.date | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_method: str | Unset = UNSET,
        payment_reference: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: PatchedInvoicePaymentUpdateRequestMetadata
        | PatchedInvoicePaymentUpdateRequestMetadataDict
        | Unset = UNSET,
        references: PatchedInvoicePaymentUpdateRequestReferences
        | PatchedInvoicePaymentUpdateRequestReferencesDict
        | Unset = UNSET,
        processor_reference: str | Unset = UNSET,
        bank_reference: str | Unset = UNSET,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        payment_processor: str | Unset = UNSET,
        processing_fee_cents: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[InvoicePaymentCreateResponse]:
        """Partially update invoice payment

        Docs: https://docs.thredfi.com/api-reference/payments/partial-update-payment
        """
        result: RawResponse[InvoicePaymentCreateResponse] = self._run(
            self._inner.update,
            payment_id,
            body=body,
            customer_id=customer_id,
            total_amount_cents=total_amount_cents,
            allocations=allocations,
            payment_date=payment_date,
            currency=currency,
            payment_method=payment_method,
            payment_reference=payment_reference,
            external_id=external_id,
            note=note,
            notes=notes,
            metadata=metadata,
            references=references,
            processor_reference=processor_reference,
            bank_reference=bank_reference,
            status=status,
            transaction_tags=transaction_tags,
            payment_processor=payment_processor,
            processing_fee_cents=processing_fee_cents,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
