import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance_sheet_report import BalanceSheetReport
from ...models.error_response import ErrorResponse
from ...models.get_balance_sheet_detail_level import GetBalanceSheetDetailLevel
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    as_of_date: datetime.date | Unset = UNSET,
    detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of_date: str | Unset = UNSET
    if not isinstance(as_of_date, Unset):
        json_as_of_date = as_of_date.isoformat()
    params["as_of_date"] = json_as_of_date

    json_detail_level: str | Unset = UNSET
    if not isinstance(detail_level, Unset):
        json_detail_level = detail_level

    params["detail_level"] = json_detail_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/reports/balance-sheet/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BalanceSheetReport | list[BalanceSheetReport]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BalanceSheetReport.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = BalanceSheetReport.from_dict(response_200_type_1_item_data)

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
) -> Response[BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse]:
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
    as_of_date: datetime.date | Unset = UNSET,
    detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
) -> Response[BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse]:
    """Get balance sheet report

     Balance sheet at a date (posted and draft entries). detail_level summary (default) returns the
    totals; detailed adds line items per account subtype. Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        detail_level (GetBalanceSheetDetailLevel | Unset):  Default: 'summary'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        as_of_date=as_of_date,
        detail_level=detail_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of_date: datetime.date | Unset = UNSET,
    detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
) -> BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse | None:
    """Get balance sheet report

     Balance sheet at a date (posted and draft entries). detail_level summary (default) returns the
    totals; detailed adds line items per account subtype. Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        detail_level (GetBalanceSheetDetailLevel | Unset):  Default: 'summary'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        as_of_date=as_of_date,
        detail_level=detail_level,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of_date: datetime.date | Unset = UNSET,
    detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
) -> Response[BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse]:
    """Get balance sheet report

     Balance sheet at a date (posted and draft entries). detail_level summary (default) returns the
    totals; detailed adds line items per account subtype. Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        detail_level (GetBalanceSheetDetailLevel | Unset):  Default: 'summary'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        as_of_date=as_of_date,
        detail_level=detail_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of_date: datetime.date | Unset = UNSET,
    detail_level: GetBalanceSheetDetailLevel | Unset = "summary",
) -> BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse | None:
    """Get balance sheet report

     Balance sheet at a date (posted and draft entries). detail_level summary (default) returns the
    totals; detailed adds line items per account subtype. Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        detail_level (GetBalanceSheetDetailLevel | Unset):  Default: 'summary'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalanceSheetReport | list[BalanceSheetReport] | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            as_of_date=as_of_date,
            detail_level=detail_level,
        )
    ).parsed
