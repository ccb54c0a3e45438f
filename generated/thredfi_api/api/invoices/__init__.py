"""The ``invoices`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_invoice_request import CreateInvoiceRequest, CreateInvoiceRequestDict
    from ...models.create_invoice_request_additional_sales_taxes_item import (
        CreateInvoiceRequestAdditionalSalesTaxesItem,
        CreateInvoiceRequestAdditionalSalesTaxesItemDict,
    )
    from ...models.create_invoice_request_metadata_type_0 import (
        CreateInvoiceRequestMetadataType0,
        CreateInvoiceRequestMetadataType0Dict,
    )
    from ...models.create_invoice_request_tips_account_type_0 import (
        CreateInvoiceRequestTipsAccountType0,
        CreateInvoiceRequestTipsAccountType0Dict,
    )
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.invoice import Invoice
    from ...models.invoice_line_item_request import InvoiceLineItemRequest, InvoiceLineItemRequestDict
    from ...models.paginated_invoice_list import PaginatedInvoiceList
    from ...models.update_invoice_request import UpdateInvoiceRequest, UpdateInvoiceRequestDict
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.void_invoice_request import VoidInvoiceRequest, VoidInvoiceRequestDict
    from ...types import UNSET, Unset


class PartnerInvoicesResource(APIResource):
    """``client.invoices``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        body_value, upload = self._body(
            CreateInvoiceRequest,
            body,
            {
                "external_id": external_id,
                "sent_at": sent_at,
                "line_items": line_items,
                "due_at": due_at,
                "voided_at": voided_at,
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "memo": memo,
                "additional_discount": additional_discount,
                "additional_sales_taxes": additional_sales_taxes,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
                "tips_account": tips_account,
                "transaction_tags": transaction_tags,
                "metadata": metadata,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "sent_at": UNSET,
                "line_items": UNSET,
                "due_at": UNSET,
                "voided_at": UNSET,
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "memo": UNSET,
                "additional_discount": 0,
                "additional_sales_taxes": UNSET,
                "additional_sales_taxes_total": 0,
                "tips": 0,
                "tips_account": UNSET,
                "transaction_tags": UNSET,
                "metadata": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="create_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
                customer_id=self._arg("customer_id", customer_id, "str"),
                due_at_end=self._arg("due_at_end", due_at_end, "datetime"),
                due_at_start=self._arg("due_at_start", due_at_start, "datetime"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_invoices", page=page, page_size=page_size, extras=extras)

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        body_value, upload = self._body(
            UpdateInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "memo": memo,
                "external_id": external_id,
                "due_at": due_at,
                "document": document,
                "customer_id": customer_id,
                "line_items": line_items,
                "additional_discount": additional_discount,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
            },
            defaults={
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "memo": UNSET,
                "external_id": UNSET,
                "due_at": UNSET,
                "document": UNSET,
                "customer_id": UNSET,
                "line_items": UNSET,
                "additional_discount": UNSET,
                "additional_sales_taxes_total": UNSET,
                "tips": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="update_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        body_value, upload = self._body(
            VoidInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "external_id": external_id,
                "memo": memo,
                "customer_id": customer_id,
            },
            defaults={
                "invoice_number": UNSET,
                "external_id": UNSET,
                "memo": UNSET,
                "customer_id": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="void_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerInvoicesResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.invoices``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        body_value, upload = self._body(
            CreateInvoiceRequest,
            body,
            {
                "external_id": external_id,
                "sent_at": sent_at,
                "line_items": line_items,
                "due_at": due_at,
                "voided_at": voided_at,
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "memo": memo,
                "additional_discount": additional_discount,
                "additional_sales_taxes": additional_sales_taxes,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
                "tips_account": tips_account,
                "transaction_tags": transaction_tags,
                "metadata": metadata,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "sent_at": UNSET,
                "line_items": UNSET,
                "due_at": UNSET,
                "voided_at": UNSET,
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "memo": UNSET,
                "additional_discount": 0,
                "additional_sales_taxes": UNSET,
                "additional_sales_taxes_total": 0,
                "tips": 0,
                "tips_account": UNSET,
                "transaction_tags": UNSET,
                "metadata": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="create_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
            customer_id=self._arg("customer_id", customer_id, "str"),
            due_at_end=self._arg("due_at_end", due_at_end, "datetime"),
            due_at_start=self._arg("due_at_start", due_at_start, "datetime"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedInvoiceList] = await self._call(
            _op,
            kwargs,
            operation="list_invoices",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        body_value, upload = self._body(
            UpdateInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "memo": memo,
                "external_id": external_id,
                "due_at": due_at,
                "document": document,
                "customer_id": customer_id,
                "line_items": line_items,
                "additional_discount": additional_discount,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
            },
            defaults={
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "memo": UNSET,
                "external_id": UNSET,
                "due_at": UNSET,
                "document": UNSET,
                "customer_id": UNSET,
                "line_items": UNSET,
                "additional_discount": UNSET,
                "additional_sales_taxes_total": UNSET,
                "tips": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="update_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        body_value, upload = self._body(
            VoidInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "external_id": external_id,
                "memo": memo,
                "customer_id": customer_id,
            },
            defaults={
                "invoice_number": UNSET,
                "external_id": UNSET,
                "memo": UNSET,
                "customer_id": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="void_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class InvoicesResource(APIResource):
    """``client.for_business(id).invoices``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        body_value, upload = self._body(
            CreateInvoiceRequest,
            body,
            {
                "external_id": external_id,
                "sent_at": sent_at,
                "line_items": line_items,
                "due_at": due_at,
                "voided_at": voided_at,
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "memo": memo,
                "additional_discount": additional_discount,
                "additional_sales_taxes": additional_sales_taxes,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
                "tips_account": tips_account,
                "transaction_tags": transaction_tags,
                "metadata": metadata,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "sent_at": UNSET,
                "line_items": UNSET,
                "due_at": UNSET,
                "voided_at": UNSET,
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "memo": UNSET,
                "additional_discount": 0,
                "additional_sales_taxes": UNSET,
                "additional_sales_taxes_total": 0,
                "tips": 0,
                "tips_account": UNSET,
                "transaction_tags": UNSET,
                "metadata": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="create_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
                customer_id=self._arg("customer_id", customer_id, "str"),
                due_at_end=self._arg("due_at_end", due_at_end, "datetime"),
                due_at_start=self._arg("due_at_start", due_at_start, "datetime"),
                max_amount=self._arg("max_amount", max_amount, "int"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_invoices", page=page, page_size=page_size, extras=extras)

    @overload
    async def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def update(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        body_value, upload = self._body(
            UpdateInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "memo": memo,
                "external_id": external_id,
                "due_at": due_at,
                "document": document,
                "customer_id": customer_id,
                "line_items": line_items,
                "additional_discount": additional_discount,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
            },
            defaults={
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "memo": UNSET,
                "external_id": UNSET,
                "due_at": UNSET,
                "document": UNSET,
                "customer_id": UNSET,
                "line_items": UNSET,
                "additional_discount": UNSET,
                "additional_sales_taxes_total": UNSET,
                "tips": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="update_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    async def void(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    async def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        body_value, upload = self._body(
            VoidInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "external_id": external_id,
                "memo": memo,
                "customer_id": customer_id,
            },
            defaults={
                "invoice_number": UNSET,
                "external_id": UNSET,
                "memo": UNSET,
                "customer_id": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: Invoice = await self._call(
            _op,
            kwargs,
            operation="void_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class InvoicesResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.invoices``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        from ...models.create_invoice_request import CreateInvoiceRequest
        from . import create_invoice as _op

        body_value, upload = self._body(
            CreateInvoiceRequest,
            body,
            {
                "external_id": external_id,
                "sent_at": sent_at,
                "line_items": line_items,
                "due_at": due_at,
                "voided_at": voided_at,
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "memo": memo,
                "additional_discount": additional_discount,
                "additional_sales_taxes": additional_sales_taxes,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
                "tips_account": tips_account,
                "transaction_tags": transaction_tags,
                "metadata": metadata,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "sent_at": UNSET,
                "line_items": UNSET,
                "due_at": UNSET,
                "voided_at": UNSET,
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "memo": UNSET,
                "additional_discount": 0,
                "additional_sales_taxes": UNSET,
                "additional_sales_taxes_total": 0,
                "tips": 0,
                "tips_account": UNSET,
                "transaction_tags": UNSET,
                "metadata": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="create_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        from . import list_invoices as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
            customer_id=self._arg("customer_id", customer_id, "str"),
            due_at_end=self._arg("due_at_end", due_at_end, "datetime"),
            due_at_start=self._arg("due_at_start", due_at_start, "datetime"),
            max_amount=self._arg("max_amount", max_amount, "int"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedInvoiceList] = await self._call(
            _op,
            kwargs,
            operation="list_invoices",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def update(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        from ...models.update_invoice_request import UpdateInvoiceRequest
        from . import update_invoice as _op

        body_value, upload = self._body(
            UpdateInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "invoice_type": invoice_type,
                "memo": memo,
                "external_id": external_id,
                "due_at": due_at,
                "document": document,
                "customer_id": customer_id,
                "line_items": line_items,
                "additional_discount": additional_discount,
                "additional_sales_taxes_total": additional_sales_taxes_total,
                "tips": tips,
            },
            defaults={
                "invoice_number": UNSET,
                "invoice_type": UNSET,
                "memo": UNSET,
                "external_id": UNSET,
                "due_at": UNSET,
                "document": UNSET,
                "customer_id": UNSET,
                "line_items": UNSET,
                "additional_discount": UNSET,
                "additional_sales_taxes_total": UNSET,
                "tips": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="update_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    async def void(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    async def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        from ...models.void_invoice_request import VoidInvoiceRequest
        from . import void_invoice as _op

        body_value, upload = self._body(
            VoidInvoiceRequest,
            body,
            {
                "invoice_number": invoice_number,
                "external_id": external_id,
                "memo": memo,
                "customer_id": customer_id,
            },
            defaults={
                "invoice_number": UNSET,
                "external_id": UNSET,
                "memo": UNSET,
                "customer_id": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            invoice_id=self._uuid("invoice_id", invoice_id),
            body=body_value,
        )
        result: RawResponse[Invoice] = await self._call(
            _op,
            kwargs,
            operation="void_invoice",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerInvoicesResource(SyncResource):
    """``thredfi.Client``'s ``client.invoices`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerInvoicesResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        result: Invoice = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            sent_at=sent_at,
            line_items=line_items,
            due_at=due_at,
            voided_at=voided_at,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            memo=memo,
            additional_discount=additional_discount,
            additional_sales_taxes=additional_sales_taxes,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            tips_account=tips_account,
            transaction_tags=transaction_tags,
            metadata=metadata,
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
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        return self._paginator(
            self._inner.list(
                business_id,
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                due_at_end=due_at_end,
                due_at_start=due_at_start,
                max_amount=max_amount,
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
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        result: Invoice = self._run(
            self._inner.update,
            business_id,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            memo=memo,
            external_id=external_id,
            due_at=due_at,
            document=document,
            customer_id=customer_id,
            line_items=line_items,
            additional_discount=additional_discount,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        result: Invoice = self._run(
            self._inner.void,
            business_id,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            external_id=external_id,
            memo=memo,
            customer_id=customer_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerInvoicesResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.invoices`` (blocking)."""

    _inner: PartnerInvoicesResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            sent_at=sent_at,
            line_items=line_items,
            due_at=due_at,
            voided_at=voided_at,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            memo=memo,
            additional_discount=additional_discount,
            additional_sales_taxes=additional_sales_taxes,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            tips_account=tips_account,
            transaction_tags=transaction_tags,
            metadata=metadata,
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
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        result: RawResponse[PaginatedInvoiceList] = self._run(
            self._inner.list,
            business_id,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            due_at_end=due_at_end,
            due_at_start=due_at_start,
            max_amount=max_amount,
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
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def update(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.update,
            business_id,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            memo=memo,
            external_id=external_id,
            due_at=due_at,
            document=document,
            customer_id=customer_id,
            line_items=line_items,
            additional_discount=additional_discount,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def void(
        self,
        business_id: str | UUID,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.void,
            business_id,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            external_id=external_id,
            memo=memo,
            customer_id=customer_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncInvoicesResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).invoices`` (blocking)."""

    _inner: InvoicesResource

    @overload
    def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        result: Invoice = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            sent_at=sent_at,
            line_items=line_items,
            due_at=due_at,
            voided_at=voided_at,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            memo=memo,
            additional_discount=additional_discount,
            additional_sales_taxes=additional_sales_taxes,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            tips_account=tips_account,
            transaction_tags=transaction_tags,
            metadata=metadata,
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
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Invoice]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        return self._paginator(
            self._inner.list(
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                due_at_end=due_at_end,
                due_at_start=due_at_start,
                max_amount=max_amount,
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
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def update(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        result: Invoice = self._run(
            self._inner.update,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            memo=memo,
            external_id=external_id,
            due_at=due_at,
            document=document,
            customer_id=customer_id,
            line_items=line_items,
            additional_discount=additional_discount,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    @overload
    def void(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice: ...

    def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Invoice:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        result: Invoice = self._run(
            self._inner.void,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            external_id=external_id,
            memo=memo,
            customer_id=customer_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncInvoicesResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.invoices`` (blocking)."""

    _inner: InvoicesResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def create(
        self,
        *,
        body: CreateInvoiceRequest | CreateInvoiceRequestDict | None = None,
        external_id: str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        voided_at: datetime.datetime | str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        additional_discount: int | Unset = 0,
        additional_sales_taxes: builtins.list[
            CreateInvoiceRequestAdditionalSalesTaxesItem | CreateInvoiceRequestAdditionalSalesTaxesItemDict
        ]
        | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = 0,
        tips: int | Unset = 0,
        tips_account: CreateInvoiceRequestTipsAccountType0
        | CreateInvoiceRequestTipsAccountType0Dict
        | None
        | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        metadata: CreateInvoiceRequestMetadataType0 | CreateInvoiceRequestMetadataType0Dict | None | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Create invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/create-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            sent_at=sent_at,
            line_items=line_items,
            due_at=due_at,
            voided_at=voided_at,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            memo=memo,
            additional_discount=additional_discount,
            additional_sales_taxes=additional_sales_taxes,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            tips_account=tips_account,
            transaction_tags=transaction_tags,
            metadata=metadata,
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
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        due_at_end: datetime.datetime | str | Unset = UNSET,
        due_at_start: datetime.datetime | str | Unset = UNSET,
        max_amount: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedInvoiceList]:
        """List invoices

        Docs: https://docs.thredfi.com/api-reference/invoices/list-invoices
        """
        result: RawResponse[PaginatedInvoiceList] = self._run(
            self._inner.list,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            due_at_end=due_at_end,
            due_at_start=due_at_start,
            max_amount=max_amount,
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
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def update(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def update(
        self,
        invoice_id: str | UUID,
        *,
        body: UpdateInvoiceRequest | UpdateInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        invoice_type: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        due_at: datetime.datetime | str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        line_items: builtins.list[InvoiceLineItemRequest | InvoiceLineItemRequestDict] | Unset = UNSET,
        additional_discount: int | Unset = UNSET,
        additional_sales_taxes_total: int | Unset = UNSET,
        tips: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Update invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/update-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.update,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            memo=memo,
            external_id=external_id,
            due_at=due_at,
            document=document,
            customer_id=customer_id,
            line_items=line_items,
            additional_discount=additional_discount,
            additional_sales_taxes_total=additional_sales_taxes_total,
            tips=tips,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    @overload
    def void(
        self,
        invoice_id: str | UUID,
        *,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]: ...

    def void(
        self,
        invoice_id: str | UUID,
        *,
        body: VoidInvoiceRequest | VoidInvoiceRequestDict | None = None,
        invoice_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Invoice]:
        """Void invoice

        Docs: https://docs.thredfi.com/api-reference/invoices/void-invoice
        """
        result: RawResponse[Invoice] = self._run(
            self._inner.void,
            invoice_id,
            body=body,
            invoice_number=invoice_number,
            external_id=external_id,
            memo=memo,
            customer_id=customer_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
