from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_create_response import BusinessCreateResponse
from ...models.create_business_request import CreateBusinessRequest
from ...models.error_response import ErrorResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBusinessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/platform/businesses/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessCreateResponse | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = BusinessCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = BusinessCreateResponse.from_dict(response.json())

        return response_201

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
) -> Response[BusinessCreateResponse | ErrorResponse | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBusinessRequest,
) -> Response[BusinessCreateResponse | ErrorResponse | ValidationErrorResponse]:
    """Create business (idempotent)

     Create a business, idempotent on external_id: an existing business with the same external_id is
    returned with 200 instead of a duplicate. Required: external_id, legal_name, entity_type, email.
    Entity types are validated for some countries (GB, DE, NL, ES, BE, MY, SG). The response carries a
    _meta field saying whether the business was created or returned.

    Args:
        body (CreateBusinessRequest): A business to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessCreateResponse | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateBusinessRequest,
) -> BusinessCreateResponse | ErrorResponse | ValidationErrorResponse | None:
    """Create business (idempotent)

     Create a business, idempotent on external_id: an existing business with the same external_id is
    returned with 200 instead of a duplicate. Required: external_id, legal_name, entity_type, email.
    Entity types are validated for some countries (GB, DE, NL, ES, BE, MY, SG). The response carries a
    _meta field saying whether the business was created or returned.

    Args:
        body (CreateBusinessRequest): A business to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessCreateResponse | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBusinessRequest,
) -> Response[BusinessCreateResponse | ErrorResponse | ValidationErrorResponse]:
    """Create business (idempotent)

     Create a business, idempotent on external_id: an existing business with the same external_id is
    returned with 200 instead of a duplicate. Required: external_id, legal_name, entity_type, email.
    Entity types are validated for some countries (GB, DE, NL, ES, BE, MY, SG). The response carries a
    _meta field saying whether the business was created or returned.

    Args:
        body (CreateBusinessRequest): A business to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessCreateResponse | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBusinessRequest,
) -> BusinessCreateResponse | ErrorResponse | ValidationErrorResponse | None:
    """Create business (idempotent)

     Create a business, idempotent on external_id: an existing business with the same external_id is
    returned with 200 instead of a duplicate. Required: external_id, legal_name, entity_type, email.
    Entity types are validated for some countries (GB, DE, NL, ES, BE, MY, SG). The response carries a
    _meta field saying whether the business was created or returned.

    Args:
        body (CreateBusinessRequest): A business to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessCreateResponse | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
