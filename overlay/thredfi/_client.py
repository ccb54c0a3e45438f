"""The client facade: validates configuration, builds the pipeline, hands out views.

One ``_Core`` per ``ThredfiClient`` holds what every view shares: the pipeline (``_pipeline``
documents its order), the token manager and the sender's connection pool. A view is the
partner client itself, a business view (``for_business``) or a copy with other options
(``with_options``); each sends with its own token scope and options, and none changes another.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import os
import time
import uuid
import weakref
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

import anyio
import httpx
from thredfi_api.api import BusinessResources, PartnerResources

from ._assembly import api_pipeline, retry_step, sender_for, token_endpoint, token_manager
from ._attempts import RetryWithDeadline
from ._chain import seal
from ._config import DEFAULT_MAX_BUSINESS_TOKENS, check_int, check_timeout
from ._drift import DriftHook
from ._environments import Environment
from ._exceptions import APIConnectionError
from ._ids import normalize_business_id
from ._pagination import DEFAULT_PREFETCH_PAGES
from ._pipeline import Pipeline
from ._rate import RateLimit
from ._redis_rate import RedisRateLimiter
from ._request import (
    Reply,
    Request,
    RequestArguments,
    RequestExtras,
    RequestOptions,
    build_request,
    check_header,
    merge_extras,
    parse_json,
)
from ._request_id import DEFAULT_REQUEST_ID_HEADER
from ._retry import RetryPolicy
from ._settings import DEFAULT_LIMITS, DEFAULT_MAX_BUSINESS_VIEWS, DEFAULT_TIMEOUT, Settings, check_flag
from ._telemetry import for_client as telemetry_for_client
from ._token_endpoint import Token
from ._token_store import TokenStore
from ._tokens import TokenManager
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, Sender, VerifyTypes

if TYPE_CHECKING:  # imported when first used: keeps `import thredfi` light
    from ._generated_bridge import ApiClient


# what the generated operations pass to request(): tests/unit/test_generated_bridge.py scans them
HANDLED_REQUEST_ARGUMENTS = frozenset({"method", "url", *RequestArguments.__annotations__})


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def _headers(headers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of str to str, got {type(headers).__name__}")
    items = []
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"headers must map str to str, got {name!r}: {type(value).__name__}")
        check_header(name, value)
        if name.lower() == "authorization":
            raise ValueError("the Authorization header is the SDK's: it sets the token itself")
        items.append((name.lower(), value))
    return tuple(items)


class _Core:
    """What every view of one ``ThredfiClient`` shares."""

    def __init__(
        self, settings: Settings, pipeline: Pipeline, tokens: TokenManager, sender: Sender, retry: RetryWithDeadline
    ) -> None:
        self.settings = settings
        self.retry = retry
        self.base_url = settings.base_url
        self.on_drift: DriftHook | None = settings.on_drift
        self.pipeline = pipeline
        self.tokens = tokens
        self.sender = sender
        self.request_id_header = settings.request_id_header
        self.closed = False
        self.max_business_views = settings.max_business_views
        _LIVE.add(self)
        # most recently used last; bounded so that serving many businesses keeps memory flat
        self.businesses: collections.OrderedDict[str, BusinessClient] = collections.OrderedDict()

    def forget_connections(self) -> None:
        """Let go of the pooled connections without closing them (a forked child): the next call
        opens its own. Cached tokens are kept; token requests in flight were the parent's."""
        forget = getattr(self.sender, "forget", None)
        if forget is not None:
            forget()
        self.tokens.after_fork()


# every client core of this process: a forked child never uses its parent's sockets
_LIVE: weakref.WeakSet[_Core] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for core in list(_LIVE):
        core.forget_connections()


os.register_at_fork(after_in_child=_after_fork_in_child)


class Settled:
    """A view's settings, read-only: shared by the async views and the blocking ones
    (``_sync.SyncView``), which read them from the async view they wrap (``_settled``)."""

    def _settled(self) -> tuple[_Core, RequestOptions]:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._settled()[0].base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settled()[1].timeout

    @property
    def max_retries(self) -> int:
        return self._settled()[1].max_retries

    @property
    def headers(self) -> dict[str, str]:
        """Extra headers this view sends on every call (from ``with_options``)."""
        return dict(self._settled()[1].headers)

    @property
    def strict_responses(self) -> bool:
        """Whether a 2xx body that does not fit the spec raises (else its values are kept as received)."""
        return self._settled()[1].strict_responses


