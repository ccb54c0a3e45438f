import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_invoice_payment_list import PaginatedInvoicePaymentList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    customer_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fully_allocated: bool | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    method: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    order: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customer_id"] = customer_id

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["fully_allocated"] = fully_allocated

    params["invoice_id"] = invoice_id

    params["max_amount"] = max_amount

    params["method"] = method

    params["min_amount"] = min_amount

    params["order"] = order

    params["page"] = page

    params["page_size"] = page_size

    params["processor"] = processor

    params["search"] = search

    params["sort_by"] = sort_by

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/invoices/payments/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedInvoicePaymentList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse]:
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
    customer_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fully_allocated: bool | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    method: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    order: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse]:
    """List invoice payments

     Paginated invoice payments with filters.

    Args:
        business_id (UUID):
        customer_id (str | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        fully_allocated (bool | Unset):
        invoice_id (str | Unset):
        max_amount (int | Unset):
        method (str | Unset):
        min_amount (int | Unset):
        order (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        sort_by (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        customer_id=customer_id,
        date_from=date_from,
        date_to=date_to,
        fully_allocated=fully_allocated,
        invoice_id=invoice_id,
        max_amount=max_amount,
        method=method,
        min_amount=min_amount,
        order=order,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
        sort_by=sort_by,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fully_allocated: bool | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    method: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    order: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse | None:
    """List invoice payments

     Paginated invoice payments with filters.

    Args:
        business_id (UUID):
        customer_id (str | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        fully_allocated (bool | Unset):
        invoice_id (str | Unset):
        max_amount (int | Unset):
        method (str | Unset):
        min_amount (int | Unset):
        order (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        sort_by (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        customer_id=customer_id,
        date_from=date_from,
        date_to=date_to,
        fully_allocated=fully_allocated,
        invoice_id=invoice_id,
        max_amount=max_amount,
        method=method,
        min_amount=min_amount,
        order=order,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
        sort_by=sort_by,
        status=status,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fully_allocated: bool | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    method: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    order: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse]:
    """List invoice payments

     Paginated invoice payments with filters.

    Args:
        business_id (UUID):
        customer_id (str | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        fully_allocated (bool | Unset):
        invoice_id (str | Unset):
        max_amount (int | Unset):
        method (str | Unset):
        min_amount (int | Unset):
        order (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        sort_by (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        customer_id=customer_id,
        date_from=date_from,
        date_to=date_to,
        fully_allocated=fully_allocated,
        invoice_id=invoice_id,
        max_amount=max_amount,
        method=method,
        min_amount=min_amount,
        order=order,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
        sort_by=sort_by,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fully_allocated: bool | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    method: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    order: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse | None:
    """List invoice payments

     Paginated invoice payments with filters.

    Args:
        business_id (UUID):
        customer_id (str | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        fully_allocated (bool | Unset):
        invoice_id (str | Unset):
        max_amount (int | Unset):
        method (str | Unset):
        min_amount (int | Unset):
        order (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        sort_by (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedInvoicePaymentList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            customer_id=customer_id,
            date_from=date_from,
            date_to=date_to,
            fully_allocated=fully_allocated,
            invoice_id=invoice_id,
            max_amount=max_amount,
            method=method,
            min_amount=min_amount,
            order=order,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            sort_by=sort_by,
            status=status,
        )
    ).parsed
