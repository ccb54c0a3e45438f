"""The ``vendor_refunds`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_refund_request import CreateVendorRefundRequest
    from ...models.create_vendor_refund_request_metadata_type_0 import CreateVendorRefundRequestMetadataType0
    from ...models.document_upload_request import DocumentUploadRequest
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_refund_list import PaginatedVendorRefundList
    from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
    from ...models.patched_vendor_refund_update_request_metadata_type_0 import (
        PatchedVendorRefundUpdateRequestMetadataType0,
    )
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor_refund import VendorRefund
    from ...models.vendor_refund_allocation_request import VendorRefundAllocationRequest
    from ...models.vendor_refund_payment_entry_request import VendorRefundPaymentEntryRequest
    from ...types import UNSET, Unset


class PartnerVendorRefundsResource(APIResource):
    """``client.vendor_refunds``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest,
    ) -> VendorRefund: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> VendorRefund: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | None = None,
        **fields: Any,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRefundRequest, body, fields),
        )
        result: VendorRefund = await self._call(_op, kwargs, operation="create_vendor_refund", returns="model")
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
        refund_date_end: datetime.date | Unset = UNSET,
        refund_date_start: datetime.date | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> AsyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                currency=currency,
                external_id=external_id,
                is_fully_allocated=is_fully_allocated,
                max_amount=max_amount,
                min_amount=min_amount,
                ordering=ordering,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                refund_date_end=refund_date_end,
                refund_date_start=refund_date_start,
                refund_type=refund_type,
                search=search,
                status=status,
                vendor_id=vendor_id,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_refunds", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest,
    ) -> VendorRefund: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET,
        expected_completion_date: datetime.date | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> VendorRefund: ...

    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | None = None,
        **fields: Any,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._path("refund_id", refund_id),
            body=self._body(PatchedVendorRefundUpdateRequest, body, fields),
        )
        result: VendorRefund = await self._call(_op, kwargs, operation="update_vendor_refund", returns="model")
        return result


class PartnerVendorRefundsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendor_refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        vendor_id: UUID | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[VendorRefund]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRefundRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRefundRequest, body, fields),
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op, kwargs, operation="create_vendor_refund", returns="model"
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
        refund_date_end: datetime.date | Unset = UNSET,
        refund_date_start: datetime.date | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
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
        )
        result: RawResponse[PaginatedVendorRefundList] = await self._call(
            _op, kwargs, operation="list_vendor_refunds", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET,
        expected_completion_date: datetime.date | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[VendorRefund]: ...

    async def update(
        self,
        business_id: str | UUID,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            refund_id=self._path("refund_id", refund_id),
            body=self._body(PatchedVendorRefundUpdateRequest, body, fields),
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op, kwargs, operation="update_vendor_refund", returns="model"
        )
        return result


class VendorRefundsResource(APIResource):
    """``client.for_business(id).vendor_refunds``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundRequest,
    ) -> VendorRefund: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> VendorRefund: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | None = None,
        **fields: Any,
    ) -> VendorRefund:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRefundRequest, body, fields),
        )
        result: VendorRefund = await self._call(_op, kwargs, operation="create_vendor_refund", returns="model")
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
        refund_date_end: datetime.date | Unset = UNSET,
        refund_date_start: datetime.date | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> AsyncPaginator[VendorRefund]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                currency=currency,
                external_id=external_id,
                is_fully_allocated=is_fully_allocated,
                max_amount=max_amount,
                min_amount=min_amount,
                ordering=ordering,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                refund_date_end=refund_date_end,
                refund_date_start=refund_date_start,
                refund_type=refund_type,
                search=search,
                status=status,
                vendor_id=vendor_id,
            )

        return self._paginate(_op, kwargs, operation="list_vendor_refunds", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest,
    ) -> VendorRefund: ...

    @overload
    async def update(
        self,
        refund_id: UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET,
        expected_completion_date: datetime.date | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> VendorRefund: ...

    async def update(
        self,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | None = None,
        **fields: Any,
    ) -> VendorRefund:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._path("refund_id", refund_id),
            body=self._body(PatchedVendorRefundUpdateRequest, body, fields),
        )
        result: VendorRefund = await self._call(_op, kwargs, operation="update_vendor_refund", returns="model")
        return result


class VendorRefundsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendor_refunds``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRefundRequest,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def create(
        self,
        *,
        vendor_id: UUID | Unset = UNSET,
        total_refunded_amount_cents: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        refund_date: datetime.date | Unset = UNSET,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: CreateVendorRefundRequestMetadataType0 | None | Unset = UNSET,
        allocations: builtins.list[VendorRefundAllocationRequest] | Unset = UNSET,
        payments: builtins.list[VendorRefundPaymentEntryRequest] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[VendorRefund]: ...

    async def create(
        self,
        *,
        body: CreateVendorRefundRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefund]:
        """Create vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/create-vendor-refund
        """
        from ...models.create_vendor_refund_request import CreateVendorRefundRequest
        from . import create_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRefundRequest, body, fields),
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op, kwargs, operation="create_vendor_refund", returns="model"
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
        refund_date_end: datetime.date | Unset = UNSET,
        refund_date_start: datetime.date | Unset = UNSET,
        refund_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> RawResponse[PaginatedVendorRefundList]:
        """List vendor refunds

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/list-vendor-refunds
        """
        from . import list_vendor_refunds as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
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
        )
        result: RawResponse[PaginatedVendorRefundList] = await self._call(
            _op, kwargs, operation="list_vendor_refunds", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest,
    ) -> RawResponse[VendorRefund]: ...

    @overload
    async def update(
        self,
        refund_id: UUID,
        *,
        description: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        metadata: None | PatchedVendorRefundUpdateRequestMetadataType0 | Unset = UNSET,
        expected_completion_date: datetime.date | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[VendorRefund]: ...

    async def update(
        self,
        refund_id: UUID,
        *,
        body: PatchedVendorRefundUpdateRequest | None = None,
        **fields: Any,
    ) -> RawResponse[VendorRefund]:
        """Update vendor refund

        Docs: https://docs.thredfi.com/api-reference/vendor-refunds/update-vendor-refund
        """
        from ...models.patched_vendor_refund_update_request import PatchedVendorRefundUpdateRequest
        from . import update_vendor_refund as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            refund_id=self._path("refund_id", refund_id),
            body=self._body(PatchedVendorRefundUpdateRequest, body, fields),
        )
        result: RawResponse[VendorRefund] = await self._call(
            _op, kwargs, operation="update_vendor_refund", returns="model"
        )
        return result
