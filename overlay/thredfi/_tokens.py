"""The token manager: partner and business tokens cached, refreshed early, fetched once under
concurrency (the endpoints and what a token is: ``_token_endpoint``).

* A business token is remembered with the partner token that minted it: a partner token dropped
  because it failed (a 401) takes its business tokens along; one refreshed on schedule does not.
* Two refresh windows before expiry (``next_step``): in the **advisory** one (the last
  ``min(refresh_margin, lifetime / 2)`` s) callers keep the valid token while one background
  request fetches the next (a failure is retried with backoff, 1 s doubling to 60 s, never
  failing a call); in the **mandatory** one (the last ``min(30 s, advisory / 2)`` s) they wait.
* Concurrent callers share one request per token (``_flight``); each caller of a failed request
  gets its own exception object.
* With a ``TokenStore`` the in-process cache stays in front; a token another process fetched is
  adopted, one process fetches for the fleet, and a 401 discards the token fleet-wide.
"""

from __future__ import annotations

import base64
import collections
import dataclasses
import logging
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import anyio

from ._config import DEFAULT_MAX_BUSINESS_TOKENS, check_max_business_tokens
from ._exceptions import APIConnectionError, APIStatusError, for_caller
from ._flight import Flight, inside_flight, spawn
from ._request import Reply
from ._request_id import DEFAULT_REQUEST_ID_HEADER, current_request_id
from ._token_endpoint import (
    BUSINESS_TOKEN_PATH,
    PARTNER_TOKEN_PATH,
    Token,
    make_token,
    margins,
    next_step,
    parse_token,
    token_error,
)
from ._token_store import StoredToken, TokenStore, fingerprint

logger = logging.getLogger("thredfi")

# sends one token request: (path, Authorization header value, form body or None) -> its facts
TokenPost = Callable[[str, str, dict[str, str] | None], Awaitable[Reply]]

DEFAULT_REFRESH_MARGIN = 300.0
# tokens discarded after a 401 that a store must not hand back (most recent kept)
MAX_REFUSED = 1_024
# advisory refresh after a failure: 1 s, 2 s, 4 s ... at most 60 s apart
RETRY_FIRST, RETRY_MAX = 1.0, 60.0
# tokens remembered after they were dropped, so an error echoing one is still redacted
MAX_HELD_SECRETS = 1_024
SWEEP_INTERVAL = 60.0  # how often expired business tokens are swept out of the cache (clock seconds)
_PARTNER = "partner"


@dataclasses.dataclass
class _Slot:
    """A cached token and the advisory-refresh backoff of its key."""

    token: Token
    minted_by: Token | None = None  # for a business token: the partner token that fetched it
    retry_at: float = 0.0  # no advisory refresh before this instant (after a failure)
    failures: int = 0


