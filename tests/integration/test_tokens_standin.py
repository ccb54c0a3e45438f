"""Tokens end to end: lazy fetch, single flight, cancellation, 401 refresh and replay."""

from __future__ import annotations

import functools
import logging
import uuid

import anyio
import pytest
import thredfi
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS, OTHER_BUSINESS, FakeTime, make_client
from tests.standin import API_KEY, Fault, StandIn

pytestmark = pytest.mark.asyncio


async def test_a_thousand_concurrent_first_calls_send_one_partner_token_request(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        statuses: list[int] = []

        async def call() -> None:
            response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
            statuses.append(response.status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(call)
    assert statuses == [204] * 1000
    assert standin.count("partner_token") == 1
    assert standin.count("delete_customer_credit") == 1000


async def test_business_tokens_are_fetched_once_per_business_with_the_partner_token(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        async with anyio.create_task_group() as tg:
            for i in range(50):
                business = BUSINESS if i % 2 else OTHER_BUSINESS
                api = client.for_business(business).api
                tg.start_soon(
                    functools.partial(delete_customer_credit.asyncio_detailed, business, uuid.uuid4(), client=api)
                )
        token = await client.business_token(BUSINESS)
    assert standin.count("partner_token") == 1
    assert standin.count("business_token") == 2
    partner_token = standin.issued()[0]
    assert {r.header("Authorization") for r in standin.received("business_token")} == {f"Bearer {partner_token}"}
    sent = {r.path.split("/")[4]: r.header("Authorization") for r in standin.received("delete_customer_credit")}
    assert sent[str(BUSINESS)] == f"Bearer {token.access_token}"
    assert sent[str(OTHER_BUSINESS)] != sent[str(BUSINESS)]
    assert token.business_id == str(BUSINESS)
    assert token.scope == "business_access"


async def test_partner_token_request_is_basic_auth_with_a_client_credentials_form(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        token = await client.partner_token()
    (request,) = standin.received("partner_token")
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    assert (request.header("Authorization") or "").startswith("Basic ")
    assert token.expires_in == 3600
    assert token.access_token == standin.issued()[0]


async def test_a_cancelled_waiter_does_not_cancel_the_refresh_for_the_others(
    standin: StandIn, fake_time: FakeTime
) -> None:
    gate = standin.hold_tokens()
    results: dict[int, str] = {}
    scopes = [anyio.CancelScope() for _ in range(3)]

    async with make_client(standin, fake_time) as client:

        async def caller(index: int) -> None:
            with scopes[index]:
                results[index] = (await client.partner_token()).access_token

        async with anyio.create_task_group() as tg:
            for index in range(3):
                tg.start_soon(caller, index)
            await anyio.to_thread.run_sync(standin.token_requested.wait, 10)
            scopes[0].cancel()  # the caller that sent the request
            scopes[1].cancel()  # a caller waiting for it
            gate.set()
    assert scopes[0].cancelled_caught
    assert scopes[1].cancelled_caught
    assert results == {2: standin.issued()[0]}
    assert standin.count("partner_token") == 1


async def test_a_401_refreshes_the_token_once_and_replays_the_request_once(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
        standin.revoke_all()
        with thredfi.request_context("req-401"):
            result = await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert result is not None
    assert standin.count("partner_token") == 2
    first, refused, replay = standin.received("delete_bill_payment")
    assert refused.header("Authorization") == first.header("Authorization")
    assert replay.header("Authorization") == f"Bearer {standin.issued()[1]}"
    assert refused.header("X-Request-ID") == replay.header("X-Request-ID") == "req-401"
    assert refused.path == replay.path


async def test_a_second_401_raises_authentication_error(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.always_401.add("delete_bill_payment")
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.AuthenticationError) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert info.value.status_code == 401
    assert info.value.error_code == "invalid_token"
    assert standin.count("delete_bill_payment") == 2
    assert standin.count("partner_token") == 2


async def test_a_revoked_business_token_is_refreshed_through_a_new_partner_token(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        business = client.for_business(BUSINESS)
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=business.api)
        standin.revoke_all()  # both the partner and the business token
        response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=business.api)
    assert response.status_code == 204
    # business token refused -> new business token -> partner token refused -> new partner token
    assert standin.count("partner_token") == 2
    assert standin.count("business_token") == 3
    assert standin.count("delete_customer_credit") == 3


async def test_tokens_are_refreshed_before_they_expire(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        first = await client.partner_token()
        fake_time.now += 3600 - 301  # just outside the 5-minute margin
        assert await client.partner_token() is first
        assert standin.count("partner_token") == 1
        fake_time.now += 300 - 29  # inside the last 30 s: callers wait for the refresh
        second = await client.partner_token()
    assert second is not first
    assert standin.count("partner_token") == 2


class _Warnings(logging.Handler):
    """Sets ``seen`` when the SDK logs a warning (the background refresh reports its failure)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = anyio.Event()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
        self.seen.set()


async def test_a_failed_early_refresh_does_not_fail_calls_while_the_token_is_valid(
    standin: StandIn, fake_time: FakeTime
) -> None:
    """The issue's case: expires_in=4, refresh due at 2 s, the token endpoint answers 503 at 2.5 s."""
    standin.state.expires_in = 4
    warnings = _Warnings()
    logging.getLogger("thredfi").addHandler(warnings)
    try:
        async with make_client(standin, fake_time, max_retries=0) as client:
            first = await client.partner_token()
            fake_time.now += 2.5
            standin.fail("partner_token", Fault(status=503))
            with anyio.fail_after(10):
                result = await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
                await warnings.seen.wait()
            assert result is not None
            fake_time.now += 0.5  # 3.0 s: the mandatory window (the last second) has come
            second = await client.partner_token()
    finally:
        logging.getLogger("thredfi").removeHandler(warnings)
    (call,) = standin.received("delete_bill_payment")
    assert call.header("Authorization") == f"Bearer {first.access_token}"
    assert standin.count("partner_token") == 3  # the first, the failed refresh, the mandatory one
    assert second.access_token == standin.issued()[1]
    (message,) = warnings.messages
    assert "503" in message
    assert API_KEY not in message
    assert first.access_token not in message


async def test_a_token_endpoint_that_refuses_raises_token_error_without_retrying(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time, api_key="wrong-key") as client:
        with pytest.raises(thredfi.TokenError) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert info.value.status_code == 401
    assert info.value.error_code == "invalid_client"
    assert standin.count("partner_token") == 1
    assert standin.count("delete_bill_payment") == 0


async def test_a_token_endpoint_5xx_is_retried(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("partner_token", Fault(status=503, body="html"))
    async with make_client(standin, fake_time) as client:
        token = await client.partner_token()
    assert token.access_token == standin.issued()[0]
    assert standin.count("partner_token") == 2
    assert fake_time.sleeps == [0.5]


async def test_callers_sharing_a_failed_token_request_each_get_their_own_error(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("partner_token", Fault(status=403, request_id="srv-9"))
    errors: dict[str, thredfi.TokenError] = {}
    async with make_client(standin, fake_time) as client:

        async def call(request_id: str) -> None:
            with thredfi.request_context(request_id):
                try:
                    await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
                except thredfi.TokenError as exc:
                    errors[request_id] = exc

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "req-A")
            tg.start_soon(call, "req-B")
    assert standin.count("partner_token") == 1
    assert errors["req-A"] is not errors["req-B"]
    assert (errors["req-A"].request_id, errors["req-B"].request_id) == ("req-A", "req-B")
    assert errors["req-A"].server_request_id == errors["req-B"].server_request_id == "srv-9"
    assert "(request_id=req-B)" in str(errors["req-B"])
