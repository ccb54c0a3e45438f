"""TokenManager under closing, partner-token invalidation and shared failed errors (found in review).

In-process only: the token endpoint is a function that can be held at a gate, and the store is a
small in-memory one. Every wait is on an event or on ``wait_all_tasks_blocked``, never on time.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import pytest
from thredfi._token_store import StoredToken
from thredfi._tokens import TokenManager

from tests.unit.token_fakes import Clock, Endpoint, MemoryStore, Wall

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def manager(endpoint: Endpoint, clock: Clock, store: MemoryStore | None = None) -> TokenManager:
    return TokenManager(
        partner_uuid="partner-1",
        api_key="secret-key-review",
        post=endpoint,
        clock=clock,
        store=store,
        store_namespace="api.test:partner-1" if store is not None else "",
        wall_clock=store.wall if store is not None else Wall(),
    )


async def test_aclose_right_after_an_advisory_refresh_was_started_cancels_it() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    await tokens.partner_token()
    endpoint.gate = anyio.Event()  # the refresh would wait here until the test lets it go
    clock.now += 3600 - 299  # advisory window
    closed = anyio.Event()

    async def refresh_then_close() -> None:
        # the advisory call starts the background refresh and returns without a checkpoint, so
        # aclose() runs before the refresh's task has entered its cancel scope
        await tokens.partner_token()
        await tokens.aclose()
        closed.set()

    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(refresh_then_close)
            await anyio.wait_all_tasks_blocked()
            closed_promptly = closed.is_set()
            held_after_close = endpoint.waiting
            endpoint.gate.set()  # clean up either way
    finally:
        endpoint.gate.set()
    assert closed_promptly, "aclose() is still waiting for a token request it did not cancel"
    assert held_after_close == 0, "a token request is in progress after aclose()"


async def test_a_caller_waiting_when_the_manager_closes_starts_nothing_after_close() -> None:
    wall = Wall()
    store, endpoint, clock = MemoryStore(wall), Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock, store)
    await tokens.partner_token()
    assert len(store.listeners) == 1
    endpoint.gate = anyio.Event()
    clock.now += 3600 - 10  # mandatory window: callers wait for the refresh
    wall.now += 3600 - 10  # the stored token is due too: the store lets the request through
    outcome: list[str] = []

    async def caller() -> None:
        try:
            await tokens.partner_token()
            outcome.append("token")
        except Exception as exc:  # what a closed manager should tell a waiting caller
            outcome.append(type(exc).__name__)

    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(caller)
            await anyio.wait_all_tasks_blocked()
            assert endpoint.waiting == 1
            sent_before_close = len(endpoint.paths)
            await tokens.aclose()
            await anyio.wait_all_tasks_blocked()
            sent_after_close = len(endpoint.paths) - sent_before_close
            listeners_after_close = len(store.listeners)
            endpoint.gate.set()
    finally:
        endpoint.gate.set()
    assert sent_after_close == 0, "a token request was sent after aclose()"
    assert listeners_after_close == 0, "the closed manager listens to the store again"


async def test_a_business_token_minted_by_a_partner_token_invalidated_meanwhile_is_not_kept() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    partner = await tokens.partner_token()
    endpoint.gate = anyio.Event()
    endpoint.gated_paths = {"/v1/platform/biz-a/oauth2/token/"}
    got: list[str] = []

    async def business_caller() -> None:
        got.append((await tokens.business_token("biz-a")).access_token)

    async with anyio.create_task_group() as tg:
        tg.start_soon(business_caller)
        await anyio.wait_all_tasks_blocked()
        assert endpoint.waiting == 1  # the business request carries the partner token
        assert endpoint.authorizations[-1] == partner.authorization
        await tokens.invalidate(partner)  # a partner-scoped call got a 401 meanwhile
        endpoint.gate.set()
    sent = len(endpoint.paths)
    again = await tokens.business_token("biz-a")
    # the invariant: no cached business token was minted by a partner token that was dropped
    assert len(endpoint.paths) > sent or again.access_token != got[0]


class FailingStore(MemoryStore):
    """A TokenStore of the user's whose obtain fails with ``error``."""

    def __init__(self, wall: Wall, error: Exception) -> None:
        super().__init__(wall)
        self.error = error

    async def obtain(
        self, key: str, fetch: Callable[[], Awaitable[StoredToken]], fresh: Callable[[StoredToken], bool]
    ) -> StoredToken:
        raise self.error


async def test_each_caller_gets_a_copy_of_an_exception_group_not_a_type_error() -> None:
    wall = Wall()
    cause = ExceptionGroup("store failed", [ConnectionRefusedError(111, "refused")])
    tokens = manager(Endpoint(), Clock(), FailingStore(wall, cause))
    with pytest.raises(ExceptionGroup) as info:
        await tokens.partner_token()
    assert info.value.exceptions[0].errno == 111


@pytest.mark.parametrize("window", ["advisory", "mandatory"])
async def test_a_business_token_minted_by_a_partner_token_refreshed_on_schedule_meanwhile_is_kept(window: str) -> None:
    # issue 25: only a partner token dropped because it failed takes its business tokens along
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    partner = await tokens.partner_token()
    endpoint.gate = anyio.Event()
    endpoint.gated_paths = {"/v1/platform/biz-a/oauth2/token/"}
    got: list[str] = []

    async def business_caller() -> None:
        got.append((await tokens.business_token("biz-a")).access_token)

    async with anyio.create_task_group() as tg:
        tg.start_soon(business_caller)
        await anyio.wait_all_tasks_blocked()
        assert endpoint.waiting == 1
        assert endpoint.authorizations[-1] == partner.authorization  # minted with the first partner token
        clock.now += 3600 - (299 if window == "advisory" else 29)
        answered = endpoint.answered
        await tokens.partner_token()  # advisory: refreshed in the background; mandatory: waited for
        await answered.wait()
        assert (await tokens.partner_token()).access_token != partner.access_token  # refreshed on schedule
        endpoint.gate.set()
    sent = len(endpoint.paths)
    again = await tokens.business_token("biz-a")
    assert again.access_token == got[0]
    assert len(endpoint.paths) == sent, "a good business token was thrown away and fetched again"
    await tokens.aclose()


async def test_a_partner_token_refreshed_on_schedule_then_refused_takes_only_its_own_business_tokens() -> None:
    endpoint, clock = Endpoint(expires_in=3600), Clock()
    tokens = manager(endpoint, clock)
    first = await tokens.partner_token()
    clock.now += 1000
    old = await tokens.business_token("biz-old")  # minted with the first partner token, due 1000 s after it
    clock.now += 3600 - 1000 - 29
    second = await tokens.partner_token()  # refreshed on schedule
    assert second is not first
    new = await tokens.business_token("biz-new")  # minted with the second
    await tokens.invalidate(second)  # a 401: the second partner token failed
    sent = len(endpoint.paths)
    assert await tokens.business_token("biz-old") is old
    assert len(endpoint.paths) == sent
    assert (await tokens.business_token("biz-new")) is not new
    await tokens.aclose()
