from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_bill_payment_list import PaginatedBillPaymentList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    bill_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_end: str | Unset = UNSET,
    payment_date_start: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bill_id"] = bill_id

    params["page"] = page

    params["page_size"] = page_size

    params["payment_date_end"] = payment_date_end

    params["payment_date_start"] = payment_date_start

    params["payment_method"] = payment_method

    params["search"] = search

    params["status"] = status

    params["vendor_id"] = vendor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/bills/payments/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBillPaymentList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse]:
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
    bill_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_end: str | Unset = UNSET,
    payment_date_start: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse]:
    """List bill payments

     Paginated bill payments with filters on status, payment method, vendor, bill and payment date;
    search by payment reference, check number or processor payment id.

    Args:
        business_id (UUID):
        bill_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_end (str | Unset):
        payment_date_start (str | Unset):
        payment_method (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bill_id=bill_id,
        page=page,
        page_size=page_size,
        payment_date_end=payment_date_end,
        payment_date_start=payment_date_start,
        payment_method=payment_method,
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
    bill_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_end: str | Unset = UNSET,
    payment_date_start: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse | None:
    """List bill payments

     Paginated bill payments with filters on status, payment method, vendor, bill and payment date;
    search by payment reference, check number or processor payment id.

    Args:
        business_id (UUID):
        bill_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_end (str | Unset):
        payment_date_start (str | Unset):
        payment_method (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        bill_id=bill_id,
        page=page,
        page_size=page_size,
        payment_date_end=payment_date_end,
        payment_date_start=payment_date_start,
        payment_method=payment_method,
        search=search,
        status=status,
        vendor_id=vendor_id,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    bill_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_end: str | Unset = UNSET,
    payment_date_start: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse]:
    """List bill payments

     Paginated bill payments with filters on status, payment method, vendor, bill and payment date;
    search by payment reference, check number or processor payment id.

    Args:
        business_id (UUID):
        bill_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_end (str | Unset):
        payment_date_start (str | Unset):
        payment_method (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bill_id=bill_id,
        page=page,
        page_size=page_size,
        payment_date_end=payment_date_end,
        payment_date_start=payment_date_start,
        payment_method=payment_method,
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
    bill_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_end: str | Unset = UNSET,
    payment_date_start: str | Unset = UNSET,
    payment_method: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    vendor_id: str | Unset = UNSET,
) -> ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse | None:
    """List bill payments

     Paginated bill payments with filters on status, payment method, vendor, bill and payment date;
    search by payment reference, check number or processor payment id.

    Args:
        business_id (UUID):
        bill_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_end (str | Unset):
        payment_date_start (str | Unset):
        payment_method (str | Unset):
        search (str | Unset):
        status (str | Unset):
        vendor_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBillPaymentList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            bill_id=bill_id,
            page=page,
            page_size=page_size,
            payment_date_end=payment_date_end,
            payment_date_start=payment_date_start,
            payment_method=payment_method,
            search=search,
            status=status,
            vendor_id=vendor_id,
        )
    ).parsed
