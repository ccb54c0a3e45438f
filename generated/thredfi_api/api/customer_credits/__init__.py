"""The ``customer_credits`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_customer_credit_request import CreateCustomerCreditRequest, CreateCustomerCreditRequestDict
    from ...models.create_customer_credit_request_tags_item import (
        CreateCustomerCreditRequestTagsItem,
        CreateCustomerCreditRequestTagsItemDict,
    )
    from ...models.customer_credit import CustomerCredit
    from ...models.customer_credit_allocation_request import (
        CustomerCreditAllocationRequest,
        CustomerCreditAllocationRequestDict,
    )
    from ...models.customer_credit_line_item_request import (
        CustomerCreditLineItemRequest,
        CustomerCreditLineItemRequestDict,
    )
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.paginated_customer_credit_list import PaginatedCustomerCreditList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerCustomerCreditsResource(APIResource):
    """``client.customer_credits``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        body_value, upload = self._body(
            CreateCustomerCreditRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "source_invoice_id": source_invoice_id,
                "sent_at": sent_at,
                "allocations": allocations,
                "tags": tags,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "source_invoice_id": UNSET,
                "sent_at": UNSET,
                "allocations": UNSET,
                "tags": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: CustomerCredit = await self._call(
            _op,
            kwargs,
            operation="create_customer_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: None = await self._call(
            _op,
            kwargs,
            operation="delete_customer_credit",
            returns="none",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        from . import list_customer_credits as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
                customer_id=self._arg("customer_id", customer_id, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                sent_at_end=self._arg("sent_at_end", sent_at_end, "str"),
                sent_at_start=self._arg("sent_at_start", sent_at_start, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_customer_credits", page=page, page_size=page_size, extras=extras
        )


class PartnerCustomerCreditsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.customer_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        body_value, upload = self._body(
            CreateCustomerCreditRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "source_invoice_id": source_invoice_id,
                "sent_at": sent_at,
                "allocations": allocations,
                "tags": tags,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "source_invoice_id": UNSET,
                "sent_at": UNSET,
                "allocations": UNSET,
                "tags": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[CustomerCredit] = await self._call(
            _op,
            kwargs,
            operation="create_customer_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: RawResponse[None] = await self._call(
            _op,
            kwargs,
            operation="delete_customer_credit",
            returns="none",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        from . import list_customer_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
            customer_id=self._arg("customer_id", customer_id, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            sent_at_end=self._arg("sent_at_end", sent_at_end, "str"),
            sent_at_start=self._arg("sent_at_start", sent_at_start, "str"),
        )
        result: RawResponse[PaginatedCustomerCreditList] = await self._call(
            _op,
            kwargs,
            operation="list_customer_credits",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class CustomerCreditsResource(APIResource):
    """``client.for_business(id).customer_credits``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        body_value, upload = self._body(
            CreateCustomerCreditRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "source_invoice_id": source_invoice_id,
                "sent_at": sent_at,
                "allocations": allocations,
                "tags": tags,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "source_invoice_id": UNSET,
                "sent_at": UNSET,
                "allocations": UNSET,
                "tags": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: CustomerCredit = await self._call(
            _op,
            kwargs,
            operation="create_customer_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: None = await self._call(
            _op,
            kwargs,
            operation="delete_customer_credit",
            returns="none",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        from . import list_customer_credits as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
                customer_id=self._arg("customer_id", customer_id, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=self._arg("search", search, "str"),
                sent_at_end=self._arg("sent_at_end", sent_at_end, "str"),
                sent_at_start=self._arg("sent_at_start", sent_at_start, "str"),
            )

        return self._paginate(
            _op, kwargs, operation="list_customer_credits", page=page, page_size=page_size, extras=extras
        )


class CustomerCreditsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.customer_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        body_value, upload = self._body(
            CreateCustomerCreditRequest,
            body,
            {
                "external_id": external_id,
                "line_items": line_items,
                "customer_id": customer_id,
                "customer_external_id": customer_external_id,
                "source_invoice_id": source_invoice_id,
                "sent_at": sent_at,
                "allocations": allocations,
                "tags": tags,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "line_items": UNSET,
                "customer_id": UNSET,
                "customer_external_id": UNSET,
                "source_invoice_id": UNSET,
                "sent_at": UNSET,
                "allocations": UNSET,
                "tags": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[CustomerCredit] = await self._call(
            _op,
            kwargs,
            operation="create_customer_credit",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def delete(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._uuid("credit_id", credit_id),
        )
        result: RawResponse[None] = await self._call(
            _op,
            kwargs,
            operation="delete_customer_credit",
            returns="none",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        customer_external_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        from . import list_customer_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_external_id=self._arg("customer_external_id", customer_external_id, "str"),
            customer_id=self._arg("customer_id", customer_id, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
            search=self._arg("search", search, "str"),
            sent_at_end=self._arg("sent_at_end", sent_at_end, "str"),
            sent_at_start=self._arg("sent_at_start", sent_at_start, "str"),
        )
        result: RawResponse[PaginatedCustomerCreditList] = await self._call(
            _op,
            kwargs,
            operation="list_customer_credits",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerCustomerCreditsResource(SyncResource):
    """``thredfi.Client``'s ``client.customer_credits`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerCustomerCreditsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        result: CustomerCredit = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            line_items=line_items,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            source_invoice_id=source_invoice_id,
            sent_at=sent_at,
            allocations=allocations,
            tags=tags,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        result: None = self._run(
            self._inner.delete,
            business_id,
            credit_id,
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
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        return self._paginator(
            self._inner.list(
                business_id,
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                page=page,
                page_size=page_size,
                search=search,
                sent_at_end=sent_at_end,
                sent_at_start=sent_at_start,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncPartnerCustomerCreditsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.customer_credits`` (blocking)."""

    _inner: PartnerCustomerCreditsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        result: RawResponse[CustomerCredit] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            line_items=line_items,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            source_invoice_id=source_invoice_id,
            sent_at=sent_at,
            allocations=allocations,
            tags=tags,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        business_id: str | UUID,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        result: RawResponse[None] = self._run(
            self._inner.delete,
            business_id,
            credit_id,
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
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        result: RawResponse[PaginatedCustomerCreditList] = self._run(
            self._inner.list,
            business_id,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            page=page,
            page_size=page_size,
            search=search,
            sent_at_end=sent_at_end,
            sent_at_start=sent_at_start,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncCustomerCreditsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).customer_credits`` (blocking)."""

    _inner: CustomerCreditsResource

    @overload
    def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit: ...

    def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        result: CustomerCredit = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            line_items=line_items,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            source_invoice_id=source_invoice_id,
            sent_at=sent_at,
            allocations=allocations,
            tags=tags,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        result: None = self._run(
            self._inner.delete,
            credit_id,
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
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        return self._paginator(
            self._inner.list(
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                page=page,
                page_size=page_size,
                search=search,
                sent_at_end=sent_at_end,
                sent_at_start=sent_at_start,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )


class SyncCustomerCreditsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.customer_credits`` (blocking)."""

    _inner: CustomerCreditsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]: ...

    def create(
        self,
        *,
        body: CreateCustomerCreditRequest | CreateCustomerCreditRequestDict | None = None,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest | CustomerCreditLineItemRequestDict] | Unset = UNSET,
        customer_id: UUID | str | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | str | Unset = UNSET,
        sent_at: datetime.datetime | str | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest | CustomerCreditAllocationRequestDict]
        | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem | CreateCustomerCreditRequestTagsItemDict]
        | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        result: RawResponse[CustomerCredit] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            line_items=line_items,
            customer_id=customer_id,
            customer_external_id=customer_external_id,
            source_invoice_id=source_invoice_id,
            sent_at=sent_at,
            allocations=allocations,
            tags=tags,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def delete(
        self,
        credit_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        result: RawResponse[None] = self._run(
            self._inner.delete,
            credit_id,
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
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sent_at_end: str | Unset = UNSET,
        sent_at_start: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits

        Not confirmed by the API reference (no docs page shows these names): ``customer_external_id``, ``customer_id``, ``search``, ``sent_at_end``, ``sent_at_start``.
        """
        result: RawResponse[PaginatedCustomerCreditList] = self._run(
            self._inner.list,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            page=page,
            page_size=page_size,
            search=search,
            sent_at_end=sent_at_end,
            sent_at_start=sent_at_start,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
