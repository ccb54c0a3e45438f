"""RedisTokenStore with TokenManager when single commands fail or values are foreign (found in review).

Failures of single Redis commands are injected with a thin proxy in front of a real redis-py
client (``client=``); everything else goes to the real server. No wait is on time.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
import redis
import redis.asyncio
import thredfi
from thredfi._request import Reply
from thredfi._token_store import StoredToken
from thredfi._tokens import TokenManager

PREFIX = "thredfi:tokens:"
NAMESPACE = "review.test:partner-1"

pytestmark = pytest.mark.asyncio


@pytest.fixture
def sender() -> str:
    """One run per test (the conftest's sender parametrization is about clients, unused here)."""
    return "default"


@pytest.fixture
def inspect(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    try:
        yield client
    finally:
        client.close()


class Flaky:
    """A redis-py asyncio client whose chosen commands fail (a timeout, a dropped connection)."""

    def __init__(self, real: redis.asyncio.Redis) -> None:
        self.real = real
        self.fail_next_eval = False
        self.fail_get_of: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    async def eval(self, *args: Any) -> Any:
        if self.fail_next_eval:
            self.fail_next_eval = False
            raise redis.exceptions.ConnectionError("injected: connection dropped")
        return await self.real.eval(*args)

    async def get(self, name: str) -> Any:
        if name in self.fail_get_of:
            raise redis.exceptions.TimeoutError("injected: timed out")
        return await self.real.get(name)


@pytest_asyncio.fixture
async def flaky(redis_url: str) -> AsyncIterator[Flaky]:
    real = redis.asyncio.Redis.from_url(redis_url)
    try:
        yield Flaky(real)
    finally:
        await real.aclose()


class Endpoint:
    def __init__(self) -> None:
        self.issued: list[str] = []

    async def __call__(self, path: str, authorization: str, form: dict[str, str] | None) -> Reply:
        token = f"tok-review-{len(self.issued) + 1}"
        self.issued.append(token)
        body = {"access_token": token, "expires_in": 3600}
        return Reply(httpx.Response(200, json=body))


def manager(endpoint: Endpoint, store: thredfi.RedisTokenStore) -> TokenManager:
    return TokenManager(
        partner_uuid="partner-1", api_key="secret-key-review", post=endpoint, store=store, store_namespace=NAMESPACE
    )


def stored(access_token: str, lifetime: int = 3600) -> StoredToken:
    return StoredToken(
        access_token=access_token, token_type="Bearer", expires_in=lifetime, expires_at=time.time() + lifetime
    )


def returning(token: StoredToken) -> Callable[[], Awaitable[StoredToken]]:
    async def fetch() -> StoredToken:
        return token

    return fetch


def always(_: StoredToken) -> bool:
    return True


async def test_after_a_failed_discard_the_invalidated_token_is_not_adopted_again(flaky: Flaky) -> None:
    endpoint = Endpoint()
    async with thredfi.RedisTokenStore(client=flaky) as store:
        tokens = manager(endpoint, store)
        try:
            revoked = await tokens.partner_token()
            flaky.fail_next_eval = True  # one command fails: not an outage
            await tokens.invalidate(revoked)  # what Authenticate does after a 401
            replay = await tokens.partner_token()  # ... and then the token for the replay
        finally:
            await tokens.aclose()
    assert replay.access_token != revoked.access_token, "the replay carries the token that just got a 401"


async def test_the_lock_is_released_even_when_the_store_was_marked_down_meanwhile(
    flaky: Flaky, inspect: redis.Redis
) -> None:
    async with thredfi.RedisTokenStore(client=flaky, lock_timeout=30.0) as store:

        async def fetch() -> StoredToken:
            # meanwhile, three commands of this process for another token fail: an outage
            flaky.fail_get_of.add(PREFIX + "ns:other")
            for n in range(3):
                await store.obtain("ns:other", returning(stored(f"tok-other-{n}")), always)
            assert inspect.exists(PREFIX + "ns:partner:lock")  # we hold it
            return stored("tok-held-lock")

        got = await store.obtain("ns:partner", fetch, always)
    assert got.access_token == "tok-held-lock"
    assert not inspect.exists(PREFIX + "ns:partner:lock"), "the lock stays until lock_timeout"


async def test_a_stored_value_with_a_non_numeric_expires_in_counts_as_absent(
    redis_url: str, inspect: redis.Redis
) -> None:
    fields = {
        "access_token": "tok-other-version",
        "token_type": "Bearer",
        "expires_in": "3600",  # e.g. another version of the SDK, or another writer
        "expires_at": time.time() + 3600,
        "scope": None,
        "business_id": None,
    }
    inspect.set(f"{PREFIX}{NAMESPACE}:partner", "0" * 32 + ":" + json.dumps(fields), ex=3600)
    endpoint = Endpoint()
    async with thredfi.RedisTokenStore(redis_url) as store:
        tokens = manager(endpoint, store)
        try:
            token = await tokens.partner_token()
        finally:
            await tokens.aclose()
    assert token.access_token == "tok-review-1"


async def test_a_stored_value_that_is_not_utf8_counts_as_absent(redis_url: str, inspect: redis.Redis) -> None:
    inspect.set(f"{PREFIX}{NAMESPACE}:partner", b"\xff\xfe:not a token", ex=3600)
    endpoint = Endpoint()
    async with thredfi.RedisTokenStore(redis_url) as store:
        tokens = manager(endpoint, store)
        try:
            token = await tokens.partner_token()
        finally:
            await tokens.aclose()
    assert token.access_token == "tok-review-1"
