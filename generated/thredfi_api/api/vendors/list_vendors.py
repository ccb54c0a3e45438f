from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_vendor_list import PaginatedVendorList
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    external_id: str | Unset = UNSET,
    external_id_contains: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["external_id"] = external_id

    params["external_id_contains"] = external_id_contains

    params["include_archived"] = include_archived

    params["name"] = name

    params["name_contains"] = name_contains

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/vendors/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedVendorList | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedVendorList.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedVendorList | ValidationErrorResponse]:
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
    external_id: str | Unset = UNSET,
    external_id_contains: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedVendorList | ValidationErrorResponse]:
    """List vendors

     Paginated vendors of the business; archived vendors only with include_archived.

    Args:
        business_id (UUID):
        external_id (str | Unset):
        external_id_contains (str | Unset):
        include_archived (bool | Unset):  Default: False.
        name (str | Unset):
        name_contains (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedVendorList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        external_id=external_id,
        external_id_contains=external_id_contains,
        include_archived=include_archived,
        name=name,
        name_contains=name_contains,
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
    external_id: str | Unset = UNSET,
    external_id_contains: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedVendorList | ValidationErrorResponse | None:
    """List vendors

     Paginated vendors of the business; archived vendors only with include_archived.

    Args:
        business_id (UUID):
        external_id (str | Unset):
        external_id_contains (str | Unset):
        include_archived (bool | Unset):  Default: False.
        name (str | Unset):
        name_contains (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedVendorList | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        external_id=external_id,
        external_id_contains=external_id_contains,
        include_archived=include_archived,
        name=name,
        name_contains=name_contains,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    external_id: str | Unset = UNSET,
    external_id_contains: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedVendorList | ValidationErrorResponse]:
    """List vendors

     Paginated vendors of the business; archived vendors only with include_archived.

    Args:
        business_id (UUID):
        external_id (str | Unset):
        external_id_contains (str | Unset):
        include_archived (bool | Unset):  Default: False.
        name (str | Unset):
        name_contains (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedVendorList | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        external_id=external_id,
        external_id_contains=external_id_contains,
        include_archived=include_archived,
        name=name,
        name_contains=name_contains,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    external_id: str | Unset = UNSET,
    external_id_contains: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PaginatedVendorList | ValidationErrorResponse | None:
    """List vendors

     Paginated vendors of the business; archived vendors only with include_archived.

    Args:
        business_id (UUID):
        external_id (str | Unset):
        external_id_contains (str | Unset):
        include_archived (bool | Unset):  Default: False.
        name (str | Unset):
        name_contains (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedVendorList | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            external_id=external_id,
            external_id_contains=external_id_contains,
            include_archived=include_archived,
            name=name,
            name_contains=name_contains,
            page=page,
            page_size=page_size,
        )
    ).parsed
