"""The ``bills`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.bill import Bill
    from ...models.bill_line_item_request import BillLineItemRequest, BillLineItemRequestDict
    from ...models.bill_update_api_request import BillUpdateAPIRequest, BillUpdateAPIRequestDict
    from ...models.create_bill_request import CreateBillRequest, CreateBillRequestDict
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.paginated_bill_list import PaginatedBillList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerBillsResource(APIResource):
    """``client.bills``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        body_value, upload = self._body(
            CreateBillRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "vendor_id": vendor_id,
                "vendor_external_id": vendor_external_id,
                "bill_number": bill_number,
                "vendor_bill_number": vendor_bill_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "reference_numbers": reference_numbers,
                "attachment_urls": attachment_urls,
                "bill_date": bill_date,
                "received_at": received_at,
                "due_at": due_at,
                "approved_at": approved_at,
                "currency": currency,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "vendor_id": UNSET,
                "vendor_external_id": UNSET,
                "bill_number": UNSET,
                "vendor_bill_number": UNSET,
                "purchase_order_number": UNSET,
                "memo": UNSET,
                "reference_numbers": UNSET,
                "attachment_urls": UNSET,
                "bill_date": UNSET,
                "received_at": UNSET,
                "due_at": UNSET,
                "approved_at": UNSET,
                "currency": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="create_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._uuid("bill_id", bill_id),
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="get_bill",
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_bills", page=page, page_size=page_size, extras=extras)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        body_value, upload = self._body(
            BillUpdateAPIRequest,
            body,
            {
                "line_items": line_items,
            },
            defaults={
                "line_items": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._uuid("bill_id", bill_id),
            body=body_value,
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="update_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerBillsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bills``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        body_value, upload = self._body(
            CreateBillRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "vendor_id": vendor_id,
                "vendor_external_id": vendor_external_id,
                "bill_number": bill_number,
                "vendor_bill_number": vendor_bill_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "reference_numbers": reference_numbers,
                "attachment_urls": attachment_urls,
                "bill_date": bill_date,
                "received_at": received_at,
                "due_at": due_at,
                "approved_at": approved_at,
                "currency": currency,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "vendor_id": UNSET,
                "vendor_external_id": UNSET,
                "bill_number": UNSET,
                "vendor_bill_number": UNSET,
                "purchase_order_number": UNSET,
                "memo": UNSET,
                "reference_numbers": UNSET,
                "attachment_urls": UNSET,
                "bill_date": UNSET,
                "received_at": UNSET,
                "due_at": UNSET,
                "approved_at": UNSET,
                "currency": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="create_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._uuid("bill_id", bill_id),
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="get_bill",
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedBillList] = await self._call(
            _op,
            kwargs,
            operation="list_bills",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        body_value, upload = self._body(
            BillUpdateAPIRequest,
            body,
            {
                "line_items": line_items,
            },
            defaults={
                "line_items": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._uuid("bill_id", bill_id),
            body=body_value,
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="update_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class BillsResource(APIResource):
    """``client.for_business(id).bills``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    async def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        body_value, upload = self._body(
            CreateBillRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "vendor_id": vendor_id,
                "vendor_external_id": vendor_external_id,
                "bill_number": bill_number,
                "vendor_bill_number": vendor_bill_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "reference_numbers": reference_numbers,
                "attachment_urls": attachment_urls,
                "bill_date": bill_date,
                "received_at": received_at,
                "due_at": due_at,
                "approved_at": approved_at,
                "currency": currency,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "vendor_id": UNSET,
                "vendor_external_id": UNSET,
                "bill_number": UNSET,
                "vendor_bill_number": UNSET,
                "purchase_order_number": UNSET,
                "memo": UNSET,
                "reference_numbers": UNSET,
                "attachment_urls": UNSET,
                "bill_date": UNSET,
                "received_at": UNSET,
                "due_at": UNSET,
                "approved_at": UNSET,
                "currency": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="create_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._uuid("bill_id", bill_id),
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="get_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_bills", page=page, page_size=page_size, extras=extras)

    @overload
    async def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    async def update(
        self,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    async def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        body_value, upload = self._body(
            BillUpdateAPIRequest,
            body,
            {
                "line_items": line_items,
            },
            defaults={
                "line_items": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._uuid("bill_id", bill_id),
            body=body_value,
        )
        result: Bill = await self._call(
            _op,
            kwargs,
            operation="update_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class BillsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bills``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    async def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        body_value, upload = self._body(
            CreateBillRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "vendor_id": vendor_id,
                "vendor_external_id": vendor_external_id,
                "bill_number": bill_number,
                "vendor_bill_number": vendor_bill_number,
                "purchase_order_number": purchase_order_number,
                "memo": memo,
                "reference_numbers": reference_numbers,
                "attachment_urls": attachment_urls,
                "bill_date": bill_date,
                "received_at": received_at,
                "due_at": due_at,
                "approved_at": approved_at,
                "currency": currency,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "vendor_id": UNSET,
                "vendor_external_id": UNSET,
                "bill_number": UNSET,
                "vendor_bill_number": UNSET,
                "purchase_order_number": UNSET,
                "memo": UNSET,
                "reference_numbers": UNSET,
                "attachment_urls": UNSET,
                "bill_date": UNSET,
                "received_at": UNSET,
                "due_at": UNSET,
                "approved_at": UNSET,
                "currency": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="create_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._uuid("bill_id", bill_id),
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="get_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedBillList] = await self._call(
            _op,
            kwargs,
            operation="list_bills",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    async def update(
        self,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    async def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        body_value, upload = self._body(
            BillUpdateAPIRequest,
            body,
            {
                "line_items": line_items,
            },
            defaults={
                "line_items": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._uuid("bill_id", bill_id),
            body=body_value,
        )
        result: RawResponse[Bill] = await self._call(
            _op,
            kwargs,
            operation="update_bill",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerBillsResource(SyncResource):
    """``thredfi.Client``'s ``client.bills`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerBillsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        result: Bill = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            line_items=line_items,
            vendor_id=vendor_id,
            vendor_external_id=vendor_external_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            purchase_order_number=purchase_order_number,
            memo=memo,
            reference_numbers=reference_numbers,
            attachment_urls=attachment_urls,
            bill_date=bill_date,
            received_at=received_at,
            due_at=due_at,
            approved_at=approved_at,
            currency=currency,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        result: Bill = self._run(
            self._inner.get,
            business_id,
            bill_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        return self._paginator(
            self._inner.list(
                business_id,
                page=page,
                page_size=page_size,
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
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        result: Bill = self._run(
            self._inner.update,
            business_id,
            bill_id,
            body=body,
            line_items=line_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerBillsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.bills`` (blocking)."""

    _inner: PartnerBillsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            line_items=line_items,
            vendor_id=vendor_id,
            vendor_external_id=vendor_external_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            purchase_order_number=purchase_order_number,
            memo=memo,
            reference_numbers=reference_numbers,
            attachment_urls=attachment_urls,
            bill_date=bill_date,
            received_at=received_at,
            due_at=due_at,
            approved_at=approved_at,
            currency=currency,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.get,
            business_id,
            bill_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        result: RawResponse[PaginatedBillList] = self._run(
            self._inner.list,
            business_id,
            page=page,
            page_size=page_size,
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
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    def update(
        self,
        business_id: str | UUID,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.update,
            business_id,
            bill_id,
            body=body,
            line_items=line_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBillsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).bills`` (blocking)."""

    _inner: BillsResource

    @overload
    def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        result: Bill = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            line_items=line_items,
            vendor_id=vendor_id,
            vendor_external_id=vendor_external_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            purchase_order_number=purchase_order_number,
            memo=memo,
            reference_numbers=reference_numbers,
            attachment_urls=attachment_urls,
            bill_date=bill_date,
            received_at=received_at,
            due_at=due_at,
            approved_at=approved_at,
            currency=currency,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        result: Bill = self._run(
            self._inner.get,
            bill_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        return self._paginator(
            self._inner.list(
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    @overload
    def update(
        self,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill: ...

    def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        result: Bill = self._run(
            self._inner.update,
            bill_id,
            body=body,
            line_items=line_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncBillsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.bills`` (blocking)."""

    _inner: BillsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    def create(
        self,
        *,
        body: CreateBillRequest | CreateBillRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        vendor_id: UUID | str | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | str | Unset = UNSET,
        received_at: datetime.datetime | str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        approved_at: datetime.datetime | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            line_items=line_items,
            vendor_id=vendor_id,
            vendor_external_id=vendor_external_id,
            bill_number=bill_number,
            vendor_bill_number=vendor_bill_number,
            purchase_order_number=purchase_order_number,
            memo=memo,
            reference_numbers=reference_numbers,
            attachment_urls=attachment_urls,
            bill_date=bill_date,
            received_at=received_at,
            due_at=due_at,
            approved_at=approved_at,
            currency=currency,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        bill_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.get,
            bill_id,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        result: RawResponse[PaginatedBillList] = self._run(
            self._inner.list,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    @overload
    def update(
        self,
        bill_id: str | UUID,
        *,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]: ...

    def update(
        self,
        bill_id: str | UUID,
        *,
        body: BillUpdateAPIRequest | BillUpdateAPIRequestDict | None = None,
        line_items: builtins.list[BillLineItemRequest | BillLineItemRequestDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        result: RawResponse[Bill] = self._run(
            self._inner.update,
            bill_id,
            body=body,
            line_items=line_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