class TokenManager:
    """Fetches, caches and invalidates partner and business tokens; the business-token cache keeps
    at most ``max_business_tokens`` (least recently used dropped, expired ones swept out)."""

    def __init__(
        self,
        *,
        partner_uuid: str,
        api_key: str,
        post: TokenPost,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
        max_business_tokens: int = DEFAULT_MAX_BUSINESS_TOKENS,
        store: TokenStore | None = None,
        store_namespace: str = "",
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if store is not None and not isinstance(store, TokenStore):
            raise TypeError(f"token_store must be a thredfi.TokenStore, got {type(store).__name__}")
        self._store = store
        self._namespace = (store_namespace or partner_uuid) + ":"
        self._wall_clock = wall_clock
        self._stop_listening: Callable[[], None] | None = None
        self._request_id_header = request_id_header
        self._basic = "Basic " + base64.b64encode(f"{partner_uuid}:{api_key}".encode()).decode()
        self._api_key = api_key
        # every token this manager has held, most recent last (bounded): redacted from errors
        self._held: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._partner_uuid = partner_uuid
        self._send_post = post
        self._clock = clock
        self._margin = refresh_margin
        self._max_business = check_max_business_tokens(max_business_tokens)
        self._partner: _Slot | None = None
        # partner tokens dropped because they failed (a 401, here or elsewhere), as long as a
        # business-token request minted with one may still finish: its token is not kept
        self._failed_partners: weakref.WeakSet[Token] = weakref.WeakSet()
        # business id -> its token, least recently used first
        self._business: collections.OrderedDict[str, _Slot] = collections.OrderedDict()
        self._next_sweep = 0.0
        self._flights: dict[str, Flight[Token]] = {}
        self._closed = False
        # fingerprints of tokens a 401 (here or elsewhere) discarded -> their expiry (clock)
        self._refused: collections.OrderedDict[str, float] = collections.OrderedDict()
        self._tasks: set[Any] = set()  # asyncio tasks running token requests (kept referenced)
        self.requests_sent = 0

    def __repr__(self) -> str:
        return f"TokenManager(partner_uuid={self._partner_uuid!r}, cached_business_tokens={len(self._business)})"

    def secrets(self) -> tuple[str, ...]:
        """The api key, the Basic credential and every token held (recent ones): what errors must not show."""
        return (self._api_key, self._basic.partition(" ")[2], *self._held)

    def _hold(self, token: Token) -> Token:
        self._held[token.access_token] = None
        self._held.move_to_end(token.access_token)
        if len(self._held) > MAX_HELD_SECRETS:
            self._held.popitem(last=False)
        return token

    @property
    def cached_business_tokens(self) -> int:
        return len(self._business)

    # public ---------------------------------------------------------------------------------
    async def partner_token(self) -> Token:
        return await self._get(_PARTNER, self._partner, self._fetch_partner)

    async def business_token(self, business_id: str) -> Token:
        slot: _Slot | None = self._business.get(business_id)
        if slot is not None:
            if self._clock() >= slot.token.expires_at_clock:
                del self._business[business_id]
                slot = None
            else:
                self._business.move_to_end(business_id)
        return await self._get(f"business:{business_id}", slot, lambda: self._fetch_business(business_id))

    async def invalidate(self, token: Token) -> None:
        """Forget ``token`` if it is still the cached one (a newer token is left alone).

        Dropping the partner token also drops every business token it minted. With a store,
        the token is discarded there too (only if still stored) and other processes told.
        """
        self._forget(token)
        if self._store is not None:
            self._refuse(fingerprint(token.access_token), token.expires_at_clock)
            key = _PARTNER if token.business_id is None else f"business:{token.business_id}"
            await self._store.discard(self._namespace + key, token.access_token)

    def _refuse(self, mark: str, until: float) -> None:
        """Never adopt this token from the store again: its discard there may have failed, or
        not happened yet when another flight reads the key (bounded; forgotten once expired)."""
        refused = self._refused
        refused[mark] = until
        now = self._clock()
        while refused and (len(refused) > MAX_REFUSED or next(iter(refused.values())) <= now):
            refused.popitem(last=False)

    def _forget(self, token: Token) -> None:
        """Drop a token that failed; a failed partner token takes the business tokens it minted along."""
        if self._partner is not None and token is self._partner.token:
            self._partner = None
            self._failed_partners.add(token)
            for business_id, slot in list(self._business.items()):
                if slot.minted_by is token:
                    del self._business[business_id]
            return
        if token.business_id is not None:
            cached = self._business.get(token.business_id)
            if cached is not None and cached.token is token:
                del self._business[token.business_id]

    def _discarded_elsewhere(self, key: str, mark: str) -> None:
        """Another process discarded a token (a 401): drop our copy if it is the same token."""
        if not key.startswith(self._namespace):
            return
        scope = key[len(self._namespace) :]
        slot = self._partner if scope == _PARTNER else self._business.get(scope.removeprefix("business:"))
        if slot is not None and fingerprint(slot.token.access_token) == mark:
            self._refuse(mark, slot.token.expires_at_clock)
            self._forget(slot.token)

    def after_fork(self) -> None:
        """In a forked child: the parent's token requests in flight are not this process's."""
        self._flights.clear()
        self._tasks.clear()

    async def aclose(self) -> None:
        """Cancel the token requests still in flight (the client is closing) and let them end.

        None starts afterwards: a caller still waiting gets ``APIConnectionError``.
        """
        self._closed = True
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        flights = list(self._flights.values())
        for flight in flights:
            flight.scope.cancel()  # a flight whose task has not started yet never sends
        with anyio.move_on_after(5):
            for flight in flights:
                await flight.done.wait()

    # windows and single flight --------------------------------------------------------------
    async def _get(self, key: str, slot: _Slot | None, fetch: Callable[[], Awaitable[Token]]) -> Token:
        if slot is not None:
            step = next_step(
                slot.token, self._clock(), refreshing=key in self._flights, retry_at=slot.retry_at, closed=self._closed
            )
            if step == "refresh in the background":
                self._start(key, fetch, advisory=True)
            if step != "wait":
                return slot.token
        while True:
            flight = self._flights.get(key) or self._start(key, fetch, advisory=False)
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                # a flight waiting on another (a business token on the partner token) is no caller
                raise for_caller(flight.error, None if inside_flight.get() else current_request_id())
            # the request was cancelled before it ended: the client is closing (else go again)

    def _start(self, key: str, fetch: Callable[[], Awaitable[Token]], *, advisory: bool) -> Flight[Token]:
        if self._closed:
            raise APIConnectionError("token request refused: the client is closed")
        flight: Flight[Token] = Flight()
        self._flights[key] = flight
        spawn(self._fly(key, flight, fetch, advisory), self._tasks)
        return flight

    async def _fly(
        self, key: str, flight: Flight[Token], fetch: Callable[[], Awaitable[Token]], advisory: bool
    ) -> None:
        inside_flight.set(True)  # the task runs in its own copy of the context
        try:
            with flight.scope:
                try:
                    flight.token = await fetch()
                    self._backoff(key, failed=None)
                except Exception as exc:
                    flight.error = exc
                    self._backoff(key, failed=exc if advisory else None)
        finally:  # cancelled too: the waiters see neither token nor error and start over
            if self._flights.get(key) is flight:
                del self._flights[key]
            flight.done.set()

    def _backoff(self, key: str, failed: Exception | None) -> None:
        """Reset the advisory backoff of ``key`` after a success; lengthen it and log after a failure."""
        slot = self._partner if key == _PARTNER else self._business.get(key.removeprefix("business:"))
        if slot is None:
            return
        if failed is None:
            slot.failures, slot.retry_at = 0, 0.0
            return
        now = self._clock()
        delay = min(RETRY_MAX, RETRY_FIRST * 2**slot.failures)
        slot.failures += 1
        slot.retry_at = now + delay
        status = f" {failed.status_code}" if isinstance(failed, APIStatusError) else ""
        logger.warning(
            "thredfi: refreshing the %s token failed (%s%s); the current token is valid for %.0f s more, "
            "next try in %.0f s",
            "partner" if key == _PARTNER else key.replace(":", " "),
            type(failed).__name__,
            status,
            max(0.0, slot.token.expires_at_clock - now),
            delay,
        )

    # token requests -------------------------------------------------------------------------
    def _read(self, reply: Reply, business_id: str | None, authorization: str) -> Token:
        """The token of a token request's reply, or its typed error."""
        if not reply.response.is_success:
            raise token_error(reply, self._request_id_header, authorization)
        token = parse_token(
            reply.response,
            business_id=business_id,
            now=self._clock(),
            margin=self._margin,
            request_id_header=self._request_id_header,
            sent=reply.request_id,
        )
        return self._hold(token)

    async def _post(self, path: str, *, authorization: str, form: dict[str, str] | None = None) -> Reply:
        """Send one token request (the only place token HTTP happens); its body is read."""
        self.requests_sent += 1
        return await self._send_post(path, authorization, form)

    async def _fetch_partner(self) -> Token:
        token = await self._shared(_PARTNER, self._request_partner, business_id=None)
        self._partner = _Slot(token)
        return token

    async def _request_partner(self) -> Token:
        reply = await self._post(
            PARTNER_TOKEN_PATH,
            authorization=self._basic,
            form={"grant_type": "client_credentials", "client_id": self._partner_uuid},
        )
        return self._read(reply, None, self._basic)

    async def _fetch_business(self, business_id: str) -> Token:
        minted_by: list[Token] = []

        async def request() -> Token:
            path = BUSINESS_TOKEN_PATH.format(business_id=quote(business_id, safe=""))
            for _ in range(2):
                partner = await self.partner_token()
                reply = await self._post(path, authorization=partner.authorization)
                if reply.response.status_code == 401:
                    # the partner token was revoked or expired early: drop it and try once more
                    await self.invalidate(partner)
                    continue
                break
            token = self._read(reply, business_id, partner.authorization)
            minted_by.append(partner)
            return token

        token = await self._shared(f"business:{business_id}", request, business_id=business_id)
        minter = minted_by[0] if minted_by else None
        if minter is not None and minter in self._failed_partners:
            # the partner token it was minted with failed meanwhile (a 401 elsewhere): the callers
            # waiting get it, the cache does not keep it. One merely refreshed on schedule (the
            # partner slot holds a newer token) takes nothing along: its business tokens stay good
            return token
        self._remember_business(business_id, _Slot(token, minted_by=minter))
        return token

    # the fleet's store ------------------------------------------------------------------------
    async def _shared(self, key: str, request: Callable[[], Awaitable[Token]], business_id: str | None) -> Token:
        """``request()``'s token, or with a store the fleet's: adopted when fresh, else fetched once."""
        store = self._store
        if store is None:
            return await request()
        if self._stop_listening is None and not self._closed:
            self._stop_listening = store.listen(self._discarded_elsewhere)

        async def fetch() -> StoredToken:
            token = await request()
            return StoredToken(
                access_token=token.access_token,
                token_type=token.token_type,
                expires_in=token.expires_in,
                expires_at=self._wall_clock() + (token.expires_at_clock - self._clock()),
                scope=token.scope,
                business_id=token.business_id,
            )

        stored = await store.obtain(self._namespace + key, fetch, self._fresh)
        return self._hold(
            make_token(
                access_token=stored.access_token,
                token_type=stored.token_type,
                expires_in=stored.expires_in,
                remaining=stored.expires_at - self._wall_clock(),
                scope=stored.scope,
                business_id=business_id,
                now=self._clock(),
                margin=self._margin,
            )
        )

    def _fresh(self, stored: StoredToken) -> bool:
        """A stored token is worth adopting until its advisory refresh window opens (and unless
        this process saw it refused)."""
        if stored.fingerprint in self._refused:
            return False
        advisory, _ = margins(stored.expires_in, self._margin)
        return stored.expires_at - self._wall_clock() > advisory

    def _remember_business(self, business_id: str, slot: _Slot) -> None:
        cache = self._business
        cache[business_id] = slot
        cache.move_to_end(business_id)
        now = self._clock()
        if now >= self._next_sweep:
            self._next_sweep = now + SWEEP_INTERVAL
            for key in [key for key, cached in cache.items() if now >= cached.token.expires_at_clock]:
                del cache[key]
        while len(cache) > self._max_business:
            cache.popitem(last=False)
