"""TokenManager with a TokenStore: what it asks the store, and what it does with the answers.

The store here is a small in-memory one (a fleet in one process, one manager a "process");
RedisTokenStore itself is tested against a real Redis in tests/integration.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio
import pytest
import thredfi
from thredfi._token_store import fingerprint
from thredfi._tokens import TokenManager

from tests.unit.token_fakes import Endpoint, MemoryStore, Wall

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def process(endpoint: Endpoint, store: MemoryStore, clock: Callable[[], float] = lambda: 50.0) -> TokenManager:
    return TokenManager(
        partner_uuid="partner-1",
        api_key="key-not-logged",
        post=endpoint,
        store=store,
        store_namespace="api.test:partner-1",
        clock=clock,
        wall_clock=store.wall,
    )


async def test_processes_sharing_a_store_fetch_each_token_once() -> None:
    wall = Wall()
    store, endpoint = MemoryStore(wall), Endpoint()
    fleet = [process(endpoint, store) for _ in range(3)]
    got: list[str] = []

    async def call(tokens: TokenManager, business: str) -> None:
        got.append((await tokens.business_token(business)).access_token)

    async with anyio.create_task_group() as tg:
        for tokens in fleet:
            for _ in range(50):
                for business in ("a", "b"):
                    tg.start_soon(call, tokens, business)
    assert sorted(endpoint.paths) == sorted(
        ["/v1/platform/oauth2/token/", "/v1/platform/a/oauth2/token/", "/v1/platform/b/oauth2/token/"]
    )
    assert set(store.tokens) == {
        "api.test:partner-1:partner",
        "api.test:partner-1:business:a",
        "api.test:partner-1:business:b",
    }
    assert len(set(got)) == 2
    assert sum(tokens.requests_sent for tokens in fleet) == 3


async def test_an_adopted_token_keeps_its_wall_clock_expiry() -> None:
    wall = Wall()
    store, endpoint = MemoryStore(wall), Endpoint(expires_in=3600)
    first = await process(endpoint, store, clock=lambda: 50.0).partner_token()
    wall.now += 1000  # a process starting later, with another monotonic clock
    later = process(endpoint, store, clock=lambda: 7.0)
    adopted = await later.partner_token()
    assert adopted.access_token == first.access_token
    assert later.requests_sent == 0
    assert adopted.expires_at_clock == pytest.approx(7.0 + 2600)
    assert adopted.refresh_at == pytest.approx(7.0 + 2600 - 300)


async def test_a_stored_token_due_for_refresh_is_replaced_not_adopted() -> None:
    wall = Wall()
    store, endpoint = MemoryStore(wall), Endpoint(expires_in=3600)
    await process(endpoint, store).partner_token()
    wall.now += 3600 - 200  # inside the stored token's advisory window
    fresh = await process(endpoint, store).partner_token()
    assert fresh.access_token == "tok-2"
    assert store.tokens["api.test:partner-1:partner"].access_token == "tok-2"


async def test_a_401_discards_the_token_in_the_store_and_in_every_process() -> None:
    wall = Wall()
    store, endpoint = MemoryStore(wall), Endpoint()
    a, b = process(endpoint, store), process(endpoint, store)
    token_a = await a.business_token("biz")
    token_b = await b.business_token("biz")
    assert token_a.access_token == token_b.access_token
    await a.invalidate(token_a)
    assert store.discards == [("api.test:partner-1:business:biz", fingerprint(token_a.access_token))]
    assert "api.test:partner-1:business:biz" not in store.tokens
    renewed_a = await a.business_token("biz")
    renewed_b = await b.business_token("biz")  # b dropped its copy when told
    assert renewed_a.access_token == renewed_b.access_token != token_a.access_token
    assert b.requests_sent == 0


async def test_a_late_discard_of_an_old_token_leaves_the_newer_one() -> None:
    wall = Wall()
    store, endpoint = MemoryStore(wall), Endpoint()
    a, b = process(endpoint, store), process(endpoint, store)
    old = await a.partner_token()
    await a.invalidate(old)
    new = await b.partner_token()
    await a.invalidate(old)  # a late 401 for the old token
    assert store.tokens["api.test:partner-1:partner"].access_token == new.access_token
    assert await b.partner_token() is new


async def test_aclose_stops_listening() -> None:
    store = MemoryStore(Wall())
    tokens = process(Endpoint(), store)
    await tokens.partner_token()
    assert len(store.listeners) == 1
    await tokens.aclose()
    assert store.listeners == {}


async def test_a_store_that_is_not_a_token_store_is_refused() -> None:
    with pytest.raises(TypeError, match=r"token_store must be a thredfi\.TokenStore"):
        TokenManager(partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", post=Endpoint(), store=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="token_store"):
        thredfi.ThredfiClient(
            partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", token_store="redis://127.0.0.1"
        )  # type: ignore[arg-type]
