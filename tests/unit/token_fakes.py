"""In-process fakes for TokenManager's unit tests: clocks, a token endpoint and a TokenStore.

The endpoint answers in-process; ``answered`` is set when an answer has been handed back, which
is when a background refresh stores it (nothing awaits between the two), so tests wait on events,
never on time. The store is a fleet in one process: one lock per key, compare-and-delete,
listeners called at once (RedisTokenStore itself is tested against a real Redis).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import httpx
from thredfi._request import Reply
from thredfi._token_store import StoredToken, fingerprint


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Wall(Clock):
    """A wall clock (Unix time) the test moves."""

    def __init__(self) -> None:
        super().__init__(1_800_000_000.0)


class Endpoint:
    """A token endpoint: 200 with a fresh ``tok-N`` unless told otherwise.

    ``statuses`` are answered next (error bodies echo the credential, as careless servers do);
    with ``gate`` set, requests (only to ``gated_paths`` when given) wait for it, ``waiting``
    counting them.
    """

    def __init__(self, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.paths: list[str] = []
        self.authorizations: list[str] = []
        self.statuses: list[int] = []
        self.server_request_id: str | None = None
        self.gate: anyio.Event | None = None
        self.gated_paths: set[str] | None = None
        self.waiting = 0
        self.issued = 0
        self.answered = anyio.Event()

    async def __call__(self, path: str, authorization: str, form: dict[str, str] | None) -> Reply:
        self.paths.append(path)
        self.authorizations.append(authorization)
        if self.gate is not None and (self.gated_paths is None or path in self.gated_paths):
            self.waiting += 1
            try:
                await self.gate.wait()
            finally:
                self.waiting -= 1
        await anyio.lowlevel.checkpoint()
        request = httpx.Request("POST", "https://api.test" + path, headers={"X-Request-ID": "sent-id"})
        headers = {"X-Request-ID": self.server_request_id} if self.server_request_id else {}
        if self.statuses:
            status = self.statuses.pop(0)
            body = {"error_code": f"http_{status}", "message": f"echo {authorization}"}
            response = httpx.Response(status, json=body, headers=headers, request=request)
        else:
            self.issued += 1
            token = {"access_token": f"tok-{self.issued}", "expires_in": self.expires_in}
            response = httpx.Response(200, json=token, headers=headers, request=request)
        answered, self.answered = self.answered, anyio.Event()
        answered.set()
        return Reply(response, None, "sent-id")  # the facts of the request: the id it carried


class MemoryStore:
    """A TokenStore in memory; ``discards`` records (key, fingerprint) of every discard."""

    def __init__(self, wall: Wall) -> None:
        self.wall = wall
        self.tokens: dict[str, StoredToken] = {}
        self.locks: dict[str, anyio.Lock] = {}
        self.listeners: dict[int, Callable[[str, str], None]] = {}
        self.discards: list[tuple[str, str]] = []
        self._next = 0

    async def obtain(
        self, key: str, fetch: Callable[[], Awaitable[StoredToken]], fresh: Callable[[StoredToken], bool]
    ) -> StoredToken:
        async with self.locks.setdefault(key, anyio.Lock()):
            stored = self.tokens.get(key)
            if stored is not None and fresh(stored):
                return stored
            self.tokens[key] = token = await fetch()
            return token

    async def discard(self, key: str, access_token: str) -> None:
        self.discards.append((key, fingerprint(access_token)))
        stored = self.tokens.get(key)
        if stored is not None and stored.access_token == access_token:
            del self.tokens[key]
        for listener in list(self.listeners.values()):
            listener(key, fingerprint(access_token))

    def listen(self, listener: Callable[[str, str], None]) -> Callable[[], None]:
        self._next += 1
        handle = self._next
        self.listeners[handle] = listener

        def stop() -> None:
            self.listeners.pop(handle, None)

        return stop
