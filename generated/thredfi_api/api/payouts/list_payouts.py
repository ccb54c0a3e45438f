import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_payout_list import PaginatedPayoutList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    completed_at_end: datetime.datetime | Unset = UNSET,
    completed_at_start: datetime.datetime | Unset = UNSET,
    external_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_completed_at_end: str | Unset = UNSET
    if not isinstance(completed_at_end, Unset):
        json_completed_at_end = completed_at_end.isoformat()
    params["completed_at_end"] = json_completed_at_end

    json_completed_at_start: str | Unset = UNSET
    if not isinstance(completed_at_start, Unset):
        json_completed_at_start = completed_at_start.isoformat()
    params["completed_at_start"] = json_completed_at_start

    params["external_id"] = external_id

    params["max_amount"] = max_amount

    params["page"] = page

    params["page_size"] = page_size

    params["processor"] = processor

    params["search"] = search

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/payouts/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedPayoutList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedPayoutList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedPayoutList | ValidationErrorResponse]:
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
    completed_at_end: datetime.datetime | Unset = UNSET,
    completed_at_start: datetime.datetime | Unset = UNSET,
    external_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedPayoutList | ValidationErrorResponse]:
    """List payouts

     Paginated payouts of the business with filters.

    Args:
        business_id (UUID):
        completed_at_end (datetime.datetime | Unset):
        completed_at_start (datetime.datetime | Unset):
        external_id (str | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedPayoutList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        completed_at_end=completed_at_end,
        completed_at_start=completed_at_start,
        external_id=external_id,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
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
    completed_at_end: datetime.datetime | Unset = UNSET,
    completed_at_start: datetime.datetime | Unset = UNSET,
    external_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedPayoutList | ValidationErrorResponse | None:
    """List payouts

     Paginated payouts of the business with filters.

    Args:
        business_id (UUID):
        completed_at_end (datetime.datetime | Unset):
        completed_at_start (datetime.datetime | Unset):
        external_id (str | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedPayoutList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        completed_at_end=completed_at_end,
        completed_at_start=completed_at_start,
        external_id=external_id,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
        status=status,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    completed_at_end: datetime.datetime | Unset = UNSET,
    completed_at_start: datetime.datetime | Unset = UNSET,
    external_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedPayoutList | ValidationErrorResponse]:
    """List payouts

     Paginated payouts of the business with filters.

    Args:
        business_id (UUID):
        completed_at_end (datetime.datetime | Unset):
        completed_at_start (datetime.datetime | Unset):
        external_id (str | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedPayoutList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        completed_at_end=completed_at_end,
        completed_at_start=completed_at_start,
        external_id=external_id,
        max_amount=max_amount,
        page=page,
        page_size=page_size,
        processor=processor,
        search=search,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    completed_at_end: datetime.datetime | Unset = UNSET,
    completed_at_start: datetime.datetime | Unset = UNSET,
    external_id: str | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    processor: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedPayoutList | ValidationErrorResponse | None:
    """List payouts

     Paginated payouts of the business with filters.

    Args:
        business_id (UUID):
        completed_at_end (datetime.datetime | Unset):
        completed_at_start (datetime.datetime | Unset):
        external_id (str | Unset):
        max_amount (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        processor (str | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedPayoutList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            completed_at_end=completed_at_end,
            completed_at_start=completed_at_start,
            external_id=external_id,
            max_amount=max_amount,
            page=page,
            page_size=page_size,
            processor=processor,
            search=search,
            status=status,
        )
    ).parsed
