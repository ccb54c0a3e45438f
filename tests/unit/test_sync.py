"""The blocking client's runtime (``thredfi._sync``): the loop thread, context, interruption, fork
detection, and ``Client`` taking exactly ``ThredfiClient``'s arguments."""

from __future__ import annotations

import contextvars
import inspect
import threading
from typing import get_type_hints

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
