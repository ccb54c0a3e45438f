"""Thredfi's two-tier OAuth2 tokens: cached, refreshed early, fetched once under concurrency.

* Partner token: ``POST /v1/platform/oauth2/token/`` with Basic ``partner_uuid:api_key`` and a
  form-encoded client-credentials body.
* Business token: ``POST /v1/platform/{business_id}/oauth2/token/`` with the partner token,
  one per business, cached separately and remembered with the partner token that minted it:
  a partner token dropped because it failed (a 401) takes its business tokens along; one merely
  refreshed on schedule does not.

``expires_in`` is clamped to 1 s .. 1 year (one WARNING): a larger one overflows date arithmetic.

Two refresh windows before a token expires:

* **advisory** (the last ``min(refresh_margin, lifetime / 2)`` seconds): callers keep using the
  still-valid token and one background request fetches the next one. A failure is logged and
  tried again with backoff (1 s doubling to 60 s), never failing a call.
* **mandatory** (the last ``min(30 s, advisory margin / 2)`` seconds): the token may expire
  while a request carrying it is on the wire, so callers wait for the refresh (and see its
  error if it fails).

Any number of concurrent callers share one request per token (single flight). That request
runs as a task of its own, never inside a caller, so no caller's cancellation reaches it and
no caller pays for an advisory refresh: an asyncio task on asyncio, a trio system task under
trio (see ``_spawn``). Each caller of a failed request gets its own exception object.

With a ``TokenStore`` (``_token_store``) the in-process cache stays in front and the store is
asked only when a token is missing or due: a token another process fetched is adopted, and
one process in the fleet fetches while the others wait for it. A 401 discards the token in
the store too, and a discard seen in another process drops this process's copy.
"""

from __future__ import annotations

import base64
import collections
import contextvars
import copy
import dataclasses
import datetime as dt
import logging
import math
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import quote

import anyio
import httpx
import sniffio

from . import _json
from ._config import check_max_business_tokens
from ._errors import build_status_error
from ._exceptions import APIConnectionError, APIStatusError, ThredfiError, TokenError
from ._request_id import DEFAULT_REQUEST_ID_HEADER, current_request_id, server_request_id
from ._token_store import TOKEN_CHARS, StoredToken, TokenStore, fingerprint

logger = logging.getLogger("thredfi")

# sends one token request: (path, Authorization header value, form body or None) -> read response
TokenPost = Callable[[str, str, dict[str, str] | None], Awaitable[httpx.Response]]

PARTNER_TOKEN_PATH = "/v1/platform/oauth2/token/"  # noqa: S105 - a path, not a secret
BUSINESS_TOKEN_PATH = "/v1/platform/{business_id}/oauth2/token/"  # noqa: S105
DEFAULT_REFRESH_MARGIN = 300.0
# the mandatory window: long enough for a request carrying the token to reach Thredfi
MANDATORY_MARGIN = 30.0
DEFAULT_MAX_BUSINESS_TOKENS = 10_000
# tokens discarded after a 401 that a store must not hand back (most recent kept)
MAX_REFUSED = 1_024
# advisory refresh after a failure: 1 s, 2 s, 4 s ... at most 60 s apart
RETRY_FIRST, RETRY_MAX = 1.0, 60.0
# tokens remembered after they were dropped, so an error echoing one is still redacted
MAX_HELD_SECRETS = 1_024
# how often expired business tokens are swept out of the cache (clock seconds)
SWEEP_INTERVAL = 60.0
# token lifetimes (expires_in) are clamped to this range: a larger one overflows date arithmetic
MIN_LIFETIME, MAX_LIFETIME = 1, 365 * 24 * 3600
# the largest token response read (a token response is a few hundred bytes)
MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024
_PARTNER = "partner"

_E = TypeVar("_E", bound=BaseException)
# set inside a token request's own task: its waits on other token requests are not a caller's
_inside_flight: contextvars.ContextVar[bool] = contextvars.ContextVar("thredfi_inside_flight", default=False)


@dataclasses.dataclass(frozen=True, eq=False)
class Token:
    """An access token. Its value never appears in ``repr``/``str``."""

    access_token: str = dataclasses.field(repr=False)
    token_type: str
    expires_in: int
    expires_at: dt.datetime
    scope: str | None = None
    business_id: str | None = None
    # monotonic-clock instants: the advisory window opens, the mandatory window opens, expiry
    refresh_at: float = dataclasses.field(default=0.0, repr=False)
    must_refresh_at: float = dataclasses.field(default=0.0, repr=False)
    expires_at_clock: float = dataclasses.field(default=0.0, repr=False)

    @property
    def authorization(self) -> str:
        return f"Bearer {self.access_token}"


