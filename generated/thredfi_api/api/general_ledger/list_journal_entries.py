from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_journal_entry_list import PaginatedJournalEntryList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    account: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_posted: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account"] = account

    params["created_by"] = created_by

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["is_posted"] = is_posted

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/general-ledger/journal-entries/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedJournalEntryList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse]:
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
    account: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_posted: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse]:
    """List journal entries

     Paginated journal entries with filters on date range, account, status, creator and posted status;
    search by description, reference or sequence number.

    Args:
        business_id (UUID):
        account (str | Unset):
        created_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_posted (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account=account,
        created_by=created_by,
        date_from=date_from,
        date_to=date_to,
        is_posted=is_posted,
        page=page,
        page_size=page_size,
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
    account: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_posted: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse | None:
    """List journal entries

     Paginated journal entries with filters on date range, account, status, creator and posted status;
    search by description, reference or sequence number.

    Args:
        business_id (UUID):
        account (str | Unset):
        created_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_posted (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        account=account,
        created_by=created_by,
        date_from=date_from,
        date_to=date_to,
        is_posted=is_posted,
        page=page,
        page_size=page_size,
        search=search,
        status=status,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_posted: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse]:
    """List journal entries

     Paginated journal entries with filters on date range, account, status, creator and posted status;
    search by description, reference or sequence number.

    Args:
        business_id (UUID):
        account (str | Unset):
        created_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_posted (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account=account,
        created_by=created_by,
        date_from=date_from,
        date_to=date_to,
        is_posted=is_posted,
        page=page,
        page_size=page_size,
        search=search,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    is_posted: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse | None:
    """List journal entries

     Paginated journal entries with filters on date range, account, status, creator and posted status;
    search by description, reference or sequence number.

    Args:
        business_id (UUID):
        account (str | Unset):
        created_by (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        is_posted (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedJournalEntryList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            account=account,
            created_by=created_by,
            date_from=date_from,
            date_to=date_to,
            is_posted=is_posted,
            page=page,
            page_size=page_size,
            search=search,
            status=status,
        )
    ).parsed
