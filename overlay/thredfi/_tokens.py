"""Thredfi's two-tier OAuth2 tokens: cached, refreshed early, fetched once under concurrency.

* Partner token: ``POST /v1/platform/oauth2/token/`` with Basic ``partner_uuid:api_key`` and a
  form-encoded client-credentials body.
* Business token: ``POST /v1/platform/{business_id}/oauth2/token/`` with the partner token,
  one per business, cached separately and remembered with the partner token that minted it.

A token is refreshed ``min(refresh_margin, lifetime / 2)`` seconds before it expires. Any
number of concurrent callers on a cold or stale cache share one request per token (single
flight). The first caller sends it inside a shielded cancel scope, so cancelling that caller
(or any waiter) never cancels the request the others are waiting for; a cancelled first caller
sees its cancellation once the token request has ended (bounded by the timeout and deadline).
A shield rather than a background task group keeps the client usable from any task, under
asyncio or trio, without requiring it to be entered and exited in the same task.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import sniffio

from ._errors import build_status_error
from ._exceptions import TokenError
from ._request_id import DEFAULT_REQUEST_ID_HEADER, server_request_id

# sends one token request: (path, Authorization header value, form body or None) -> read response
TokenPost = Callable[[str, str, dict[str, str] | None], Awaitable[httpx.Response]]

PARTNER_TOKEN_PATH = "/v1/platform/oauth2/token/"  # noqa: S105 - a path, not a secret
BUSINESS_TOKEN_PATH = "/v1/platform/{business_id}/oauth2/token/"  # noqa: S105
DEFAULT_REFRESH_MARGIN = 300.0
# what a bearer token may hold: visible ASCII, no spaces (anything else would break the header)
_TOKEN_CHARS = re.compile(r"[\x21-\x7e]{1,8192}")


@dataclasses.dataclass(frozen=True, eq=False)
class Token:
    """An access token. Its value never appears in ``repr``/``str``."""

    access_token: str = dataclasses.field(repr=False)
    token_type: str
    expires_in: int
    expires_at: dt.datetime
    scope: str | None = None
    business_id: str | None = None
    # monotonic-clock instant after which the token is refreshed before use
    refresh_at: float = dataclasses.field(default=0.0, repr=False)

    @property
    def authorization(self) -> str:
        return f"Bearer {self.access_token}"


class _Flight:
    """One token request in progress and the callers waiting for it."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: Token | None = None
        self.error: BaseException | None = None


def _parse_token(
    response: httpx.Response, *, business_id: str | None, now: float, margin: float, request_id_header: str
) -> Token:
    """Read a token response; anything unusable is a TokenError, never a KeyError."""
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    access_token = body.get("access_token")
    expires_in = body.get("expires_in")
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    usable = isinstance(access_token, str) and _TOKEN_CHARS.fullmatch(access_token) is not None
    if not usable or not isinstance(expires_in, int) or expires_in <= 0:
        # body=None: whatever the endpoint sent may hold a token, and must not ride on the error
        raise TokenError(
            response=response,
            request_id=server_request_id(response, None, request_id_header),
            error_code="invalid_token_response",
            message="the token endpoint answered without a usable access_token and expires_in",
            detail={},
            body=None,
        )
    token_type = body.get("token_type")
    scope = body.get("scope")
    scoped_to = body.get("business_id")
    return Token(
        access_token=access_token,
        token_type=token_type if isinstance(token_type, str) and token_type else "Bearer",
        expires_in=expires_in,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=expires_in),
        scope=scope if isinstance(scope, str) else None,
        business_id=business_id or (str(scoped_to) if scoped_to else None),
        refresh_at=now + expires_in - min(margin, expires_in / 2),
    )


