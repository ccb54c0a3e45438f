"""``RedisLink`` without a Redis server: its argument checks, the client it makes or is given,
the command slots, the outage rule, closing, and the one subscription carrying every channel.

A small in-memory stand-in for ``redis.asyncio.Redis`` (and its pub/sub object) is passed as
``client=``; the outage rule runs on a fake monotonic clock (the module's ``time``). Waits are on
observable states (``anyio.wait_all_tasks_blocked``, ``wait_listening``), never on the clock.
What needs a real server is in tests/integration/test_rate_limits_redis.py and
tests/integration/test_token_store_redis.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import pytest
import redis.asyncio
from thredfi import _redis_link
from thredfi._redis_link import RedisLink, _StoreDown, require_asyncio

from tests.unit.redis_fakes import FakeRedis, Monotonic, patch_monotonic

pytestmark = pytest.mark.anyio
OWNER = "SomeFeature"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # RedisLink is asyncio-only (redis-py has no trio client)


def link_on(client: Any, **options: Any) -> RedisLink:
    settings: dict[str, Any] = {"operation_timeout": 0.5, "retry_after_failure": 5.0, "max_connections": 4}
    settings.update(options)
    return RedisLink(OWNER, None, client, **settings)


class Recorder:
    """A channel handler keeping what it was handed."""

    def __init__(self) -> None:
        self.received: list[Any] = []

    def __call__(self, data: Any) -> None:
        self.received.append(data)


def answering(value: object) -> Callable[[], Awaitable[object]]:
    async def command() -> object:
        return value

    return command


class Failing:
    """A command that raises ``error`` each time it runs; ``runs`` counts them."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error if error is not None else ConnectionError("Connection refused")
        self.runs = 0

    async def __call__(self) -> object:
        self.runs += 1
        raise self.error


async def fail(link: RedisLink, times: int, command: Failing | None = None) -> None:
    for _ in range(times):
        with pytest.raises(_StoreDown):
            await link.call(command if command is not None else Failing())


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


# ---------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("url", "client"), [(None, None), ("redis://127.0.0.1:1/0", FakeRedis())], ids=["neither", "both"]
)
def test_exactly_one_of_url_and_client_and_the_error_names_the_owner(url: str | None, client: object) -> None:
    with pytest.raises(ValueError, match=r"^SomeFeature needs exactly one of url= or client=$"):
        RedisLink(OWNER, url, client, operation_timeout=1.0, retry_after_failure=1.0, max_connections=1)


@pytest.mark.parametrize("name", ["operation_timeout", "retry_after_failure"])
@pytest.mark.parametrize("value", [0, -1.0, float("inf"), float("nan"), True, "1", None])
def test_timeouts_must_be_positive_finite_seconds(name: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"{name} must be a finite number of seconds > 0"):
        link_on(FakeRedis(), **{name: value})


@pytest.mark.parametrize("value", [0, -3, 1.5, True, "16", None])
def test_max_connections_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_connections must be an int >= 1"):
        link_on(FakeRedis(), max_connections=value)


def test_good_arguments_are_kept() -> None:
    client = FakeRedis()
    link = link_on(client, operation_timeout=0.25, retry_after_failure=2, max_connections=1)
    assert link.redis is client
    assert link.owner == OWNER
    assert (link.operation_timeout, link.retry_after_failure) == (0.25, 2)
    assert link.owns_client is False
    assert link.outage is False
    assert link.is_down() is True  # outside an event loop there is nothing it can do


async def test_a_url_makes_a_bounded_pool_the_link_owns_and_connects_to_nothing() -> None:
    link = RedisLink(
        OWNER,
        "redis://:hunter2-redis-pass@127.0.0.1:1/0",  # nothing listens there: building sends nothing
        None,
        operation_timeout=0.25,
        retry_after_failure=1.0,
        max_connections=3,
    )
    assert link.owns_client is True
    assert isinstance(link.redis, redis.asyncio.Redis)
    pool = link.redis.connection_pool
    assert isinstance(pool, redis.asyncio.BlockingConnectionPool)
    assert pool.max_connections == 4  # the commands' slots, and one for the subscription
    assert pool.connection_kwargs["socket_timeout"] == 0.25
    assert pool.connection_kwargs["socket_connect_timeout"] == 0.25
    await link.aclose()


# ---------------------------------------------------------------- closing


