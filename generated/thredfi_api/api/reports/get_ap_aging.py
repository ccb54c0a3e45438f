import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounts_payable_aging import AccountsPayableAging
from ...models.error_response import ErrorResponse
from ...models.get_ap_aging_group_by import GetApAgingGroupBy
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    as_of_date: datetime.date | Unset = UNSET,
    group_by: GetApAgingGroupBy | Unset = "vendor",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of_date: str | Unset = UNSET
    if not isinstance(as_of_date, Unset):
        json_as_of_date = as_of_date.isoformat()
    params["as_of_date"] = json_as_of_date

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/insights/ap-aging/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AccountsPayableAging | list[AccountsPayableAging]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AccountsPayableAging.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = AccountsPayableAging.from_dict(response_200_type_1_item_data)

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
) -> Response[AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse]:
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
    group_by: GetApAgingGroupBy | Unset = "vendor",
) -> Response[AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse]:
    """Get accounts payable aging

     Accounts payable aging by days overdue (current, 1-30, 31-60, 61-90, 90+), in total and per vendor
    (sorted by outstanding amount). Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        group_by (GetApAgingGroupBy | Unset):  Default: 'vendor'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        as_of_date=as_of_date,
        group_by=group_by,
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
    group_by: GetApAgingGroupBy | Unset = "vendor",
) -> AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse | None:
    """Get accounts payable aging

     Accounts payable aging by days overdue (current, 1-30, 31-60, 61-90, 90+), in total and per vendor
    (sorted by outstanding amount). Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        group_by (GetApAgingGroupBy | Unset):  Default: 'vendor'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        as_of_date=as_of_date,
        group_by=group_by,
    ).parsed


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of_date: datetime.date | Unset = UNSET,
    group_by: GetApAgingGroupBy | Unset = "vendor",
) -> Response[AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse]:
    """Get accounts payable aging

     Accounts payable aging by days overdue (current, 1-30, 31-60, 61-90, 90+), in total and per vendor
    (sorted by outstanding amount). Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        group_by (GetApAgingGroupBy | Unset):  Default: 'vendor'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        as_of_date=as_of_date,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of_date: datetime.date | Unset = UNSET,
    group_by: GetApAgingGroupBy | Unset = "vendor",
) -> AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse | None:
    """Get accounts payable aging

     Accounts payable aging by days overdue (current, 1-30, 31-60, 61-90, 90+), in total and per vendor
    (sorted by outstanding amount). Values in cents.

    Args:
        business_id (UUID):
        as_of_date (datetime.date | Unset):
        group_by (GetApAgingGroupBy | Unset):  Default: 'vendor'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountsPayableAging | list[AccountsPayableAging] | ErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            as_of_date=as_of_date,
            group_by=group_by,
        )
    ).parsed
