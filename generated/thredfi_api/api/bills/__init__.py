"""The ``bills`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.bill import Bill
    from ...models.bill_line_item_request import BillLineItemRequest
    from ...models.bill_update_api_request import BillUpdateAPIRequest
    from ...models.create_bill_request import CreateBillRequest
    from ...models.document_upload_request import DocumentUploadRequest
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
        body: CreateBillRequest,
    ) -> Bill: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
        vendor_id: UUID | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | Unset = UNSET,
        received_at: datetime.datetime | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        approved_at: datetime.datetime | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Bill: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | None = None,
        **fields: Any,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateBillRequest, body, fields),
        )
        result: Bill = await self._call(_op, kwargs, operation="create_bill", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_id: UUID,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._path("bill_id", bill_id),
        )
        result: Bill = await self._call(_op, kwargs, operation="get_bill", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_bills", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest,
    ) -> Bill: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
    ) -> Bill: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest | None = None,
        **fields: Any,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._path("bill_id", bill_id),
            body=self._body(BillUpdateAPIRequest, body, fields, absent=UNSET),
        )
        result: Bill = await self._call(_op, kwargs, operation="update_bill", returns="model")
        return result


class PartnerBillsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.bills``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest,
    ) -> RawResponse[Bill]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
        vendor_id: UUID | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | Unset = UNSET,
        received_at: datetime.datetime | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        approved_at: datetime.datetime | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Bill]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateBillRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateBillRequest, body, fields),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="create_bill", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        bill_id: UUID,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._path("bill_id", bill_id),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="get_bill", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedBillList] = await self._call(_op, kwargs, operation="list_bills", returns="model")
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest,
    ) -> RawResponse[Bill]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
    ) -> RawResponse[Bill]: ...

    async def update(
        self,
        business_id: str | UUID,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            bill_id=self._path("bill_id", bill_id),
            body=self._body(BillUpdateAPIRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="update_bill", returns="model")
        return result


class BillsResource(APIResource):
    """``client.for_business(id).bills``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillRequest,
    ) -> Bill: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
        vendor_id: UUID | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | Unset = UNSET,
        received_at: datetime.datetime | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        approved_at: datetime.datetime | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Bill: ...

    async def create(
        self,
        *,
        body: CreateBillRequest | None = None,
        **fields: Any,
    ) -> Bill:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateBillRequest, body, fields),
        )
        result: Bill = await self._call(_op, kwargs, operation="create_bill", returns="model")
        return result

    async def get(
        self,
        bill_id: UUID,
    ) -> Bill:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._path("bill_id", bill_id),
        )
        result: Bill = await self._call(_op, kwargs, operation="get_bill", returns="model")
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Bill]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_bills", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest,
    ) -> Bill: ...

    @overload
    async def update(
        self,
        bill_id: UUID,
        *,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
    ) -> Bill: ...

    async def update(
        self,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest | None = None,
        **fields: Any,
    ) -> Bill:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._path("bill_id", bill_id),
            body=self._body(BillUpdateAPIRequest, body, fields, absent=UNSET),
        )
        result: Bill = await self._call(_op, kwargs, operation="update_bill", returns="model")
        return result


class BillsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.bills``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateBillRequest,
    ) -> RawResponse[Bill]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
        vendor_id: UUID | Unset = UNSET,
        vendor_external_id: str | Unset = UNSET,
        bill_number: str | Unset = UNSET,
        vendor_bill_number: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        reference_numbers: builtins.list[str] | Unset = UNSET,
        attachment_urls: builtins.list[str] | Unset = UNSET,
        bill_date: datetime.date | Unset = UNSET,
        received_at: datetime.datetime | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        approved_at: datetime.datetime | Unset = UNSET,
        currency: str | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Bill]: ...

    async def create(
        self,
        *,
        body: CreateBillRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Bill]:
        """Create bill

        Docs: https://docs.thredfi.com/api-reference/bills/create-bill
        """
        from ...models.create_bill_request import CreateBillRequest
        from . import create_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateBillRequest, body, fields),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="create_bill", returns="model")
        return result

    async def get(
        self,
        bill_id: UUID,
    ) -> RawResponse[Bill]:
        """Get bill

        Docs: https://docs.thredfi.com/api-reference/bills/get-bill
        """
        from . import get_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._path("bill_id", bill_id),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="get_bill", returns="model")
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedBillList]:
        """List bills

        Docs: https://docs.thredfi.com/api-reference/bills/list-bills
        """
        from . import list_bills as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedBillList] = await self._call(_op, kwargs, operation="list_bills", returns="model")
        return result

    @overload
    async def update(
        self,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest,
    ) -> RawResponse[Bill]: ...

    @overload
    async def update(
        self,
        bill_id: UUID,
        *,
        line_items: builtins.list[BillLineItemRequest] | Unset = UNSET,
    ) -> RawResponse[Bill]: ...

    async def update(
        self,
        bill_id: UUID,
        *,
        body: BillUpdateAPIRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Bill]:
        """Update bill

        Docs: https://docs.thredfi.com/api-reference/bills/update-bill
        """
        from ...models.bill_update_api_request import BillUpdateAPIRequest
        from . import update_bill as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            bill_id=self._path("bill_id", bill_id),
            body=self._body(BillUpdateAPIRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Bill] = await self._call(_op, kwargs, operation="update_bill", returns="model")
        return result
