"""Contract tests: every operation of the bundled spec, called through its generated function,
against Prism mocking that spec. Prism answers 4xx with an ``sl-violations`` header when a
request breaks the spec, so "no violations" means the SDK sends what the spec documents.

``THREDFI_CONTRACT_SPEC`` names another bundled spec (with the client generated from it first
on ``PYTHONPATH``): how tests/contract/test_drop_in.py runs this file against docs pages
dropped into a copy of ``openapi/``."""

from __future__ import annotations

import base64
import importlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import attrs
import httpx
import pytest
import pytest_asyncio
import thredfi
import thredfi_api
import yaml
from generate import HTTP_METHODS, blank_parameters, endpoint_modules
from thredfi_api import AuthenticatedClient
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit
from thredfi_api.api.oauth_2_authentication_unscoped_and_scoped import get_business_token, get_partner_token
from thredfi_api.models import (
    BillPaymentCancelResponse,
    BusinessOAuth2TokenResponse,
    OAuth2TokenRequest,
    OAuth2TokenResponse,
)
from thredfi_api.types import Response

from tests.contract.examples import arguments

SPEC = Path(os.environ.get("THREDFI_CONTRACT_SPEC") or Path(__file__).resolve().parents[2] / "openapi" / "thredfi.yaml")
PARTNER_UUID = uuid.UUID("6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10")
BUSINESS_ID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
SPEC_DOC = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
MODULES = endpoint_modules(Path(thredfi_api.__file__).parent)
OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, item in SPEC_DOC["paths"].items()
    for method, op in item.items()
    if method in HTTP_METHODS
}


@pytest_asyncio.fixture
async def client(prism_url: str) -> AsyncIterator[thredfi.ThredfiClient]:
    async with thredfi.ThredfiClient(partner_uuid=str(PARTNER_UUID), api_key="contract-key", base_url=prism_url) as c:
        yield c


def accepted(response: Response[object] | httpx.Response) -> None:
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert 200 <= int(response.status_code) < 300


def test_every_operation_of_the_spec_has_its_generated_module() -> None:
    assert len(OPERATIONS) == sum(len(item) for item in SPEC_DOC["paths"].values())
    for method, path, _ in OPERATIONS.values():
        assert (method, blank_parameters(path)) in MODULES


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["static", "dynamic"])
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_operation_against_prism(operation_id: str, mode: str, request: pytest.FixtureRequest) -> None:
    """Prism accepts what the SDK sends (every parameter and body field set) and the answer parses."""
    base_url = request.getfixturevalue("prism_url" if mode == "static" else "prism_dynamic_url")
    method, path, operation = OPERATIONS[operation_id]
    module = importlib.import_module(MODULES[(method, blank_parameters(path))])
    args, kwargs = arguments(module.asyncio_detailed, operation, SPEC_DOC)
    basic = base64.b64encode(f"{PARTNER_UUID}:contract-key".encode()).decode()
    async with (
        thredfi.ThredfiClient(partner_uuid=str(PARTNER_UUID), api_key="contract-key", base_url=base_url) as client,
        AuthenticatedClient(base_url=base_url, token=basic, prefix="Basic") as basic_api,
    ):
        # the partner token operation takes Basic auth; every other one the SDK's bearer token
        api = basic_api if operation_id == "get_partner_token" else client.api
        response = await module.asyncio_detailed(*args, client=api, **kwargs)
    accepted(response)
    success = operation["responses"][str(int(response.status_code))]
    if "content" in success:
        assert response.parsed is not None
        # a model, or a list of models where the spec allows an array (reports: oneOf object/array)
        parsed = response.parsed if isinstance(response.parsed, list) else [response.parsed]
        for item in parsed:
            assert type(item).__name__ not in ("ErrorResponse", "ValidationErrorResponse")
            assert attrs.has(type(item))
    else:
        assert response.parsed is None


@pytest.mark.asyncio
async def test_get_partner_token(prism_url: str) -> None:
    basic = base64.b64encode(f"{PARTNER_UUID}:contract-key".encode()).decode()
    async with AuthenticatedClient(base_url=prism_url, token=basic, prefix="Basic") as api:
        response = await get_partner_token.asyncio_detailed(client=api, body=OAuth2TokenRequest(client_id=PARTNER_UUID))
    accepted(response)
    assert isinstance(response.parsed, OAuth2TokenResponse)
    assert response.parsed.access_token
    assert response.parsed.expires_in > 0


@pytest.mark.asyncio
async def test_get_business_token(prism_url: str) -> None:
    async with AuthenticatedClient(base_url=prism_url, token="partner-jwt") as api:
        response = await get_business_token.asyncio_detailed(BUSINESS_ID, client=api)
    accepted(response)
    assert isinstance(response.parsed, BusinessOAuth2TokenResponse)
    assert response.parsed.scope == "business_access"


@pytest.mark.asyncio
async def test_delete_bill_payment_through_the_sdk(client: thredfi.ThredfiClient) -> None:
    response = await delete_bill_payment.asyncio_detailed(BUSINESS_ID, uuid.uuid4(), client=client.api)
    accepted(response)
    assert isinstance(response.parsed, BillPaymentCancelResponse)
    assert response.parsed.status
    assert response.parsed.message


@pytest.mark.asyncio
async def test_delete_customer_credit_through_the_sdk(client: thredfi.ThredfiClient) -> None:
    response = await delete_customer_credit.asyncio_detailed(
        BUSINESS_ID, uuid.uuid4(), client=client.for_business(BUSINESS_ID).api
    )
    accepted(response)
    assert response.status_code == 204
    assert response.parsed is None
    # the SDK's own token requests were accepted too: one partner token, one business token
    assert client.token_requests_sent == 2


@pytest.mark.asyncio
async def test_prism_rejects_a_request_without_authorization(prism_url: str) -> None:
    async with httpx.AsyncClient(base_url=prism_url) as http:
        response = await http.post(f"/v1/platform/businesses/{BUSINESS_ID}/bills/payments/{uuid.uuid4()}/delete/")
    assert response.status_code == 401
    assert "security" in response.headers["sl-violations"]


@pytest.mark.asyncio
async def test_prism_rejects_a_malformed_uuid_and_the_sdk_raises_a_typed_error(client: thredfi.ThredfiClient) -> None:
    with pytest.raises(thredfi.UnprocessableEntityError) as info:
        await delete_bill_payment.asyncio(
            "not-a-uuid",  # type: ignore[arg-type]
            uuid.uuid4(),
            client=client.api,
        )
    assert "sl-violations" in info.value.response.headers
    assert "business_id" in info.value.response.headers["sl-violations"]
    assert info.value.status_code == 422
    assert info.value.request_id  # what the server said, else the id we sent


@pytest.mark.asyncio
async def test_prism_rejects_a_token_request_without_client_id(prism_url: str) -> None:
    async with httpx.AsyncClient(base_url=prism_url, auth=(str(PARTNER_UUID), "k")) as http:
        response = await http.post("/v1/platform/oauth2/token/", data={"grant_type": "client_credentials"})
    assert response.status_code == 400
    assert "client_id" in response.headers["sl-violations"]
