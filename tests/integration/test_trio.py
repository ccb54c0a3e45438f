"""The overlay uses anyio primitives only: the same behaviour under trio."""

from __future__ import annotations

import functools
import uuid

import anyio
import pytest
import thredfi
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "trio"


@pytest.fixture
def sender() -> str:
    return "default"  # aiohttp does not run under trio: the default there is httpx's transport


async def test_single_flight_retries_and_replay_under_trio(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=503))
    async with make_client(standin, fake_time) as client:
        business = client.for_business(BUSINESS)
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(
                    functools.partial(
                        delete_customer_credit.asyncio_detailed, BUSINESS, uuid.uuid4(), client=business.api
                    )
                )
        standin.revoke_all()
        with thredfi.request_context("trio-1"):
            result = await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert result is not None
    assert standin.count("delete_customer_credit") == 101  # one of the hundred was retried
    assert fake_time.sleeps == [0.5]
    assert standin.count("partner_token") == 2  # the first, then the refresh after the revocation
    assert standin.count("business_token") == 1
    assert [r.header("X-Request-ID") for r in standin.received("delete_bill_payment")] == ["trio-1", "trio-1"]


async def test_a_cancelled_waiter_under_trio(standin: StandIn, fake_time: FakeTime) -> None:
    gate = standin.hold_tokens()
    got: list[str] = []
    async with make_client(standin, fake_time) as client:
        leader = anyio.CancelScope()

        async def first() -> None:
            with leader:
                await client.partner_token()

        async def second() -> None:
            got.append((await client.partner_token()).access_token)

        async with anyio.create_task_group() as tg:
            tg.start_soon(first)
            await anyio.to_thread.run_sync(standin.token_requested.wait, 10)
            tg.start_soon(second)
            leader.cancel()
            gate.set()
    assert leader.cancelled_caught
    assert got == standin.issued()
    assert standin.count("partner_token") == 1


def test_one_client_serves_one_trio_run_after_another(standin: StandIn) -> None:
    """A module-level client used by separate ``trio.run`` calls (a script's steps, a CLI's commands)."""
    import trio

    from tests.standin import API_KEY, PARTNER_UUID

    standin.state.vendors = 3
    client = thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url)

    async def names() -> list[str | None]:
        return [v.company_name async for v in client.for_business(BUSINESS).vendors.list()]

    assert trio.run(names) == trio.run(names) == ["Vendor 0", "Vendor 1", "Vendor 2"]
    trio.run(client.aclose)
    assert len(standin.received("partner_token")) == len(standin.received("business_token")) == 1  # tokens shared
