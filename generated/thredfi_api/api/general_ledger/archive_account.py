from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.ledger_account_detail import LedgerAccountDetail
from ...models.validation_error_response import ValidationErrorResponse
from ...types import Response


def _get_kwargs(
    business_id: UUID,
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/".format(
            business_id=quote(str(business_id), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LedgerAccountDetail | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = LedgerAccountDetail.from_dict(response.json())

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
) -> Response[ErrorResponse | LedgerAccountDetail | ValidationErrorResponse]:
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
) -> Response[ErrorResponse | LedgerAccountDetail | ValidationErrorResponse]:
    """Archive account (soft delete)

     Archive an account (soft delete). account_id accepts UUID, account code, or external_id. An account
    with a non-zero balance or active child accounts cannot be archived. Answers the archived account
    (is_active false).

    Args:
        business_id (UUID):
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LedgerAccountDetail | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
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
) -> ErrorResponse | LedgerAccountDetail | ValidationErrorResponse | None:
    """Archive account (soft delete)

     Archive an account (soft delete). account_id accepts UUID, account code, or external_id. An account
    with a non-zero balance or active child accounts cannot be archived. Answers the archived account
    (is_active false).

    Args:
        business_id (UUID):
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LedgerAccountDetail | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | LedgerAccountDetail | ValidationErrorResponse]:
    """Archive account (soft delete)

     Archive an account (soft delete). account_id accepts UUID, account code, or external_id. An account
    with a non-zero balance or active child accounts cannot be archived. Answers the archived account
    (is_active false).

    Args:
        business_id (UUID):
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LedgerAccountDetail | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    account_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | LedgerAccountDetail | ValidationErrorResponse | None:
    """Archive account (soft delete)

     Archive an account (soft delete). account_id accepts UUID, account code, or external_id. An account
    with a non-zero balance or active child accounts cannot be archived. Answers the archived account
    (is_active false).

    Args:
        business_id (UUID):
        account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LedgerAccountDetail | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            account_id=account_id,
            client=client,
        )
    ).parsed
