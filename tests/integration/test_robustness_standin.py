"""Failure modes found in review: each one bounded, recovered from, or refused cleanly."""

from __future__ import annotations

import asyncio
import uuid

import anyio
import pytest
import thredfi
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.asyncio
CREATE_PAYMENT = f"/v1/platform/businesses/{BUSINESS}/bills/payments/"


@pytest.mark.parametrize("transport", ["default", "httpx"])
async def test_a_trickling_response_is_cut_at_the_deadline(
    standin: StandIn, fake_time: FakeTime, transport: str
) -> None:
    import httpx

    standin.fail("delete_customer_credit", Fault(trickle=True))
    # the body never ends and each byte restarts the read timeout: only the deadline can end it
    # (generous enough that the token request before it fits on a loaded CI machine)
    options: dict[str, object] = {"retry_policy": thredfi.RetryPolicy(deadline=3.0, max_retries=0), "timeout": 2.0}
    if transport == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    async with make_client(standin, fake_time, **options) as client:
        await client.partner_token()
        with anyio.fail_after(20), pytest.raises(thredfi.APITimeoutError):  # the guard only stops a hang
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.count("delete_customer_credit") == 1


async def test_a_native_asyncio_cancel_of_the_first_caller_does_not_break_the_others(
    standin: StandIn, fake_time: FakeTime
) -> None:
    gate = standin.hold_tokens()
    async with make_client(standin, fake_time) as client:
        first = asyncio.create_task(client.partner_token())
        await anyio.to_thread.run_sync(standin.token_requested.wait, 10)
        second = asyncio.create_task(client.partner_token())
        await asyncio.sleep(0)  # let the second caller join the flight
        first.cancel()  # what asyncio.timeout() or a closing web request does
        gate.set()
        token = await second
        with pytest.raises(asyncio.CancelledError):
            await first
    assert token.access_token == standin.issued()[0]
    assert standin.count("partner_token") == 1


async def test_token_errors_carry_the_request_id_of_a_custom_header(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time, api_key="wrong", request_id_header="X-Correlation-ID") as client:
        with thredfi.request_context("rid-42"), pytest.raises(thredfi.TokenError) as info:
            await client.partner_token()
    assert info.value.request_id == "rid-42"


async def test_closing_the_generated_client_does_not_close_the_pool(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        business = client.for_business(BUSINESS)
        async with business.api as api:  # the generated client's own context manager
            await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=api)
        # that scope is rebuilt, and every other scope still works
        again = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=business.api)
        other = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    assert (again.status_code, other.status_code) == (204, 204)


async def test_a_closed_client_refuses_requests(standin: StandIn, fake_time: FakeTime) -> None:
    client = make_client(standin, fake_time)
    await client.aclose()
    with pytest.raises(thredfi.APIConnectionError, match="the client is closed"):
        await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.received() == []


async def test_retries_are_counted_per_operation_across_the_401_replay(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=500), Fault(status=401), Fault(status=500), Fault(status=500))
    async with make_client(standin, fake_time, max_retries=2) as client:
        with pytest.raises(thredfi.InternalServerError):
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    # 500, retry, 401, replay, 500, retry, 500: two retries in all, then the error
    assert standin.count("delete_customer_credit") == 4
    assert len(fake_time.sleeps) == 2


async def test_a_streamed_multipart_body_goes_through_the_default_transport(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        http = client.for_business(BUSINESS).api.get_async_httpx_client()
        response = await http.post(CREATE_PAYMENT, data={"memo": "x"}, files={"document": ("a.pdf", b"%PDF-1.4 test")})
    assert response.status_code == 201
    echo = response.json()["echo"]
    assert echo["content_type"].startswith("multipart/form-data; boundary=")
    (received,) = standin.received("create_bill_payment")
    assert b"%PDF-1.4 test" in received.body
