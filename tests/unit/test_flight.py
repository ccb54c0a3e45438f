"""Single flight (``thredfi._flight``): a token request runs as a task no caller owns."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from thredfi._flight import Flight, inside_flight, spawn

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_a_spawned_flight_runs_in_its_own_context_and_outlives_a_cancelled_caller() -> None:
    flight: Flight[str] = Flight()
    tasks: set[Any] = set()
    release = anyio.Event()

    async def work() -> None:
        inside_flight.set(True)  # the task's own copy of the context
        await release.wait()
        flight.token = "fresh"
        flight.done.set()

    spawn(work(), tasks)
    with anyio.move_on_after(0) as scope:  # a caller that gives up at once
        await flight.done.wait()
    assert scope.cancelled_caught
    assert inside_flight.get() is False  # the caller's context is untouched
    release.set()
    await flight.done.wait()  # the flight went on without its caller
    assert flight.token == "fresh"


async def test_a_flight_keeps_its_error_and_its_cancel_scope_exists_before_it_runs() -> None:
    flight: Flight[str] = Flight()
    flight.scope.cancel()  # cancelling before the task starts counts
    tasks: set[Any] = set()

    async def work() -> None:
        try:
            with flight.scope:
                await anyio.sleep_forever()
        finally:
            flight.error = RuntimeError("cancelled before it could send")
            flight.done.set()

    spawn(work(), tasks)
    await flight.done.wait()
    assert isinstance(flight.error, RuntimeError)
    assert flight.token is None