class TokenManager:
    """Fetches, caches and invalidates partner and business tokens."""

    def __init__(
        self,
        *,
        partner_uuid: str,
        api_key: str,
        post: TokenPost,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
    ) -> None:
        self._request_id_header = request_id_header
        self._basic = "Basic " + base64.b64encode(f"{partner_uuid}:{api_key}".encode()).decode()
        self._partner_uuid = partner_uuid
        self._send_post = post
        self._clock = clock
        self._margin = refresh_margin
        self._partner: Token | None = None
        # business id -> (business token, the partner token that minted it)
        self._business: dict[str, tuple[Token, Token]] = {}
        self._flights: dict[str, _Flight] = {}
        self._tasks: set[Any] = set()  # asyncio tasks running token requests
        self.requests_sent = 0

    def __repr__(self) -> str:
        return f"TokenManager(partner_uuid={self._partner_uuid!r}, cached_business_tokens={len(self._business)})"

    def _fresh(self, token: Token | None) -> bool:
        return token is not None and self._clock() < token.refresh_at

    async def partner_token(self) -> Token:
        if self._fresh(self._partner):
            assert self._partner is not None
            return self._partner
        return await self._single_flight("partner", self._fetch_partner)

    async def business_token(self, business_id: str) -> Token:
        cached = self._business.get(business_id)
        if cached is not None and self._fresh(cached[0]):
            return cached[0]
        return await self._single_flight(f"business:{business_id}", lambda: self._fetch_business(business_id))

    def invalidate(self, token: Token) -> None:
        """Forget ``token`` if it is still the cached one (a newer token is left alone).

        Dropping the partner token also drops every business token it minted.
        """
        if token is self._partner:
            self._partner = None
            self._business = {bid: pair for bid, pair in self._business.items() if pair[1] is not token}
            return
        for business_id, (cached, _) in list(self._business.items()):
            if cached is token:
                del self._business[business_id]

    async def _single_flight(self, key: str, fetch: Callable[[], Awaitable[Token]]) -> Token:
        while True:
            flight = self._flights.get(key)
            if flight is None:
                flight = self._flights[key] = _Flight()
                await self._launch(key, flight, fetch)
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                # a fresh traceback per waiter: the shared exception must not grow with each raise
                raise flight.error.with_traceback(None)
            # the request was cancelled before it ended (its first caller was cancelled): go again

    async def _launch(self, key: str, flight: _Flight, fetch: Callable[[], Awaitable[Token]]) -> None:
        """Start the token request so that no caller's cancellation cancels it for the others.

        On asyncio it runs as a task of its own (a native ``Task.cancel()`` of a caller, as
        ``asyncio.timeout`` or a closing web request sends, cannot reach it); under trio it runs
        in the first caller, shielded, which trio honours against every cancellation.
        """
        if sniffio.current_async_library() == "asyncio":
            import asyncio

            task = asyncio.get_running_loop().create_task(self._fly(key, flight, fetch))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            with anyio.CancelScope(shield=True):
                await self._fly(key, flight, fetch)

    async def _fly(self, key: str, flight: _Flight, fetch: Callable[[], Awaitable[Token]]) -> None:
        try:
            flight.token = await fetch()
        except Exception as exc:
            flight.error = exc
        finally:  # cancelled too: the waiters see neither token nor error and start over
            if self._flights.get(key) is flight:
                del self._flights[key]
            flight.done.set()

    async def aclose(self) -> None:
        """Cancel token requests still in flight (the client is closing)."""
        for task in list(self._tasks):
            task.cancel()

    def _parse(self, response: httpx.Response, business_id: str | None) -> Token:
        return _parse_token(
            response,
            business_id=business_id,
            now=self._clock(),
            margin=self._margin,
            request_id_header=self._request_id_header,
        )

    async def _post(self, path: str, *, authorization: str, form: dict[str, str] | None = None) -> httpx.Response:
        """Send one token request (the only place token HTTP happens); its body is read."""
        self.requests_sent += 1
        return await self._send_post(path, authorization, form)

    async def _fetch_partner(self) -> Token:
        response = await self._post(
            PARTNER_TOKEN_PATH,
            authorization=self._basic,
            form={"grant_type": "client_credentials", "client_id": self._partner_uuid},
        )
        if not response.is_success:
            raise build_status_error(response, error_class=TokenError, request_id_header=self._request_id_header)
        self._partner = self._parse(response, business_id=None)
        return self._partner

    async def _fetch_business(self, business_id: str) -> Token:
        path = BUSINESS_TOKEN_PATH.format(business_id=quote(business_id, safe=""))
        for _ in range(2):
            partner = await self.partner_token()
            response = await self._post(path, authorization=partner.authorization)
            if response.status_code == 401:
                # the partner token was revoked or expired early: drop it and try once more
                self.invalidate(partner)
                continue
            break
        if not response.is_success:
            raise build_status_error(response, error_class=TokenError, request_id_header=self._request_id_header)
        token = self._parse(response, business_id=business_id)
        self._business[business_id] = (token, partner)
        return token