class View(Settled):
    """What the partner client, a business view and a ``with_options`` copy have in common."""

    _core: _Core
    _options: RequestOptions
    business_id: str | None
    _api: ApiClient | None

    def _init_view(self, core: _Core, options: RequestOptions, business_id: str | None) -> None:
        self._core = core
        self._options = options
        self.business_id = business_id
        self._api = None

    def _settled(self) -> tuple[_Core, RequestOptions]:
        return self._core, self._options

    @property
    def api(self) -> ApiClient:
        """The generated client for this view: pass it as ``client=`` to any generated operation."""
        if self._api is None:
            from ._generated_bridge import api_client

            self._api = api_client(self)
        return self._api

    def _derive(self, options: RequestOptions) -> Self:
        view = object.__new__(type(self))
        view._init_view(self._core, options, self.business_id)
        return view

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        headers: Mapping[str, str] = NOT_GIVEN,
        strict_responses: bool = NOT_GIVEN,
    ) -> Self:
        """A view with other options, sharing the pool and the token cache; this one is unchanged.

        ``headers`` are added to this view's extra headers (a header of the same name replaced).
        """
        options = self._options
        if strict_responses is not NOT_GIVEN:
            options = dataclasses.replace(options, strict_responses=check_flag("strict_responses", strict_responses))
        if timeout is not NOT_GIVEN:
            options = dataclasses.replace(options, timeout=check_timeout(timeout))
        if max_retries is not NOT_GIVEN:
            options = dataclasses.replace(options, max_retries=check_int("max_retries", max_retries))
        if headers is not NOT_GIVEN:
            merged = dict(options.headers)
            merged.update(_headers(headers))
            options = dataclasses.replace(options, headers=tuple(merged.items()))
        return self._derive(options)

    async def _request(
        self,
        kwargs: Mapping[str, Any],
        *,
        operation: str | None = None,
        parse: Callable[..., Any] | None = None,
        extras: RequestExtras | None = None,
    ) -> Reply:
        """Send one call built from generated ``_get_kwargs`` output (``extras`` merged); typed
        errors for non-2xx; the 2xx body parsed by ``parse`` inside the call (its span included)."""
        if not HANDLED_REQUEST_ARGUMENTS.issuperset(kwargs):
            unknown = sorted(set(kwargs) - HANDLED_REQUEST_ARGUMENTS)
            raise TypeError(f"the SDK's pipeline does not handle request argument(s) {unknown}")
        if extras is not None:
            kwargs = merge_extras(kwargs, extras)
        bound = None
        if parse is not None:
            core = self._core
            bound = functools.partial(
                parse, strict=self._options.strict_responses, on_drift=core.on_drift, secrets=core.tokens.secrets
            )
        return await self._send(operation=operation, parse=bound, **kwargs)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call any endpoint under ``base_url`` with this view's token, request id, retries and typed errors.

        For what the spec lacks (a new endpoint, a filter it does not list). ``path`` starts with
        ``/`` (``"/v1/platform/businesses/{id}/vendors/"``); ``json`` may hold models, ids and
        dates. Returns the parsed JSON body, ``None`` for an empty one (204).
        """
        if not isinstance(method, str) or not method.isalpha():
            raise ValueError(f"method must be an HTTP method name, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"path must start with '/' (it is joined to base_url), got {path!r}")
        from ._models import jsonable

        reply = await self._send(
            method,
            path,
            params=params,
            json=None if json is None else jsonable(json, "json"),
            headers=None if headers is None else dict(_headers(headers)),
            parse=parse_json,
        )
        return reply.value

    async def _send(
        self,
        method: str,
        url: str,
        *,
        operation: str | None = None,
        parse: Callable[[httpx.Response, Request], Any] | None = None,
        **arguments: Unpack[RequestArguments],
    ) -> Reply:
        core = self._core
        if core.closed:
            raise APIConnectionError(f"{method.upper()} {url}: the client is closed")
        request = build_request(
            core.base_url,
            self._options,
            method,
            url,
            business_id=self.business_id,
            operation=operation,
            **arguments,
        )
        request.parse = parse
        try:
            return await core.pipeline.send(request)
        except Exception as exc:  # sealed where it leaves the SDK: no credential reachable from it
            seal(exc, core.tokens.secrets())
            raise

    def _list_prefetch(self) -> int:
        return self._core.settings.list_prefetch

    def _request_id_of(self, reply: Reply) -> str | None:
        """The server's request id of a reply (its response header), else the id sent."""
        return reply.server_request_id(self._core.request_id_header)

    def _secrets(self) -> tuple[str, ...]:
        """Every credential this client holds or held (api key, Basic credential, recent tokens)."""
        return self._core.tokens.secrets()

    def _seal(self, error: BaseException) -> None:
        """Seal an error about to leave the SDK (``_chain``) against this client's credentials."""
        seal(error, self._core.tokens.secrets())


class BusinessClient(View, BusinessResources):
    """A business-scoped view: calls carry a token scoped to ``business_id``."""

    business_id: str

    def __init__(self, business_id: str, core: _Core, options: RequestOptions) -> None:
        self._init_view(core, options, business_id)

    def __repr__(self) -> str:
        return f"BusinessClient(business_id={self.business_id!r})"

    async def token(self) -> Token:
        """This business's token (cached; fetched or refreshed when needed)."""
        try:
            return await self._core.tokens.business_token(self.business_id)
        except Exception as exc:
            self._seal(exc)
            raise


