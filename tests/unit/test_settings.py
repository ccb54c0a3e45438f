"""A client's checked settings (``thredfi._settings.Settings.check``), called with the very argument
set ``ThredfiClient.__init__`` passes (read from its signature, so the two cannot drift apart).

Building a whole client with bad settings is tested in test_client.py; here the value itself.
"""

from __future__ import annotations

import dataclasses
import inspect
import ssl
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._retry import RetryPolicy
from thredfi._settings import DEFAULT_LIMITS, DEFAULT_TIMEOUT, Settings

PARTNER = "0B7A7C9E-2F1D-4C3B-9A8E-5D6F7A8B9C0D"
API_KEY = "sk-settings-secret-3c2b1a"
PROXY_VARIABLES = ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"]


def client_defaults() -> dict[str, Any]:
    """Every argument of ``ThredfiClient(...)`` with its default, as the client hands them to ``check``."""
    parameters = inspect.signature(thredfi.ThredfiClient.__init__).parameters
    return {name: p.default for name, p in parameters.items() if name != "self"}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["THREDFI_PARTNER_UUID", "THREDFI_API_KEY", "THREDFI_BASE_URL", "THREDFI_ENVIRONMENT"]:
        monkeypatch.delenv(name, raising=False)
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def check(**overrides: Any) -> Settings:
    arguments = {**client_defaults(), "partner_uuid": PARTNER, "api_key": API_KEY, **overrides}
    return Settings.check(**arguments)


# ---------------------------------------------------------------- the argument set


def test_the_clients_defaults_make_valid_settings() -> None:
    settings = check()
    assert settings.partner_uuid == PARTNER.lower()  # the canonical form
    assert settings.api_key == API_KEY
    assert settings.base_url == "https://sandbox.thredfi.com"  # never production by default
    assert settings.retry_policy == RetryPolicy()
    assert settings.options.timeout == httpx.Timeout(DEFAULT_TIMEOUT)
    assert settings.options.max_retries == RetryPolicy().max_retries
    assert settings.options.strict_responses is False
    assert settings.options.headers == ()
    assert (settings.transport, settings.proxy, settings.verify) == (None, None, True)
    assert settings.limits is DEFAULT_LIMITS
    assert settings.request_id_header == "X-Request-ID"
    assert (settings.token_store, settings.on_drift, settings.random) == (None, None, None)


@pytest.mark.parametrize("name", sorted(client_defaults()))
def test_check_reads_every_argument_the_client_passes(name: str) -> None:
    arguments = {**client_defaults(), "partner_uuid": PARTNER, "api_key": API_KEY}
    del arguments[name]
    with pytest.raises(KeyError, match=name):
        Settings.check(**arguments)


def test_the_test_hooks_are_passed_through() -> None:
    def clock() -> float:
        return 1.0

    async def sleep(delay: float) -> None:
        pass

    def random() -> float:
        return 0.5

    settings = check(clock=clock, sleep=sleep, random=random)
    assert (settings.clock, settings.sleep, settings.random) == (clock, sleep, random)


def test_settings_are_frozen() -> None:
    settings = check()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.api_key = "other"  # type: ignore[misc]


# ---------------------------------------------------------------- credentials


def test_the_api_key_is_never_in_the_repr() -> None:
    settings = check(proxy="http://proxy.corp.test:3128")
    assert API_KEY not in repr(settings)
    assert API_KEY not in str(settings)
    assert PARTNER.lower() in repr(settings)  # the rest is shown


def test_credentials_come_from_the_environment_and_are_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREDFI_PARTNER_UUID", f"  {PARTNER}\n")
    monkeypatch.setenv("THREDFI_API_KEY", f" {API_KEY} ")
    settings = check(partner_uuid=None, api_key=None)
    assert (settings.partner_uuid, settings.api_key) == (PARTNER.lower(), API_KEY)
    assert check(api_key="given-key").api_key == "given-key"  # an argument beats the variable


@pytest.mark.parametrize(
    ("name", "variable"), [("partner_uuid", "THREDFI_PARTNER_UUID"), ("api_key", "THREDFI_API_KEY")]
)
def test_a_missing_credential_names_its_argument_and_variable(name: str, variable: str) -> None:
    with pytest.raises(ValueError, match=f"{name} is required \\(pass {name}= or set {variable}\\)"):
        check(**{name: None})


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"api_key": "  "}, ValueError, "api_key must not be empty"),
        ({"api_key": b"bytes"}, TypeError, "api_key must be a str"),
        ({"partner_uuid": "acme"}, ValueError, "partner_uuid must be a UUID"),
        ({"partner_uuid": "x" * 100}, ValueError, r"got 'x{37}\.\.\.'"),  # a long value is cut short
    ],
)
def test_bad_credentials_are_refused(overrides: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        check(**overrides)


# ---------------------------------------------------------------- base_url


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://api.example.test", "https://api.example.test"),
        ("https://api.example.test/", "https://api.example.test"),
        ("https://api.example.test:8443/prefix/", "https://api.example.test:8443/prefix"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("http://localhost", "http://localhost"),
        ("http://[::1]:9/", "http://[::1]:9"),
    ],
)
def test_https_and_loopback_http_are_accepted(base_url: str, expected: str) -> None:
    assert check(base_url=base_url).base_url == expected


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.example.test", "must use https"),
        ("http://192.168.1.10", "must use https"),
        ("http://127.0.0.1.evil.test", "must use https"),
        ("ws://127.0.0.1", "must use https"),
        ("api.example.test", "absolute URL with a host"),
        ("https://", "absolute URL with a host"),
        ("https://key:secret@api.example.test", "must not carry credentials"),
        ("https://api.example.test/?debug=1", "a query"),
        ("https://api.example.test/#top", "a fragment"),
        ("https://api.example.test\n", "not a valid URL"),
    ],
)
def test_other_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check(base_url=base_url)


