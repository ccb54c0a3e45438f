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
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import sniffio

from ._config import check_int, check_seconds
from ._token_store import OUTAGE_AFTER_FAILURES, TOKEN_CHARS, DiscardListener, StoredToken, fingerprint

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("thredfi")


class _StoreDown(Exception):
    """The store failed to answer; the caller falls back to the in-process path."""


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


class RedisTokenStore:
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
        if (url is None) == (client is None):
            raise ValueError("RedisTokenStore needs exactly one of url= or client=")
        for name, value in (
            ("lock_timeout", lock_timeout),
            ("operation_timeout", operation_timeout),
            ("retry_after_failure", retry_after_failure),
        ):
            check_seconds(name, value, positive=True)
        check_int("max_connections", max_connections, minimum=1)
        if not isinstance(key_prefix, str) or any(c.isspace() for c in key_prefix):
            raise ValueError(f"key_prefix must be a str without spaces, got {key_prefix!r}")
        if client is None:
            try:
                import redis.asyncio
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise ImportError("RedisTokenStore needs redis-py: pip install 'thredfi[redis]'") from exc
            assert url is not None
            # a bounded pool whose callers queue for a connection (the default pool fails past its
            # size, which a cold start with thousands of businesses reaches); the queueing counts
            # toward operation_timeout like the command itself
            pool = redis.asyncio.BlockingConnectionPool.from_url(
                url,
                max_connections=max_connections + 1,  # and one for the discard channel's subscription
                timeout=None,
                socket_timeout=operation_timeout,
                socket_connect_timeout=operation_timeout,
                health_check_interval=30,
            )
            client = redis.asyncio.Redis.from_pool(pool)
            self._owns_client = True
        else:
            self._owns_client = False
        self._redis = client
        import asyncio

        self._slots = asyncio.Semaphore(max_connections)
        self._prefix = key_prefix
        self._channel = key_prefix + "discarded"
        self._lock_ms = int(lock_timeout * 1000)
        self._lock_timeout = lock_timeout
        self._operation_timeout = operation_timeout
        self._retry_after_failure = retry_after_failure
        self._cipher = _cipher(encryption_key)
        self._down_until = 0.0  # monotonic: during an outage, the store is not asked before this
        self._outage = False
        self._failures_in_a_row = 0
        self._listeners: dict[int, DiscardListener] = {}
        self._next_handle = 0
        self._listener_task: asyncio.Task[None] | None = None
        self._subscribed: asyncio.Event | None = None  # set while the discard channel is subscribed
        self._closed = False

    def __repr__(self) -> str:
        return f"RedisTokenStore(key_prefix={self._prefix!r}, encrypted={self._cipher is not None})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop listening and close the connections this store opened (a passed ``client`` is yours)."""
        if self._closed:
            return
        self._closed = True
        self._listeners.clear()
        await self._stop_listening()
        if self._owns_client:
            await self._redis.aclose()

    # TokenStore -------------------------------------------------------------------------------
    async def obtain(
        self,
        key: str,
        fetch: Callable[[], Awaitable[StoredToken]],
        fresh: Callable[[StoredToken], bool],
    ) -> StoredToken:
        _require_asyncio()
        if self._closed or self._is_down():
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
                if await self._call(functools.partial(self._redis.set, lock, owner, nx=True, px=self._lock_ms)):
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
        _require_asyncio()
        if self._closed:
            return
        mark = fingerprint(access_token)
        message = json.dumps({"key": key, "fingerprint": mark})
        with contextlib.suppress(_StoreDown):  # the others find out by their own 401
            await self._call(lambda: self._redis.eval(_DISCARD, 1, self._prefix + key, mark, self._channel, message))

    def listen(self, listener: DiscardListener) -> Callable[[], None]:
        """Start the channel subscription with the first listener (called inside the event loop)."""
        _require_asyncio()
        handle = self._next_handle = self._next_handle + 1
        self._listeners[handle] = listener
        if self._listener_task is None and not self._closed:
            import asyncio

            self._listener_task = asyncio.get_running_loop().create_task(self._listen_forever())

        def stop() -> None:
            self._listeners.pop(handle, None)
            if not self._listeners and self._listener_task is not None:
                self._listener_task.cancel()  # its cleanup closes the subscription
                self._listener_task = None
                self._subscribed = None  # a later listen() subscribes anew: wait_listening() waits for it

        return stop

    # Redis ------------------------------------------------------------------------------------
    async def _call(self, command: Callable[[], Awaitable[Any]], *, even_if_down: bool = False) -> Any:
        """One Redis command, bounded by ``operation_timeout``; any failure is ``_StoreDown``.

        Callers queue here for one of ``max_connections`` slots without a time limit: waiting
        behind this process's own commands is not the store being slow. A command that finds
        the store marked down meanwhile is not sent, unless it finishes what a lock holder began
        (saving its token, releasing its lock): the rest of the fleet waits on those.
        """
        async with self._slots:
            if self._is_down() and not even_if_down:
                raise _StoreDown("marked down by earlier commands")
            try:
                with anyio.fail_after(self._operation_timeout):
                    result = await command()
            except Exception as exc:  # redis errors, OSError, TimeoutError: the store is not usable now
                self._failed(type(exc).__name__)
                raise _StoreDown(type(exc).__name__) from None
            self._succeeded()
            return result

    async def _load(self, name: str) -> StoredToken | None:
        raw = await self._call(lambda: self._redis.get(name))
        if raw is None:
            return None
        return self._decode(raw)

    async def _save(self, name: str, token: StoredToken) -> None:
        ttl_ms = int((token.expires_at - time.time()) * 1000)
        if ttl_ms <= 0:
            return
        await self._call(lambda: self._redis.set(name, self._encode(token), px=ttl_ms), even_if_down=True)

    async def _release(self, lock: str, owner: str) -> None:
        with contextlib.suppress(_StoreDown):  # else it expires by itself
            await self._call(lambda: self._redis.eval(_RELEASE, 1, lock, owner), even_if_down=True)

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

    # outages ----------------------------------------------------------------------------------
    def _is_down(self) -> bool:
        return self._outage and time.monotonic() < self._down_until

    def _failed(self, reason: str) -> None:
        """A command failed. Three in a row make an outage: the store is skipped for a while.

        One failure alone (a connection storm at a fleet's cold start, a busy event loop) only
        sends that one token request past the store.
        """
        self._failures_in_a_row += 1
        if self._failures_in_a_row < OUTAGE_AFTER_FAILURES:
            return
        self._down_until = time.monotonic() + self._retry_after_failure
        if not self._outage:
            self._outage = True
            logger.warning(
                "thredfi: the token store is unreachable (%s); using the in-process token cache until it is back",
                reason,
            )

    def _succeeded(self) -> None:
        self._failures_in_a_row = 0
        if self._outage:
            self._outage = False
            logger.warning("thredfi: the token store is reachable again; tokens are shared again")

    # discards from other processes ------------------------------------------------------------
    async def _listen_forever(self) -> None:
        pause = self._retry_after_failure
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self._channel)
                self._subscribed_event().set()
                pause = self._retry_after_failure
                while True:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if message is not None:
                        self._dispatch(message.get("data"))
            except Exception:  # the connection dropped: subscribe again after a pause
                if self._subscribed is not None and self._subscribed.is_set():
                    self._subscribed = None  # wait_listening() waits for the next subscription
                await anyio.sleep(pause)
                pause = min(pause * 2, 30.0)
            finally:
                with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await pubsub.aclose()  # may be a broken connection

    def _subscribed_event(self) -> asyncio.Event:
        import asyncio

        if self._subscribed is None:
            self._subscribed = asyncio.Event()
        return self._subscribed

    async def wait_listening(self) -> None:
        """Return once discards from other processes are being received.

        Call it after ``listen`` (a client calls that on its first token request); before, it
        waits for the first subscription.
        """
        while True:
            event = self._subscribed_event()
            await event.wait()
            if self._subscribed is event:
                return

    def _dispatch(self, data: Any) -> None:
        try:
            message = json.loads(data)
            key, mark = message["key"], message["fingerprint"]
        except Exception:  # not ours
            return
        if not isinstance(key, str) or not isinstance(mark, str):
            return
        for listener in list(self._listeners.values()):
            listener(key, mark)

    async def _stop_listening(self) -> None:
        task, self._listener_task = self._listener_task, None
        if task is not None:
            task.cancel()
            with anyio.CancelScope(shield=True), anyio.move_on_after(5), contextlib.suppress(BaseException):
                await task  # cancelled as asked


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


def _require_asyncio() -> None:
    if sniffio.current_async_library() != "asyncio":
        raise RuntimeError("RedisTokenStore needs asyncio (redis-py has no trio client)")


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
