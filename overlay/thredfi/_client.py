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
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import httpx
from thredfi_api.api import BusinessResources, PartnerResources

from ._attempts import RetryWithDeadline
from ._auth import Authenticate
from ._chain import seal
from ._config import check_partner_uuid, check_refresh_margin, check_timeout, check_transport, check_verify
from ._drift import DriftHook
from ._environments import Environment, resolve_base_url
from ._errors import RaiseForStatus
from ._exceptions import APIConnectionError
from ._idempotency import add_idempotency_key
from ._ids import normalize_business_id
from ._pipeline import DefaultHeaders, Pipeline
from ._redact import remember_credentials
from ._request import (
    Reply,
    RequestExtras,
    RequestOptions,
    build_request,
    check_header,
    is_header_name,
    merge_extras,
    parse_json,
)
from ._request_id import DEFAULT_REQUEST_ID_HEADER, StampRequestId
from ._retry import RetryPolicy
from ._sender import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DefaultSender,
    HttpxSender,
    Sender,
    VerifyTypes,
    check_max_response_bytes,
    environment_proxy,
)
from ._telemetry import for_client as telemetry_for_client
from ._token_store import TokenStore
from ._tokens import DEFAULT_MAX_BUSINESS_TOKENS, MAX_TOKEN_RESPONSE_BYTES, Token, TokenManager
from ._version import user_agent

if TYPE_CHECKING:  # imported when first used: keeps `import thredfi` light
    from ._generated_bridge import ApiClient

DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_BUSINESS_VIEWS = 10_000
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_DEFAULT_HEADERS = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}


# what the generated operations pass to request(): tests/unit/test_generated_kwargs.py scans them
HANDLED_REQUEST_ARGUMENTS = frozenset(
    {"method", "url", "params", "json", "data", "files", "content", "headers", "timeout"}
)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


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


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return check_timeout(timeout)


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
    return value


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
        self,
        *,
        base_url: str,
        pipeline: Pipeline,
        tokens: TokenManager,
        sender: Sender,
        request_id_header: str,
        max_business_views: int,
        on_drift: DriftHook | None = None,
    ) -> None:
        self.base_url = base_url
        self.on_drift = on_drift
        self.pipeline = pipeline
        self.tokens = tokens
        self.sender = sender
        self.request_id_header = request_id_header
        self.closed = False
        self.max_business_views = max_business_views
        # most recently used last; bounded so that serving many businesses keeps memory flat
        self.businesses: collections.OrderedDict[str, BusinessClient] = collections.OrderedDict()


