import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_invoice_list import PaginatedInvoiceList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["customer_id"] = customer_id

    json_due_at_end: str | Unset = UNSET
    if not isinstance(due_at_end, Unset):
        json_due_at_end = due_at_end.isoformat()
    params["due_at_end"] = json_due_at_end

    json_due_at_start: str | Unset = UNSET
    if not isinstance(due_at_start, Unset):
        json_due_at_start = due_at_start.isoformat()
    params["due_at_start"] = json_due_at_start

    params["max_amount"] = max_amount

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/invoices/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedInvoiceList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse]:
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
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse]:
    """List invoices

     Paginated invoices of the business with filters.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse | None:
    """List invoices

     Paginated invoices of the business with filters.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse]:
    """List invoices

     Paginated invoices of the business with filters.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse | None:
    """List invoices

     Paginated invoices of the business with filters.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedInvoiceList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            customer_external_id=customer_external_id,
            customer_id=customer_id,
            due_at_end=due_at_end,
            due_at_start=due_at_start,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
        )
    ).parsed
