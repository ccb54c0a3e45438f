"""Thredfi's two token endpoints: what a token is, how a token answer is read, and how a token
request is sent (``TokenEndpoint``, through the token pipeline). No cache and no concurrency here:
that is the manager's (``_tokens``).

* Partner token: ``POST /v1/platform/oauth2/token/`` with Basic ``partner_uuid:api_key`` and a
  form-encoded client-credentials body.
* Business token: ``POST /v1/platform/{business_id}/oauth2/token/`` with the partner token.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
from typing import TYPE_CHECKING, Any, Literal

import httpx

from . import _json
from ._errors import build_status_error
from ._exceptions import TokenAuthenticationError, TokenError, TokenPermissionDeniedError
from ._redact import authorization_secrets
from ._request import Reply, RequestOptions, build_request
from ._request_id import server_request_id
from ._token_store import TOKEN_CHARS

if TYPE_CHECKING:
    from ._pipeline import Pipeline

logger = logging.getLogger("thredfi")

PARTNER_TOKEN_PATH = "/v1/platform/oauth2/token/"  # noqa: S105 - a path, not a secret
BUSINESS_TOKEN_PATH = "/v1/platform/{business_id}/oauth2/token/"  # noqa: S105
# the mandatory window: long enough for a request carrying the token to reach Thredfi
MANDATORY_MARGIN = 30.0
# token lifetimes (expires_in) are clamped to this range: a larger one overflows date arithmetic
MIN_LIFETIME, MAX_LIFETIME = 1, 365 * 24 * 3600
# the largest token response read (a token response is a few hundred bytes)
MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024


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


Step = Literal["serve", "refresh in the background", "wait"]


def next_step(token: Token, now: float, *, refreshing: bool, retry_at: float, closed: bool) -> Step:
    """What a caller does with a cached ``token`` at ``now`` (the manager's decision, pure).

    Before the advisory window: serve it. In the advisory window: serve it, and start one
    background refresh unless one runs, the last failure's backoff (``retry_at``) has not passed,
    or the client is closing. In the mandatory window, or once expired: wait for a fresh token.
    """
    if now >= token.must_refresh_at:
        return "wait"
    if now < token.refresh_at or refreshing or now < retry_at or closed:
        return "serve"
    return "refresh in the background"


class TokenEndpoint:
    """Sends one token request through the token pipeline and returns its facts (``Reply``).

    Callable as ``(path, authorization, form)``: the manager's ``TokenPost``. A token request
    carries its own credentials, is always safe to retry (it has no side effect) and reads at
    most ``MAX_TOKEN_RESPONSE_BYTES``.
    """

    def __init__(self, base_url: str, options: RequestOptions, pipeline: Pipeline) -> None:
        self._base_url = base_url
        self._options = options
        self._pipeline = pipeline

    async def __call__(self, path: str, authorization: str, form: dict[str, str] | None) -> Reply:
        request = build_request(
            self._base_url, self._options, "POST", path, data=form, headers={"authorization": authorization}
        )
        request.authenticate = False
        request.safe_to_retry = True
        request.max_response_bytes = MAX_TOKEN_RESPONSE_BYTES
        return await self._pipeline.send(request)


def token_error(reply: Reply, header: str, authorization: str) -> TokenError:
    """The typed error of a refused token request: a ``TokenError``, which a 401 or 403 also makes an
    ``AuthenticationError`` or ``PermissionDeniedError`` (so the natural ``except`` works)."""
    error_class: type[TokenError] = {401: TokenAuthenticationError, 403: TokenPermissionDeniedError}.get(
        reply.response.status_code, TokenError
    )
    error = build_status_error(
        reply.response,
        error_class=error_class,
        request_id_header=header,
        sent_request_id=reply.request_id,
        secrets=authorization_secrets(authorization),
    )
    assert isinstance(error, TokenError)
    error.server_request_id = given_request_id(reply.response, header)
    return error


def given_request_id(response: httpx.Response, header: str) -> str | None:
    """The id the server itself sent (header or body), not the one we sent."""
    try:
        body = _json.loads(response.content)
    except ValueError:
        body = None
    return server_request_id(response, body, header, sent="") or None


def parse_token(
    response: httpx.Response,
    *,
    business_id: str | None,
    now: float,
    margin: float,
    request_id_header: str,
    sent: str | None = None,
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
            request_id=server_request_id(response, None, request_id_header, sent) or None,
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
