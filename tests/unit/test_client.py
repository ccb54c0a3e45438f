"""ThredfiClient configuration: validated at construction, before any request."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import thredfi
from thredfi_api.api.customer_credits import delete_customer_credit


def make(**overrides: object) -> thredfi.ThredfiClient:
    options: dict[str, object] = {
        "partner_uuid": "1b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c01",
        "api_key": "k-1",
        "base_url": "https://api.example.test",
    }
    options.update(overrides)
    return thredfi.ThredfiClient(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "base_url",
    [
        "https://sandbox.thredfi.com",
        "https://api.example.test/prefix/",
        "http://127.0.0.1:8000",
        "http://localhost",
        "http://[::1]:9",
    ],
)
def test_https_and_loopback_http_base_urls_are_accepted(base_url: str) -> None:
    assert make(base_url=base_url).base_url == base_url.rstrip("/")


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://sandbox.thredfi.com", "must use https"),
        ("http://10.0.0.1", "must use https"),
        ("ftp://127.0.0.1", "must use https"),
        ("sandbox.thredfi.com", "absolute URL with a host"),
        ("https://user:pw@api.example.test", "must not carry credentials"),
        ("https://api.example.test/?x=1", "must not carry credentials, a query"),
    ],
)
def test_other_base_urls_are_a_value_error(base_url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make(base_url=base_url)


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        ("partner_uuid", "", ValueError, "partner_uuid must not be empty"),
        ("partner_uuid", "   ", ValueError, "partner_uuid must not be empty"),
        ("partner_uuid", "a:b", ValueError, "partner_uuid must be a UUID"),
        ("partner_uuid", "acme", ValueError, "partner_uuid must be a UUID"),
        ("api_key", "", ValueError, "api_key must not be empty"),
        ("api_key", 42, TypeError, "api_key must be a str"),
        ("timeout", 0, ValueError, "timeout must be"),
        ("timeout", -1.0, ValueError, "timeout must be"),
        ("max_retries", -1, ValueError, "max_retries must be"),
        ("request_id_header", " ", ValueError, "request_id_header must be an HTTP header name"),
        ("request_id_header", "X-Id:", ValueError, "request_id_header must be an HTTP header name"),
    ],
)
def test_bad_configuration_is_a_clear_error(field: str, value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        make(**{field: value})


def test_missing_credentials_name_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREDFI_API_KEY", raising=False)
    with pytest.raises(ValueError, match="THREDFI_API_KEY"):
        thredfi.ThredfiClient(partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", base_url="https://api.example.test")


def test_credentials_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREDFI_PARTNER_UUID", "3c1d5e7f-9a0b-4c2d-8e6f-7a8b9c0d1e2f")
    monkeypatch.setenv("THREDFI_API_KEY", "env-key")
    monkeypatch.setenv("THREDFI_BASE_URL", "http://127.0.0.1:1234")
    client = thredfi.ThredfiClient()
    assert (client.partner_uuid, client.base_url) == ("3c1d5e7f-9a0b-4c2d-8e6f-7a8b9c0d1e2f", "http://127.0.0.1:1234")
    assert "env-key" not in repr(client)


def test_default_base_url_is_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREDFI_BASE_URL", raising=False)
    assert make(base_url=None).base_url == thredfi.DEFAULT_BASE_URL == "https://sandbox.thredfi.com"


def test_max_retries_overrides_the_policy() -> None:
    client = make(max_retries=5, retry_policy=thredfi.RetryPolicy(deadline=9.0))
    assert (client.retry_policy.max_retries, client.retry_policy.deadline) == (5, 9.0)


def test_business_views_are_shared_per_id_and_ids_are_checked() -> None:
    client = make()
    business = uuid.uuid4()
    assert client.for_business(business) is client.for_business(str(business))
    assert client.for_business(business).business_id == str(business)
    for bad in ("..", ".", "", "a\x00b", "x" * 513, "a/b", "biz-1"):
        with pytest.raises(ValueError, match="business_id"):
            client.for_business(bad)
    # any form uuid.UUID reads, kept in its canonical text
    assert client.for_business(str(business).upper()).business_id == str(business)
    with pytest.raises(TypeError, match="business_id"):
        client.for_business(42)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_sync_calls_are_refused_with_a_clear_error() -> None:
    client = make(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    with pytest.raises(thredfi.ThredfiError, match="async-only"):
        delete_customer_credit.sync_detailed(uuid.uuid4(), uuid.uuid4(), client=client.api)
    await client.aclose()


def test_business_views_are_bounded_most_recently_used_kept() -> None:
    client = make(max_business_views=3)
    ids = [str(uuid.UUID(int=i)) for i in range(4)]
    first, second, third = (client.for_business(ids[i]) for i in range(3))
    assert client.for_business(ids[0]) is first  # touching 0 makes 1 the least recently used
    client.for_business(ids[3])
    assert client.for_business(ids[0]) is first
    assert client.for_business(ids[2]) is third
    assert client.for_business(ids[1]) is not second  # evicted, then built again
    assert len(client._core.businesses) == 3


@pytest.mark.parametrize("value", [0, -1, True, 2.5])
def test_max_business_views_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_business_views"):
        make(max_business_views=value)


def test_with_options_returns_a_new_view_and_leaves_the_original_alone() -> None:
    client = make(max_retries=2)
    view = client.with_options(timeout=3, max_retries=0, headers={"X-A": "1"})
    again = view.with_options(headers={"X-B": "2"})
    assert (client.max_retries, client.timeout, client.headers) == (2, httpx.Timeout(30.0), {})
    assert (view.max_retries, view.timeout, view.headers) == (0, httpx.Timeout(3.0), {"x-a": "1"})
    assert again.headers == {"x-a": "1", "x-b": "2"}
    assert isinstance(view, thredfi.ThredfiClient)
    assert view._core is client._core  # one pool, one token cache
    b1 = "00000000-0000-4000-8000-0000000000b1"
    business = client.for_business(b1).with_options(max_retries=5)
    assert isinstance(business, thredfi.BusinessClient)
    assert (
        business.business_id,
        business.max_retries,
        client.for_business("00000000-0000-4000-8000-0000000000b1").max_retries,
    ) == ("00000000-0000-4000-8000-0000000000b1", 5, 2)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"timeout": 0}, ValueError, "timeout"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": True}, ValueError, "max_retries"),
        ({"headers": {"X-A": 1}}, TypeError, "headers"),
        ({"headers": {"X-A": "a\r\nb"}}, ValueError, "line break"),
        ({"headers": {"Authorization": "Bearer mine"}}, ValueError, "Authorization"),
        ({"headers": [("X-A", "1")]}, TypeError, "mapping"),
    ],
)
def test_with_options_checks_what_it_is_given(options: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        make().with_options(**options)


@pytest.mark.asyncio
async def test_closing_a_with_options_view_leaves_the_client_open() -> None:
    client = make(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    async with client.with_options(max_retries=0):
        pass
    assert not client._core.closed
    await client.aclose()
    assert client._core.closed


@pytest.mark.asyncio
async def test_a_list_reads_ahead_the_clients_list_prefetch_by_default() -> None:
    options: dict[str, Any] = {"partner_uuid": str(uuid.uuid4()), "api_key": "k", "base_url": "https://x.test"}
    business = uuid.uuid4()
    async with thredfi.ThredfiClient(**options, list_prefetch=1) as client:
        assert client.for_business(business).vendors.list().prefetch == 1
        assert client.for_business(business).vendors.list().with_prefetch(3).prefetch == 3  # per list
    limit = thredfi.RateLimit(concurrency=2)
    async with thredfi.ThredfiClient(**options, business_rate_limit=limit) as client:
        assert client.for_business(business).vendors.list().prefetch == 2  # within the budget
    with thredfi.Client(**options, list_prefetch=0) as blocking:
        assert blocking.for_business(business).vendors.list().prefetch == 0
