from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_bank_accounts_bank_link_status import (
    ListBankAccountsBankLinkStatus,
)
from ...models.paginated_bank_account_connection_summary_list import PaginatedBankAccountConnectionSummaryList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id_path: UUID,
    *,
    account_key: str | Unset = UNSET,
    balance_max: float | Unset = UNSET,
    balance_min: float | Unset = UNSET,
    bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
    business_id_query: str | Unset = UNSET,
    business_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    first_sync_after: str | Unset = UNSET,
    first_sync_before: str | Unset = UNSET,
    has_been_synced: bool | Unset = UNSET,
    has_mapped_account: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mapped_account_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_key"] = account_key

    params["balance_max"] = balance_max

    params["balance_min"] = balance_min

    json_bank_link_status: str | Unset = UNSET
    if not isinstance(bank_link_status, Unset):
        json_bank_link_status = bank_link_status

    params["bank_link_status"] = json_bank_link_status

    params["business_id"] = business_id_query

    params["business_name"] = business_name

    params["currency"] = currency

    params["display_name"] = display_name

    params["first_sync_after"] = first_sync_after

    params["first_sync_before"] = first_sync_before

    params["has_been_synced"] = has_been_synced

    params["has_mapped_account"] = has_mapped_account

    params["is_active"] = is_active

    params["mapped_account_id"] = mapped_account_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["provider"] = provider

    params["search"] = search

    params["updated_after"] = updated_after

    params["updated_before"] = updated_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id_path}/bank-accounts/".format(
            business_id_path=quote(str(business_id_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBankAccountConnectionSummaryList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id_path: UUID,
    *,
    client: AuthenticatedClient,
    account_key: str | Unset = UNSET,
    balance_max: float | Unset = UNSET,
    balance_min: float | Unset = UNSET,
    bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
    business_id_query: str | Unset = UNSET,
    business_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    first_sync_after: str | Unset = UNSET,
    first_sync_before: str | Unset = UNSET,
    has_been_synced: bool | Unset = UNSET,
    has_mapped_account: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mapped_account_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse]:
    """List bank account connections

     Paginated list of bank account connections (e.g. Plaid) with filters; the response also carries
    statistics for the filtered results (shape not documented, kept as additional properties).

    Args:
        business_id_path (UUID):
        account_key (str | Unset):
        balance_max (float | Unset):
        balance_min (float | Unset):
        bank_link_status (ListBankAccountsBankLinkStatus | Unset):
        business_id_query (str | Unset):
        business_name (str | Unset):
        currency (str | Unset):
        display_name (str | Unset):
        first_sync_after (str | Unset):
        first_sync_before (str | Unset):
        has_been_synced (bool | Unset):
        has_mapped_account (bool | Unset):
        is_active (bool | Unset):
        mapped_account_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id_path=business_id_path,
        account_key=account_key,
        balance_max=balance_max,
        balance_min=balance_min,
        bank_link_status=bank_link_status,
        business_id_query=business_id_query,
        business_name=business_name,
        currency=currency,
        display_name=display_name,
        first_sync_after=first_sync_after,
        first_sync_before=first_sync_before,
        has_been_synced=has_been_synced,
        has_mapped_account=has_mapped_account,
        is_active=is_active,
        mapped_account_id=mapped_account_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id_path: UUID,
    *,
    client: AuthenticatedClient,
    account_key: str | Unset = UNSET,
    balance_max: float | Unset = UNSET,
    balance_min: float | Unset = UNSET,
    bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
    business_id_query: str | Unset = UNSET,
    business_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    first_sync_after: str | Unset = UNSET,
    first_sync_before: str | Unset = UNSET,
    has_been_synced: bool | Unset = UNSET,
    has_mapped_account: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mapped_account_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse | None:
    """List bank account connections

     Paginated list of bank account connections (e.g. Plaid) with filters; the response also carries
    statistics for the filtered results (shape not documented, kept as additional properties).

    Args:
        business_id_path (UUID):
        account_key (str | Unset):
        balance_max (float | Unset):
        balance_min (float | Unset):
        bank_link_status (ListBankAccountsBankLinkStatus | Unset):
        business_id_query (str | Unset):
        business_name (str | Unset):
        currency (str | Unset):
        display_name (str | Unset):
        first_sync_after (str | Unset):
        first_sync_before (str | Unset):
        has_been_synced (bool | Unset):
        has_mapped_account (bool | Unset):
        is_active (bool | Unset):
        mapped_account_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id_path=business_id_path,
        client=client,
        account_key=account_key,
        balance_max=balance_max,
        balance_min=balance_min,
        bank_link_status=bank_link_status,
        business_id_query=business_id_query,
        business_name=business_name,
        currency=currency,
        display_name=display_name,
        first_sync_after=first_sync_after,
        first_sync_before=first_sync_before,
        has_been_synced=has_been_synced,
        has_mapped_account=has_mapped_account,
        is_active=is_active,
        mapped_account_id=mapped_account_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    business_id_path: UUID,
    *,
    client: AuthenticatedClient,
    account_key: str | Unset = UNSET,
    balance_max: float | Unset = UNSET,
    balance_min: float | Unset = UNSET,
    bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
    business_id_query: str | Unset = UNSET,
    business_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    first_sync_after: str | Unset = UNSET,
    first_sync_before: str | Unset = UNSET,
    has_been_synced: bool | Unset = UNSET,
    has_mapped_account: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mapped_account_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse]:
    """List bank account connections

     Paginated list of bank account connections (e.g. Plaid) with filters; the response also carries
    statistics for the filtered results (shape not documented, kept as additional properties).

    Args:
        business_id_path (UUID):
        account_key (str | Unset):
        balance_max (float | Unset):
        balance_min (float | Unset):
        bank_link_status (ListBankAccountsBankLinkStatus | Unset):
        business_id_query (str | Unset):
        business_name (str | Unset):
        currency (str | Unset):
        display_name (str | Unset):
        first_sync_after (str | Unset):
        first_sync_before (str | Unset):
        has_been_synced (bool | Unset):
        has_mapped_account (bool | Unset):
        is_active (bool | Unset):
        mapped_account_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id_path=business_id_path,
        account_key=account_key,
        balance_max=balance_max,
        balance_min=balance_min,
        bank_link_status=bank_link_status,
        business_id_query=business_id_query,
        business_name=business_name,
        currency=currency,
        display_name=display_name,
        first_sync_after=first_sync_after,
        first_sync_before=first_sync_before,
        has_been_synced=has_been_synced,
        has_mapped_account=has_mapped_account,
        is_active=is_active,
        mapped_account_id=mapped_account_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id_path: UUID,
    *,
    client: AuthenticatedClient,
    account_key: str | Unset = UNSET,
    balance_max: float | Unset = UNSET,
    balance_min: float | Unset = UNSET,
    bank_link_status: ListBankAccountsBankLinkStatus | Unset = UNSET,
    business_id_query: str | Unset = UNSET,
    business_name: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    first_sync_after: str | Unset = UNSET,
    first_sync_before: str | Unset = UNSET,
    has_been_synced: bool | Unset = UNSET,
    has_mapped_account: bool | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mapped_account_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse | None:
    """List bank account connections

     Paginated list of bank account connections (e.g. Plaid) with filters; the response also carries
    statistics for the filtered results (shape not documented, kept as additional properties).

    Args:
        business_id_path (UUID):
        account_key (str | Unset):
        balance_max (float | Unset):
        balance_min (float | Unset):
        bank_link_status (ListBankAccountsBankLinkStatus | Unset):
        business_id_query (str | Unset):
        business_name (str | Unset):
        currency (str | Unset):
        display_name (str | Unset):
        first_sync_after (str | Unset):
        first_sync_before (str | Unset):
        has_been_synced (bool | Unset):
        has_mapped_account (bool | Unset):
        is_active (bool | Unset):
        mapped_account_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (str | Unset):
        search (str | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBankAccountConnectionSummaryList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id_path=business_id_path,
            client=client,
            account_key=account_key,
            balance_max=balance_max,
            balance_min=balance_min,
            bank_link_status=bank_link_status,
            business_id_query=business_id_query,
            business_name=business_name,
            currency=currency,
            display_name=display_name,
            first_sync_after=first_sync_after,
            first_sync_before=first_sync_before,
            has_been_synced=has_been_synced,
            has_mapped_account=has_mapped_account,
            is_active=is_active,
            mapped_account_id=mapped_account_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
