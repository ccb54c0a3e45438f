"""The client facade: validates configuration and wires the pieces into httpx.

One transport (a connection pool wrapped in ``RetryTransport``) is shared by the partner scope,
every business scope and the token manager. Each scope is a generated ``AuthenticatedClient``
whose httpx client carries that scope's ``TokenAuth``, the request-id hook and the
raise-for-status hook; the generated code itself is untouched.
"""

from __future__ import annotations

import dataclasses
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import httpx

from ._aiohttp_transport import DefaultTransport
from ._auth import TokenAuth
from ._config import check_refresh_margin, check_timeout, check_transport
from ._errors import RaiseForStatusHook
from ._idempotency import IdempotencyKeyHook
from ._redact import remember_credentials
from ._request_id import DEFAULT_REQUEST_ID_HEADER, RequestIdHook
from ._retry import RetryPolicy
from ._tokens import Token, TokenManager
from ._transport import RetryTransport

if TYPE_CHECKING:  # imported when the first client is built: keeps `import thredfi` light
    from thredfi_api import AuthenticatedClient

DEFAULT_BASE_URL = "https://sandbox.thredfi.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
# AuthenticatedClient needs a token string; TokenAuth replaces the header on every request.
_PLACEHOLDER_TOKEN = "managed-by-thredfi"  # noqa: S105 - not a credential


def _require(name: str, value: str | None, env: str) -> str:
    value = value if value is not None else os.environ.get(env)
    if value is None:
        raise ValueError(f"{name} is required (pass {name}= or set {env})")
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value.strip()


def validate_base_url(base_url: str) -> str:
    """Accept https URLs, and plain http only for loopback hosts (tests and demos)."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a valid URL: {base_url!r}") from exc
    if not url.host:
        raise ValueError(f"base_url must be an absolute URL with a host, got {base_url!r}")
    if url.userinfo or url.query or url.fragment:
        raise ValueError("base_url must not carry credentials, a query or a fragment")
    if url.scheme == "https":
        return base_url.rstrip("/")
    if url.scheme == "http" and url.host in LOOPBACK_HOSTS:
        return base_url.rstrip("/")
    raise ValueError(f"base_url must use https (plain http only for 127.0.0.1, ::1 or localhost), got {base_url!r}")


def normalize_business_id(business_id: str | uuid.UUID) -> str:
    if isinstance(business_id, uuid.UUID):
        return str(business_id)
    if not isinstance(business_id, str):
        raise TypeError(f"business_id must be a str or UUID, got {type(business_id).__name__}")
    value = business_id.strip()
    if not value or "/" in value or any(c.isspace() for c in value):
        raise ValueError(f"business_id must be a non-empty id without '/' or spaces, got {business_id!r}")
    return value


class BusinessClient:
    """A business-scoped view: ``.api`` calls carry a token scoped to ``business_id``."""

    def __init__(self, business_id: str, scope: Callable[[], AuthenticatedClient], tokens: TokenManager) -> None:
        self.business_id = business_id
        self._scope = scope
        self._api: AuthenticatedClient | None = None
        self._tokens = tokens

    def __repr__(self) -> str:
        return f"BusinessClient(business_id={self.business_id!r})"

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client for this business (rebuilt if someone closed it)."""
        self._api = _open_scope(self._api, self._scope)
        return self._api

    async def token(self) -> Token:
        """This business's token (cached; fetched or refreshed when needed)."""
        return await self._tokens.business_token(self.business_id)


def _open_scope(api: AuthenticatedClient | None, build: Callable[[], AuthenticatedClient]) -> AuthenticatedClient:
    """``api``, or a new one when there is none or its httpx client was closed.

    The generated client is an async context manager; ``async with client.api:`` closes its
    httpx client (never the shared transport, see ``_ScopeTransport``), so the scope is rebuilt.
    """
    if api is None or api.get_async_httpx_client().is_closed:
        return build()
    return api


class _ScopeTransport(httpx.AsyncBaseTransport):
    """One scope's view of the shared transport: closing a scope leaves the pool open."""

    def __init__(self, shared: httpx.AsyncBaseTransport) -> None:
        self._shared = shared

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._shared.handle_async_request(request)

    async def aclose(self) -> None:
        return None  # the pool belongs to ThredfiClient.aclose()


