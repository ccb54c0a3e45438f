"""``RedisTokenStore``: the fleet's ``TokenStore`` on Redis (one refresh under a lock, compare-and-delete
on a 401, discards broadcast on a channel, an outage never failing a call). See ``_token_store``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import logging
import math
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from ._config import check_seconds
from ._redis_link import Closing, Listeners, RedisLink, _StoreDown, require_asyncio
from ._redis_rate import RedisRateLimiter
from ._token_store import TOKEN_CHARS, DiscardListener, StoredToken, fingerprint

logger = logging.getLogger("thredfi")


# Delete KEYS[1] only if it still holds the token whose fingerprint is ARGV[1]; then tell the
# listeners on channel ARGV[2] (they drop their in-process copy of that token).
_DISCARD = """
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. ':' then
  redis.call('DEL', KEYS[1])
end
redis.call('PUBLISH', ARGV[2], ARGV[3])
return 0
"""
# Release a lock only if we still hold it (it may have expired and been taken over).
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisTokenStore(Closing):
    """Share tokens through Redis (redis-py's asyncio client, ``pip install 'thredfi[redis]'``).

    ``url`` is a redis-py URL (``redis://``, ``rediss://``, ``unix://``), or pass a
    ``redis.asyncio.Redis`` as ``client``. Keys ``{key_prefix}{host}:{partner}:{scope}`` expire
    with their token. The values are bearer credentials: give the store a Redis only your
    services reach (ACLs, TLS), or an ``encryption_key`` (Fernet, ``cryptography``).
    ``lock_timeout`` bounds one fleet-wide refresh (a dead holder is taken over when it
    expires); ``operation_timeout`` bounds each command once it has one of the
    ``max_connections``: a failed or slow command sends that token request straight to Thredfi,
    three in a row make an outage. asyncio only; ``async with RedisTokenStore(url) as store:``.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key_prefix: str = "thredfi:tokens:",
        lock_timeout: float = 10.0,
        operation_timeout: float = 1.0,
        retry_after_failure: float = 1.0,
        encryption_key: str | bytes | None = None,
        max_connections: int = 16,
    ) -> None:
        check_seconds("lock_timeout", lock_timeout, positive=True)
        if not isinstance(key_prefix, str) or any(c.isspace() for c in key_prefix):
            raise ValueError(f"key_prefix must be a str without spaces, got {key_prefix!r}")
        self._link = RedisLink(
            "RedisTokenStore",
            url,
            client,
            operation_timeout=operation_timeout,
            retry_after_failure=retry_after_failure,
            max_connections=max_connections,
        )
        self._redis = self._link.redis
        self._prefix = key_prefix
        self._channel = key_prefix + "discarded"
        self._lock_ms = int(lock_timeout * 1000)
        self._lock_timeout = lock_timeout
        self._cipher = _cipher(encryption_key)
        self._listeners: Listeners[DiscardListener] = Listeners(self._link, self._channel, self._dispatch)
        self._rate_limiter: RedisRateLimiter | None = None

    def __repr__(self) -> str:
        return f"RedisTokenStore(key_prefix={self._prefix!r}, encrypted={self._cipher is not None})"

    async def aclose(self) -> None:
        """Stop listening and close the connections this store opened (a passed ``client`` is yours)."""
        self._listeners.clear(unsubscribe=False)
        await self._link.aclose()

    def rate_limiter(self) -> RedisRateLimiter:
        """The fleet's rate budgets and 429 pauses on this store's connection (one per store).

        A client given this store as ``token_store`` uses it without being asked.
        """
        if self._rate_limiter is None:
            self._rate_limiter = RedisRateLimiter._on(self._link)
        return self._rate_limiter

    # TokenStore -------------------------------------------------------------------------------
    async def obtain(
        self,
        key: str,
        fetch: Callable[[], Awaitable[StoredToken]],
        fresh: Callable[[StoredToken], bool],
    ) -> StoredToken:
        require_asyncio("RedisTokenStore")
        if self._link.is_down():
            return await fetch()
        fetched: StoredToken | None = None
        try:
            name, lock = self._prefix + key, self._prefix + key + ":lock"
            give_up_at = time.monotonic() + 2 * self._lock_timeout
            pause = 0.02
            while True:
                stored = await self._load(name)
                if stored is not None and fresh(stored):
                    return stored
                owner = secrets.token_hex(16)
                if await self._link.call(functools.partial(self._redis.set, lock, owner, nx=True, px=self._lock_ms)):
                    try:
                        stored = await self._load(name)  # saved between our read and our lock?
                        if stored is not None and fresh(stored):
                            return stored
                        fetched = await fetch()
                        await self._save(name, fetched)
                        return fetched
                    finally:
                        with anyio.CancelScope(shield=True):
                            await self._release(lock, owner)
                # another process is fetching: wait for its token, or for its lock to expire
                if time.monotonic() > give_up_at:
                    raise _StoreDown("no token appeared while another process held the lock")
                await anyio.sleep(pause)
                pause = min(pause * 2, 0.25)
        except _StoreDown as exc:
            logger.debug("thredfi: token store not used for this token (%s): fetching it directly", exc)
            return fetched if fetched is not None else await fetch()

    async def discard(self, key: str, access_token: str) -> None:
        require_asyncio("RedisTokenStore")
        if self._link.closed:
            return
        mark = fingerprint(access_token)
        message = json.dumps({"key": key, "fingerprint": mark})
        with contextlib.suppress(_StoreDown):  # the others find out by their own 401
            name = self._prefix + key
            await self._link.call(lambda: self._redis.eval(_DISCARD, 1, name, mark, self._channel, message))

    def listen(self, listener: DiscardListener) -> Callable[[], None]:
        """Subscribe the discard channel with the first listener (called inside the event loop)."""
        require_asyncio("RedisTokenStore")
        return self._listeners.add(listener)

    async def wait_listening(self) -> None:
        """Return once discards from other processes are being received.

        Call it after ``listen`` (a client calls that on its first token request); before, it
        waits for the first subscription.
        """
        await self._link.wait_listening()

    # Redis ------------------------------------------------------------------------------------
    async def _load(self, name: str) -> StoredToken | None:
        raw = await self._link.call(lambda: self._redis.get(name))
        if raw is None:
            return None
        return self._decode(raw)

    async def _save(self, name: str, token: StoredToken) -> None:
        ttl_ms = int((token.expires_at - time.time()) * 1000)
        if ttl_ms <= 0:
            return
        await self._link.call(lambda: self._redis.set(name, self._encode(token), px=ttl_ms), even_if_down=True)

    async def _release(self, lock: str, owner: str) -> None:
        with contextlib.suppress(_StoreDown):  # else it expires by itself
            await self._link.call(lambda: self._redis.eval(_RELEASE, 1, lock, owner), even_if_down=True)

    def _encode(self, token: StoredToken) -> str:
        payload = json.dumps(dataclasses.asdict(token), separators=(",", ":"))
        if self._cipher is not None:
            payload = "enc:" + self._cipher.encrypt(payload.encode()).decode()
        return f"{token.fingerprint}:{payload}"

    def _decode(self, raw: bytes | str) -> StoredToken | None:
        """A stored value, or None when it cannot be read (another version, another key, tampering)."""
        try:
            text = raw.decode() if isinstance(raw, bytes) else raw
            _, _, payload = text.partition(":")
            if payload.startswith("enc:"):
                if self._cipher is None:
                    return None
                payload = self._cipher.decrypt(payload[4:].encode()).decode()
            elif self._cipher is not None:
                return None  # a store with a key trusts only what was encrypted with it
            fields = json.loads(payload)
            token = StoredToken(**fields)
        except Exception:  # unreadable means absent: the caller fetches a new one
            return None
        return token if _well_formed(token) else None

    # discards from other processes ------------------------------------------------------------
    def _dispatch(self, data: Any) -> None:
        try:
            message = json.loads(data)
            key, mark = message["key"], message["fingerprint"]
        except Exception:  # not ours
            return
        if not isinstance(key, str) or not isinstance(mark, str):
            return
        for listener in self._listeners:
            listener(key, mark)


def _well_formed(token: StoredToken) -> bool:
    """Every field of the type this SDK writes (another writer's value counts as absent)."""
    return (
        isinstance(token.access_token, str)
        and TOKEN_CHARS.fullmatch(token.access_token) is not None
        and isinstance(token.token_type, str)
        and isinstance(token.expires_in, int)
        and not isinstance(token.expires_in, bool)
        and token.expires_in > 0
        and isinstance(token.expires_at, int | float)
        and not isinstance(token.expires_at, bool)
        and math.isfinite(token.expires_at)
        and (token.scope is None or isinstance(token.scope, str))
        and (token.business_id is None or isinstance(token.business_id, str))
    )


def _cipher(key: str | bytes | None) -> Any:
    if key is None:
        return None
    try:
        from cryptography.fernet import Fernet
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("encryption_key needs the cryptography package: pip install cryptography") from exc
    try:
        return Fernet(key)
    except (ValueError, TypeError) as exc:
        raise ValueError("encryption_key must be a Fernet key (Fernet.generate_key())") from exc
