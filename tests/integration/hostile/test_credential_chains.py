"""No credential is reachable from any exception the SDK raises (issue 18).

A hostile server on 127.0.0.1 echoes every credential form (bare and Bearer tokens, the api key,
the Basic credential) in bodies and headers, or sends HTTP that aiohttp or h11 cannot parse.
For each error kind (status, connection, timeout, token, validation), on both senders and under
asyncio and trio, the whole object graph reachable from the error (``tests/reachable.py``) is
searched for every secret the client holds.
"""

from __future__ import annotations

import importlib
import uuid
from typing import Any

import httpx
import pytest
import thredfi
from generate import blank_parameters

from tests.contract.examples import arguments
from tests.contract.test_prism_contract import MODULES, OPERATIONS, SPEC_DOC
from tests.hostile import API_KEY, MALFORMED, PARTNER_UUID, SECRETS, hostile_server
from tests.reachable import leaked, reachable_text

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


def client_for(base_url: str, sender: str, **options: Any) -> thredfi.ThredfiClient:
    if sender == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    options.setdefault("max_retries", 0)
    return thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=base_url, **options)


async def raised(mode: str, sender: str, **options: Any) -> BaseException | None:
    """The exception a business-scoped GET raises against the hostile server in ``mode``."""
    with hostile_server(mode) as server:
        async with client_for(server.base_url, sender, **options) as client:
            try:
                await client.for_business(BUSINESS).vendors.get(uuid.uuid4())
            except Exception as exc:
                return exc
    return None


def assert_sealed(error: BaseException | None, kind: type[BaseException]) -> None:
    assert isinstance(error, kind), type(error)
    assert leaked(error, SECRETS) == []
    text = "\n".join(reachable_text(error))
    assert "Bearer " not in text.replace("Bearer [redacted]", "")


pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("mode", sorted(MALFORMED))
async def test_unparseable_responses_raise_connection_errors_holding_no_credential(
    mode: str, run: tuple[str, str]
) -> None:
    error = await raised(mode, run[1])
    if error is None:  # this sender could read the response (h11 takes some that aiohttp refuses)
        assert run[1] == "httpx" or mode == "204_with_body"
        return
    assert_sealed(error, thredfi.ThredfiError)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_aiohttp_parse_failure_keeps_what_failed_but_no_request_headers() -> None:
    error = await raised("huge_header", "aiohttp")
    assert isinstance(error, thredfi.APIConnectionError)
    assert leaked(error, SECRETS) == []
    # the useful text stays: what failed, from which library
    chain = "\n".join(reachable_text(error))
    assert "ClientResponseError" in chain or "BadHttpMessage" in chain or "LineTooLong" in chain


async def test_status_errors_echoing_every_credential_form_hold_none(run: tuple[str, str]) -> None:
    error = await raised("status", run[1])
    assert_sealed(error, thredfi.BadRequestError)
    assert isinstance(error, thredfi.BadRequestError)
    assert error.field_errors["x"]  # the server's words are kept, redacted
    assert error.response.headers["x-echo"] == "Bearer [redacted]"


async def test_connection_resets_hold_no_credential(run: tuple[str, str]) -> None:
    assert_sealed(await raised("reset", run[1]), thredfi.APIConnectionError)


async def test_timeouts_hold_no_credential(run: tuple[str, str]) -> None:
    assert_sealed(await raised("hang", run[1], timeout=0.3), thredfi.APITimeoutError)


async def test_response_validation_errors_hold_no_credential(run: tuple[str, str]) -> None:
    assert_sealed(await raised("success_misfit", run[1]), thredfi.APIResponseValidationError)


async def test_token_error_echoing_the_bare_partner_token_holds_none(run: tuple[str, str]) -> None:
    with hostile_server("ok", business_token_mode="echo_404") as server:
        async with client_for(server.base_url, run[1]) as client:
            with pytest.raises(thredfi.TokenError) as direct:
                await client.business_token(BUSINESS)
            with pytest.raises(thredfi.TokenError) as through_a_call:
                await client.for_business(BUSINESS).vendors.get(uuid.uuid4())
    for error in (direct.value, through_a_call.value):
        assert_sealed(error, thredfi.TokenError)
        assert "[redacted]" in str(error)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
# the two token operations are the SDK's own machinery: their failures are the token test's
@pytest.mark.parametrize("operation_id", sorted(set(OPERATIONS) - {"get_partner_token", "get_business_token"}))
async def test_every_operation_seals_an_aiohttp_parse_failure(operation_id: str) -> None:
    method, path, operation = OPERATIONS[operation_id]
    module = importlib.import_module(MODULES[(method, blank_parameters(path))])
    args, kwargs = arguments(module.asyncio_detailed, operation, SPEC_DOC)
    with hostile_server("huge_header") as server:
        async with client_for(server.base_url, "aiohttp") as client:
            view = client.for_business(BUSINESS) if "/businesses/{business_id}/" in path else client
            with pytest.raises(thredfi.APIConnectionError) as info:
                await module.asyncio_detailed(*args, client=view.api, **kwargs)
    assert leaked(info.value, SECRETS) == []
