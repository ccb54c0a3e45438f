"""One Redis connection shared by the fleet features (``RedisTokenStore``, ``RedisRateLimiter``).

A ``RedisLink`` owns what both need from Redis and nothing of their logic: the redis-py client
(opened from a URL, or the caller's), a bound on the commands in flight, a time limit per
command, the outage rule (three failed commands in a row: one WARNING, Redis skipped for
``retry_after_failure``, then tried again; the first success logs that it is back), and one
subscription carrying every channel the features listen on. Redis is never a dependency: a
command that fails raises ``_StoreDown`` and its caller falls back to the in-process behaviour.

A link serves the event loop that first used it (redis-py's connections, and the link's own
semaphore and subscription, belong to one loop): on any other loop (a later ``asyncio.run``,
a forked child's) it counts as down, with one WARNING, and tokens and budgets are in-process.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import anyio
import sniffio

from ._config import check_int, check_seconds
from ._token_store import OUTAGE_AFTER_FAILURES

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("thredfi")

ChannelHandler = Callable[[Any], None]  # the message's data
L = TypeVar("L")


class _StoreDown(Exception):
    """Redis failed to answer; the caller falls back to the in-process path."""


class RedisLink:
    """The client, the command slots, the outage state and the channel subscription (see the module)."""

    def __init__(
        self,
        owner: str,
        url: str | None,
        client: Any,
        *,
        operation_timeout: float,
        retry_after_failure: float,
        max_connections: int,
    ) -> None:
        if (url is None) == (client is None):
            raise ValueError(f"{owner} needs exactly one of url= or client=")
        check_seconds("operation_timeout", operation_timeout, positive=True)
        check_seconds("retry_after_failure", retry_after_failure, positive=True)
        check_int("max_connections", max_connections, minimum=1)
        if client is None:
            try:
                import redis.asyncio
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise ImportError(f"{owner} needs redis-py: pip install 'thredfi[redis]'") from exc
            assert url is not None
            # a bounded pool whose callers queue for a connection (the default pool fails past its
            # size, which a cold start with thousands of businesses reaches); the queueing counts
            # toward operation_timeout like the command itself
            pool = redis.asyncio.BlockingConnectionPool.from_url(
                url,
                max_connections=max_connections + 1,  # and one for the channels' subscription
                timeout=None,
                socket_timeout=operation_timeout,
                socket_connect_timeout=operation_timeout,
                health_check_interval=30,
            )
            client = redis.asyncio.Redis.from_pool(pool)
            self.owns_client = True
        else:
            self.owns_client = False
        self.redis = client
        self.owner = owner
        import asyncio

        self._slots = asyncio.Semaphore(max_connections)
        self.operation_timeout = operation_timeout
        self.retry_after_failure = retry_after_failure
        self.down_until = 0.0  # monotonic: during an outage, Redis is not asked before this
        self.outage = False
        self._failures_in_a_row = 0
        self._handlers: dict[str, ChannelHandler] = {}
        self._listener_task: asyncio.Task[None] | None = None
        self._subscribed: asyncio.Event | None = None  # set while every channel is subscribed
        self._loop: asyncio.AbstractEventLoop | None = None  # the one loop this link serves
        self._other_loop_warned = False
        self.closed = False

    async def aclose(self) -> None:
        """Stop listening and close the connections this link opened (a passed ``client`` is yours)."""
        if self.closed:
            return
        self.closed = True
        self._handlers.clear()
        await self._stop_listening()
        if self.owns_client:
            await self.redis.aclose()

    # commands ---------------------------------------------------------------------------------
    async def call(self, command: Callable[[], Awaitable[Any]], *, even_if_down: bool = False) -> Any:
        """One Redis command, bounded by ``operation_timeout``; any failure is ``_StoreDown``.

        Callers queue here for one of ``max_connections`` slots without a time limit: waiting
        behind this process's own commands is not Redis being slow. A command that finds Redis
        marked down meanwhile is not sent, unless it finishes what a lock holder began (the
        rest of the fleet waits on those).
        """
        if not self._on_its_loop():
            raise _StoreDown("used from another event loop")
        async with self._slots:
            if self.is_down() and not even_if_down:
                raise _StoreDown("marked down by earlier commands")
            try:
                with anyio.fail_after(self.operation_timeout):
                    result = await command()
            except Exception as exc:  # redis errors, OSError, TimeoutError: Redis is not usable now
                self._failed(type(exc).__name__)
                raise _StoreDown(type(exc).__name__) from None
            self._succeeded()
            return result

    def is_down(self) -> bool:
        return self.closed or not self._on_its_loop() or (self.outage and time.monotonic() < self.down_until)

    def _on_its_loop(self) -> bool:
        """Whether the running loop is the one this link serves (the first to use it)."""
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop (trio, or outside any)
            return False
        if self._loop is None:
            self._loop = loop
        if self._loop is loop:
            return True
        if not self._other_loop_warned:
            self._other_loop_warned = True
            logger.warning(
                "thredfi: %s is used from a second event loop: Redis serves only the first, so tokens and"
                " rate budgets are kept in this process on this one",
                self.owner,
            )
        return False

    def _failed(self, reason: str) -> None:
        """A command failed. Three in a row make an outage: Redis is skipped for a while.

        One failure alone (a connection storm at a fleet's cold start, a busy event loop) only
        sends that one request down the in-process path.
        """
        self._failures_in_a_row += 1
        if self._failures_in_a_row < OUTAGE_AFTER_FAILURES:
            return
        self.down_until = time.monotonic() + self.retry_after_failure
        if not self.outage:
            self.outage = True
            logger.warning(
                "thredfi: Redis is unreachable (%s): tokens are cached and rate budgets kept in this process"
                " until it is back",
                reason,
            )

    def _succeeded(self) -> None:
        self._failures_in_a_row = 0
        if self.outage:
            self.outage = False
            logger.warning("thredfi: Redis is reachable again: tokens and rate budgets are shared again")

    # channels ---------------------------------------------------------------------------------
    def subscribe(self, channel: str, handler: ChannelHandler) -> Callable[[], None]:
        """Pass every message on ``channel`` to ``handler`` (called inside the event loop); returns
        the function that stops it. One subscription carries every channel: a new channel renews it."""
        require_asyncio(self.owner)
        if not self._on_its_loop():
            return lambda: None
        self._handlers[channel] = handler
        self._restart_listening()

        def stop() -> None:
            if self._handlers.get(channel) is handler:
                del self._handlers[channel]
                self._restart_listening()

        return stop

    def _restart_listening(self) -> None:
        if self._listener_task is not None:
            self._listener_task.cancel()  # its cleanup closes the subscription
            self._listener_task = None
        if self._subscribed is not None and self._subscribed.is_set():
            self._subscribed = None  # wait_listening() waits for the new subscription (one waited on stays)
        if self._handlers and not self.closed:
            import asyncio

            self._listener_task = asyncio.get_running_loop().create_task(self._listen_forever(list(self._handlers)))

    async def _listen_forever(self, channels: list[str]) -> None:
        pause = self.retry_after_failure
        while True:
            pubsub = self.redis.pubsub()
            try:
                await pubsub.subscribe(*channels)
                self._subscribed_event().set()
                pause = self.retry_after_failure
                while True:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if message is not None:
                        self._dispatch(message)
            except Exception:  # the connection dropped: subscribe again after a pause
                if self._subscribed is not None and self._subscribed.is_set():
                    self._subscribed = None  # wait_listening() waits for the next subscription
                await anyio.sleep(pause)
                pause = min(pause * 2, 30.0)
            finally:
                with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await pubsub.aclose()  # may be a broken connection

    def _dispatch(self, message: dict[str, Any]) -> None:
        channel = message.get("channel")
        if isinstance(channel, bytes):
            channel = channel.decode(errors="replace")
        handler = self._handlers.get(channel) if isinstance(channel, str) else None
        if handler is not None:
            with contextlib.suppress(Exception):  # a malformed message is not ours; it never stops the listener
                handler(message.get("data"))

    def _subscribed_event(self) -> asyncio.Event:
        import asyncio

        if self._subscribed is None:
            self._subscribed = asyncio.Event()
        return self._subscribed

    async def wait_listening(self) -> None:
        """Return once every channel subscribed so far is being received."""
        while True:
            event = self._subscribed_event()
            await event.wait()
            if self._subscribed is event:
                return

    async def _stop_listening(self) -> None:
        task, self._listener_task = self._listener_task, None
        if task is not None:
            task.cancel()
            with anyio.CancelScope(shield=True), anyio.move_on_after(5), contextlib.suppress(BaseException):
                await task  # cancelled as asked


class Listeners(Generic[L]):
    """The listeners of one channel: subscribed with the first one, unsubscribed after the last."""

    def __init__(self, link: RedisLink, channel: str, dispatch: ChannelHandler) -> None:
        self._link, self._channel, self._dispatch = link, channel, dispatch
        self._listeners: dict[int, L] = {}
        self._next_handle = 0
        self._unsubscribe: Callable[[], None] | None = None

    def add(self, listener: L) -> Callable[[], None]:
        """Register ``listener`` (inside the event loop); returns the function that removes it."""
        handle = self._next_handle = self._next_handle + 1
        self._listeners[handle] = listener
        if self._unsubscribe is None and not self._link.closed:
            self._unsubscribe = self._link.subscribe(self._channel, self._dispatch)

        def stop() -> None:
            self._listeners.pop(handle, None)
            if not self._listeners:
                self.clear()

        return stop

    def __iter__(self) -> Iterator[L]:
        return iter(list(self._listeners.values()))

    def clear(self, *, unsubscribe: bool = True) -> None:
        """Forget every listener; ``unsubscribe=False`` when the link is closing (it stops the subscription)."""
        self._listeners.clear()
        stop, self._unsubscribe = self._unsubscribe, None
        if stop is not None and unsubscribe:
            stop()


class Closing:
    """``async with``: ``aclose()`` at the end."""

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def require_asyncio(owner: str) -> None:
    if sniffio.current_async_library() != "asyncio":
        raise RuntimeError(f"{owner} needs asyncio (redis-py has no trio client)")


__all__ = ["Closing", "Listeners", "RedisLink", "require_asyncio"]
