"""The (event loop, sender) runs of the hostile-server tests: aiohttp and httpx on asyncio, httpx on trio."""

from __future__ import annotations

import pytest

# the runs a hostile-server test covers: (event loop, sender)
RUNS = [("asyncio", "aiohttp"), ("asyncio", "httpx"), ("trio", "httpx")]


@pytest.fixture(params=RUNS, ids=["asyncio-aiohttp", "asyncio-httpx", "trio-httpx"])
def run(request: pytest.FixtureRequest) -> tuple[str, str]:
    loop, sender = request.param
    return loop, sender


@pytest.fixture
def anyio_backend(run: tuple[str, str]) -> str:
    return run[0]


@pytest.fixture
def sender() -> str:
    return "chosen per test"  # these tests pick their senders themselves (RUNS), not conftest's pair
