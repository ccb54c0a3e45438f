from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_o_auth_2_token_response import BusinessOAuth2TokenResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    business_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/platform/{business_id}/oauth2/token/".format(
            business_id=quote(str(business_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessOAuth2TokenResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BusinessOAuth2TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessOAuth2TokenResponse | ErrorResponse]:
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
) -> Response[BusinessOAuth2TokenResponse | ErrorResponse]:
    """Get business token

     Exchange a partner (unscoped) token for a business-scoped JWT, valid only for endpoints whose URL
    contains that business_id.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessOAuth2TokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessOAuth2TokenResponse | ErrorResponse | None:
    """Get business token

     Exchange a partner (unscoped) token for a business-scoped JWT, valid only for endpoints whose URL
    contains that business_id.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessOAuth2TokenResponse | ErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[BusinessOAuth2TokenResponse | ErrorResponse]:
    """Get business token

     Exchange a partner (unscoped) token for a business-scoped JWT, valid only for endpoints whose URL
    contains that business_id.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessOAuth2TokenResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessOAuth2TokenResponse | ErrorResponse | None:
    """Get business token

     Exchange a partner (unscoped) token for a business-scoped JWT, valid only for endpoints whose URL
    contains that business_id.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessOAuth2TokenResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
        )
    ).parsed