def margins(lifetime: float, refresh_margin: float) -> tuple[float, float]:
    """(advisory, mandatory) margins before expiry for a token living ``lifetime`` seconds."""
    advisory = min(refresh_margin, lifetime / 2)
    return advisory, min(MANDATORY_MARGIN, advisory / 2)


@dataclasses.dataclass
class _Slot:
    """A cached token and the advisory-refresh backoff of its key."""

    token: Token
    minted_by: Token | None = None  # for a business token: the partner token that fetched it
    retry_at: float = 0.0  # no advisory refresh before this instant (after a failure)
    failures: int = 0


class _Flight:
    """One token request in progress and the callers waiting for it."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: Token | None = None
        self.error: Exception | None = None
        # made here, entered by the flight's task: cancelling it before the task starts counts
        self.scope = anyio.CancelScope()


def _given_request_id(response: httpx.Response, header: str) -> str | None:
    """The id the server itself sent (header or body), not the one we sent."""
    try:
        body = _json.loads(response.content)
    except ValueError:
        body = None
    return server_request_id(response, body, header, sent="") or None


def _token_error(response: httpx.Response, header: str) -> APIStatusError:
    error = build_status_error(response, error_class=TokenError, request_id_header=header)
    error.server_request_id = _given_request_id(response, header)
    return error


def for_caller(error: _E, own: str | None) -> _E:
    """A copy of a shared token-request error for one caller, carrying that caller's request id.

    Several callers share one token request; raising one object from all of them would mix
    their tracebacks and show the first caller's request id to everyone. The id the server sent
    back stays on ``server_request_id``. ``own`` is the caller's bound request id, if any.
    """
    clone: _E
    if isinstance(error, ThredfiError):  # ours: keyword-only constructors, state in __dict__
        clone = type(error).__new__(type(error))
        clone.__dict__.update(error.__dict__)
        clone.args = error.args
    else:
        try:  # through __reduce_ex__: exception groups and OSErrors copy whole
            clone = copy.copy(error)
        except Exception:  # one that cannot be copied is shared rather than lost
            return error
    clone.__cause__ = error.__cause__
    clone.__context__ = error.__context__
    clone.__suppress_context__ = error.__suppress_context__
    if own is not None and isinstance(clone, APIStatusError):
        clone.request_id = own
        clone.args = (clone._summary(),)
    elif own is not None and isinstance(clone, APIConnectionError):
        clone.request_id = own
    return clone


def _parse_token(
    response: httpx.Response,
    *,
    business_id: str | None,
    now: float,
    margin: float,
    request_id_header: str,
) -> Token:
    """Read a token response; anything unusable is a TokenError, never a KeyError."""
    try:
        body: Any = _json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    access_token = body.get("access_token")
    usable = isinstance(access_token, str) and TOKEN_CHARS.fullmatch(access_token) is not None
    expires_in = _lifetime(body.get("expires_in"), business_id) if usable else None
    if expires_in is None:
        # body=None: whatever the endpoint sent may hold a token, and must not ride on the error
        error = TokenError(
            response=response,
            request_id=server_request_id(response, None, request_id_header),
            error_code="invalid_token_response",
            message="the token endpoint answered without a usable access_token and expires_in",
            detail={},
            body=None,
        )
        error.server_request_id = server_request_id(response, None, request_id_header, sent="") or None
        raise error
    token_type = body.get("token_type")
    scope = body.get("scope")
    scoped_to = body.get("business_id")
    return make_token(
        access_token=access_token,
        token_type=token_type if isinstance(token_type, str) and token_type else "Bearer",
        expires_in=expires_in,
        remaining=float(expires_in),
        scope=scope if isinstance(scope, str) else None,
        business_id=business_id or (str(scoped_to) if scoped_to else None),
        now=now,
        margin=margin,
    )


def _lifetime(value: Any, business_id: str | None) -> int | None:
    """``expires_in`` in whole seconds, clamped to [MIN_LIFETIME, MAX_LIFETIME]; None when unusable.

    A number or a string of digits, above 0. Out of range (``10**30``, 400 nines, ``1e999``), it
    is clamped with one WARNING: date arithmetic on it would raise ``OverflowError``.
    """
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value) if len(value) <= 12 else math.inf  # int() refuses over 4,300 digits
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:  # NaN too
        return None
    if MIN_LIFETIME <= value <= MAX_LIFETIME:
        return int(value)
    clamped = MIN_LIFETIME if value < MIN_LIFETIME else MAX_LIFETIME
    shown = repr(value) if isinstance(value, float) or value < 10**12 else "over 10**12"
    logger.warning(
        "thredfi: the %s token's expires_in (%s) is out of range; using %d s",
        "partner" if business_id is None else f"business {business_id}",
        shown,
        clamped,
    )
    return clamped


def make_token(
    *,
    access_token: str,
    token_type: str,
    expires_in: int,
    remaining: float,
    scope: str | None,
    business_id: str | None,
    now: float,
    margin: float,
) -> Token:
    """A token that expires ``remaining`` seconds from ``now`` (its clock), windows placed."""
    remaining = min(remaining, MAX_LIFETIME)  # a store's value too: never past what a timedelta holds
    advisory, mandatory = margins(expires_in, margin)
    expires = now + remaining
    return Token(
        access_token=access_token,
        token_type=token_type,
        expires_in=expires_in,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=remaining),
        scope=scope,
        business_id=business_id,
        refresh_at=expires - advisory,
        must_refresh_at=expires - mandatory,
        expires_at_clock=expires,
    )


class TokenManager:
    """Fetches, caches and invalidates partner and business tokens.

    ``max_business_tokens`` bounds the business-token cache: the least recently used token is
    dropped beyond it, and expired tokens are swept out as the cache is used.
    """

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
        self._flights: dict[str, _Flight] = {}
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
        held = self._held
        held[token.access_token] = None
        held.move_to_end(token.access_token)
        if len(held) > MAX_HELD_SECRETS:
            held.popitem(last=False)
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
            now = self._clock()
            token = slot.token
            if now < token.refresh_at:
                return token
            if now < token.must_refresh_at:
                # advisory window: the token is still good; refresh it in the background
                if key not in self._flights and now >= slot.retry_at and not self._closed:
                    self._start(key, fetch, advisory=True)
                return token
        while True:
            flight = self._flights.get(key) or self._start(key, fetch, advisory=False)
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                # a flight waiting on another (a business token on the partner token) is no caller
                raise for_caller(flight.error, None if _inside_flight.get() else current_request_id())
            # the request was cancelled before it ended: the client is closing (else go again)

    def _start(self, key: str, fetch: Callable[[], Awaitable[Token]], *, advisory: bool) -> _Flight:
        if self._closed:
            raise APIConnectionError("token request refused: the client is closed")
        flight = self._flights[key] = _Flight()
        self._spawn(self._fly(key, flight, fetch, advisory))
        return flight

    def _spawn(self, work: Awaitable[None]) -> None:
        """Run a token request as a task no caller owns.

        On asyncio, a task of its own (kept referenced until done). Under trio there is no
        nursery to borrow (a client-owned one would have to be entered and exited in one task,
        which fixtures and frameworks break), so it is a trio system task: trio runs it to the
        end of ``trio.run`` whatever happens to the caller. A system task must never raise, so
        ``_fly`` keeps every error on the flight. The alternative, the first caller doing the
        refresh while the others use the valid token, would make that caller pay the refresh's
        latency and hold it uncancellable (shielded) for as long as the request lasts.
        """

        async def run() -> None:
            await work

        if sniffio.current_async_library() == "trio":
            import trio

            trio.lowlevel.spawn_system_task(run, context=contextvars.copy_context())
            return
        import asyncio

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _fly(self, key: str, flight: _Flight, fetch: Callable[[], Awaitable[Token]], advisory: bool) -> None:
        _inside_flight.set(True)  # the task runs in its own copy of the context
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
    def _parse(self, response: httpx.Response, business_id: str | None) -> Token:
        return self._hold(
            _parse_token(
                response,
                business_id=business_id,
                now=self._clock(),
                margin=self._margin,
                request_id_header=self._request_id_header,
            )
        )

    async def _post(self, path: str, *, authorization: str, form: dict[str, str] | None = None) -> httpx.Response:
        """Send one token request (the only place token HTTP happens); its body is read."""
        self.requests_sent += 1
        return await self._send_post(path, authorization, form)

    async def _fetch_partner(self) -> Token:
        token = await self._shared(_PARTNER, self._request_partner, business_id=None)
        self._partner = _Slot(token)
        return token

    async def _request_partner(self) -> Token:
        response = await self._post(
            PARTNER_TOKEN_PATH,
            authorization=self._basic,
            form={"grant_type": "client_credentials", "client_id": self._partner_uuid},
        )
        if not response.is_success:
            raise _token_error(response, self._request_id_header)
        return self._parse(response, business_id=None)

    async def _fetch_business(self, business_id: str) -> Token:
        minted_by: list[Token] = []

        async def request() -> Token:
            path = BUSINESS_TOKEN_PATH.format(business_id=quote(business_id, safe=""))
            for _ in range(2):
                partner = await self.partner_token()
                response = await self._post(path, authorization=partner.authorization)
                if response.status_code == 401:
                    # the partner token was revoked or expired early: drop it and try once more
                    await self.invalidate(partner)
                    continue
                break
            if not response.is_success:
                raise _token_error(response, self._request_id_header)
            minted_by.append(partner)
            return self._parse(response, business_id=business_id)

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
