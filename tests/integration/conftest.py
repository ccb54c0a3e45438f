"""Fixtures for tests against the fault-injecting stand-in on 127.0.0.1."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import redis
import thredfi
from redis_server import RedisServer, running_redis

from tests.standin import API_KEY, PARTNER_UUID, StandIn

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
OTHER_BUSINESS = uuid.UUID("9b2e4c1a-8f3d-4a6b-b7c5-1d2e3f4a5b6c")


class FakeTime:
    """A monotonic clock that only moves when the SDK sleeps: retries run without real waits."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


SENDERS = ("aiohttp", "httpx")
_sender = ["default"]


@pytest.fixture(params=SENDERS, autouse=True)
def sender(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every behaviour test runs on both senders: aiohttp (the default on asyncio) and an httpx transport.

    ``make_client`` reads it; a test module can override this fixture (trio has only httpx).
    """
    _sender[0] = request.param
    yield request.param
    _sender[0] = "default"


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def make_client(standin: StandIn, fake_time: FakeTime, **overrides: Any) -> thredfi.ThredfiClient:
    options: dict[str, Any] = {
        "partner_uuid": PARTNER_UUID,
        "api_key": API_KEY,
        "base_url": standin.base_url,
        "clock": fake_time.clock,
        "sleep": fake_time.sleep,
        "random": lambda: 0.0,
    }
    if _sender[0] == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    options.update(overrides)
    return thredfi.ThredfiClient(**options)


# Redis (scripts/redis_server.py): one server per module that asks for it, empty for each test ----
@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with running_redis() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The server's URL, empty at the start of each test (and running again after it)."""
    if not redis_server.running:
        redis_server.start()
    with contextlib.closing(redis.Redis.from_url(redis_server.url)) as admin:
        admin.flushall()
    try:
        yield redis_server.url
    finally:
        if not redis_server.running:
            redis_server.start()
