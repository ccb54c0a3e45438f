from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_bank_transactions_transaction_type import (
    ListBankTransactionsTransactionType,
)
from ...models.paginated_bank_transaction_summary_list import PaginatedBankTransactionSummaryList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    account_id: str | Unset = UNSET,
    amount_max: int | Unset = UNSET,
    amount_min: int | Unset = UNSET,
    bank_account_connection_id: str | Unset = UNSET,
    categorization_status: list[str] | Unset = UNSET,
    currency: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    has_children: bool | Unset = UNSET,
    has_parent: bool | Unset = UNSET,
    is_categorized: bool | Unset = UNSET,
    is_reconciled: bool | Unset = UNSET,
    needs_categorization: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_id"] = account_id

    params["amount_max"] = amount_max

    params["amount_min"] = amount_min

    params["bank_account_connection_id"] = bank_account_connection_id

    json_categorization_status: list[str] | Unset = UNSET
    if not isinstance(categorization_status, Unset):
        json_categorization_status = categorization_status

    params["categorization_status"] = json_categorization_status

    params["currency"] = currency

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["direction"] = direction

    params["has_children"] = has_children

    params["has_parent"] = has_parent

    params["is_categorized"] = is_categorized

    params["is_reconciled"] = is_reconciled

    params["needs_categorization"] = needs_categorization

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["source"] = source

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type

    params["transaction_type"] = json_transaction_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/bank-transactions/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBankTransactionSummaryList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse]:
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
    account_id: str | Unset = UNSET,
    amount_max: int | Unset = UNSET,
    amount_min: int | Unset = UNSET,
    bank_account_connection_id: str | Unset = UNSET,
    categorization_status: list[str] | Unset = UNSET,
    currency: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    has_children: bool | Unset = UNSET,
    has_parent: bool | Unset = UNSET,
    is_categorized: bool | Unset = UNSET,
    is_reconciled: bool | Unset = UNSET,
    needs_categorization: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse]:
    """List bank transactions (business-scoped)

     Paginated bank transactions of the business with filters. Needs a business-scoped token for this
    business (or a partner token).

    Args:
        business_id (UUID):
        account_id (str | Unset):
        amount_max (int | Unset):
        amount_min (int | Unset):
        bank_account_connection_id (str | Unset):
        categorization_status (list[str] | Unset):
        currency (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        direction (str | Unset):
        has_children (bool | Unset):
        has_parent (bool | Unset):
        is_categorized (bool | Unset):
        is_reconciled (bool | Unset):
        needs_categorization (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        source (str | Unset):
        transaction_type (ListBankTransactionsTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
        amount_max=amount_max,
        amount_min=amount_min,
        bank_account_connection_id=bank_account_connection_id,
        categorization_status=categorization_status,
        currency=currency,
        date_from=date_from,
        date_to=date_to,
        direction=direction,
        has_children=has_children,
        has_parent=has_parent,
        is_categorized=is_categorized,
        is_reconciled=is_reconciled,
        needs_categorization=needs_categorization,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        source=source,
        transaction_type=transaction_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
    amount_max: int | Unset = UNSET,
    amount_min: int | Unset = UNSET,
    bank_account_connection_id: str | Unset = UNSET,
    categorization_status: list[str] | Unset = UNSET,
    currency: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    has_children: bool | Unset = UNSET,
    has_parent: bool | Unset = UNSET,
    is_categorized: bool | Unset = UNSET,
    is_reconciled: bool | Unset = UNSET,
    needs_categorization: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
) -> ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse | None:
    """List bank transactions (business-scoped)

     Paginated bank transactions of the business with filters. Needs a business-scoped token for this
    business (or a partner token).

    Args:
        business_id (UUID):
        account_id (str | Unset):
        amount_max (int | Unset):
        amount_min (int | Unset):
        bank_account_connection_id (str | Unset):
        categorization_status (list[str] | Unset):
        currency (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        direction (str | Unset):
        has_children (bool | Unset):
        has_parent (bool | Unset):
        is_categorized (bool | Unset):
        is_reconciled (bool | Unset):
        needs_categorization (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        source (str | Unset):
        transaction_type (ListBankTransactionsTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        account_id=account_id,
        amount_max=amount_max,
        amount_min=amount_min,
        bank_account_connection_id=bank_account_connection_id,
        categorization_status=categorization_status,
        currency=currency,
        date_from=date_from,
        date_to=date_to,
        direction=direction,
        has_children=has_children,
        has_parent=has_parent,
        is_categorized=is_categorized,
        is_reconciled=is_reconciled,
        needs_categorization=needs_categorization,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        source=source,
        transaction_type=transaction_type,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
    amount_max: int | Unset = UNSET,
    amount_min: int | Unset = UNSET,
    bank_account_connection_id: str | Unset = UNSET,
    categorization_status: list[str] | Unset = UNSET,
    currency: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    has_children: bool | Unset = UNSET,
    has_parent: bool | Unset = UNSET,
    is_categorized: bool | Unset = UNSET,
    is_reconciled: bool | Unset = UNSET,
    needs_categorization: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse]:
    """List bank transactions (business-scoped)

     Paginated bank transactions of the business with filters. Needs a business-scoped token for this
    business (or a partner token).

    Args:
        business_id (UUID):
        account_id (str | Unset):
        amount_max (int | Unset):
        amount_min (int | Unset):
        bank_account_connection_id (str | Unset):
        categorization_status (list[str] | Unset):
        currency (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        direction (str | Unset):
        has_children (bool | Unset):
        has_parent (bool | Unset):
        is_categorized (bool | Unset):
        is_reconciled (bool | Unset):
        needs_categorization (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        source (str | Unset):
        transaction_type (ListBankTransactionsTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
        amount_max=amount_max,
        amount_min=amount_min,
        bank_account_connection_id=bank_account_connection_id,
        categorization_status=categorization_status,
        currency=currency,
        date_from=date_from,
        date_to=date_to,
        direction=direction,
        has_children=has_children,
        has_parent=has_parent,
        is_categorized=is_categorized,
        is_reconciled=is_reconciled,
        needs_categorization=needs_categorization,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        source=source,
        transaction_type=transaction_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    account_id: str | Unset = UNSET,
    amount_max: int | Unset = UNSET,
    amount_min: int | Unset = UNSET,
    bank_account_connection_id: str | Unset = UNSET,
    categorization_status: list[str] | Unset = UNSET,
    currency: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    has_children: bool | Unset = UNSET,
    has_parent: bool | Unset = UNSET,
    is_categorized: bool | Unset = UNSET,
    is_reconciled: bool | Unset = UNSET,
    needs_categorization: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    transaction_type: ListBankTransactionsTransactionType | Unset = UNSET,
) -> ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse | None:
    """List bank transactions (business-scoped)

     Paginated bank transactions of the business with filters. Needs a business-scoped token for this
    business (or a partner token).

    Args:
        business_id (UUID):
        account_id (str | Unset):
        amount_max (int | Unset):
        amount_min (int | Unset):
        bank_account_connection_id (str | Unset):
        categorization_status (list[str] | Unset):
        currency (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        direction (str | Unset):
        has_children (bool | Unset):
        has_parent (bool | Unset):
        is_categorized (bool | Unset):
        is_reconciled (bool | Unset):
        needs_categorization (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        source (str | Unset):
        transaction_type (ListBankTransactionsTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBankTransactionSummaryList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            account_id=account_id,
            amount_max=amount_max,
            amount_min=amount_min,
            bank_account_connection_id=bank_account_connection_id,
            categorization_status=categorization_status,
            currency=currency,
            date_from=date_from,
            date_to=date_to,
            direction=direction,
            has_children=has_children,
            has_parent=has_parent,
            is_categorized=is_categorized,
            is_reconciled=is_reconciled,
            needs_categorization=needs_categorization,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            source=source,
            transaction_type=transaction_type,
        )
    ).parsed