class ThredfiClient:
    """Async client for the Thredfi Partner API.

    ``.api`` is a generated ``thredfi_api.AuthenticatedClient`` using the partner token; pass it
    as ``client=`` to any generated operation. ``for_business(id).api`` uses that business's
    scoped token. Use as ``async with ThredfiClient(...) as client:`` (or call ``aclose()``).

    ``clock``, ``sleep`` and ``random`` replace the monotonic clock, the sleep between retries
    and the jitter source: for tests.
    """

    def __init__(
        self,
        *,
        partner_uuid: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy | None = None,
        request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        refresh_margin: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        random: Callable[[], float] | None = None,
    ) -> None:
        self.partner_uuid = _require("partner_uuid", partner_uuid, "THREDFI_PARTNER_UUID")
        if ":" in self.partner_uuid:
            raise ValueError("partner_uuid must not contain ':' (it is the Basic auth username)")
        api_key = _require("api_key", api_key, "THREDFI_API_KEY")
        remember_credentials(self.partner_uuid, api_key)
        self.base_url = validate_base_url(base_url or os.environ.get("THREDFI_BASE_URL") or DEFAULT_BASE_URL)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self.retry_policy = policy
        self.timeout = check_timeout(timeout)
        refresh_margin = check_refresh_margin(refresh_margin)
        transport = check_transport(transport)
        if not request_id_header.strip():
            raise ValueError("request_id_header must not be empty")

        self._transport = RetryTransport(
            transport or DefaultTransport(limits=limits),
            policy,
            request_id_header=request_id_header,
            sleep=sleep,
            clock=clock,
            **({"random": random} if random is not None else {}),
        )
        self._request_id_hook = RequestIdHook(request_id_header)
        self._raise_hook = RaiseForStatusHook(request_id_header)
        self._idempotency_hook = IdempotencyKeyHook()
        self._token_http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport,
            event_hooks={"request": [self._request_id_hook]},
        )
        self._tokens = TokenManager(
            partner_uuid=self.partner_uuid,
            api_key=api_key,
            http=self._token_http,
            clock=clock,
            refresh_margin=refresh_margin,
            request_id_header=request_id_header,
        )
        self._api: AuthenticatedClient | None = None
        self._businesses: dict[str, BusinessClient] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"ThredfiClient(base_url={self.base_url!r}, partner_uuid={self.partner_uuid!r})"

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client with the partner token: pass it as ``client=`` to any operation."""
        self._api = _open_scope(self._api, lambda: self._scope(None))
        return self._api

    def _scope(self, business_id: str | None) -> AuthenticatedClient:
        from thredfi_api import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self.base_url,
            token=_PLACEHOLDER_TOKEN,
            timeout=self.timeout,
            httpx_args={
                "transport": _ScopeTransport(self._transport),
                "auth": TokenAuth(self._tokens, business_id),
                "event_hooks": {
                    "request": [self._request_id_hook, self._idempotency_hook],
                    "response": [self._raise_hook],
                },
            },
        )

    def for_business(self, business_id: str | uuid.UUID) -> BusinessClient:
        """The business-scoped view for ``business_id`` (one per id, shared)."""
        key = normalize_business_id(business_id)
        view = self._businesses.get(key)
        if view is None:
            view = self._businesses[key] = BusinessClient(key, lambda: self._scope(key), self._tokens)
        return view

    async def partner_token(self) -> Token:
        """The partner token (cached; fetched or refreshed when needed)."""
        return await self._tokens.partner_token()

    async def business_token(self, business_id: str | uuid.UUID) -> Token:
        """The token scoped to ``business_id`` (cached; fetched or refreshed when needed)."""
        return await self._tokens.business_token(normalize_business_id(business_id))

    @property
    def token_requests_sent(self) -> int:
        """How many token requests this client has sent (for monitoring and tests)."""
        return self._tokens.requests_sent

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every pooled connection. Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self._tokens.aclose()
        await self._transport.aclose()