async def test_closing_closes_a_client_the_link_opened_once() -> None:
    link = RedisLink(
        OWNER, "redis://127.0.0.1:1/0", None, operation_timeout=0.5, retry_after_failure=1.0, max_connections=1
    )
    closed: list[bool] = []
    original = link.redis.aclose

    async def aclose() -> None:
        closed.append(True)
        await original()

    link.redis.aclose = aclose
    await link.aclose()
    await link.aclose()
    assert closed == [True]


async def test_closing_leaves_a_passed_client_open_is_idempotent_and_marks_the_link_down() -> None:
    client = FakeRedis()
    link = link_on(client)
    await link.aclose()
    await link.aclose()
    assert client.closed is False  # the caller's client is the caller's to close
    assert link.closed is True
    assert link.is_down() is True
    command = Failing()
    with pytest.raises(_StoreDown):
        await link.call(command)
    assert command.runs == 0  # not sent


async def test_closing_stops_the_subscription_and_a_later_subscribe_starts_none() -> None:
    client = FakeRedis()
    link = link_on(client)
    link.subscribe("a", Recorder())
    await link.wait_listening()
    assert len(client.open_pubsubs()) == 1
    await link.aclose()
    assert client.open_pubsubs() == []
    assert link._listener_task is None
    link.subscribe("b", Recorder())
    await anyio.wait_all_tasks_blocked()
    assert client.open_pubsubs() == []
    assert link._listener_task is None


# ---------------------------------------------------------------- commands and the outage rule


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    """The link's monotonic clock, moved by the test (only the link's: its module's ``time``)."""
    return patch_monotonic(monkeypatch, _redis_link)


async def test_a_command_s_result_is_returned_and_a_failure_is_store_down_naming_only_its_type() -> None:
    link = link_on(FakeRedis())
    assert await link.call(answering({"ok": 1})) == {"ok": 1}
    with pytest.raises(_StoreDown) as raised:
        await link.call(Failing(ConnectionError("redis://:hunter2@10.0.0.1 refused")))
    assert str(raised.value) == "ConnectionError"  # the message (it may carry a URL) is not kept
    assert raised.value.__suppress_context__ is True