class ThredfiClient(View, PartnerResources):
    """Async client for the Thredfi Partner API.

    ``.api`` is the generated ``thredfi_api.AuthenticatedClient`` using the partner token; pass
    it as ``client=`` to any generated operation. ``for_business(id)`` gives the view using that
    business's scoped token. Use as ``async with ThredfiClient(...) as client:`` (or call
    ``aclose()``).

    ``token_store`` shares tokens with the other processes of a fleet (``RedisTokenStore``);
    without it tokens are cached in this process only.

    ``business_rate_limit`` and ``partner_rate_limit`` (``thredfi.RateLimit``) pace the requests
    to each business and of the whole client; a wait for them counts against the call's deadline.
    With a ``RedisTokenStore`` (or ``rate_limiter=RedisRateLimiter(...)``) the budgets and the
    pauses after a 429 are shared by every process of the fleet.

    ``list_prefetch`` is how many pages a list reads ahead by default (``with_prefetch(n)`` per
    list); never more than a budget's ``concurrency`` allows.

    ``clock``, ``sleep`` and ``random`` replace the monotonic clock, the sleep between retries
    and the jitter source: for tests.
    """

    business_id: None

    def __init__(
        self,
        *,
        partner_uuid: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        environment: Environment | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy | None = None,
        request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        proxy: str | None = None,
        verify: VerifyTypes = True,
        trust_env: bool = True,
        refresh_margin: float = 300.0,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_business_views: int = DEFAULT_MAX_BUSINESS_VIEWS,
        max_business_tokens: int = DEFAULT_MAX_BUSINESS_TOKENS,
        token_store: TokenStore | None = None,
        strict_responses: bool = False,
        on_drift: DriftHook | None = None,
        business_rate_limit: RateLimit | None = None,
        partner_rate_limit: RateLimit | None = None,
        rate_limiter: RedisRateLimiter | None = None,
        list_prefetch: int = DEFAULT_PREFETCH_PAGES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        random: Callable[[], float] | None = None,
    ) -> None:
        arguments = dict(locals())  # the signature above, as one mapping
        del arguments["self"]
        settings = Settings.check(**arguments)
        self.partner_uuid, self.retry_policy = settings.partner_uuid, settings.retry_policy
        sender = sender_for(settings)
        telemetry = telemetry_for_client(settings.base_url, settings.request_id_header)  # None without OpenTelemetry
        retry = retry_step(settings, sender, telemetry)
        tokens = token_manager(settings, token_endpoint(settings, retry, telemetry))
        core = _Core(settings, api_pipeline(settings, tokens, retry, telemetry), tokens, sender, retry)
        self._init_view(core, settings.options, None)

    def __repr__(self) -> str:
        return f"ThredfiClient(base_url={self.base_url!r}, partner_uuid={self.partner_uuid!r})"

    def _derive(self, options: RequestOptions) -> Self:
        view = super()._derive(options)
        view.partner_uuid = self.partner_uuid
        view.retry_policy = self.retry_policy
        view._derived = True
        return view

    _derived = False

    def for_business(self, business_id: str | uuid.UUID) -> BusinessClient:
        """The business-scoped view for ``business_id``, with this view's options.

        Views of the partner client's own options are kept (most recently used first, at most
        ``max_business_views``); one for ``with_options`` settings is built on each call.
        """
        key = normalize_business_id(business_id)
        core = self._core
        if self._derived:
            return BusinessClient(key, core, self._options)
        view = core.businesses.get(key)
        if view is not None:
            core.businesses.move_to_end(key)
            return view
        view = core.businesses[key] = BusinessClient(key, core, self._options)
        if len(core.businesses) > core.max_business_views:
            core.businesses.popitem(last=False)
        return view

    async def partner_token(self) -> Token:
        """The partner token (cached; fetched or refreshed when needed)."""
        try:
            return await self._core.tokens.partner_token()
        except Exception as exc:
            self._seal(exc)
            raise

    async def business_token(self, business_id: str | uuid.UUID) -> Token:
        """The token scoped to ``business_id`` (cached; fetched or refreshed when needed)."""
        key = normalize_business_id(business_id)
        try:
            return await self._core.tokens.business_token(key)
        except Exception as exc:
            self._seal(exc)
            raise

    @property
    def token_requests_sent(self) -> int:
        """How many token requests this client has sent (for monitoring and tests)."""
        return self._core.tokens.requests_sent

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _forget_connections(self) -> None:
        self._core.forget_connections()

    async def aclose(self) -> None:
        """Close every pooled connection. Idempotent; a ``with_options`` copy closes nothing."""
        core = self._core
        if core.closed or self._derived:
            return
        core.closed = True
        core.retry.close()
        await core.tokens.aclose()
        await core.sender.aclose()
