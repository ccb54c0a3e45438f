import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_vendor_refund_list import PaginatedVendorRefundList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    currency: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    is_fully_allocated: bool | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    refund_date_end: datetime.date | Unset = UNSET,
    refund_date_start: datetime.date | Unset = UNSET,
    refund_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["external_id"] = external_id

    params["is_fully_allocated"] = is_fully_allocated

    params["max_amount"] = max_amount

    params["min_amount"] = min_amount

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_refund_date_end: str | Unset = UNSET
    if not isinstance(refund_date_end, Unset):
        json_refund_date_end = refund_date_end.isoformat()
    params["refund_date_end"] = json_refund_date_end

    json_refund_date_start: str | Unset = UNSET
    if not isinstance(refund_date_start, Unset):
        json_refund_date_start = refund_date_start.isoformat()
    params["refund_date_start"] = json_refund_date_start

    params["refund_type"] = refund_type

    params["search"] = search

    params["status"] = status

    params["vendor_id"] = vendor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/vendor-refunds/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedVendorRefundList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    is_fully_allocated: bool | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    refund_date_end: datetime.date | Unset = UNSET,
    refund_date_start: datetime.date | Unset = UNSET,
    refund_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse]:
    """List vendor refunds

     Paginated vendor refunds with filters (status, type, vendor, date and amount ranges, currency,
    allocation) and search; ordering by refund_date, total_refunded_amount_cents, status or
    vendor__company_name (default -refund_date,-created_at).

    Args:
        business_id (UUID):
        currency (str | Unset):
        external_id (str | Unset):
        is_fully_allocated (bool | Unset):
        max_amount (int | Unset):
        min_amount (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        refund_date_end (datetime.date | Unset):
        refund_date_start (datetime.date | Unset):
        refund_type (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        currency=currency,
        external_id=external_id,
        is_fully_allocated=is_fully_allocated,
        max_amount=max_amount,
        min_amount=min_amount,
        ordering=ordering,
        page=page,
        page_size=page_size,
        refund_date_end=refund_date_end,
        refund_date_start=refund_date_start,
        refund_type=refund_type,
        search=search,
        status=status,
        vendor_id=vendor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    is_fully_allocated: bool | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    refund_date_end: datetime.date | Unset = UNSET,
    refund_date_start: datetime.date | Unset = UNSET,
    refund_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse | None:
    """List vendor refunds

     Paginated vendor refunds with filters (status, type, vendor, date and amount ranges, currency,
    allocation) and search; ordering by refund_date, total_refunded_amount_cents, status or
    vendor__company_name (default -refund_date,-created_at).

    Args:
        business_id (UUID):
        currency (str | Unset):
        external_id (str | Unset):
        is_fully_allocated (bool | Unset):
        max_amount (int | Unset):
        min_amount (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        refund_date_end (datetime.date | Unset):
        refund_date_start (datetime.date | Unset):
        refund_type (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        currency=currency,
        external_id=external_id,
        is_fully_allocated=is_fully_allocated,
        max_amount=max_amount,
        min_amount=min_amount,
        ordering=ordering,
        page=page,
        page_size=page_size,
        refund_date_end=refund_date_end,
        refund_date_start=refund_date_start,
        refund_type=refund_type,
        search=search,
        status=status,
        vendor_id=vendor_id,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    is_fully_allocated: bool | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    refund_date_end: datetime.date | Unset = UNSET,
    refund_date_start: datetime.date | Unset = UNSET,
    refund_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse]:
    """List vendor refunds

     Paginated vendor refunds with filters (status, type, vendor, date and amount ranges, currency,
    allocation) and search; ordering by refund_date, total_refunded_amount_cents, status or
    vendor__company_name (default -refund_date,-created_at).

    Args:
        business_id (UUID):
        currency (str | Unset):
        external_id (str | Unset):
        is_fully_allocated (bool | Unset):
        max_amount (int | Unset):
        min_amount (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        refund_date_end (datetime.date | Unset):
        refund_date_start (datetime.date | Unset):
        refund_type (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        currency=currency,
        external_id=external_id,
        is_fully_allocated=is_fully_allocated,
        max_amount=max_amount,
        min_amount=min_amount,
        ordering=ordering,
        page=page,
        page_size=page_size,
        refund_date_end=refund_date_end,
        refund_date_start=refund_date_start,
        refund_type=refund_type,
        search=search,
        status=status,
        vendor_id=vendor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    is_fully_allocated: bool | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    refund_date_end: datetime.date | Unset = UNSET,
    refund_date_start: datetime.date | Unset = UNSET,
    refund_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse | None:
    """List vendor refunds

     Paginated vendor refunds with filters (status, type, vendor, date and amount ranges, currency,
    allocation) and search; ordering by refund_date, total_refunded_amount_cents, status or
    vendor__company_name (default -refund_date,-created_at).

    Args:
        business_id (UUID):
        currency (str | Unset):
        external_id (str | Unset):
        is_fully_allocated (bool | Unset):
        max_amount (int | Unset):
        min_amount (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        refund_date_end (datetime.date | Unset):
        refund_date_start (datetime.date | Unset):
        refund_type (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedVendorRefundList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            currency=currency,
            external_id=external_id,
            is_fully_allocated=is_fully_allocated,
            max_amount=max_amount,
            min_amount=min_amount,
            ordering=ordering,
            page=page,
            page_size=page_size,
            refund_date_end=refund_date_end,
            refund_date_start=refund_date_start,
            refund_type=refund_type,
            search=search,
            status=status,
            vendor_id=vendor_id,
        )
    ).parsed
