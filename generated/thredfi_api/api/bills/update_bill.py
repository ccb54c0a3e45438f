from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill import Bill
from ...models.bill_update_api_request import BillUpdateAPIRequest
from ...models.error_response import ErrorResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    bill_id: UUID,
    *,
    body: BillUpdateAPIRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/platform/businesses/{business_id}/bills/{bill_id}/".format(
            business_id=quote(str(business_id), safe=""),
            bill_id=quote(str(bill_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bill | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = Bill.from_dict(response.json())

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
) -> Response[Bill | ErrorResponse | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    bill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BillUpdateAPIRequest | Unset = UNSET,
) -> Response[Bill | ErrorResponse | ValidationErrorResponse]:
    """Update bill

     Update a bill (PUT). If line_items is given, ALL existing line items are deleted and replaced; if
    omitted, they are kept.

    Args:
        business_id (UUID):
        bill_id (UUID):
        body (BillUpdateAPIRequest | Unset): Bill fields to update (PUT). The docs page shows only
            the line_items rule; other fields are free-form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bill_id=bill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    bill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BillUpdateAPIRequest | Unset = UNSET,
) -> Bill | ErrorResponse | ValidationErrorResponse | None:
    """Update bill

     Update a bill (PUT). If line_items is given, ALL existing line items are deleted and replaced; if
    omitted, they are kept.

    Args:
        business_id (UUID):
        bill_id (UUID):
        body (BillUpdateAPIRequest | Unset): Bill fields to update (PUT). The docs page shows only
            the line_items rule; other fields are free-form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        bill_id=bill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    bill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BillUpdateAPIRequest | Unset = UNSET,
) -> Response[Bill | ErrorResponse | ValidationErrorResponse]:
    """Update bill

     Update a bill (PUT). If line_items is given, ALL existing line items are deleted and replaced; if
    omitted, they are kept.

    Args:
        business_id (UUID):
        bill_id (UUID):
        body (BillUpdateAPIRequest | Unset): Bill fields to update (PUT). The docs page shows only
            the line_items rule; other fields are free-form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bill_id=bill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    bill_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BillUpdateAPIRequest | Unset = UNSET,
) -> Bill | ErrorResponse | ValidationErrorResponse | None:
    """Update bill

     Update a bill (PUT). If line_items is given, ALL existing line items are deleted and replaced; if
    omitted, they are kept.

    Args:
        business_id (UUID):
        bill_id (UUID):
        body (BillUpdateAPIRequest | Unset): Bill fields to update (PUT). The docs page shows only
            the line_items rule; other fields are free-form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            bill_id=bill_id,
            client=client,
            body=body,
        )
    ).parsed
