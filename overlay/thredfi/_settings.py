"""A client's settings, checked once: every argument of ``ThredfiClient(...)`` in one frozen value.

``Settings.check(...)`` takes the constructor's arguments and refuses, with a message naming it,
any setting that would only break later. The rest of the client reads settings from here.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypedDict

import anyio
import httpx

from ._config import (
    DEFAULT_MAX_BUSINESS_TOKENS,
    check_int,
    check_max_business_tokens,
    check_partner_uuid,
    check_refresh_margin,
    check_timeout,
    check_transport,
    check_verify,
)
from ._drift import DriftHook
from ._environments import Environment, resolve_base_url
from ._pagination import DEFAULT_PREFETCH_PAGES, check_prefetch
from ._rate import RateLimit
from ._redis_rate import RedisRateLimiter
from ._redis_store import RedisTokenStore
from ._request import RequestOptions, is_header_name
from ._retry import RetryPolicy
from ._token_store import TokenStore
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, VerifyTypes, check_max_response_bytes, environment_proxy

DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_BUSINESS_VIEWS = 10_000
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class ClientOptions(TypedDict, total=False):
    """``ThredfiClient``'s arguments (``thredfi.Client`` takes the same; a test keeps them equal)."""

    partner_uuid: str | None
    api_key: str | None
    base_url: str | None
    environment: Environment | None
    max_retries: int | None
    timeout: float | httpx.Timeout
    retry_policy: RetryPolicy | None
    request_id_header: str
    transport: httpx.AsyncBaseTransport | None
    limits: httpx.Limits
    proxy: str | None
    verify: VerifyTypes
    trust_env: bool
    refresh_margin: float
    max_response_bytes: int
    max_business_views: int
    max_business_tokens: int
    token_store: TokenStore | None
    strict_responses: bool
    on_drift: DriftHook | None
    business_rate_limit: RateLimit | None
    partner_rate_limit: RateLimit | None
    rate_limiter: RedisRateLimiter | None
    list_prefetch: int
    clock: Callable[[], float]
    sleep: Callable[[float], Awaitable[Any]]
    random: Callable[[], float] | None


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    """What a client was built with, every value checked (``check``)."""

    partner_uuid: str
    api_key: str = dataclasses.field(repr=False)
    base_url: str
    retry_policy: RetryPolicy
    options: RequestOptions  # the partner client's own view options
    request_id_header: str
    transport: httpx.AsyncBaseTransport | None
    limits: httpx.Limits
    proxy: str | None  # with trust_env, the environment's proxy for base_url
    verify: VerifyTypes
    refresh_margin: float
    max_response_bytes: int
    max_business_views: int
    max_business_tokens: int
    token_store: TokenStore | None
    on_drift: DriftHook | None
    business_rate_limit: RateLimit | None = None
    partner_rate_limit: RateLimit | None = None
    rate_limiter: RedisRateLimiter | None = None  # the fleet's budgets and pauses (or the token store's)
    list_prefetch: int = DEFAULT_PREFETCH_PAGES  # within the budgets' concurrency (``check``)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[Any]] = anyio.sleep
    random: Callable[[], float] | None = None

    @classmethod
    def check(cls, **arguments: Any) -> Settings:
        """The settings for ``ThredfiClient(**arguments)``; ``ValueError``/``TypeError`` naming a bad one."""
        a = arguments
        base_url = validate_base_url(resolve_base_url(a["base_url"], a["environment"]))
        policy = a["retry_policy"] or RetryPolicy()
        if a["max_retries"] is not None:
            policy = dataclasses.replace(policy, max_retries=a["max_retries"])
        transport, verify = check_transport(a["transport"]), check_verify(a["verify"])
        _check_transport_settings(transport, a["proxy"], verify, a["limits"])
        proxy = a["proxy"] if a["proxy"] is not None or not a["trust_env"] else environment_proxy(base_url)
        options = RequestOptions(
            timeout=check_timeout(a["timeout"]),
            max_retries=policy.max_retries,
            strict_responses=check_flag("strict_responses", a["strict_responses"]),
        )
        return cls(
            partner_uuid=check_partner_uuid(require("partner_uuid", a["partner_uuid"], "THREDFI_PARTNER_UUID")),
            api_key=require("api_key", a["api_key"], "THREDFI_API_KEY"),
            base_url=base_url,
            retry_policy=policy,
            options=options,
            request_id_header=check_request_id_header(a["request_id_header"]),
            transport=transport,
            limits=a["limits"],
            proxy=proxy,
            verify=verify,
            refresh_margin=check_refresh_margin(a["refresh_margin"]),
            max_response_bytes=check_max_response_bytes(a["max_response_bytes"]),
            max_business_views=check_int("max_business_views", a["max_business_views"], minimum=1),
            max_business_tokens=check_max_business_tokens(a["max_business_tokens"]),
            token_store=a["token_store"],
            on_drift=check_hook(a["on_drift"]),
            business_rate_limit=check_rate_limit("business_rate_limit", a["business_rate_limit"]),
            partner_rate_limit=check_rate_limit("partner_rate_limit", a["partner_rate_limit"]),
            rate_limiter=fleet_rate_limiter(a["rate_limiter"], a["token_store"]),
            list_prefetch=list_prefetch(a["list_prefetch"], a["business_rate_limit"], a["partner_rate_limit"]),
            clock=a["clock"],
            sleep=a["sleep"],
            random=a["random"],
        )


