from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_payment_create_response import InvoicePaymentCreateResponse
from ...models.patched_invoice_payment_update_request import PatchedInvoicePaymentUpdateRequest
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    payment_id: UUID,
    *,
    body: PatchedInvoicePaymentUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/platform/businesses/{business_id}/invoices/payments/{payment_id}/".format(
            business_id=quote(str(business_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = InvoicePaymentCreateResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PatchedInvoicePaymentUpdateRequest | Unset = UNSET,
) -> Response[ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse]:
    """Partially update invoice payment

     Change some fields of a recorded invoice payment (only the fields sent are updated). The response
    wraps the payment in a payment key.

    Args:
        business_id (UUID):
        payment_id (UUID):
        body (PatchedInvoicePaymentUpdateRequest | Unset): Fields of an invoice payment that can
            be changed (all optional)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        payment_id=payment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PatchedInvoicePaymentUpdateRequest | Unset = UNSET,
) -> ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse | None:
    """Partially update invoice payment

     Change some fields of a recorded invoice payment (only the fields sent are updated). The response
    wraps the payment in a payment key.

    Args:
        business_id (UUID):
        payment_id (UUID):
        body (PatchedInvoicePaymentUpdateRequest | Unset): Fields of an invoice payment that can
            be changed (all optional)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        payment_id=payment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PatchedInvoicePaymentUpdateRequest | Unset = UNSET,
) -> Response[ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse]:
    """Partially update invoice payment

     Change some fields of a recorded invoice payment (only the fields sent are updated). The response
    wraps the payment in a payment key.

    Args:
        business_id (UUID):
        payment_id (UUID):
        body (PatchedInvoicePaymentUpdateRequest | Unset): Fields of an invoice payment that can
            be changed (all optional)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        payment_id=payment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PatchedInvoicePaymentUpdateRequest | Unset = UNSET,
) -> ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse | None:
    """Partially update invoice payment

     Change some fields of a recorded invoice payment (only the fields sent are updated). The response
    wraps the payment in a payment key.

    Args:
        business_id (UUID):
        payment_id (UUID):
        body (PatchedInvoicePaymentUpdateRequest | Unset): Fields of an invoice payment that can
            be changed (all optional)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoicePaymentCreateResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            payment_id=payment_id,
            client=client,
            body=body,
        )
    ).parsed
