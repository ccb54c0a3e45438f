"""TokenManager's refresh windows, per-caller errors and bounded cache, on asyncio and trio.

The token endpoint and clocks are the fakes of tests/unit/token_fakes.py; ``Endpoint.answered`` is set when
an answer has been handed back, which is when the background refresh stores it (nothing
awaits between the two), so tests wait on events, never on time.
"""

from __future__ import annotations

import logging

import anyio
import pytest
import thredfi
from thredfi._tokens import TokenManager

from tests.unit.token_fakes import Clock, Endpoint

pytestmark = pytest.mark.anyio

SECRET = "secret-key-8c1f"


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def manager(endpoint: Endpoint, clock: Clock, max_business_tokens: int = 10_000) -> TokenManager:
    return TokenManager(
        partner_uuid="partner-1", api_key=SECRET, post=endpoint, clock=clock, max_business_tokens=max_business_tokens
    )


async def test_an_advisory_refresh_runs_once_in_the_background_while_callers_use_the_valid_token() -> None:
    endpoint, clock = Endpoint(expires_in=4), Clock()
    tokens = manager(endpoint, clock)
    first = await tokens.partner_token()
    endpoint.gate = anyio.Event()
    clock.now += 2.0  # refresh due at half the lifetime
    got: list[str] = []

    async def call() -> None:
        got.append((await tokens.partner_token()).access_token)

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(call)
    assert got == ["tok-1"] * 200  # nobody waited for the refresh
    answered = endpoint.answered
    endpoint.gate.set()
    await answered.wait()
    assert len(endpoint.paths) == 2  # one background request for 200 callers
    assert (await tokens.partner_token()).access_token == "tok-2"
    assert first.access_token == "tok-1"
    await tokens.aclose()


async def test_the_issue_case_a_failed_early_refresh_keeps_calls_on_the_valid_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    # expires_in=4: refresh due at 2 s; at 2.5 s the endpoint answers 503
    endpoint, clock = Endpoint(expires_in=4), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    clock.now += 2.5
    endpoint.statuses = [503]
    answered = endpoint.answered
    assert (await tokens.partner_token()).access_token == "tok-1"
    await answered.wait()
    assert (await tokens.partner_token()).access_token == "tok-1"  # still valid, backing off
    assert len(endpoint.paths) == 2
    (record,) = [r for r in caplog.records if "refreshing the partner token failed" in r.getMessage()]
    message = record.getMessage()
    assert "503" in message
    assert SECRET not in message
    assert "Basic" not in message
    await tokens.aclose()


async def test_failed_advisory_refreshes_back_off_then_succeed() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    clock.now += 3600 - 299  # advisory window: the last 300 s
    endpoint.statuses = [503, 503]

    async def call_and_count(wait: bool) -> int:
        answered = endpoint.answered
        assert (await tokens.partner_token()).access_token == "tok-1"
        if wait:
            await answered.wait()
        return len(endpoint.paths)

    assert await call_and_count(wait=True) == 2  # first try fails: next one in 1 s
    clock.now += 0.5
    assert await call_and_count(wait=False) == 2
    clock.now += 0.5
    assert await call_and_count(wait=True) == 3  # second try fails: next one in 2 s
    clock.now += 1.9
    assert await call_and_count(wait=False) == 3
    clock.now += 0.1
    assert await call_and_count(wait=True) == 4  # third try succeeds
    assert (await tokens.partner_token()).access_token == "tok-2"
    await tokens.aclose()


async def test_in_the_mandatory_window_callers_wait_for_the_refresh_and_share_it() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    clock.now += 3600 - 29  # the last 30 s
    got: list[str] = []

    async def call() -> None:
        got.append((await tokens.partner_token()).access_token)

    async with anyio.create_task_group() as tg:
        for _ in range(100):
            tg.start_soon(call)
    assert got == ["tok-2"] * 100
    assert len(endpoint.paths) == 2


async def test_a_failed_refresh_in_the_mandatory_window_raises() -> None:
    endpoint, clock = Endpoint(expires_in=4), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    clock.now += 3.5  # the last second of a 4 s token
    endpoint.statuses = [503]
    with pytest.raises(thredfi.TokenError) as info:
        await tokens.partner_token()
    assert info.value.status_code == 503


async def test_each_caller_of_a_shared_failed_request_gets_its_own_error_and_request_id() -> None:
    endpoint, clock = Endpoint(), Clock()
    endpoint.statuses = [403]
    endpoint.server_request_id = "srv-7"
    endpoint.gate = anyio.Event()
    tokens = manager(endpoint, clock)
    errors: dict[str, thredfi.TokenError] = {}

    async def caller(request_id: str | None) -> None:
        try:
            if request_id is None:
                await tokens.business_token("biz-a")
            else:
                with thredfi.request_context(request_id):
                    await tokens.business_token("biz-a")
        except thredfi.TokenError as exc:
            errors[request_id or "none"] = exc

    async with anyio.create_task_group() as tg:
        tg.start_soon(caller, "req-A")
        tg.start_soon(caller, "req-B")
        tg.start_soon(caller, None)
        await anyio.wait_all_tasks_blocked()
        endpoint.gate.set()
    assert len(endpoint.paths) == 1
    a, b, none = errors["req-A"], errors["req-B"], errors["none"]
    assert len({id(a), id(b), id(none)}) == 3
    assert (a.request_id, b.request_id, none.request_id) == ("req-A", "req-B", "srv-7")
    assert a.server_request_id == b.server_request_id == none.server_request_id == "srv-7"
    assert "req-B" in str(b)
    assert "req-A" not in str(b)
    assert a.status_code == b.status_code == 403


async def test_the_business_token_cache_is_bounded_least_recently_used_first() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock, max_business_tokens=3)
    a = await tokens.business_token("a")
    await tokens.business_token("b")
    await tokens.business_token("c")
    assert await tokens.business_token("a") is a  # a is now the most recently used
    await tokens.business_token("d")  # evicts b
    assert tokens.cached_business_tokens == 3
    sent = len(endpoint.paths)
    assert await tokens.business_token("a") is a
    await tokens.business_token("c")
    assert len(endpoint.paths) == sent
    await tokens.business_token("b")
    assert len(endpoint.paths) == sent + 1


async def test_expired_business_tokens_are_dropped() -> None:
    endpoint, clock = Endpoint(expires_in=60), Clock()
    tokens = manager(endpoint, clock)
    for business in ("a", "b", "c"):
        await tokens.business_token(business)
    assert tokens.cached_business_tokens == 3
    clock.now += 61  # all three expired; the partner token too
    await tokens.business_token("d")
    assert tokens.cached_business_tokens == 1


@pytest.mark.parametrize(("value", "error"), [(0, ValueError), (-1, ValueError), (True, TypeError), (2.5, TypeError)])
async def test_max_business_tokens_is_checked(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_business_tokens"):
        manager(Endpoint(), Clock(), max_business_tokens=value)  # type: ignore[arg-type]


async def test_aclose_cancels_a_background_refresh_in_flight() -> None:
    endpoint, clock = Endpoint(expires_in=4), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    endpoint.gate = anyio.Event()  # never set: the refresh would wait forever
    clock.now += 2.0
    await tokens.partner_token()
    await anyio.wait_all_tasks_blocked()
    assert len(endpoint.paths) == 2
    with anyio.fail_after(10):
        await tokens.aclose()
