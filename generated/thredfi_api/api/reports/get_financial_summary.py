import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.financial_summary import FinancialSummary
from ...models.get_financial_summary_granularity import (
    GetFinancialSummaryGranularity,
)
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    end_date: datetime.date,
    granularity: GetFinancialSummaryGranularity | Unset = "monthly",
    start_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/insights/financial-summary/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FinancialSummary | list[FinancialSummary]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FinancialSummary.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = FinancialSummary.from_dict(response_200_type_1_item_data)

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
) -> Response[ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse]:
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
    end_date: datetime.date,
    granularity: GetFinancialSummaryGranularity | Unset = "monthly",
    start_date: datetime.date,
) -> Response[ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse]:
    """Get financial summary with trends

     Revenue, expenses and profit for a date range, with a monthly, quarterly or yearly trend. Values in
    cents.

    Args:
        business_id (UUID):
        end_date (datetime.date):
        granularity (GetFinancialSummaryGranularity | Unset):  Default: 'monthly'.
        start_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        end_date=end_date,
        granularity=granularity,
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
    end_date: datetime.date,
    granularity: GetFinancialSummaryGranularity | Unset = "monthly",
    start_date: datetime.date,
) -> ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse | None:
    """Get financial summary with trends

     Revenue, expenses and profit for a date range, with a monthly, quarterly or yearly trend. Values in
    cents.

    Args:
        business_id (UUID):
        end_date (datetime.date):
        granularity (GetFinancialSummaryGranularity | Unset):  Default: 'monthly'.
        start_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        end_date=end_date,
        granularity=granularity,
        start_date=start_date,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date,
    granularity: GetFinancialSummaryGranularity | Unset = "monthly",
    start_date: datetime.date,
) -> Response[ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse]:
    """Get financial summary with trends

     Revenue, expenses and profit for a date range, with a monthly, quarterly or yearly trend. Values in
    cents.

    Args:
        business_id (UUID):
        end_date (datetime.date):
        granularity (GetFinancialSummaryGranularity | Unset):  Default: 'monthly'.
        start_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        end_date=end_date,
        granularity=granularity,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    end_date: datetime.date,
    granularity: GetFinancialSummaryGranularity | Unset = "monthly",
    start_date: datetime.date,
) -> ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse | None:
    """Get financial summary with trends

     Revenue, expenses and profit for a date range, with a monthly, quarterly or yearly trend. Values in
    cents.

    Args:
        business_id (UUID):
        end_date (datetime.date):
        granularity (GetFinancialSummaryGranularity | Unset):  Default: 'monthly'.
        start_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FinancialSummary | list[FinancialSummary] | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
        )
    ).parsed
