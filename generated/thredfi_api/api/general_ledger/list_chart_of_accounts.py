from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_ledger_account_list import PaginatedLedgerAccountList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    account_type: str | Unset = UNSET,
    fiscal_year: int | Unset = UNSET,
    group_by: str | Unset = UNSET,
    include_zero_balance: bool | Unset = True,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    period_month: int | Unset = UNSET,
    period_year: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_type"] = account_type

    params["fiscal_year"] = fiscal_year

    params["group_by"] = group_by

    params["include_zero_balance"] = include_zero_balance

    params["page"] = page

    params["page_size"] = page_size

    params["parent"] = parent

    params["period_month"] = period_month

    params["period_year"] = period_year

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedLedgerAccountList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse]:
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
    account_type: str | Unset = UNSET,
    fiscal_year: int | Unset = UNSET,
    group_by: str | Unset = UNSET,
    include_zero_balance: bool | Unset = True,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    period_month: int | Unset = UNSET,
    period_year: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse]:
    """List chart of accounts

     Paginated ledger accounts with current balances. Filters: account type, fiscal year, accounting
    period (period_year and period_month together), parent, search, zero balances.

    Args:
        business_id (UUID):
        account_type (str | Unset):
        fiscal_year (int | Unset):
        group_by (str | Unset):
        include_zero_balance (bool | Unset):  Default: True.
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        period_month (int | Unset):
        period_year (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_type=account_type,
        fiscal_year=fiscal_year,
        group_by=group_by,
        include_zero_balance=include_zero_balance,
        page=page,
        page_size=page_size,
        parent=parent,
        period_month=period_month,
        period_year=period_year,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_type: str | Unset = UNSET,
    fiscal_year: int | Unset = UNSET,
    group_by: str | Unset = UNSET,
    include_zero_balance: bool | Unset = True,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    period_month: int | Unset = UNSET,
    period_year: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse | None:
    """List chart of accounts

     Paginated ledger accounts with current balances. Filters: account type, fiscal year, accounting
    period (period_year and period_month together), parent, search, zero balances.

    Args:
        business_id (UUID):
        account_type (str | Unset):
        fiscal_year (int | Unset):
        group_by (str | Unset):
        include_zero_balance (bool | Unset):  Default: True.
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        period_month (int | Unset):
        period_year (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        account_type=account_type,
        fiscal_year=fiscal_year,
        group_by=group_by,
        include_zero_balance=include_zero_balance,
        page=page,
        page_size=page_size,
        parent=parent,
        period_month=period_month,
        period_year=period_year,
        search=search,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_type: str | Unset = UNSET,
    fiscal_year: int | Unset = UNSET,
    group_by: str | Unset = UNSET,
    include_zero_balance: bool | Unset = True,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    period_month: int | Unset = UNSET,
    period_year: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse]:
    """List chart of accounts

     Paginated ledger accounts with current balances. Filters: account type, fiscal year, accounting
    period (period_year and period_month together), parent, search, zero balances.

    Args:
        business_id (UUID):
        account_type (str | Unset):
        fiscal_year (int | Unset):
        group_by (str | Unset):
        include_zero_balance (bool | Unset):  Default: True.
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        period_month (int | Unset):
        period_year (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_type=account_type,
        fiscal_year=fiscal_year,
        group_by=group_by,
        include_zero_balance=include_zero_balance,
        page=page,
        page_size=page_size,
        parent=parent,
        period_month=period_month,
        period_year=period_year,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_type: str | Unset = UNSET,
    fiscal_year: int | Unset = UNSET,
    group_by: str | Unset = UNSET,
    include_zero_balance: bool | Unset = True,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent: str | Unset = UNSET,
    period_month: int | Unset = UNSET,
    period_year: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse | None:
    """List chart of accounts

     Paginated ledger accounts with current balances. Filters: account type, fiscal year, accounting
    period (period_year and period_month together), parent, search, zero balances.

    Args:
        business_id (UUID):
        account_type (str | Unset):
        fiscal_year (int | Unset):
        group_by (str | Unset):
        include_zero_balance (bool | Unset):  Default: True.
        page (int | Unset):
        page_size (int | Unset):
        parent (str | Unset):
        period_month (int | Unset):
        period_year (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedLedgerAccountList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            account_type=account_type,
            fiscal_year=fiscal_year,
            group_by=group_by,
            include_zero_balance=include_zero_balance,
            page=page,
            page_size=page_size,
            parent=parent,
            period_month=period_month,
            period_year=period_year,
            search=search,
        )
    ).parsed
