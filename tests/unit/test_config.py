"""Settings that would only break later are refused at construction, naming the setting."""

from __future__ import annotations

import math

import httpx
import pytest
import thredfi
from thredfi._config import check_refresh_margin, check_timeout, check_transport


def make(**overrides: object) -> thredfi.ThredfiClient:
    options: dict[str, object] = {
        "partner_uuid": "1b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c01",
        "api_key": "k-1",
        "base_url": "https://api.example.test",
    }
    options.update(overrides)
    return thredfi.ThredfiClient(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize("margin", [math.nan, -1.0, -0.001, math.inf, -math.inf])
def test_a_refresh_margin_that_is_not_a_finite_non_negative_number_is_refused(margin: float) -> None:
    with pytest.raises(ValueError, match="refresh_margin must be a finite number of seconds >= 0"):
        make(refresh_margin=margin)


@pytest.mark.parametrize("margin", ["300", True, None])
def test_a_refresh_margin_that_is_not_a_number_is_a_type_error(margin: object) -> None:
    with pytest.raises(TypeError, match="refresh_margin must be a number"):
        make(refresh_margin=margin)


@pytest.mark.parametrize("margin", [0, 0.0, 5, 300.0])
def test_finite_non_negative_margins_are_accepted(margin: float) -> None:
    assert check_refresh_margin(margin) == float(margin)
    make(refresh_margin=margin)


@pytest.mark.parametrize("timeout", [math.inf, math.nan, -math.inf, 0, -1.0])
def test_a_float_timeout_must_be_finite_and_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a finite number of seconds > 0"):
        make(timeout=timeout)


@pytest.mark.parametrize(
    ("timeout", "part"),
    [
        (httpx.Timeout(-5), "connect"),
        (httpx.Timeout(10.0, read=math.inf), "read"),
        (httpx.Timeout(10.0, write=math.nan), "write"),
        (httpx.Timeout(10.0, pool=-1), "pool"),
        (httpx.Timeout(10.0, connect=0), "connect"),
    ],
)
def test_every_part_of_an_httpx_timeout_is_checked(timeout: httpx.Timeout, part: str) -> None:
    with pytest.raises(ValueError, match=rf"timeout\.{part} must be None or a finite number of seconds > 0"):
        make(timeout=timeout)


def test_good_timeouts_are_accepted() -> None:
    assert check_timeout(5) == httpx.Timeout(5.0)
    mixed = httpx.Timeout(10.0, read=None)
    assert check_timeout(mixed) is mixed
    assert make(timeout=httpx.Timeout(None)).timeout == httpx.Timeout(None)


def test_a_sync_transport_is_refused_by_name() -> None:
    sync = httpx.HTTPTransport()
    with pytest.raises(TypeError, match=r"transport must be an httpx\.AsyncBaseTransport.*is a sync transport"):
        make(transport=sync)
    sync.close()


@pytest.mark.parametrize("transport", [object(), "http", httpx.AsyncClient])
def test_anything_else_as_transport_is_refused(transport: object) -> None:
    with pytest.raises(TypeError, match=r"transport must be an httpx\.AsyncBaseTransport, got"):
        make(transport=transport)


def test_async_transports_and_none_are_accepted() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(204))
    assert check_transport(mock) is mock
    assert check_transport(None) is None


def test_a_zero_deadline_is_refused_by_the_retry_policy() -> None:
    with pytest.raises(ValueError, match="deadline must be a finite number of seconds > 0"):
        thredfi.RetryPolicy(deadline=0)
