"""The ``customers`` resource, and the endpoint functions of its operations (one module each).

Optional arguments default to ``UNSET``: the parameter or field is not sent. Where the spec
allows null, passing ``None`` sends JSON ``null``. Generated from openapi/templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from thredfi._runtime import APIResource, RawAPIResource, SyncResource

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping
    from typing import cast
    from uuid import UUID

    import httpx
    from thredfi._runtime import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.create_customer_request import CreateCustomerRequest, CreateCustomerRequestDict
    from ...models.create_customer_request_metadata_type_0 import (
        CreateCustomerRequestMetadataType0,
        CreateCustomerRequestMetadataType0Dict,
    )
    from ...models.customer import Customer
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
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
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    async def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._uuid("customer_id", customer_id),
            body=body_value,
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="archive_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="create_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._uuid("customer_id", customer_id),
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="get_customer",
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
    ) -> AsyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_customers", page=page, page_size=page_size, extras=extras)


class PartnerCustomersResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.customers``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    async def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    async def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._uuid("customer_id", customer_id),
            body=body_value,
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="archive_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="create_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            customer_id=self._uuid("customer_id", customer_id),
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="get_customer",
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
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedCustomerList] = await self._call(
            _op,
            kwargs,
            operation="list_customers",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class CustomersResource(APIResource):
    """``client.for_business(id).customers``: ``business_id`` is bound (business token)."""

    @overload
    async def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    async def archive(
        self,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    async def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._uuid("customer_id", customer_id),
            body=body_value,
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="archive_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    async def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="create_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._uuid("customer_id", customer_id),
        )
        result: Customer = await self._call(
            _op,
            kwargs,
            operation="get_customer",
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
    ) -> AsyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_customers", page=page, page_size=page_size, extras=extras)


class CustomersResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.customers``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    async def archive(
        self,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    async def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import archive_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._uuid("customer_id", customer_id),
            body=body_value,
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="archive_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    async def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        from ...models.create_customer_request import CreateCustomerRequest
        from . import create_customer as _op

        body_value, upload = self._body(
            CreateCustomerRequest,
            body,
            {
                "external_id": external_id,
                "reference_number": reference_number,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_line1": address_line1,
                "address_line2": address_line2,
                "city": city,
                "state_county": state_county,
                "postal_code": postal_code,
                "country": country,
                "vat_number": vat_number,
                "tax_exempt": tax_exempt,
                "status": status,
                "transaction_tags": transaction_tags,
                "notes": notes,
                "metadata": metadata,
                "payment_terms_days": payment_terms_days,
                "credit_limit_cents": credit_limit_cents,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "reference_number": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_line1": UNSET,
                "address_line2": UNSET,
                "city": UNSET,
                "state_county": UNSET,
                "postal_code": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "tax_exempt": False,
                "status": UNSET,
                "transaction_tags": UNSET,
                "notes": UNSET,
                "metadata": UNSET,
                "payment_terms_days": UNSET,
                "credit_limit_cents": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="create_customer",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        from . import get_customer as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            customer_id=self._uuid("customer_id", customer_id),
        )
        result: RawResponse[Customer] = await self._call(
            _op,
            kwargs,
            operation="get_customer",
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
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        from . import list_customers as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedCustomerList] = await self._call(
            _op,
            kwargs,
            operation="list_customers",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result


class SyncPartnerCustomersResource(SyncResource):
    """``thredfi.Client``'s ``client.customers`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerCustomersResource

    @overload
    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        result: Customer = self._run(
            self._inner.archive,
            business_id,
            customer_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    def create(
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        result: Customer = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
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
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        result: Customer = self._run(
            self._inner.get,
            business_id,
            customer_id,
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
    ) -> SyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
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


class SyncPartnerCustomersResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.customers`` (blocking)."""

    _inner: PartnerCustomersResourceWithRawResponse

    @overload
    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    def archive(
        self,
        business_id: str | UUID,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.archive,
            business_id,
            customer_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    def create(
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
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
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.get,
            business_id,
            customer_id,
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
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        result: RawResponse[PaginatedCustomerList] = self._run(
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


class SyncCustomersResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).customers`` (blocking)."""

    _inner: CustomersResource

    @overload
    def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    def archive(
        self,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        result: Customer = self._run(
            self._inner.archive,
            customer_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    @overload
    def create(
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer: ...

    def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        result: Customer = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Customer:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        result: Customer = self._run(
            self._inner.get,
            customer_id,
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
    ) -> SyncPaginator[Customer]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
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


class SyncCustomersResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.customers`` (blocking)."""

    _inner: CustomersResourceWithRawResponse

    @overload
    def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    def archive(
        self,
        customer_id: str | UUID,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    def archive(
        self,
        customer_id: str | UUID,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Archive a customer

        Docs: https://docs.thredfi.com/api-reference/customers/archive-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.archive,
            customer_id,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    @overload
    def create(
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]: ...

    def create(
        self,
        *,
        body: CreateCustomerRequest | CreateCustomerRequestDict | None = None,
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
        metadata: CreateCustomerRequestMetadataType0 | CreateCustomerRequestMetadataType0Dict | None | Unset = UNSET,
        payment_terms_days: int | Unset = UNSET,
        credit_limit_cents: int | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer

        Docs: https://docs.thredfi.com/api-reference/customers/create-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            reference_number=reference_number,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state_county=state_county,
            postal_code=postal_code,
            country=country,
            vat_number=vat_number,
            tax_exempt=tax_exempt,
            status=status,
            transaction_tags=transaction_tags,
            notes=notes,
            metadata=metadata,
            payment_terms_days=payment_terms_days,
            credit_limit_cents=credit_limit_cents,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        customer_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Customer]:
        """Get a customer

        Docs: https://docs.thredfi.com/api-reference/customers/get-customer
        """
        result: RawResponse[Customer] = self._run(
            self._inner.get,
            customer_id,
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
    ) -> RawResponse[PaginatedCustomerList]:
        """List customers

        Docs: https://docs.thredfi.com/api-reference/customers/list-customers
        """
        result: RawResponse[PaginatedCustomerList] = self._run(
            self._inner.list,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
