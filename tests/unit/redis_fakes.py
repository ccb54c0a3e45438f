"""In-memory stand-ins for ``redis.asyncio.Redis`` and its pub/sub object, and a fake monotonic
clock, shared by the unit tests of ``RedisLink``, ``RedisTokenStore`` and ``RedisRateLimiter``.

``FakeRedis`` answers the few commands the SDK sends (GET, SET, EVAL, PUBLISH) on a dict;
``down`` makes every command fail. Messages reach its subscriptions through ``deliver`` (to every
open subscription, the channel as given and unchecked) or ``deliver_subscribed`` (as Redis does:
only to those subscribed to the channel).
"""

from __future__ import annotations

import asyncio
import time
import types
from typing import Any

import pytest
from thredfi import _redis_rate, _redis_store


class FakePubSub:
    """What the link asks of ``redis.asyncio.client.PubSub``; messages arrive through ``inbox``."""

    def __init__(self, redis: FakeRedis) -> None:
        self.redis = redis
        self.channels: tuple[str, ...] = ()
        self.inbox: asyncio.Queue[dict[str, Any] | Exception] = asyncio.Queue()
        self.closed = False

    async def subscribe(self, *channels: str) -> None:
        if self.redis.subscribe_failures > 0:
            self.redis.subscribe_failures -= 1
            raise ConnectionError("Connection refused")
        self.channels = channels

    async def get_message(self, *, ignore_subscribe_messages: bool, timeout: float) -> dict[str, Any] | None:  # noqa: ASYNC109 - redis-py's
        assert ignore_subscribe_messages
        item = await self.inbox.get()
        if isinstance(item, Exception):
            raise item
        return item

    async def aclose(self) -> None:
        self.closed = True


class FakeRedis:
    """The commands the token store and the limiter send, on a dict; ``down`` makes them all fail.

    ``commands`` names each command sent; ``evals`` holds each script run as (script, keys,
    arguments); ``_RESERVE`` answers ``answer``; ``published`` holds each (channel, message).
    """

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.commands: list[str] = []
        self.evals: list[tuple[str, list[str], list[Any]]] = []
        self.published: list[tuple[str, str]] = []
        self.answer: list[int] = [1, 0]
        self.down = False
        self.closed = False
        self.pubsubs: list[FakePubSub] = []
        self.subscribe_failures = 0  # the next subscriptions that fail

    def _command(self, name: str) -> None:
        self.commands.append(name)
        if self.down:
            raise ConnectionError("Connection refused")

    async def get(self, name: str) -> str | None:
        self._command("GET")
        return self.values.get(name)

    async def set(self, name: str, value: str, *, nx: bool = False, px: int | None = None) -> bool:
        self._command("SET")
        if nx and name in self.values:
            return False
        self.values[name] = value
        return True

    async def eval(self, script: str, numkeys: int, *keys_and_arguments: Any) -> Any:
        self._command("EVAL")
        keys = [str(key) for key in keys_and_arguments[:numkeys]]
        arguments = list(keys_and_arguments[numkeys:])
        self.evals.append((script, keys, arguments))
        if script == _redis_rate._RESERVE:
            return list(self.answer)
        if script == _redis_store._RELEASE and self.values.get(keys[0]) == arguments[0]:
            del self.values[keys[0]]  # the token store's lock, released only by its holder
        return 0

    async def publish(self, channel: str, message: str) -> int:
        self._command("PUBLISH")
        self.published.append((channel, message))
        return self.deliver_subscribed(channel, message.encode())

    def pubsub(self) -> FakePubSub:
        self.pubsubs.append(FakePubSub(self))
        return self.pubsubs[-1]

    def open_pubsubs(self) -> list[FakePubSub]:
        return [pubsub for pubsub in self.pubsubs if not pubsub.closed]

    def open_channels(self) -> list[tuple[str, ...]]:
        return [pubsub.channels for pubsub in self.open_pubsubs()]

    def deliver(self, channel: str | bytes, data: object) -> None:
        """A message as redis-py hands it out, to every open subscription (channel unchecked)."""
        for pubsub in self.open_pubsubs():
            pubsub.inbox.put_nowait({"type": "message", "pattern": None, "channel": channel, "data": data})

    def deliver_subscribed(self, channel: str, data: bytes) -> int:
        """A message to the open subscriptions to ``channel`` only, as Redis does; how many got it."""
        receivers = [pubsub for pubsub in self.open_pubsubs() if channel in pubsub.channels]
        for pubsub in receivers:
            pubsub.inbox.put_nowait({"type": "message", "pattern": None, "channel": channel.encode(), "data": data})
        return len(receivers)

    def drop_connections(self) -> None:
        for pubsub in self.open_pubsubs():
            pubsub.inbox.put_nowait(ConnectionError("Connection reset by peer"))

    async def aclose(self) -> None:
        self.closed = True


class Monotonic:
    """A monotonic clock the test moves by setting ``now``."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


def patch_monotonic(monkeypatch: pytest.MonkeyPatch, *modules: types.ModuleType) -> Monotonic:
    """Give ``modules`` (their ``time`` only) a ``Monotonic`` clock; ``time.time`` stays the real one."""
    clock = Monotonic()
    fake = types.SimpleNamespace(monotonic=clock, time=time.time)
    for module in modules:
        monkeypatch.setattr(module, "time", fake)
    return clock