async def test_one_or_two_failures_in_a_row_are_no_outage(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    link = link_on(FakeRedis())
    for _ in range(3):
        await fail(link, 2)
        assert link.is_down() is False
        assert await link.call(answering("pong")) == "pong"  # a success resets the count
    assert link.outage is False
    assert caplog.records == []


async def test_three_failures_in_a_row_make_an_outage_with_one_warning(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    link = link_on(FakeRedis(), retry_after_failure=5.0)
    command = Failing()
    await fail(link, 3, command)
    assert command.runs == 3
    assert link.is_down() is True
    warnings = warnings_in(caplog)
    assert len(warnings) == 1
    assert "Redis is unreachable (ConnectionError)" in warnings[0]
    # during the outage no command is sent, and nothing more is logged
    answered = Failing()
    await fail(link, 5, answered)
    assert answered.runs == 0
    monotonic.now += 4.999
    await fail(link, 1, answered)
    assert answered.runs == 0
    monotonic.now += 0.001  # the pause is over: the next command is sent
    assert link.is_down() is False
    await fail(link, 1, command)
    assert command.runs == 4
    assert link.is_down() is True  # one more failure is enough while the outage goes on
    await fail(link, 1, command)
    assert command.runs == 4
    assert len(warnings_in(caplog)) == 1


async def test_the_first_success_after_the_pause_logs_reachable_again_once(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    link = link_on(FakeRedis(), retry_after_failure=5.0)
    await fail(link, 3)
    monotonic.now += 5.0
    assert await link.call(answering(1)) == 1
    assert await link.call(answering(2)) == 2
    assert link.outage is False
    assert link.is_down() is False
    messages = warnings_in(caplog)
    assert len(messages) == 2
    assert "unreachable" in messages[0]
    assert "Redis is reachable again" in messages[1]
    # a new outage is a new warning
    await fail(link, 2)
    assert len(warnings_in(caplog)) == 2
    await fail(link, 1)
    assert len(warnings_in(caplog)) == 3
    assert "unreachable" in warnings_in(caplog)[2]


async def test_even_if_down_sends_the_command_during_an_outage(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    link = link_on(FakeRedis())
    await fail(link, 3)
    command = Failing()
    with pytest.raises(_StoreDown):
        await link.call(command, even_if_down=True)
    assert command.runs == 1  # sent, and failed: still down, no second warning
    assert link.is_down() is True
    assert len(warnings_in(caplog)) == 1
    assert await link.call(answering("saved"), even_if_down=True) == "saved"
    assert link.is_down() is False  # its success ends the outage
    assert "reachable again" in warnings_in(caplog)[-1]


async def test_a_slow_command_times_out_and_counts_as_a_failure(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    link = link_on(FakeRedis(), operation_timeout=0.01)
    never = asyncio.Event()
    started: list[bool] = []

    async def slow() -> None:
        started.append(True)
        await never.wait()  # Redis never answers

    for _ in range(3):
        with pytest.raises(_StoreDown, match="TimeoutError"):
            await link.call(slow)
    assert started == [True, True, True]
    assert link.is_down() is True
    warnings = warnings_in(caplog)
    assert len(warnings) == 1
    assert "unreachable (TimeoutError)" in warnings[0]


async def test_commands_beyond_max_connections_queue_for_a_slot() -> None:
    link = link_on(FakeRedis(), max_connections=2)
    running: list[int] = []
    finished: list[int] = []
    gates = {n: asyncio.Event() for n in range(3)}

    async def command(n: int) -> None:
        running.append(n)
        await gates[n].wait()
        finished.append(n)

    async def caller(n: int) -> None:
        await link.call(lambda: command(n))

    async with anyio.create_task_group() as group:
        for n in range(3):
            group.start_soon(caller, n)
        await anyio.wait_all_tasks_blocked()
        assert running == [0, 1]  # the third waits for a slot, unsent
        gates[1].set()
        await anyio.wait_all_tasks_blocked()
        assert running == [0, 1, 2]
        gates[0].set()
        gates[2].set()
    assert sorted(finished) == [0, 1, 2]
    assert link.is_down() is False


# ---------------------------------------------------------------- channels: dispatching


async def test_dispatch_routes_by_channel_bytes_or_str_and_ignores_the_others() -> None:
    link = link_on(FakeRedis())
    a, b = Recorder(), Recorder()
    link.subscribe("a", a)
    link.subscribe("b", b)
    link._dispatch({"channel": b"a", "data": b"one"})
    link._dispatch({"channel": "b", "data": "two"})
    link._dispatch({"channel": b"c", "data": b"nobody's"})
    link._dispatch({"channel": b"\xff\xfe", "data": b"undecodable channel"})
    link._dispatch({"channel": None, "data": b"no channel"})
    link._dispatch({"channel": 7, "data": b"not a name"})
    link._dispatch({"data": b"no channel key"})
    link._dispatch({"channel": "a"})  # no data: the handler gets None
    assert a.received == [b"one", None]
    assert b.received == ["two"]
    await link.aclose()


async def test_a_handler_that_raises_does_not_stop_dispatching() -> None:
    link = link_on(FakeRedis())
    seen: list[Any] = []

    def fragile(data: Any) -> None:
        seen.append(data)
        raise ValueError("a message that is not ours")

    other = Recorder()
    link.subscribe("a", fragile)
    link.subscribe("b", other)
    link._dispatch({"channel": b"a", "data": 1})
    link._dispatch({"channel": b"a", "data": 2})
    link._dispatch({"channel": b"b", "data": 3})
    assert seen == [1, 2]
    assert other.received == [3]
    await link.aclose()


# ---------------------------------------------------------------- channels: the subscription


async def test_one_subscription_carries_every_channel_to_its_handler() -> None:
    client = FakeRedis()
    link = link_on(client)
    a, b = Recorder(), Recorder()
    link.subscribe("a", a)
    link.subscribe("b", b)
    await link.wait_listening()
    await anyio.wait_all_tasks_blocked()
    [listening] = client.open_pubsubs()
    assert listening.channels == ("a", "b")
    client.deliver(b"a", b"for a")
    client.deliver(b"b", b"for b")
    client.deliver(b"elsewhere", b"for nobody")
    await anyio.wait_all_tasks_blocked()
    assert a.received == [b"for a"]
    assert b.received == [b"for b"]
    await link.aclose()
    assert client.open_pubsubs() == []


async def test_stopping_one_channel_leaves_the_others() -> None:
    client = FakeRedis()
    link = link_on(client)
    a, b = Recorder(), Recorder()
    stop_a = link.subscribe("a", a)
    link.subscribe("b", b)
    await link.wait_listening()
    stop_a()
    await link.wait_listening()
    await anyio.wait_all_tasks_blocked()
    [listening] = client.open_pubsubs()  # the old subscription was closed
    assert listening.channels == ("b",)
    opened = len(client.pubsubs)
    stop_a()  # a second stop changes nothing
    await anyio.wait_all_tasks_blocked()
    assert len(client.pubsubs) == opened
    client.deliver(b"a", b"for a")
    client.deliver(b"b", b"for b")
    await anyio.wait_all_tasks_blocked()
    assert a.received == []
    assert b.received == [b"for b"]
    await link.aclose()


async def test_stopping_the_last_channel_ends_the_subscription() -> None:
    client = FakeRedis()
    link = link_on(client)
    stop = link.subscribe("a", Recorder())
    await link.wait_listening()
    stop()
    await anyio.wait_all_tasks_blocked()
    assert client.open_pubsubs() == []
    assert link._listener_task is None
    await link.aclose()


async def test_the_stop_of_a_replaced_handler_leaves_its_successor() -> None:
    client = FakeRedis()
    link = link_on(client)
    first, second = Recorder(), Recorder()
    stop_first = link.subscribe("a", first)
    link.subscribe("a", second)  # the same channel, another handler: it replaces the first
    stop_first()
    await link.wait_listening()
    await anyio.wait_all_tasks_blocked()
    [listening] = client.open_pubsubs()
    assert listening.channels == ("a",)
    client.deliver("a", "hello")
    await anyio.wait_all_tasks_blocked()
    assert first.received == []
    assert second.received == ["hello"]
    await link.aclose()


async def test_a_dropped_subscription_is_made_again_after_a_pause() -> None:
    client = FakeRedis()
    link = link_on(client, retry_after_failure=0.001)
    a = Recorder()
    link.subscribe("a", a)
    await link.wait_listening()
    client.drop_connections()
    await anyio.wait_all_tasks_blocked()  # the listener took the error and pauses, or subscribed again
    await link.wait_listening()  # waits for the new subscription
    await anyio.wait_all_tasks_blocked()
    assert len(client.pubsubs) == 2
    assert client.pubsubs[0].closed is True  # the broken one was closed
    [listening] = client.open_pubsubs()
    assert listening.channels == ("a",)
    client.deliver(b"a", b"after")
    await anyio.wait_all_tasks_blocked()
    assert a.received == [b"after"]
    await link.aclose()


async def test_a_subscription_that_fails_is_tried_again() -> None:
    client = FakeRedis()
    client.subscribe_failures = 2
    link = link_on(client, retry_after_failure=0.001)
    a = Recorder()
    link.subscribe("a", a)
    await link.wait_listening()
    await anyio.wait_all_tasks_blocked()
    assert len(client.pubsubs) == 3
    assert [pubsub.closed for pubsub in client.pubsubs] == [True, True, False]
    client.deliver(b"a", b"at last")
    await anyio.wait_all_tasks_blocked()
    assert a.received == [b"at last"]
    await link.aclose()


async def test_a_wait_begun_before_the_first_subscription_returns_once_it_is_made() -> None:
    client = FakeRedis()
    link = link_on(client)
    returned: list[bool] = []

    async def waiter() -> None:
        await link.wait_listening()
        returned.append(True)

    async with anyio.create_task_group() as group:
        group.start_soon(waiter)
        await anyio.wait_all_tasks_blocked()
        link.subscribe("a", Recorder())
        await anyio.wait_all_tasks_blocked()  # subscribed, and the waiter woke up or stays blocked
        subscribed = [pubsub.channels for pubsub in client.open_pubsubs()]
        group.cancel_scope.cancel()
    await link.aclose()
    assert subscribed == [("a",)]
    assert returned == [True]


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_subscribe_outside_asyncio_is_a_runtime_error_naming_the_owner() -> None:
    link = link_on(FakeRedis())
    with pytest.raises(RuntimeError, match=r"^SomeFeature needs asyncio \(redis-py has no trio client\)$"):
        link.subscribe("a", Recorder())
    assert link._handlers == {}
    with pytest.raises(RuntimeError, match="OtherOwner needs asyncio"):
        require_asyncio("OtherOwner")


async def test_require_asyncio_passes_under_asyncio() -> None:
    require_asyncio(OWNER)


def test_a_second_event_loop_finds_redis_down_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    """redis-py's connections and the link's semaphore belong to the first loop that used them."""
    import asyncio

    client = FakeRedis()
    link = link_on(client)

    async def answer() -> str:
        return "v"

    async def use() -> tuple[bool, str]:
        down = link.is_down()
        try:
            await link.call(answer)
        except Exception as exc:
            return down, type(exc).__name__
        return down, "ok"

    with caplog.at_level(logging.WARNING, logger="thredfi"):
        assert asyncio.run(use()) == (False, "ok")
        assert asyncio.run(use()) == (True, "_StoreDown")
        assert asyncio.run(use()) == (True, "_StoreDown")
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert "second event loop" in warnings[0]
    assert link.outage is False  # not an outage: the first loop would still be served