@pytest.mark.parametrize("base_url", ["https://exa mple.test", "https://api.example.test:99999"])
def test_a_base_url_whose_host_or_port_cannot_be_reached_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        check(base_url=base_url)


def test_a_url_beats_an_environment_name_which_beats_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert check(environment="production").base_url == "https://backend.thredfi.com"
    assert check(environment="production", base_url="https://api.example.test").base_url == "https://api.example.test"
    monkeypatch.setenv("THREDFI_BASE_URL", "http://127.0.0.1:4010")
    assert check(environment="staging").base_url == "http://127.0.0.1:4010"
    with pytest.raises(ValueError, match="environment must be one of"):
        check(environment="prod")  # checked even when a URL wins


def test_a_base_url_from_the_environment_is_held_to_the_same_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREDFI_BASE_URL", "http://api.example.test")
    with pytest.raises(ValueError, match="must use https"):
        check()


# ---------------------------------------------------------------- transport and its settings


class Transport(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"verify": False}, "verify="),
        ({"verify": ssl.create_default_context()}, "verify="),
        ({"limits": httpx.Limits(max_connections=5)}, "limits="),
        ({"limits": httpx.Limits(max_connections=100, max_keepalive_connections=20)}, "limits="),  # equal, not the same
        ({"proxy": "http://proxy.corp.test:3128"}, "proxy="),
    ],
)
def test_the_sdks_transport_settings_beside_transport_are_refused(overrides: dict[str, Any], named: str) -> None:
    with pytest.raises(ValueError, match=f"^{named}: settings of the SDK's own transport"):
        check(transport=Transport(), **overrides)


def test_all_refused_transport_settings_are_named_at_once() -> None:
    with pytest.raises(ValueError, match=r"^proxy=, verify=, limits=: "):
        check(transport=Transport(), verify=False, limits=httpx.Limits(), proxy="http://p.test:1")


