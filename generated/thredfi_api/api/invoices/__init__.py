"""The ``invoices`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_invoice_request import CreateInvoiceRequest
    from ...models.create_invoice_request_additional_sales_taxes_item import (
        CreateInvoiceRequestAdditionalSalesTaxesItem,
    )
    from ...models.create_invoice_request_metadata_type_0 import CreateInvoiceRequestMetadataType0
    from ...models.create_invoice_request_tips_account_type_0 import CreateInvoiceRequestTipsAccountType0
    from ...models.document_upload_request import DocumentUploadRequest
    from ...models.error_response import ErrorResponse
    from ...models.invoice import Invoice
    from ...models.invoice_line_item_request import InvoiceLineItemRequest
    from ...models.paginated_invoice_list import PaginatedInvoiceList
    from ...models.update_invoice_request import UpdateInvoiceRequest
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.void_invoice_request import VoidInvoiceRequest
    from ...types import UNSET, Unset


class PartnerInvoicesResource(APIResource):
    """``client.invoices``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        voided_at: datetime.datetime | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0 | None | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | None | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Invoice: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateInvoiceRequest, body, fields),
        )
        result: Invoice = await self._call(_op, kwargs, operation="create_invoice", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | Unset = UNSET,
        due_at_start: datetime.datetime | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                due_at_end=due_at_end,
                due_at_start=due_at_start,
                max_amount=max_amount,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_invoices", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
    ) -> Invoice: ...

    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(UpdateInvoiceRequest, body, fields),
        )
        result: Invoice = await self._call(_op, kwargs, operation="update_invoice", returns="model")
        return result

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
    ) -> Invoice: ...

    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(VoidInvoiceRequest, body, fields, absent=UNSET),
        )
        result: Invoice = await self._call(_op, kwargs, operation="void_invoice", returns="model")
        return result


class PartnerInvoicesResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.invoices``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        voided_at: datetime.datetime | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0 | None | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | None | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateInvoiceRequest, body, fields),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="create_invoice", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | Unset = UNSET,
        due_at_start: datetime.datetime | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            due_at_end=due_at_end,
            due_at_start=due_at_start,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedInvoiceList] = await self._call(
            _op, kwargs, operation="list_invoices", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def update(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(UpdateInvoiceRequest, body, fields),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="update_invoice", returns="model")
        return result

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def void(
        self,
        business_id: str | UUID,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(VoidInvoiceRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="void_invoice", returns="model")
        return result


class InvoicesResource(APIResource):
    """``client.for_business(id).invoices``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        voided_at: datetime.datetime | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0 | None | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | None | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Invoice: ...

    async def create(
        self,
        *,
        body: CreateInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateInvoiceRequest, body, fields),
        )
        result: Invoice = await self._call(_op, kwargs, operation="create_invoice", returns="model")
        return result

    def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | Unset = UNSET,
        due_at_start: datetime.datetime | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                due_at_end=due_at_end,
                due_at_start=due_at_start,
                max_amount=max_amount,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_invoices", page=page, page_size=page_size)

    @overload
    async def update(
        self,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def update(
        self,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
    ) -> Invoice: ...

    async def update(
        self,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(UpdateInvoiceRequest, body, fields),
        )
        result: Invoice = await self._call(_op, kwargs, operation="update_invoice", returns="model")
        return result

    @overload
    async def void(
        self,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest,
    ) -> Invoice: ...

    @overload
    async def void(
        self,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
    ) -> Invoice: ...

    async def void(
        self,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest | None = None,
        **fields: Any,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(VoidInvoiceRequest, body, fields, absent=UNSET),
        )
        result: Invoice = await self._call(_op, kwargs, operation="void_invoice", returns="model")
        return result


class InvoicesResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.invoices``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        voided_at: datetime.datetime | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[CreateInvoiceRequestAdditionalSalesTaxesItem] | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0 | None | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | None | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def create(
        self,
        *,
        body: CreateInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateInvoiceRequest, body, fields),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="create_invoice", returns="model")
        return result

    async def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | Unset = UNSET,
        due_at_start: datetime.datetime | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            due_at_end=due_at_end,
            due_at_start=due_at_start,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedInvoiceList] = await self._call(
            _op, kwargs, operation="list_invoices", returns="model"
        )
        return result

    @overload
    async def update(
        self,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def update(
        self,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def update(
        self,
        invoice_id: UUID,
        *,
        body: UpdateInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(UpdateInvoiceRequest, body, fields),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="update_invoice", returns="model")
        return result

    @overload
    async def void(
        self,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def void(
        self,
        invoice_id: UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
    ) -> RawResponse[Invoice]: ...

    async def void(
        self,
        invoice_id: UUID,
        *,
        body: VoidInvoiceRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._path("invoice_id", invoice_id),
            body=self._body(VoidInvoiceRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Invoice] = await self._call(_op, kwargs, operation="void_invoice", returns="model")
        return result