class View:
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

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def headers(self) -> dict[str, str]:
        """Extra headers this view sends on every call (from ``with_options``)."""
        return dict(self._options.headers)

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
            options = dataclasses.replace(options, strict_responses=_flag("strict_responses", strict_responses))
        if timeout is not NOT_GIVEN:
            options = dataclasses.replace(options, timeout=_timeout(timeout))
        if max_retries is not NOT_GIVEN:
            options = dataclasses.replace(options, max_retries=_max_retries(max_retries))
        if headers is not NOT_GIVEN:
            merged = dict(options.headers)
            merged.update(_headers(headers))
            options = dataclasses.replace(options, headers=tuple(merged.items()))
        return self._derive(options)

    @property
    def strict_responses(self) -> bool:
        """Whether a 2xx body that does not fit the spec raises (else its values are kept as received)."""
        return self._options.strict_responses

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
            bound = functools.partial(parse, strict=self._options.strict_responses, on_drift=self._core.on_drift)
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
        params: Any = None,
        json: Any = None,
        data: Any = None,
        files: Any = None,
        content: Any = None,
        headers: Any = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - a per-call setting, not a wait
        operation: str | None = None,
        parse: Callable[[httpx.Response], Any] | None = None,
    ) -> Reply:
        core = self._core
        if core.closed:
            raise APIConnectionError(f"{method.upper()} {url}: the client is closed")
        request = build_request(
            core.base_url,
            self._options,
            method,
            url,
            params=params,
            json=json,
            data=data,
            files=files,
            content=content,
            headers=headers,
            timeout=None if timeout is None else _timeout(timeout),
            business_id=self.business_id,
            operation=operation,
        )
        request.parse = parse
        try:
            response = await core.pipeline.send(request)
        except Exception as exc:  # sealed where it leaves the SDK: no credential reachable from it
            seal(exc, core.tokens.secrets())
            raise
        return Reply(response, request.parsed)

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
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        random: Callable[[], float] | None = None,
    ) -> None:
        self.partner_uuid = check_partner_uuid(_require("partner_uuid", partner_uuid, "THREDFI_PARTNER_UUID"))
        api_key = _require("api_key", api_key, "THREDFI_API_KEY")
        remember_credentials(self.partner_uuid, api_key)  # redacted from every error, whoever echoes it
        base_url = validate_base_url(resolve_base_url(base_url, environment))
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self.retry_policy = policy
        if not isinstance(request_id_header, str):
            raise TypeError(f"request_id_header must be a header name (str), got {type(request_id_header).__name__}")
        if not is_header_name(request_id_header):
            raise ValueError(
                f"request_id_header must be an HTTP header name (an RFC 9110 token), got {request_id_header!r}"
            )
        if isinstance(max_business_views, bool) or not isinstance(max_business_views, int) or max_business_views < 1:
            raise ValueError(f"max_business_views must be an int >= 1, got {max_business_views!r}")
        refresh_margin = check_refresh_margin(refresh_margin)
        transport = check_transport(transport)
        verify = check_verify(verify)
        max_response_bytes = check_max_response_bytes(max_response_bytes)
        if not isinstance(limits, httpx.Limits):
            raise TypeError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
        if proxy is not None and not isinstance(proxy, str):
            raise TypeError(f"proxy must be a URL str, got {type(proxy).__name__}")
        if transport is not None:
            # settings of the SDK's own transport: a transport passed in is used as it is
            given = [
                name
                for name, is_set in (
                    ("proxy=", proxy is not None),
                    ("verify=", verify is not True),
                    ("limits=", limits is not DEFAULT_LIMITS),
                )
                if is_set
            ]
            if given:
                raise ValueError(
                    f"{', '.join(given)}: settings of the SDK's own transport, not of a transport= you pass;"
                    " set them on that transport (e.g. httpx.AsyncHTTPTransport(verify=..., limits=..., proxy=...))"
                )
        if proxy is None and trust_env:
            proxy = environment_proxy(base_url)
        sender: Sender = (
            HttpxSender(transport, max_response_bytes=max_response_bytes)
            if transport is not None
            else DefaultSender(limits=limits, proxy=proxy, verify=verify, max_response_bytes=max_response_bytes)
        )
        retry_options: dict[str, Any] = {"random": random} if random is not None else {}
        telemetry = telemetry_for_client(base_url, request_id_header)  # None without OpenTelemetry
        attempts = RetryWithDeadline(
            sender if telemetry is None else telemetry.traced_sender(sender),
            policy,
            request_id_header=request_id_header,
            sleep=sleep if telemetry is None else telemetry.traced_sleep(sleep),
            clock=clock,
            **retry_options,
        )
        stamp_request_id = StampRequestId(request_id_header)
        default_headers = DefaultHeaders({**_DEFAULT_HEADERS, "User-Agent": user_agent()})
        token_pipeline = Pipeline(
            prepare=(stamp_request_id, default_headers),
            send=attempts,
            trace=None if telemetry is None else telemetry.token_request,  # the token-refresh spans
        )
        token_options = RequestOptions(timeout=_timeout(timeout), max_retries=policy.max_retries)
        if on_drift is not None and not callable(on_drift):
            raise TypeError(
                f"on_drift must be a callable taking a thredfi.ResponseDrift, got {type(on_drift).__name__}"
            )

        async def post_token_request(path: str, authorization: str, form: dict[str, str] | None) -> httpx.Response:
            request = build_request(
                base_url, token_options, "POST", path, data=form, headers={"authorization": authorization}
            )
            request.authenticate = False
            request.safe_to_retry = True  # asking for a token has no side effect
            request.max_response_bytes = MAX_TOKEN_RESPONSE_BYTES  # a token response is a few hundred bytes
            response = await token_pipeline.send(request)
            sent_id = request.headers.get(request_id_header.lower(), "")
            response.request = httpx.Request("POST", request.url, headers={request_id_header: sent_id})
            return response

        tokens = TokenManager(
            partner_uuid=self.partner_uuid,
            api_key=api_key,
            post=post_token_request,
            clock=clock,
            refresh_margin=refresh_margin,
            request_id_header=request_id_header,
            max_business_tokens=max_business_tokens,
            store=token_store,
            store_namespace=f"{httpx.URL(base_url).netloc.decode('ascii')}:{self.partner_uuid}",
        )
        pipeline = Pipeline(
            prepare=(stamp_request_id, add_idempotency_key, default_headers),
            send=Authenticate(tokens, attempts),
            check=RaiseForStatus(request_id_header),
            trace=None if telemetry is None else telemetry.operation,
        )
        core = _Core(
            base_url=base_url,
            pipeline=pipeline,
            tokens=tokens,
            sender=sender,
            request_id_header=request_id_header,
            max_business_views=max_business_views,
            on_drift=on_drift,
        )
        options = dataclasses.replace(token_options, strict_responses=_flag("strict_responses", strict_responses))
        self._init_view(core, options, None)

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

    async def aclose(self) -> None:
        """Close every pooled connection. Idempotent; a ``with_options`` copy closes nothing."""
        core = self._core
        if core.closed or self._derived:
            return
        core.closed = True
        await core.tokens.aclose()
        await core.sender.aclose()