def test_a_transport_alone_is_kept() -> None:
    transport = Transport()
    settings = check(transport=transport)
    assert settings.transport is transport


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"transport": httpx.HTTPTransport()}, TypeError, "is a sync transport"),
        ({"transport": object()}, TypeError, "transport must be an httpx.AsyncBaseTransport"),
        ({"limits": {"max_connections": 5}}, TypeError, "limits must be an httpx.Limits"),
        ({"proxy": b"http://p.test:1"}, TypeError, "proxy must be a URL str"),
        ({"verify": "/nonexistent/ca.pem"}, ValueError, "verify= must name an existing CA bundle file"),
        ({"verify": 1}, TypeError, "verify must be True, False"),
    ],
)
def test_bad_transport_settings_are_refused(overrides: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        check(**overrides)


# ---------------------------------------------------------------- the environment's proxy


def test_the_environments_proxy_is_used_only_with_trust_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    assert check(base_url="https://api.example.test").proxy == "http://proxy.corp.test:3128"
    assert check(base_url="https://api.example.test", trust_env=False).proxy is None


def test_a_proxy_given_beats_the_environments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    assert check(proxy="http://mine.test:8080").proxy == "http://mine.test:8080"
    assert check(proxy="http://mine.test:8080", trust_env=False).proxy == "http://mine.test:8080"


def test_no_proxy_and_the_scheme_decide_the_environments_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    monkeypatch.setenv("NO_PROXY", "example.test")
    assert check(base_url="https://api.example.test").proxy is None
    assert check(base_url="https://other.test").proxy == "http://proxy.corp.test:3128"
    assert check(base_url="http://127.0.0.1:4010").proxy is None  # HTTPS_PROXY is not for http


# ---------------------------------------------------------------- the partner client's options


def test_a_number_timeout_becomes_an_httpx_timeout_and_one_is_kept() -> None:
    assert check(timeout=5).options.timeout == httpx.Timeout(5.0)
    given = httpx.Timeout(10.0, connect=2.0)
    assert check(timeout=given).options.timeout is given


@pytest.mark.parametrize(
    ("timeout", "message"),
    [
        (0, "timeout must be a finite number of seconds > 0"),
        (float("inf"), "timeout must be a finite number of seconds > 0"),
        (True, "timeout must be a number of seconds > 0 or an httpx.Timeout"),
        ("30", "timeout must be a number of seconds > 0 or an httpx.Timeout"),
        (httpx.Timeout(5.0, connect=0), "timeout.connect must be None or a finite number of seconds > 0"),
        (httpx.Timeout(5.0, read=-1.0), "timeout.read must be None or a finite number of seconds > 0"),
    ],
)
def test_bad_timeouts_are_refused(timeout: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check(timeout=timeout)


def test_max_retries_overrides_the_policy_and_sets_the_options() -> None:
    policy = RetryPolicy(max_retries=5, initial_backoff=0.1, deadline=60.0)
    settings = check(retry_policy=policy)
    assert (settings.retry_policy, settings.options.max_retries) == (policy, 5)
    settings = check(retry_policy=policy, max_retries=0)
    assert settings.retry_policy == dataclasses.replace(policy, max_retries=0)
    assert settings.options.max_retries == 0
    assert check(max_retries=3).retry_policy == RetryPolicy(max_retries=3)


@pytest.mark.parametrize("value", [-1, 1.5, True, "2"])
def test_bad_max_retries_are_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="max_retries must be an int >= 0"):
        check(max_retries=value)


def test_strict_responses_must_be_a_bool() -> None:
    assert check(strict_responses=True).options.strict_responses is True
    with pytest.raises(TypeError, match="strict_responses must be a bool, got int"):
        check(strict_responses=1)


# ---------------------------------------------------------------- the rest


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"request_id_header": "X-Id:"}, ValueError, "request_id_header must be an HTTP header name"),
        ({"request_id_header": None}, TypeError, "request_id_header must be a header name"),
        ({"refresh_margin": -1}, ValueError, "refresh_margin must be a finite number of seconds >= 0"),
        ({"refresh_margin": "300"}, TypeError, "refresh_margin must be a number of seconds"),
        ({"max_response_bytes": 0}, ValueError, "max_response_bytes must be an int >= 1"),
        ({"max_business_views": 0}, ValueError, "max_business_views must be an int >= 1"),
        ({"max_business_tokens": 0}, ValueError, "max_business_tokens must be an int"),
        ({"max_business_tokens": 1.0}, TypeError, "max_business_tokens must be an int"),
        ({"on_drift": "log"}, TypeError, "on_drift must be a callable"),
    ],
)
def test_other_bad_settings_are_refused_naming_them(
    overrides: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        check(**overrides)


def test_other_settings_are_kept() -> None:
    def on_drift(drift: object) -> None:
        pass

    settings = check(
        request_id_header="X-Correlation-ID",
        refresh_margin=60,
        max_response_bytes=1_000,
        max_business_views=5,
        max_business_tokens=7,
        on_drift=on_drift,
    )
    assert settings.request_id_header == "X-Correlation-ID"
    assert settings.refresh_margin == 60.0
    assert isinstance(settings.refresh_margin, float)
    assert (settings.max_response_bytes, settings.max_business_views, settings.max_business_tokens) == (1_000, 5, 7)
    assert settings.on_drift is on_drift


@pytest.mark.parametrize("name", ["business_rate_limit", "partner_rate_limit"])
def test_a_rate_limit_must_be_a_rate_limit(name: str) -> None:
    assert getattr(check(**{name: thredfi.RateLimit(concurrency=2)}), name) == thredfi.RateLimit(concurrency=2)
    with pytest.raises(TypeError, match=f"{name} must be a thredfi.RateLimit"):
        check(**{name: {"per_second": 5}})


def test_lists_read_four_pages_ahead_unless_told_otherwise() -> None:
    assert check().list_prefetch == 4
    assert check(list_prefetch=0).list_prefetch == 0  # one page at a time
    assert check(list_prefetch=16).list_prefetch == 16


@pytest.mark.parametrize("value", [-1, 65, 2.0, True, "4", None])
def test_list_prefetch_must_be_a_small_int(value: object) -> None:
    with pytest.raises(ValueError, match="list_prefetch must be an int"):
        check(list_prefetch=value)


@pytest.mark.parametrize(
    ("business", "partner", "expected"),
    [
        (thredfi.RateLimit(concurrency=2), None, 2),
        (None, thredfi.RateLimit(concurrency=3), 3),
        (thredfi.RateLimit(concurrency=5), thredfi.RateLimit(concurrency=1), 1),
        (thredfi.RateLimit(per_second=10), None, 4),  # a pace alone: the pages wait for their turns
    ],
)
def test_lists_never_read_ahead_more_pages_than_a_budget_lets_run_at_once(
    business: thredfi.RateLimit | None, partner: thredfi.RateLimit | None, expected: int
) -> None:
    settings = check(business_rate_limit=business, partner_rate_limit=partner)
    assert settings.list_prefetch == expected


def test_rate_limiter_must_be_a_redis_rate_limiter() -> None:
    with pytest.raises(TypeError, match=r"rate_limiter must be a thredfi\.RedisRateLimiter"):
        check(rate_limiter="redis://127.0.0.1:6379/0")
    assert check().rate_limiter is None  # no Redis: budgets and pauses are per process
