"""The ``customers`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._resource import APIResource, RawAPIResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from typing import cast
    from uuid import UUID

    from thredfi import AsyncPaginator, RawResponse

    from ...models.create_customer_request import CreateCustomerRequest
    from ...models.create_customer_request_metadata_type_0 import CreateCustomerRequestMetadataType0
    from ...models.customer import Customer
    from ...models.document_upload_request import DocumentUploadRequest
    from ...models.error_response import ErrorResponse
    from ...models.paginated_customer_list import PaginatedCustomerList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...types import UNSET, Unset


class PartnerCustomersResource(APIResource):
    """``client.customers``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest,
    ) -> Customer: ...

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Customer: ...

    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._path("customer_id", customer_id),
            body=self._body(CreateCustomerRequest, body, fields, absent=UNSET),
        )
        result: Customer = await self._call(_op, kwargs, operation="archive_customer", returns="model")
        return result

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest,
    ) -> Customer: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Customer: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateCustomerRequest, body, fields),
        )
        result: Customer = await self._call(_op, kwargs, operation="create_customer", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        customer_id: UUID,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._path("customer_id", customer_id),
        )
        result: Customer = await self._call(_op, kwargs, operation="get_customer", returns="model")
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_customers", page=page, page_size=page_size)


class PartnerCustomersResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.customers``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest,
    ) -> RawResponse[Customer]: ...

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Customer]: ...

    async def archive(
        self,
        business_id: str | UUID,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._path("customer_id", customer_id),
            body=self._body(CreateCustomerRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="archive_customer", returns="model")
        return result

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest,
    ) -> RawResponse[Customer]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Customer]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateCustomerRequest, body, fields),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="create_customer", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        customer_id: UUID,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._path("customer_id", customer_id),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="get_customer", returns="model")
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedCustomerList] = await self._call(
            _op, kwargs, operation="list_customers", returns="model"
        )
        return result


class CustomersResource(APIResource):
    """``client.for_business(id).customers``: ``business_id`` is bound (business token)."""

    @overload
    async def archive(
        self,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest,
    ) -> Customer: ...

    @overload
    async def archive(
        self,
        customer_id: UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Customer: ...

    async def archive(
        self,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._path("customer_id", customer_id),
            body=self._body(CreateCustomerRequest, body, fields, absent=UNSET),
        )
        result: Customer = await self._call(_op, kwargs, operation="archive_customer", returns="model")
        return result

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> Customer: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Customer: ...

    async def create(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateCustomerRequest, body, fields),
        )
        result: Customer = await self._call(_op, kwargs, operation="create_customer", returns="model")
        return result

    async def get(
        self,
        customer_id: UUID,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._path("customer_id", customer_id),
        )
        result: Customer = await self._call(_op, kwargs, operation="get_customer", returns="model")
        return result

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_customers", page=page, page_size=page_size)


class CustomersResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.customers``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def archive(
        self,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest,
    ) -> RawResponse[Customer]: ...

    @overload
    async def archive(
        self,
        customer_id: UUID,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Customer]: ...

    async def archive(
        self,
        customer_id: UUID,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._path("customer_id", customer_id),
            body=self._body(CreateCustomerRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="archive_customer", returns="model")
        return result

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> RawResponse[Customer]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        reference_number: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_line1: str | Unset = UNSET,
        address_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_county: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        tax_exempt: bool | Unset = False,
        status: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        notes: str | Unset = UNSET,
        metadata: CreateCustomerRequestMetadataType0 | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Customer]: ...

    async def create(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateCustomerRequest, body, fields),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="create_customer", returns="model")
        return result

    async def get(
        self,
        customer_id: UUID,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._path("customer_id", customer_id),
        )
        result: RawResponse[Customer] = await self._call(_op, kwargs, operation="get_customer", returns="model")
        return result

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedCustomerList] = await self._call(
            _op, kwargs, operation="list_customers", returns="model"
        )
        return result
