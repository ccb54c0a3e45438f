"""The ``customer_credits`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_customer_credit_request import CreateCustomerCreditRequest
    from ...models.create_customer_credit_request_tags_item import CreateCustomerCreditRequestTagsItem
    from ...models.customer_credit import CustomerCredit
    from ...models.customer_credit_allocation_request import CustomerCreditAllocationRequest
    from ...models.customer_credit_line_item_request import CustomerCreditLineItemRequest
    from ...models.document_upload_request import DocumentUploadRequest
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
        body: CreateCustomerCreditRequest,
    ) -> CustomerCredit: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest] | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest] | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> CustomerCredit: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | None = None,
        **fields: Any,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateCustomerCreditRequest, body, fields),
        )
        result: CustomerCredit = await self._call(_op, kwargs, operation="create_customer_credit", returns="model")
        return result

    async def delete(
        self,
        business_id: str | UUID,
        credit_id: UUID,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._path("credit_id", credit_id),
        )
        result: None = await self._call(_op, kwargs, operation="delete_customer_credit", returns="none")
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
    ) -> AsyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits
        """
        from . import list_customer_credits as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                sent_at_end=sent_at_end,
                sent_at_start=sent_at_start,
            )

        return self._paginate(_op, kwargs, operation="list_customer_credits", page=page, page_size=page_size)


class PartnerCustomerCreditsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.customer_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest] | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest] | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[CustomerCredit]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerCreditRequest | None = None,
        **fields: Any,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateCustomerCreditRequest, body, fields),
        )
        result: RawResponse[CustomerCredit] = await self._call(
            _op, kwargs, operation="create_customer_credit", returns="model"
        )
        return result

    async def delete(
        self,
        business_id: str | UUID,
        credit_id: UUID,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            credit_id=self._path("credit_id", credit_id),
        )
        result: RawResponse[None] = await self._call(_op, kwargs, operation="delete_customer_credit", returns="none")
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
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits
        """
        from . import list_customer_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            page=page,
            page_size=page_size,
            search=search,
            sent_at_end=sent_at_end,
            sent_at_start=sent_at_start,
        )
        result: RawResponse[PaginatedCustomerCreditList] = await self._call(
            _op, kwargs, operation="list_customer_credits", returns="model"
        )
        return result


class CustomerCreditsResource(APIResource):
    """``client.for_business(id).customer_credits``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest,
    ) -> CustomerCredit: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest] | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest] | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> CustomerCredit: ...

    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | None = None,
        **fields: Any,
    ) -> CustomerCredit:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateCustomerCreditRequest, body, fields),
        )
        result: CustomerCredit = await self._call(_op, kwargs, operation="create_customer_credit", returns="model")
        return result

    async def delete(
        self,
        credit_id: UUID,
    ) -> None:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._path("credit_id", credit_id),
        )
        result: None = await self._call(_op, kwargs, operation="delete_customer_credit", returns="none")
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
    ) -> AsyncPaginator[CustomerCredit]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits
        """
        from . import list_customer_credits as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                customer_external_id=customer_external_id,
                customer_id=customer_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
                search=search,
                sent_at_end=sent_at_end,
                sent_at_start=sent_at_start,
            )

        return self._paginate(_op, kwargs, operation="list_customer_credits", page=page, page_size=page_size)


class CustomerCreditsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.customer_credits``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest,
    ) -> RawResponse[CustomerCredit]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        line_items: builtins.list[CustomerCreditLineItemRequest] | Unset = UNSET,
        customer_id: UUID | Unset = UNSET,
        customer_external_id: str | Unset = UNSET,
        source_invoice_id: UUID | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        allocations: builtins.list[CustomerCreditAllocationRequest] | Unset = UNSET,
        tags: builtins.list[CreateCustomerCreditRequestTagsItem] | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[CustomerCredit]: ...

    async def create(
        self,
        *,
        body: CreateCustomerCreditRequest | None = None,
        **fields: Any,
    ) -> RawResponse[CustomerCredit]:
        """Create customer credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/create-customer-credit
        """
        from ...models.create_customer_credit_request import CreateCustomerCreditRequest
        from . import create_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateCustomerCreditRequest, body, fields),
        )
        result: RawResponse[CustomerCredit] = await self._call(
            _op, kwargs, operation="create_customer_credit", returns="model"
        )
        return result

    async def delete(
        self,
        credit_id: UUID,
    ) -> RawResponse[None]:
        """Delete (soft) Customer Credit

        Docs: https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit
        """
        from . import delete_customer_credit as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            credit_id=self._path("credit_id", credit_id),
        )
        result: RawResponse[None] = await self._call(_op, kwargs, operation="delete_customer_credit", returns="none")
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
    ) -> RawResponse[PaginatedCustomerCreditList]:
        """List customer credits

        Docs: https://docs.thredfi.com/api-reference/customer-credits/list-customer-credits
        """
        from . import list_customer_credits as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            page=page,
            page_size=page_size,
            search=search,
            sent_at_end=sent_at_end,
            sent_at_start=sent_at_start,
        )
        result: RawResponse[PaginatedCustomerCreditList] = await self._call(
            _op, kwargs, operation="list_customer_credits", returns="model"
        )
        return result
