"""The ``vendors`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_request import CreateVendorRequest, CreateVendorRequestDict
    from ...models.document_upload_request import DocumentUploadRequest, DocumentUploadRequestDict
    from ...models.error_response import ErrorResponse
    from ...models.paginated_vendor_list import PaginatedVendorList
    from ...models.validation_error_response import ValidationErrorResponse
    from ...models.vendor import Vendor
    from ...types import UNSET, Unset


class PartnerVendorsResource(APIResource):
    """``client.vendors``: business-scoped methods take ``business_id`` first (partner token)."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="create_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._uuid("vendor_id", vendor_id),
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="get_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                external_id=self._arg("external_id", external_id, "str"),
                external_id_contains=self._arg("external_id_contains", external_id_contains, "str"),
                include_archived=self._arg("include_archived", include_archived, "bool"),
                name=self._arg("name", name, "str"),
                name_contains=self._arg("name_contains", name_contains, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_vendors", page=page, page_size=page_size, extras=extras)

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._uuid("vendor_id", vendor_id),
            body=body_value,
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="unarchive_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class PartnerVendorsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendors``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=body_value,
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="create_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._uuid("vendor_id", vendor_id),
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="get_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            external_id=self._arg("external_id", external_id, "str"),
            external_id_contains=self._arg("external_id_contains", external_id_contains, "str"),
            include_archived=self._arg("include_archived", include_archived, "bool"),
            name=self._arg("name", name, "str"),
            name_contains=self._arg("name_contains", name_contains, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedVendorList] = await self._call(
            _op,
            kwargs,
            operation="list_vendors",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._uuid("vendor_id", vendor_id),
            body=body_value,
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="unarchive_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorsResource(APIResource):
    """``client.for_business(id).vendors``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    async def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="create_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._uuid("vendor_id", vendor_id),
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="get_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    def list(
        self,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        extras = self._extras(extra_headers, extra_query, extra_body, timeout)

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                external_id=self._arg("external_id", external_id, "str"),
                external_id_contains=self._arg("external_id_contains", external_id_contains, "str"),
                include_archived=self._arg("include_archived", include_archived, "bool"),
                name=self._arg("name", name, "str"),
                name_contains=self._arg("name_contains", name_contains, "str"),
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_vendors", page=page, page_size=page_size, extras=extras)

    @overload
    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._uuid("vendor_id", vendor_id),
            body=body_value,
        )
        result: Vendor = await self._call(
            _op,
            kwargs,
            operation="unarchive_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class VendorsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendors``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    async def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=body_value,
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="create_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result

    async def get(
        self,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._uuid("vendor_id", vendor_id),
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="get_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    async def list(
        self,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            external_id=self._arg("external_id", external_id, "str"),
            external_id_contains=self._arg("external_id_contains", external_id_contains, "str"),
            include_archived=self._arg("include_archived", include_archived, "bool"),
            name=self._arg("name", name, "str"),
            name_contains=self._arg("name_contains", name_contains, "str"),
            page=self._arg("page", page, "int"),
            page_size=self._arg("page_size", page_size, "int"),
        )
        result: RawResponse[PaginatedVendorList] = await self._call(
            _op,
            kwargs,
            operation="list_vendors",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
        )
        return result

    @overload
    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    async def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        body_value, upload = self._body(
            CreateVendorRequest,
            body,
            {
                "external_id": external_id,
                "individual_name": individual_name,
                "company_name": company_name,
                "email": email,
                "mobile_phone": mobile_phone,
                "office_phone": office_phone,
                "address_string": address_string,
                "memo": memo,
                "transaction_tags": transaction_tags,
                "country": country,
                "vat_number": vat_number,
                "document": document,
            },
            defaults={
                "external_id": UNSET,
                "individual_name": UNSET,
                "company_name": UNSET,
                "email": UNSET,
                "mobile_phone": UNSET,
                "office_phone": UNSET,
                "address_string": UNSET,
                "memo": UNSET,
                "transaction_tags": UNSET,
                "country": UNSET,
                "vat_number": UNSET,
                "document": UNSET,
            },
            absent=UNSET,
        )
        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._uuid("vendor_id", vendor_id),
            body=body_value,
        )
        result: RawResponse[Vendor] = await self._call(
            _op,
            kwargs,
            operation="unarchive_vendor",
            returns="model",
            extras=self._extras(extra_headers, extra_query, extra_body, timeout),
            upload=upload,
        )
        return result


class SyncPartnerVendorsResource(SyncResource):
    """``thredfi.Client``'s ``client.vendors`` (blocking): business-scoped methods take ``business_id`` first."""

    _inner: PartnerVendorsResource

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        result: Vendor = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
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
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        result: Vendor = self._run(
            self._inner.get,
            business_id,
            vendor_id,
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
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        return self._paginator(
            self._inner.list(
                business_id,
                external_id=external_id,
                external_id_contains=external_id_contains,
                include_archived=include_archived,
                name=name,
                name_contains=name_contains,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        result: Vendor = self._run(
            self._inner.unarchive,
            business_id,
            vendor_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncPartnerVendorsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.with_raw_response.vendors`` (blocking)."""

    _inner: PartnerVendorsResourceWithRawResponse

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    def create(
        self,
        business_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.create,
            business_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
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
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.get,
            business_id,
            vendor_id,
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
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        result: RawResponse[PaginatedVendorList] = self._run(
            self._inner.list,
            business_id,
            external_id=external_id,
            external_id_contains=external_id_contains,
            include_archived=include_archived,
            name=name,
            name_contains=name_contains,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.unarchive,
            business_id,
            vendor_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorsResource(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).vendors`` (blocking)."""

    _inner: VendorsResource

    @overload
    def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        result: Vendor = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        result: Vendor = self._run(
            self._inner.get,
            vendor_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        return self._paginator(
            self._inner.list(
                external_id=external_id,
                external_id_contains=external_id_contains,
                include_archived=include_archived,
                name=name,
                name_contains=name_contains,
                page=page,
                page_size=page_size,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )

    @overload
    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    @overload
    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor: ...

    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        result: Vendor = self._run(
            self._inner.unarchive,
            vendor_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result


class SyncVendorsResourceWithRawResponse(SyncResource):
    """``thredfi.Client``'s ``client.for_business(id).with_raw_response.vendors`` (blocking)."""

    _inner: VendorsResourceWithRawResponse

    @overload
    def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    def create(
        self,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    def create(
        self,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.create,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def get(
        self,
        vendor_id: str | UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.get,
            vendor_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    def list(
        self,
        *,
        external_id: str | Unset = UNSET,
        external_id_contains: str | Unset = UNSET,
        include_archived: bool | Unset = False,
        name: str | Unset = UNSET,
        name_contains: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        result: RawResponse[PaginatedVendorList] = self._run(
            self._inner.list,
            external_id=external_id,
            external_id_contains=external_id_contains,
            include_archived=include_archived,
            name=name,
            name_contains=name_contains,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result

    @overload
    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    @overload
    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]: ...

    def unarchive(
        self,
        vendor_id: str | UUID,
        *,
        body: CreateVendorRequest | CreateVendorRequestDict | None = None,
        external_id: str | Unset = UNSET,
        individual_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        office_phone: str | Unset = UNSET,
        address_string: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        transaction_tags: builtins.list[str] | Unset = UNSET,
        country: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        document: DocumentUploadRequest | DocumentUploadRequestDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        result: RawResponse[Vendor] = self._run(
            self._inner.unarchive,
            vendor_id,
            body=body,
            external_id=external_id,
            individual_name=individual_name,
            company_name=company_name,
            email=email,
            mobile_phone=mobile_phone,
            office_phone=office_phone,
            address_string=address_string,
            memo=memo,
            transaction_tags=transaction_tags,
            country=country,
            vat_number=vat_number,
            document=document,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return result
