"""The blocking client's runtime (``thredfi._sync``): the loop thread, context, interruption, fork
detection, closing for good, and ``Client`` taking exactly ``ThredfiClient``'s arguments."""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import threading
from typing import Any, get_type_hints

import httpx
import pytest
import thredfi
import thredfi.testing
from thredfi._settings import ClientOptions
from thredfi._sync import Runner

VARIABLE: contextvars.ContextVar[str] = contextvars.ContextVar("test_sync_variable", default="unset")


async def echo(value: str) -> tuple[str, str, str]:
    return value, VARIABLE.get(), threading.current_thread().name


def test_a_call_runs_on_the_loop_thread_with_the_callers_context() -> None:
    runner = Runner()
    VARIABLE.set("from the caller")
    try:
        assert runner.run(echo, "x") == ("x", "from the caller", "thredfi-client")
    finally:
        runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]


def test_errors_come_back_as_they_were_raised() -> None:
    runner = Runner()

    async def fail() -> None:
        raise thredfi.NotFoundError.__new__(thredfi.NotFoundError)

    try:
        with pytest.raises(thredfi.NotFoundError):
            runner.run(fail)
    finally:
        runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]


def test_a_call_from_the_loop_thread_itself_is_refused() -> None:
    runner = Runner()

    async def nested() -> object:
        return runner.run(echo, "inner")

    try:
        with pytest.raises(thredfi.ThredfiError, match="its own event loop"):
            runner.run(nested)
    finally:
        runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]


def test_a_new_process_starts_its_own_loop_and_resets_the_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = Runner()
    resets: list[str] = []
    runner.after_fork.append(lambda: resets.append("reset"))
    runner.run(echo, "first")
    first = runner._thread
    monkeypatch.setattr("os.getpid", lambda: -1)  # as a forked child sees it
    runner.run(echo, "second")
    assert runner._thread is not first
    assert resets == ["reset"]
    runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]


def test_a_closed_runner_refuses_every_call_without_starting_a_loop() -> None:
    runner = Runner()
    runner.run(echo, "before")
    runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]
    errors: list[Any] = []
    for _ in range(2):
        with pytest.raises(thredfi.APIConnectionError, match="the client is closed") as caught:
            runner.run(echo, "after")
        errors.append(caught.value)
    assert errors[0] is not errors[1]  # each caller an error of its own (its own traceback)
    assert runner.closed
    assert runner._loop is None  # no loop (nor thread) was started again to wait on
    runner.close(lambda: echo("again"))  # type: ignore[arg-type, return-value]


def test_a_runner_closed_before_its_first_call_refuses_it() -> None:
    runner = Runner()
    runner.close(lambda: echo("closing"))  # type: ignore[arg-type, return-value]
    with pytest.raises(thredfi.APIConnectionError, match="the client is closed"):
        runner.run(echo, "after")
    assert runner._thread is None


def test_a_call_waiting_when_its_runner_closes_gets_the_closed_error() -> None:
    runner = Runner()
    started = threading.Event()
    outcome: list[BaseException | object] = []
    background: list[asyncio.Task[Any]] = []

    async def never_answered() -> None:  # a call in flight, with work of its own left running
        background.append(asyncio.get_running_loop().create_task(asyncio.Event().wait()))
        started.set()
        await asyncio.Event().wait()

    def caller() -> None:
        try:
            outcome.append(runner.run(never_answered))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=caller, daemon=True)
    thread.start()
    started.wait()
    closing: list[str] = []

    async def final() -> None:
        closing.append("ran")

    runner.close(final)
    thread.join(timeout=60)  # a bound against a hang only: close() answered the caller
    assert not thread.is_alive(), "the caller still waits on the stopped loop"
    [error] = outcome
    assert isinstance(error, thredfi.APIConnectionError)
    assert "the client is closed" in str(error)
    assert closing == ["ran"]
    assert background[0].cancelled()  # nothing left pending on the stopped loop


def test_client_takes_exactly_the_async_clients_arguments() -> None:
    options = set(get_type_hints(ClientOptions))
    arguments = set(inspect.signature(thredfi.ThredfiClient.__init__).parameters) - {"self"}
    assert options == arguments
    assert inspect.signature(thredfi.Client.__init__) == inspect.signature(thredfi.ThredfiClient.__init__)


def test_the_client_wraps_views_and_closes_idempotently() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    client = thredfi.Client(
        partner_uuid=thredfi.testing.TEST_PARTNER_UUID,
        api_key="k",
        base_url=thredfi.testing.TEST_BASE_URL,
        transport=httpx.MockTransport(thredfi.testing.MockThredfi(handler).handler),
        max_retries=0,
    )
    business = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    view = client.for_business(business).with_options(timeout=5)
    assert (view.business_id, view.timeout) == (business, httpx.Timeout(5))
    assert repr(client).startswith("Client(")
    assert "k" not in repr(client).split("partner_uuid")[0]
    assert client.for_business(business).customer_credits.delete(business) is None
    client.close()
    client.close()
    with pytest.raises(thredfi.APIConnectionError, match="the client is closed"):
        view.customer_credits.delete(business)  # a view made before the close: refused, not hung


class _RecordingRedis:
    """Enough of ``redis.asyncio.Redis`` for a limiter that is only built and closed."""

    async def aclose(self) -> None:
        raise AssertionError("a passed client is its owner's to close")


def test_close_closes_the_rate_limiter_on_the_clients_loop() -> None:
    closed_on: list[threading.Thread] = []

    class Limiter(thredfi.RedisRateLimiter):
        async def aclose(self) -> None:
            closed_on.append(threading.current_thread())
            await super().aclose()

    limiter = Limiter(client=_RecordingRedis())
    tokens = httpx.MockTransport(lambda request: httpx.Response(200, json={"access_token": "t", "expires_in": 3600}))
    client = thredfi.Client(
        partner_uuid="6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10", api_key="k", rate_limiter=limiter, transport=tokens
    )
    client.partner_token()  # the client's loop runs
    client.close()
    client.close()  # idempotent
    assert len(closed_on) == 1
    assert closed_on[0] is not threading.current_thread()  # on the client's own loop thread
