from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_business_list import PaginatedBusinessList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["entity_type"] = entity_type

    params["is_archived"] = is_archived

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedBusinessList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedBusinessList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedBusinessList | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBusinessList | ValidationErrorResponse]:
    """List businesses

     List the partner's active businesses, paginated. Supported countries: EU/UK, Nordic and APAC
    markets; supported currencies GBP, EUR, USD, SEK, NOK, DKK, ISK, MYR, SGD.

    Args:
        country (str | Unset):
        entity_type (str | Unset):
        is_archived (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBusinessList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        country=country,
        entity_type=entity_type,
        is_archived=is_archived,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedBusinessList | ValidationErrorResponse | None:
    """List businesses

     List the partner's active businesses, paginated. Supported countries: EU/UK, Nordic and APAC
    markets; supported currencies GBP, EUR, USD, SEK, NOK, DKK, ISK, MYR, SGD.

    Args:
        country (str | Unset):
        entity_type (str | Unset):
        is_archived (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBusinessList | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        country=country,
        entity_type=entity_type,
        is_archived=is_archived,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedBusinessList | ValidationErrorResponse]:
    """List businesses

     List the partner's active businesses, paginated. Supported countries: EU/UK, Nordic and APAC
    markets; supported currencies GBP, EUR, USD, SEK, NOK, DKK, ISK, MYR, SGD.

    Args:
        country (str | Unset):
        entity_type (str | Unset):
        is_archived (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedBusinessList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        country=country,
        entity_type=entity_type,
        is_archived=is_archived,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedBusinessList | ValidationErrorResponse | None:
    """List businesses

     List the partner's active businesses, paginated. Supported countries: EU/UK, Nordic and APAC
    markets; supported currencies GBP, EUR, USD, SEK, NOK, DKK, ISK, MYR, SGD.

    Args:
        country (str | Unset):
        entity_type (str | Unset):
        is_archived (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedBusinessList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            entity_type=entity_type,
            is_archived=is_archived,
            page=page,
            page_size=page_size,
        )
    ).parsed