def require(name: str, value: str | None, env: str) -> str:
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
    if any(c.isspace() or c in '%<>\\^`{|}"' for c in base_url.split("://", 1)[-1].split("/", 1)[0]):
        raise ValueError(f"base_url has a character no host name holds, got {base_url!r}")
    if url.port is not None and not 0 < url.port < 65536:
        raise ValueError(f"base_url's port must be from 1 to 65535, got {url.port}")
    if url.userinfo or url.query or url.fragment:
        raise ValueError("base_url must not carry credentials, a query or a fragment")
    if url.scheme == "https" or (url.scheme == "http" and url.host in LOOPBACK_HOSTS):
        return base_url.rstrip("/")
    raise ValueError(f"base_url must use https (plain http only for 127.0.0.1, ::1 or localhost), got {base_url!r}")


def check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
    return value


def check_request_id_header(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"request_id_header must be a header name (str), got {type(value).__name__}")
    if not is_header_name(value):
        raise ValueError(f"request_id_header must be an HTTP header name (an RFC 9110 token), got {value!r}")
    return value


def check_hook(value: object) -> DriftHook | None:
    if value is not None and not callable(value):
        raise TypeError(f"on_drift must be a callable (it gets a thredfi.ResponseDrift), got {type(value).__name__}")
    return value


def check_rate_limit(name: str, value: object) -> RateLimit | None:
    if value is not None and not isinstance(value, RateLimit):
        raise TypeError(f"{name} must be a thredfi.RateLimit or None, got {type(value).__name__}")
    return value


def list_prefetch(value: object, *limits: RateLimit | None) -> int:
    """Pages read ahead: ``value``, checked, but no more than a budget's ``concurrency`` lets run at once
    (pages fetched past it would only hold the slots the business's other calls wait for)."""
    pages = check_prefetch("list_prefetch", value, minimum=0)
    for limit in limits:
        if isinstance(limit, RateLimit) and limit.concurrency is not None:
            pages = min(pages, limit.concurrency)
    return pages


def fleet_rate_limiter(value: object, token_store: object) -> RedisRateLimiter | None:
    """The ``rate_limiter`` given, or the ``RedisTokenStore``'s: a fleet shares budgets and pauses by default."""
    if value is not None:
        if not isinstance(value, RedisRateLimiter):
            raise TypeError(f"rate_limiter must be a thredfi.RedisRateLimiter or None, got {type(value).__name__}")
        return value
    if isinstance(token_store, RedisTokenStore):
        return token_store.rate_limiter()
    return None


def _check_transport_settings(
    transport: httpx.AsyncBaseTransport | None, proxy: object, verify: VerifyTypes, limits: object
) -> None:
    """``limits``/``proxy`` typed; and none of the SDK's own transport settings beside ``transport=``."""
    if not isinstance(limits, httpx.Limits):
        raise TypeError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
    if proxy is not None and not isinstance(proxy, str):
        raise TypeError(f"proxy must be a URL str, got {type(proxy).__name__}")
    if transport is None:
        return
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


__all__ = ["DEFAULT_MAX_BUSINESS_TOKENS", "DEFAULT_MAX_RESPONSE_BYTES", "ClientOptions", "Environment", "Settings"]
