"""The ``vendors`` resource, and the endpoint functions of its operations (one module each).

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

    from ...models.create_vendor_request import CreateVendorRequest
    from ...models.document_upload_request import DocumentUploadRequest
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
        body: CreateVendorRequest,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Vendor: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRequest, body, fields),
        )
        result: Vendor = await self._call(_op, kwargs, operation="create_vendor", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._path("vendor_id", vendor_id),
        )
        result: Vendor = await self._call(_op, kwargs, operation="get_vendor", returns="model")
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
    ) -> AsyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._id(business_id),
                external_id=external_id,
                external_id_contains=external_id_contains,
                include_archived=include_archived,
                name=name,
                name_contains=name_contains,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_vendors", page=page, page_size=page_size)

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest,
    ) -> Vendor: ...

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Vendor: ...

    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._path("vendor_id", vendor_id),
            body=self._body(CreateVendorRequest, body, fields, absent=UNSET),
        )
        result: Vendor = await self._call(_op, kwargs, operation="unarchive_vendor", returns="model")
        return result


class PartnerVendorsResourceWithRawResponse(RawAPIResource):
    """``client.with_raw_response.vendors``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Vendor]: ...

    async def create(
        self,
        business_id: str | UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            body=self._body(CreateVendorRequest, body, fields),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="create_vendor", returns="model")
        return result

    async def get(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._path("vendor_id", vendor_id),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="get_vendor", returns="model")
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
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            external_id=external_id,
            external_id_contains=external_id_contains,
            include_archived=include_archived,
            name=name,
            name_contains=name_contains,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedVendorList] = await self._call(
            _op, kwargs, operation="list_vendors", returns="model"
        )
        return result

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Vendor]: ...

    async def unarchive(
        self,
        business_id: str | UUID,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._id(business_id),
            vendor_id=self._path("vendor_id", vendor_id),
            body=self._body(CreateVendorRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="unarchive_vendor", returns="model")
        return result


class VendorsResource(APIResource):
    """``client.for_business(id).vendors``: ``business_id`` is bound (business token)."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRequest,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Vendor: ...

    async def create(
        self,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> Vendor:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRequest, body, fields),
        )
        result: Vendor = await self._call(_op, kwargs, operation="create_vendor", returns="model")
        return result

    async def get(
        self,
        vendor_id: UUID,
    ) -> Vendor:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._path("vendor_id", vendor_id),
        )
        result: Vendor = await self._call(_op, kwargs, operation="get_vendor", returns="model")
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
    ) -> AsyncPaginator[Vendor]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        def kwargs(_page: int, _page_size: int | None) -> dict[str, Any]:
            return _op._get_kwargs(
                business_id=self._business_id,
                external_id=external_id,
                external_id_contains=external_id_contains,
                include_archived=include_archived,
                name=name,
                name_contains=name_contains,
                page=_page,
                page_size=UNSET if _page_size is None else _page_size,
            )

        return self._paginate(_op, kwargs, operation="list_vendors", page=page, page_size=page_size)

    @overload
    async def unarchive(
        self,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest,
    ) -> Vendor: ...

    @overload
    async def unarchive(
        self,
        vendor_id: UUID,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> Vendor: ...

    async def unarchive(
        self,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> Vendor:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._path("vendor_id", vendor_id),
            body=self._body(CreateVendorRequest, body, fields, absent=UNSET),
        )
        result: Vendor = await self._call(_op, kwargs, operation="unarchive_vendor", returns="model")
        return result


class VendorsResourceWithRawResponse(RawAPIResource):
    """``client.for_business(id).with_raw_response.vendors``: each call returns a ``thredfi.RawResponse``."""

    @overload
    async def create(
        self,
        *,
        body: CreateVendorRequest,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Vendor]: ...

    async def create(
        self,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Vendor]:
        """Create vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/create-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import create_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            body=self._body(CreateVendorRequest, body, fields),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="create_vendor", returns="model")
        return result

    async def get(
        self,
        vendor_id: UUID,
    ) -> RawResponse[Vendor]:
        """Fetch vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/get-vendor
        """
        from . import get_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._path("vendor_id", vendor_id),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="get_vendor", returns="model")
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
    ) -> RawResponse[PaginatedVendorList]:
        """List vendors

        Docs: https://docs.thredfi.com/api-reference/vendors/list-vendors
        """
        from . import list_vendors as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            external_id=external_id,
            external_id_contains=external_id_contains,
            include_archived=include_archived,
            name=name,
            name_contains=name_contains,
            page=page,
            page_size=page_size,
        )
        result: RawResponse[PaginatedVendorList] = await self._call(
            _op, kwargs, operation="list_vendors", returns="model"
        )
        return result

    @overload
    async def unarchive(
        self,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest,
    ) -> RawResponse[Vendor]: ...

    @overload
    async def unarchive(
        self,
        vendor_id: UUID,
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
        document: DocumentUploadRequest | Unset = UNSET,
    ) -> RawResponse[Vendor]: ...

    async def unarchive(
        self,
        vendor_id: UUID,
        *,
        body: CreateVendorRequest | None = None,
        **fields: Any,
    ) -> RawResponse[Vendor]:
        """Unarchive vendor

        Docs: https://docs.thredfi.com/api-reference/vendors/unarchive-vendor
        """
        from ...models.create_vendor_request import CreateVendorRequest
        from . import unarchive_vendor as _op

        kwargs = _op._get_kwargs(
            business_id=self._business_id,
            vendor_id=self._path("vendor_id", vendor_id),
            body=self._body(CreateVendorRequest, body, fields, absent=UNSET),
        )
        result: RawResponse[Vendor] = await self._call(_op, kwargs, operation="unarchive_vendor", returns="model")
        return result
