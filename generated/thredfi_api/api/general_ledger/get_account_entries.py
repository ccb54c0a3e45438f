import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_entries import AccountEntries
from ...models.error_response import ErrorResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    account_id: str,
    *,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page"] = page

    params["page_size"] = page_size

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/entries/".format(
            business_id=quote(str(business_id), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountEntries | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountEntries.from_dict(response.json())

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
) -> Response[AccountEntries | ErrorResponse | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[AccountEntries | ErrorResponse | ValidationErrorResponse]:
    """Get account journal entry lines

     Journal entry lines of one account, paginated, with a running balance per line and the opening and
    closing balance of the period (cents).

    Args:
        business_id (UUID):
        account_id (str):
        end_date (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountEntries | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
        end_date=end_date,
        page=page,
        page_size=page_size,
        start_date=start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> AccountEntries | ErrorResponse | ValidationErrorResponse | None:
    """Get account journal entry lines

     Journal entry lines of one account, paginated, with a running balance per line and the opening and
    closing balance of the period (cents).

    Args:
        business_id (UUID):
        account_id (str):
        end_date (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountEntries | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        account_id=account_id,
        client=client,
        end_date=end_date,
        page=page,
        page_size=page_size,
        start_date=start_date,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[AccountEntries | ErrorResponse | ValidationErrorResponse]:
    """Get account journal entry lines

     Journal entry lines of one account, paginated, with a running balance per line and the opening and
    closing balance of the period (cents).

    Args:
        business_id (UUID):
        account_id (str):
        end_date (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountEntries | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
        end_date=end_date,
        page=page,
        page_size=page_size,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> AccountEntries | ErrorResponse | ValidationErrorResponse | None:
    """Get account journal entry lines

     Journal entry lines of one account, paginated, with a running balance per line and the opening and
    closing balance of the period (cents).

    Args:
        business_id (UUID):
        account_id (str):
        end_date (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountEntries | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            account_id=account_id,
            client=client,
            end_date=end_date,
            page=page,
            page_size=page_size,
            start_date=start_date,
        )
    ).parsed
