"""The ``vendor_refunds`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_refund_request import CreateVendorRefundRequest, CreateVendorRefundRequestDict
    from ...models.create_vendor_refund_request_metadata_type_0 import (
        CreateVendorRefundRequestMetadataType0,
        CreateVendorRefundRequestMetadataType0Dict,
    )
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_refund_list import PaginatedVendorRefundList
    from ...models.patched_vendor_refund_update_request import (
        PatchedVendorRefundUpdateRequest,
        PatchedVendorRefundUpdateRequestDict,
    )
    from ...models.patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,
        PatchedVendorRefundUpdateRequestMetadataType0Dict,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor_refund import VendorRefund
    from ...models.vendor_refund_allocation_request import (
        VendorRefundAllocationRequest,
        VendorRefundAllocationRequestDict,
    )
    from ...models.vendor_refund_payment_entry_request import (
        VendorRefundPaymentEntryRequest,
        VendorRefundPaymentEntryRequestDict,
    )
    from ...types import UNSET, Unset


class PartnerVendorRefundsResource(APIResource):
    """``client.vendor_refunds``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        body_value, upload = self._body(
            CreateVendorRefundRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_refunded_amount_cents": total_refunded_amount_cents,
                "external_id": external_id,
                "refund_type": refund_type,
                "reference_number": reference_number,
                "currency": currency,
                "refund_date": refund_date,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "allocations": allocations,
                "payments": payments,
                "document": document,
            },
            defaults={
                "vendor_id": UNSET,
                "total_refunded_amount_cents": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "reference_number": UNSET,
                "currency": UNSET,
                "refund_date": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
                "payments": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: VendorRefund = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                currency=self._arg("currency", currency, "str"),
                external_id=self._arg("external_id", external_id, "str"),
                is_fully_allocated=self._arg("is_fully_allocated", is_fully_allocated, "bool"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                min_amount=self._arg("min_amount", min_amount, "int"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                refund_date_end=self._arg("refund_date_end", refund_date_end, "date"),
                refund_date_start=self._arg("refund_date_start", refund_date_start, "date"),
                refund_type=self._arg("refund_type", refund_type, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
                vendor_id=self._arg("vendor_id", vendor_id, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_refunds", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        body_value, upload = self._body(
            PatchedVendorRefundUpdateRequest,
            body,
            {
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "expected_completion_date": expected_completion_date,
                "document": document,
            },
            defaults={
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "expected_completion_date": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: VendorRefund = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerVendorRefundsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        body_value, upload = self._body(
            CreateVendorRefundRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_refunded_amount_cents": total_refunded_amount_cents,
                "external_id": external_id,
                "refund_type": refund_type,
                "reference_number": reference_number,
                "currency": currency,
                "refund_date": refund_date,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "allocations": allocations,
                "payments": payments,
                "document": document,
            },
            defaults={
                "vendor_id": UNSET,
                "total_refunded_amount_cents": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "reference_number": UNSET,
                "currency": UNSET,
                "refund_date": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
                "payments": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            currency=self._arg("currency", currency, "str"),
            external_id=self._arg("external_id", external_id, "str"),
            is_fully_allocated=self._arg("is_fully_allocated", is_fully_allocated, "bool"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            min_amount=self._arg("min_amount", min_amount, "int"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            refund_date_end=self._arg("refund_date_end", refund_date_end, "date"),
            refund_date_start=self._arg("refund_date_start", refund_date_start, "date"),
            refund_type=self._arg("refund_type", refund_type, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
            vendor_id=self._arg("vendor_id", vendor_id, "str"),
        )
        result: RawResponse[PaginatedVendorRefundList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_refunds",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    async def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        body_value, upload = self._body(
            PatchedVendorRefundUpdateRequest,
            body,
            {
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "expected_completion_date": expected_completion_date,
                "document": document,
            },
            defaults={
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "expected_completion_date": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorRefundsResource(APIResource):
    """``client.for_business(id).vendor_refunds``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        body_value, upload = self._body(
            CreateVendorRefundRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_refunded_amount_cents": total_refunded_amount_cents,
                "external_id": external_id,
                "refund_type": refund_type,
                "reference_number": reference_number,
                "currency": currency,
                "refund_date": refund_date,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "allocations": allocations,
                "payments": payments,
                "document": document,
            },
            defaults={
                "vendor_id": UNSET,
                "total_refunded_amount_cents": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "reference_number": UNSET,
                "currency": UNSET,
                "refund_date": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
                "payments": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: VendorRefund = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                currency=self._arg("currency", currency, "str"),
                external_id=self._arg("external_id", external_id, "str"),
                is_fully_allocated=self._arg("is_fully_allocated", is_fully_allocated, "bool"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                min_amount=self._arg("min_amount", min_amount, "int"),
                ordering=self._arg("ordering", ordering, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                refund_date_end=self._arg("refund_date_end", refund_date_end, "date"),
                refund_date_start=self._arg("refund_date_start", refund_date_start, "date"),
                refund_type=self._arg("refund_type", refund_type, "str"),
                search=self._arg("search", search, "str"),
                status=self._arg("status", status, "str"),
                vendor_id=self._arg("vendor_id", vendor_id, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_vendor_refunds", page=page, page_size=page_size, extras=extras
        )

    @overload
    async def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    async def update(
        self,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    async def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        body_value, upload = self._body(
            PatchedVendorRefundUpdateRequest,
            body,
            {
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "expected_completion_date": expected_completion_date,
                "document": document,
            },
            defaults={
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "expected_completion_date": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: VendorRefund = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorRefundsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        body_value, upload = self._body(
            CreateVendorRefundRequest,
            body,
            {
                "vendor_id": vendor_id,
                "total_refunded_amount_cents": total_refunded_amount_cents,
                "external_id": external_id,
                "refund_type": refund_type,
                "reference_number": reference_number,
                "currency": currency,
                "refund_date": refund_date,
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "allocations": allocations,
                "payments": payments,
                "document": document,
            },
            defaults={
                "vendor_id": UNSET,
                "total_refunded_amount_cents": UNSET,
                "external_id": UNSET,
                "refund_type": UNSET,
                "reference_number": UNSET,
                "currency": UNSET,
                "refund_date": UNSET,
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "allocations": UNSET,
                "payments": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op,
            kwargs,
            operation="create_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            currency=self._arg("currency", currency, "str"),
            external_id=self._arg("external_id", external_id, "str"),
            is_fully_allocated=self._arg("is_fully_allocated", is_fully_allocated, "bool"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            min_amount=self._arg("min_amount", min_amount, "int"),
            ordering=self._arg("ordering", ordering, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            refund_date_end=self._arg("refund_date_end", refund_date_end, "date"),
            refund_date_start=self._arg("refund_date_start", refund_date_start, "date"),
            refund_type=self._arg("refund_type", refund_type, "str"),
            search=self._arg("search", search, "str"),
            status=self._arg("status", status, "str"),
            vendor_id=self._arg("vendor_id", vendor_id, "str"),
        )
        result: RawResponse[PaginatedVendorRefundList] = await self._call(
            _op,
            kwargs,
            operation="list_vendor_refunds",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def update(
        self,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    async def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        body_value, upload = self._body(
            PatchedVendorRefundUpdateRequest,
            body,
            {
                "description": description,
                "memo": memo,
                "reason": reason,
                "metadata": metadata,
                "expected_completion_date": expected_completion_date,
                "document": document,
            },
            defaults={
                "description": UNSET,
                "memo": UNSET,
                "reason": UNSET,
                "metadata": UNSET,
                "expected_completion_date": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._uuid("refund_id", refund_id),
            body=body_value,
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op,
            kwargs,
            operation="update_vendor_refund",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerVendorRefundsResource(SyncResource):
    """``thredfi.Client``'s ``client.vendor_refunds`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerVendorRefundsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        result: VendorRefund = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            total_refunded_amount_cents=total_refunded_amount_cents,
            external_id=external_id,
            refund_type=refund_type,
            reference_number=reference_number,
            currency=currency,
            refund_date=refund_date,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            allocations=allocations,
            payments=payments,
            document=document,
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
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        return self._paginator(
            self._inner.list(
                business_id,
                currency=currency,
                external_id=external_id,
                is_fully_allocated=is_fully_allocated,
                max_amount=max_amount,
                min_amount=min_amount,
                ordering=ordering,
                page=page,
                page_size=page_size,
                refund_date_end=refund_date_end,
                refund_date_start=refund_date_start,
                refund_type=refund_type,
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
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        result: VendorRefund = self._run(
            self._inner.update,
            business_id,
            refund_id,
            body=body,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerVendorRefundsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.vendor_refunds`` (blocking)."""

    _inner: PartnerVendorRefundsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        result: RawResponse[VendorRefund] = self._run(
            self._inner.create,
            business_id,
            body=body,
            vendor_id=vendor_id,
            total_refunded_amount_cents=total_refunded_amount_cents,
            external_id=external_id,
            refund_type=refund_type,
            reference_number=reference_number,
            currency=currency,
            refund_date=refund_date,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            allocations=allocations,
            payments=payments,
            document=document,
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
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        result: RawResponse[PaginatedVendorRefundList] = self._run(
            self._inner.list,
            business_id,
            currency=currency,
            external_id=external_id,
            is_fully_allocated=is_fully_allocated,
            max_amount=max_amount,
            min_amount=min_amount,
            ordering=ordering,
            page=page,
            page_size=page_size,
            refund_date_end=refund_date_end,
            refund_date_start=refund_date_start,
            refund_type=refund_type,
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
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    def update(
        self,
        business_id: str | UUID,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        result: RawResponse[VendorRefund] = self._run(
            self._inner.update,
            business_id,
            refund_id,
            body=body,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorRefundsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).vendor_refunds`` (blocking)."""

    _inner: VendorRefundsResource

    @overload
    def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        result: VendorRefund = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            total_refunded_amount_cents=total_refunded_amount_cents,
            external_id=external_id,
            refund_type=refund_type,
            reference_number=reference_number,
            currency=currency,
            refund_date=refund_date,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            allocations=allocations,
            payments=payments,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        return self._paginator(
            self._inner.list(
                currency=currency,
                external_id=external_id,
                is_fully_allocated=is_fully_allocated,
                max_amount=max_amount,
                min_amount=min_amount,
                ordering=ordering,
                page=page,
                page_size=page_size,
                refund_date_end=refund_date_end,
                refund_date_start=refund_date_start,
                refund_type=refund_type,
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
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    @overload
    def update(
        self,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund: ...

    def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        result: VendorRefund = self._run(
            self._inner.update,
            refund_id,
            body=body,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorRefundsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.vendor_refunds`` (blocking)."""

    _inner: VendorRefundsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    def create(
        self,
        *,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    def create(
        self,
        *,
        body: CreateVendorRefundRequest | CreateVendorRefundRequestDict | None = None,
        vendor_id: UUID | str | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | str | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0
        | CreateVendorRefundRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest | VendorRefundAllocationRequestDict] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest | VendorRefundPaymentEntryRequestDict] | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        result: RawResponse[VendorRefund] = self._run(
            self._inner.create,
            body=body,
            vendor_id=vendor_id,
            total_refunded_amount_cents=total_refunded_amount_cents,
            external_id=external_id,
            refund_type=refund_type,
            reference_number=reference_number,
            currency=currency,
            refund_date=refund_date,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            allocations=allocations,
            payments=payments,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        currency: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        is_fully_allocated: bool | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        min_amount: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        refund_date_end: datetime.date | str | Unset = UNSET,
        refund_date_start: datetime.date | str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        result: RawResponse[PaginatedVendorRefundList] = self._run(
            self._inner.list,
            currency=currency,
            external_id=external_id,
            is_fully_allocated=is_fully_allocated,
            max_amount=max_amount,
            min_amount=min_amount,
            ordering=ordering,
            page=page,
            page_size=page_size,
            refund_date_end=refund_date_end,
            refund_date_start=refund_date_start,
            refund_type=refund_type,
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
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    def update(
        self,
        refund_id: str | UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]: ...

    def update(
        self,
        refund_id: str | UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | PatchedVendorRefundUpdateRequestDict | None = None,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: PatchedVendorRefundUpdateRequestMetadataType0
        | PatchedVendorRefundUpdateRequestMetadataType0Dict
        | None
        | Unset = UNSET,
        expected_completion_date: datetime.date | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        result: RawResponse[VendorRefund] = self._run(
            self._inner.update,
            refund_id,
            body=body,
            description=description,
            memo=memo,
            reason=reason,
            metadata=metadata,
            expected_completion_date=expected_completion_date,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
