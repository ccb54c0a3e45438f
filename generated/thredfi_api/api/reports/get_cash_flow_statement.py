import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cash_flow_statement import CashFlowStatement
from ...models.error_response import ErrorResponse
from ...models.get_cash_flow_statement_detail_level import (
    GetCashFlowStatementDetailLevel,
)
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_detail_level: str | Unset = UNSET
    if not isinstance(detail_level, Unset):
        json_detail_level = detail_level

    params["detail_level"] = json_detail_level

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/reports/cash-flow/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CashFlowStatement | list[CashFlowStatement]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CashFlowStatement.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = CashFlowStatement.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse]:
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
    detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse]:
    """Get cash flow statement

     Cash flow statement (indirect method) for a date range, with a cash reconciliation (opening cash +
    net change = closing cash). Values in cents.

    Args:
        business_id (UUID):
        detail_level (GetCashFlowStatementDetailLevel | Unset):  Default: 'summary'.
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        detail_level=detail_level,
        end_date=end_date,
        start_date=start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse | None:
    """Get cash flow statement

     Cash flow statement (indirect method) for a date range, with a cash reconciliation (opening cash +
    net change = closing cash). Values in cents.

    Args:
        business_id (UUID):
        detail_level (GetCashFlowStatementDetailLevel | Unset):  Default: 'summary'.
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        detail_level=detail_level,
        end_date=end_date,
        start_date=start_date,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse]:
    """Get cash flow statement

     Cash flow statement (indirect method) for a date range, with a cash reconciliation (opening cash +
    net change = closing cash). Values in cents.

    Args:
        business_id (UUID):
        detail_level (GetCashFlowStatementDetailLevel | Unset):  Default: 'summary'.
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        detail_level=detail_level,
        end_date=end_date,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    detail_level: GetCashFlowStatementDetailLevel | Unset = "summary",
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse | None:
    """Get cash flow statement

     Cash flow statement (indirect method) for a date range, with a cash reconciliation (opening cash +
    net change = closing cash). Values in cents.

    Args:
        business_id (UUID):
        detail_level (GetCashFlowStatementDetailLevel | Unset):  Default: 'summary'.
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashFlowStatement | list[CashFlowStatement] | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            detail_level=detail_level,
            end_date=end_date,
            start_date=start_date,
        )
    ).parsed
