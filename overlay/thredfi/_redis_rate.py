"""``RedisRateLimiter``: the rate budgets and 429 pauses of ``_rate``, shared by every replica of a fleet.

Each attempt asks Redis once, in one Lua script, for a turn in every budget it spends: the
script drops expired holders, refuses when a ``concurrency`` is full (the caller polls, backing
off), else computes one departure time that suits every token bucket (the same arithmetic as
``_rate.Bucket``, on Redis's own clock so replicas need not agree on theirs), reserves it in
all of them and records the holder with a lease. A holder that dies frees its slot when its
lease ends. A 429 that pauses a business is published on a channel; every replica holds that
business's calls too.

Redis is never a dependency: when a command fails (``UNAVAILABLE``) the caller uses the
in-process budget for that attempt; three failures in a row make an outage (one WARNING, see
``_redis_link``). Keys are ``{key_prefix}{<host>:<partner>}:<budget>`` (the braces keep one
partner's keys on one Redis Cluster slot).
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

import anyio
import sniffio

from ._rate import FULL, RESERVED, TOO_LATE, UNAVAILABLE, RateLimit
from ._redis_link import Closing, Listeners, RedisLink, _StoreDown

PauseListener = Callable[[str | None, float], None]  # (business, or None for the partner; seconds)

# KEYS: per budget j, its bucket (2j-1) and its holders (2j). ARGV: holder, lease (µs), longest
# wait accepted (µs), then per budget: interval (µs, 0: no bucket), tolerance (µs), concurrency
# (0: none). Returns {1, wait µs} (reserved), {0, µs until a slot may free} (a concurrency is
# full: nothing reserved), {-1, wait µs} (the turn is too late: nothing reserved).
_RESERVE = """
redis.replicate_commands()
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local holder, lease, longest = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local n = #KEYS / 2
for j = 1, n do
  local limit = tonumber(ARGV[3 * j + 3])
  if limit > 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[2 * j], '-inf', now)
    if redis.call('ZCARD', KEYS[2 * j]) >= limit then
      local first = redis.call('ZRANGE', KEYS[2 * j], 0, 0, 'WITHSCORES')
      return {0, math.max(0, tonumber(first[2]) - now)}
    end
  end
end
local departure = now
local tats = {}
for j = 1, n do
  if tonumber(ARGV[3 * j + 1]) > 0 then
    tats[j] = tonumber(redis.call('GET', KEYS[2 * j - 1]) or '0')
    local at = math.max(tats[j], now) - tonumber(ARGV[3 * j + 2])
    if at > departure then departure = at end
  end
end
if departure - now > longest then
  return {-1, departure - now}
end
for j = 1, n do
  local interval = tonumber(ARGV[3 * j + 1])
  if interval > 0 then
    local tat = math.max(tats[j], departure) + interval
    redis.call('SET', KEYS[2 * j - 1], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
  end
  if tonumber(ARGV[3 * j + 3]) > 0 then
    local ends = departure + lease
    redis.call('ZADD', KEYS[2 * j], string.format('%.0f', ends), holder)
    local ttl = math.ceil((ends - now) / 1000) + 1000
    if redis.call('PTTL', KEYS[2 * j]) < ttl then
      redis.call('PEXPIRE', KEYS[2 * j], ttl)
    end
  end
end
return {1, departure - now}
"""
# The same KEYS; ARGV: holder, then per budget the interval to give back (µs, 0: none). Frees the
# holder's slots, and gives back the bucket turns of an attempt that was never sent.
_GIVE_BACK = """
for j = 1, #KEYS / 2 do
  local interval = tonumber(ARGV[j + 1])
  if interval > 0 and redis.call('EXISTS', KEYS[2 * j - 1]) == 1 then
    redis.call('DECRBY', KEYS[2 * j - 1], interval)
  end
  redis.call('ZREM', KEYS[2 * j], ARGV[1])
end
return 0
"""

_OUTCOMES = {1: RESERVED, 0: FULL, -1: TOO_LATE}  # the script's answer
Grant = tuple[str, RateLimit]  # a budget's name ("partner", "b:<business>") and its limit


class RedisRateLimiter(Closing):
    """Share the rate budgets and 429 pauses of every replica through Redis (redis-py's asyncio client).

    A client given a ``RedisTokenStore`` as ``token_store`` already shares them on the store's
    connection (``store.rate_limiter()``); pass ``rate_limiter=RedisRateLimiter(url)`` to share
    them without a token store, or on another Redis. ``url`` is a redis-py URL, or pass a
    ``redis.asyncio.Redis`` as ``client``. ``operation_timeout`` bounds each command: a slow
    or failed one sends that attempt through the in-process budget instead. asyncio only (under
    trio the budgets are per process); ``async with RedisRateLimiter(url) as limiter:``.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key_prefix: str = "thredfi:rate:",
        operation_timeout: float = 0.5,
        retry_after_failure: float = 1.0,
        max_connections: int = 16,
    ) -> None:
        link = RedisLink(
            "RedisRateLimiter",
            url,
            client,
            operation_timeout=operation_timeout,
            retry_after_failure=retry_after_failure,
            max_connections=max_connections,
        )
        self._setup(link, key_prefix, owns_link=True)

    @classmethod
    def _on(cls, link: RedisLink, key_prefix: str = "thredfi:rate:") -> RedisRateLimiter:
        """A limiter on another feature's connection (``RedisTokenStore.rate_limiter``)."""
        limiter = cls.__new__(cls)
        limiter._setup(link, key_prefix, owns_link=False)
        return limiter

    def _setup(self, link: RedisLink, key_prefix: str, *, owns_link: bool) -> None:
        if not isinstance(key_prefix, str) or any(c.isspace() for c in key_prefix):
            raise ValueError(f"key_prefix must be a str without spaces, got {key_prefix!r}")
        self._link = link
        self._owns_link = owns_link
        self._prefix = key_prefix
        self._channel = key_prefix + "paused"
        self._listeners: Listeners[tuple[str, PauseListener]] = Listeners(link, self._channel, self._dispatch)
        self._closed = False

    def __repr__(self) -> str:
        return f"RedisRateLimiter(key_prefix={self._prefix!r})"

    async def aclose(self) -> None:
        """Stop listening, and close the connections this limiter opened (a store's stay the store's)."""
        self._closed = True
        self._listeners.clear(unsubscribe=not self._owns_link)
        if self._owns_link:
            await self._link.aclose()  # cancels the subscription's task and waits for it

    # what the client's budgets ask ------------------------------------------------------------
    def usable(self) -> bool:
        """Ask Redis now? Not during an outage, after ``aclose``, or outside asyncio."""
        if self._closed or self._link.is_down():
            return False
        try:
            return sniffio.current_async_library() == "asyncio"
        except sniffio.AsyncLibraryNotFoundError:
            return False

    async def reserve(
        self, namespace: str, grants: Sequence[Grant], holder: str, *, lease: float, longest: float
    ) -> tuple[str, float]:
        """One turn in every budget of ``grants``: ``(RESERVED, wait)``, ``(FULL, seconds until a
        slot may free)``, ``(TOO_LATE, wait)`` (the turn is more than ``longest`` away), or
        ``(UNAVAILABLE, 0)`` when Redis did not answer (the caller uses its own budget)."""
        arguments: list[int | str] = [holder, _micros(lease), _micros(max(longest, 0.0))]
        for _, limit in grants:
            interval = 1.0 / limit.per_second if limit.per_second is not None else 0.0
            arguments += [_micros(interval), _micros((limit.burst - 1) * interval), limit.concurrency or 0]
        keys = self._keys(namespace, grants)
        try:
            code, micros = await self._link.call(lambda: self._link.redis.eval(_RESERVE, len(keys), *keys, *arguments))
        except _StoreDown:
            return UNAVAILABLE, 0.0
        return _OUTCOMES[int(code)], int(micros) / 1_000_000

    async def give_back(self, namespace: str, grants: Sequence[Grant], holder: str, *, unsent: bool) -> None:
        """Free ``holder``'s slots; with ``unsent`` also its bucket turns (its attempt never left)."""
        arguments: list[int | str] = [holder]
        for _, limit in grants:
            arguments.append(_micros(1.0 / limit.per_second) if unsent and limit.per_second is not None else 0)
        keys = self._keys(namespace, grants)
        # bounded, queueing included (callers shield it): else the lease ends by itself
        with contextlib.suppress(_StoreDown), anyio.move_on_after(2 * self._link.operation_timeout):
            await self._link.call(lambda: self._link.redis.eval(_GIVE_BACK, len(keys), *keys, *arguments))

    async def publish_pause(self, namespace: str, business: str | None, seconds: float) -> None:
        """Tell every replica a 429 paused ``business`` (``None``: the partner) for ``seconds``."""
        message = json.dumps({"ns": namespace, "business": business, "seconds": seconds})
        with contextlib.suppress(_StoreDown):  # the others find out by their own 429
            await self._link.call(lambda: self._link.redis.publish(self._channel, message))

    def listen_pauses(self, namespace: str, listener: PauseListener) -> Callable[[], None]:
        """Call ``listener`` for each pause published for ``namespace`` (inside the event loop)."""
        return self._listeners.add((namespace, listener))

    async def wait_listening(self) -> None:
        """Return once pauses published by other replicas are being received."""
        await self._link.wait_listening()

    def _dispatch(self, data: Any) -> None:
        message = json.loads(data)
        namespace, business, seconds = message["ns"], message["business"], message["seconds"]
        if not isinstance(namespace, str) or not (business is None or isinstance(business, str)):
            return
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 < seconds < math.inf:
            return
        for wanted, listener in self._listeners:
            if wanted == namespace:
                listener(business, float(seconds))

    def _keys(self, namespace: str, grants: Sequence[Grant]) -> list[str]:
        keys: list[str] = []
        for name, _ in grants:
            base = f"{self._prefix}{{{namespace}}}:{name}"
            keys += [base, base + ":holders"]
        return keys


def _micros(seconds: float) -> int:
    return math.ceil(seconds * 1_000_000)


__all__ = ["Grant", "RedisRateLimiter"]
