"""Unit tests of the retry decisions in ``thredfi._retry``: pure functions, no I/O, no sleeping."""

from __future__ import annotations

import calendar
import dataclasses
import email.utils
import math
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from thredfi import RetryPolicy
from thredfi._request import Request, RequestOptions, build_request
from thredfi._retry import (
    backoff_delay,
    is_idempotent,
    parse_retry_after,
    should_retry_error,
    should_retry_status,
)

# create-invoice: one of the creates Thredfi deduplicates by external_id
BASE = "https://sandbox.thredfi.com"
PATH = "/v1/platform/businesses/3fa85f64-5717-4562-b3fc-2c963f66afa6/invoices/"
OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=2)

# RFC 9110 section 9.2.2: GET, HEAD, OPTIONS, TRACE (safe) plus PUT and DELETE are idempotent.
IDEMPOTENT_METHODS = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]
NON_IDEMPOTENT_METHODS = ["POST", "PATCH", "CONNECT"]
ALL_METHODS = IDEMPOTENT_METHODS + NON_IDEMPOTENT_METHODS
WRITE_METHODS = ["POST", "PATCH"]

FLOAT_FIELDS = ["initial_backoff", "max_backoff", "jitter", "max_retry_after", "deadline"]


def request(method: str = "POST", *, path: str = PATH, safe_to_retry: bool = False, **kwargs: Any) -> Request:
    """The pipeline's request description, built as the SDK builds it."""
    built = build_request(BASE, OPTIONS, method, path, **kwargs)
    built.safe_to_retry = safe_to_retry
    return built


def idempotent_write(method: str) -> Request:
    """A POST/PATCH made idempotent by an Idempotency-Key header."""
    return request(method, headers={"Idempotency-Key": "key-1"}, json={"amount": "10.00"})


# ---------------------------------------------------------------- RetryPolicy


def test_policy_defaults_match_the_readme() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    assert policy.initial_backoff == 0.5
    assert policy.max_backoff == 8.0
    assert policy.jitter == 0.25
    assert policy.max_retry_after == 60.0
    assert policy.deadline == 120.0


def test_policy_accepts_zero_and_boundary_values() -> None:
    policy = RetryPolicy(
        max_retries=0, initial_backoff=0, max_backoff=0.0, jitter=0.0, max_retry_after=0, deadline=0.001
    )
    assert policy.max_retries == 0
    assert RetryPolicy(jitter=1).jitter == 1
    assert RetryPolicy(jitter=1.0, max_retries=10, initial_backoff=2, deadline=600).deadline == 600


def test_policy_is_keyword_only_and_frozen() -> None:
    with pytest.raises(TypeError):
        RetryPolicy(3)  # type: ignore[call-arg]
    policy = RetryPolicy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]


def test_policy_replace_validates_too() -> None:
    assert dataclasses.replace(RetryPolicy(), max_retries=5).max_retries == 5
    with pytest.raises(ValueError, match="jitter"):
        dataclasses.replace(RetryPolicy(), jitter=1.5)


@pytest.mark.parametrize("field", FLOAT_FIELDS)
@pytest.mark.parametrize(
    "value",
    [-1, -0.001, -math.inf, math.nan, math.inf, True, False],
    ids=["neg-int", "neg-float", "neg-inf", "nan", "inf", "True", "False"],
)
def test_policy_rejects_bad_float_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        RetryPolicy(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("field", FLOAT_FIELDS)
@pytest.mark.parametrize("value", ["1", None, [1]], ids=["str", "None", "list"])
def test_policy_rejects_non_numbers(field: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError), match=field):
        RetryPolicy(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [-1, True, False, 1.5, 2.0, math.nan, math.inf, "2", None],
    ids=["neg", "True", "False", "float", "integral-float", "nan", "inf", "str", "None"],
)
def test_policy_rejects_bad_max_retries(value: object) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [1.0001, 1.5, 2, 100])
def test_policy_rejects_jitter_above_one(value: float) -> None:
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=value)


# ---------------------------------------------------------------- is_idempotent


@pytest.mark.parametrize("method", IDEMPOTENT_METHODS)
def test_idempotent_methods(method: str) -> None:
    assert is_idempotent(request(method)) is True


@pytest.mark.parametrize("method", IDEMPOTENT_METHODS)
def test_idempotent_methods_stay_idempotent_whatever_the_body(method: str) -> None:
    assert is_idempotent(request(method, json={"amount": "1.00"})) is True
    assert is_idempotent(request(method, content=b"not json", headers={"content-type": "application/json"})) is True


@pytest.mark.parametrize("method", NON_IDEMPOTENT_METHODS)
def test_non_idempotent_methods_without_key_or_external_id(method: str) -> None:
    assert is_idempotent(request(method)) is False
    assert is_idempotent(request(method, json={"amount": "1.00", "currency": "GBP"})) is False


@pytest.mark.parametrize("method", WRITE_METHODS)
@pytest.mark.parametrize("header_name", ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"])
def test_idempotency_key_header_makes_a_write_idempotent(method: str, header_name: str) -> None:
    req = request(method, headers={header_name: "5b1c2f7e-key"}, json={"amount": "1.00"})
    assert is_idempotent(req) is True
    # whatever the body: the key alone is enough
    assert is_idempotent(request(method, headers={header_name: "k"}, data={"a": "b"})) is True
    assert is_idempotent(request(method, headers={header_name: "k"})) is True


@pytest.mark.parametrize("method", WRITE_METHODS)
def test_empty_idempotency_key_does_not_count(method: str) -> None:
    assert is_idempotent(request(method, headers={"Idempotency-Key": ""}, json={"amount": "1"})) is False


@pytest.mark.parametrize("method", ["POST"])
@pytest.mark.parametrize("external_id", ["inv-2024-0001", "x", "3fa85f64-5717-4562-b3fc-2c963f66afa6"])
def test_json_body_with_external_id_is_idempotent(method: str, external_id: str) -> None:
    assert is_idempotent(request(method, json={"external_id": external_id, "amount": "1.00"})) is True


@pytest.mark.parametrize("method", ["POST"])
@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "application/merge-patch+json", "application/vnd.api+json"]
)
def test_json_content_type_variants_are_read(method: str, content_type: str) -> None:
    req = request(method, content=b'{"external_id": "ext-1"}', headers={"content-type": content_type})
    assert is_idempotent(req) is True


@pytest.mark.parametrize("method", WRITE_METHODS)
@pytest.mark.parametrize(
    "body",
    [
        {"amount": "1.00"},
        {"external_id": ""},
        {"external_id": None},
        {"data": {"external_id": "nested-does-not-count"}},
        [{"external_id": "in-a-list"}],
        "external_id",
        None,
    ],
    ids=["missing", "empty", "null", "nested", "list", "string", "json-null"],
)
def test_json_body_without_usable_external_id_is_not_idempotent(method: str, body: object) -> None:
    assert is_idempotent(request(method, json=body)) is False


@pytest.mark.parametrize("method", WRITE_METHODS)
@pytest.mark.parametrize("content", [b"", b"{not json", b'{"external_id": "x"', b"\xff\xfe"], ids=repr)
def test_invalid_json_body_is_not_idempotent(method: str, content: bytes) -> None:
    req = request(method, content=content, headers={"content-type": "application/json"})
    assert is_idempotent(req) is False


@pytest.mark.parametrize("method", WRITE_METHODS)
def test_non_json_bodies_are_not_idempotent(method: str) -> None:
    # form-encoded
    assert is_idempotent(request(method, data={"external_id": "ext-1"})) is False
    # JSON text without a JSON content type
    assert is_idempotent(request(method, content=b'{"external_id": "ext-1"}')) is False
    assert (
        is_idempotent(request(method, content=b'{"external_id": "ext-1"}', headers={"content-type": "text/plain"}))
        is False
    )
    # a multipart form's external_id part counts, as the JSON body's does (the SDK's own uploads)
    assert is_idempotent(request(method, data={"external_id": "ext-1"}, files={"f": b"data"})) is (method == "POST")


@pytest.mark.parametrize("method", WRITE_METHODS)
def test_safe_to_retry_flag(method: str) -> None:
    assert is_idempotent(request(method, safe_to_retry=True)) is True
    assert is_idempotent(request(method, safe_to_retry=False)) is False


# ---------------------------------------------------------------- should_retry_status

ALWAYS_RETRIED_STATUSES = [429, 503]
RETRIED_WHEN_IDEMPOTENT_STATUSES = [500, 502, 504]
NEVER_RETRIED_STATUSES = [200, 201, 204, 301, 304, 400, 401, 403, 404, 405, 409, 410, 422, 501, 505]


@pytest.mark.parametrize("status", ALWAYS_RETRIED_STATUSES)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_not_processed_statuses_are_retried_for_any_method(method: str, status: int) -> None:
    assert should_retry_status(request(method), status) is True
    assert should_retry_status(request(method, json={"amount": "1"}), status) is True


@pytest.mark.parametrize("status", RETRIED_WHEN_IDEMPOTENT_STATUSES)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_server_errors_are_retried_only_when_idempotent(method: str, status: int) -> None:
    assert should_retry_status(request(method), status) is (method in IDEMPOTENT_METHODS)


@pytest.mark.parametrize("status", RETRIED_WHEN_IDEMPOTENT_STATUSES)
@pytest.mark.parametrize("method", WRITE_METHODS)
def test_server_errors_are_retried_for_idempotent_writes(method: str, status: int) -> None:
    assert should_retry_status(idempotent_write(method), status) is True
    assert should_retry_status(request(method, json={"external_id": "ext-1"}), status) is (method == "POST")
    assert should_retry_status(request(method, safe_to_retry=True), status) is True
    assert should_retry_status(request(method, json={"external_id": ""}), status) is False


@pytest.mark.parametrize("status", NEVER_RETRIED_STATUSES)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_other_statuses_are_never_retried(method: str, status: int) -> None:
    assert should_retry_status(request(method), status) is False
    assert should_retry_status(idempotent_write(method), status) is False


# ---------------------------------------------------------------- should_retry_error

NEVER_SENT_ERRORS = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT_ERRORS = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
]
NEVER_RETRIED_HTTPX_ERRORS = [
    httpx.CloseError,
    httpx.LocalProtocolError,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.DecodingError,
    httpx.TooManyRedirects,
    httpx.NetworkError,
    httpx.TimeoutException,
    httpx.ProtocolError,
    httpx.TransportError,
]


@pytest.mark.parametrize("error_type", NEVER_SENT_ERRORS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_errors_before_sending_are_always_retried(method: str, error_type: type[httpx.RequestError]) -> None:
    req = request(method, json={"amount": "1"})
    assert should_retry_error(req, error_type("boom", request=req)) is True


@pytest.mark.parametrize("error_type", MAYBE_SENT_ERRORS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_errors_after_sending_are_retried_only_when_idempotent(
    method: str, error_type: type[httpx.RequestError]
) -> None:
    req = request(method, json={"amount": "1"})
    assert should_retry_error(req, error_type("boom", request=req)) is (method in IDEMPOTENT_METHODS)


@pytest.mark.parametrize("error_type", MAYBE_SENT_ERRORS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("method", WRITE_METHODS)
def test_errors_after_sending_are_retried_for_idempotent_writes(
    method: str, error_type: type[httpx.RequestError]
) -> None:
    for req in (
        idempotent_write(method),
        *([request(method, json={"external_id": "ext-1"})] if method == "POST" else []),
        request(method, safe_to_retry=True),
    ):
        assert should_retry_error(req, error_type("boom", request=req)) is True


@pytest.mark.parametrize("error_type", NEVER_RETRIED_HTTPX_ERRORS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("method", ALL_METHODS)
def test_other_httpx_errors_are_never_retried(method: str, error_type: type[httpx.RequestError]) -> None:
    req = request(method, headers={"Idempotency-Key": "k"})
    assert should_retry_error(req, error_type("boom", request=req)) is False


@pytest.mark.parametrize(
    "error", [ValueError("x"), RuntimeError("x"), OSError("x"), ConnectionResetError("x"), TimeoutError("x")], ids=repr
)
def test_non_httpx_errors_are_never_retried(error: Exception) -> None:
    assert should_retry_error(request("GET"), error) is False


# ---------------------------------------------------------------- parse_retry_after

NOW = float(calendar.timegm((2026, 11, 21, 12, 0, 0, 0, 0, 0)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("1", 1.0),
        ("1.5", 1.5),
        ("0.25", 0.25),
        (" 7 ", 7.0),
        ("3600", 3600.0),
        ("-5", 0.0),
        ("-0.5", 0.0),
    ],
)
def test_retry_after_seconds(value: str, expected: float) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_retry_after_http_date_in_the_future() -> None:
    value = email.utils.formatdate(NOW + 30, usegmt=True)  # "Sat, 21 Nov 2026 12:00:30 GMT"
    assert parse_retry_after(value, NOW) == pytest.approx(30.0)


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    value = email.utils.formatdate(NOW - 3600, usegmt=True)
    assert parse_retry_after(value, NOW) == 0.0


def test_retry_after_http_date_is_measured_from_the_injected_now() -> None:
    value = "Sun, 06 Nov 1994 08:49:37 GMT"
    then = float(calendar.timegm((1994, 11, 6, 8, 49, 37, 0, 0, 0)))
    assert parse_retry_after(value, then - 45) == pytest.approx(45.0)
    assert parse_retry_after(value, then - 1) == pytest.approx(1.0)
    assert parse_retry_after(value, then) == 0.0
    assert parse_retry_after(value, then + 1) == 0.0


@pytest.fixture
def local_time_not_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with the process's local time zone 5 hours east of UTC (HTTP dates are always GMT)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "THR-05")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.usefixtures("local_time_not_utc")
@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 1994 08:49:37 GMT",  # IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT",  # obsolete RFC 850 format
        "Sun Nov  6 08:49:37 1994",  # obsolete asctime format: no zone, but GMT by definition
    ],
    ids=["imf-fixdate", "rfc850", "asctime"],
)
def test_retry_after_all_http_date_formats_are_gmt_whatever_the_local_zone(value: str) -> None:
    # RFC 9110 section 5.6.7: recipients MUST accept all three formats, all of them in GMT.
    then = float(calendar.timegm((1994, 11, 6, 8, 49, 37, 0, 0, 0)))
    assert parse_retry_after(value, then - 30) == pytest.approx(30.0)


@pytest.mark.parametrize(
    "value",
    ["soon", "abc", "12abc", "1 2", "Sun, 99 Foo 1994 99:99:99 GMT", "tomorrow at noon", "0x10", "--5"],
)
def test_retry_after_garbage_is_none(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


@pytest.mark.parametrize("value", [None, "", "   ", "\t"], ids=repr)
def test_retry_after_missing_or_empty_is_none(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None


@pytest.mark.parametrize("value", ["inf", "-inf", "Infinity", "nan", "NaN", "1e999"])
def test_retry_after_non_finite_is_none(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


# ---------------------------------------------------------------- backoff_delay


def always(x: float) -> Any:
    return lambda: x


def test_backoff_doubles_from_half_a_second_and_caps_at_eight() -> None:
    policy = RetryPolicy()
    delays = [backoff_delay(policy, n, None, always(0.0)) for n in range(1, 7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(policy, 20, None, always(0.0)) == 8.0


def test_backoff_with_full_jitter_draw_is_seventy_five_percent() -> None:
    policy = RetryPolicy()
    delays = [backoff_delay(policy, n, None, always(1.0)) for n in range(1, 7)]
    assert delays == pytest.approx([0.375, 0.75, 1.5, 3.0, 6.0, 6.0])


@pytest.mark.parametrize("draw", [0.0, 0.1, 0.25, 0.5, 0.75, 0.999999, 1.0])
@pytest.mark.parametrize("retry_number", [1, 2, 3, 4, 5, 6])
def test_backoff_jitter_stays_within_bounds(draw: float, retry_number: int) -> None:
    policy = RetryPolicy()
    full = min(8.0, 0.5 * 2 ** (retry_number - 1))
    delay = backoff_delay(policy, retry_number, None, always(draw))
    assert 0.75 * full - 1e-12 <= delay <= full


def test_backoff_follows_a_custom_policy() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=5.0, jitter=0.0)
    assert [backoff_delay(policy, n, None, always(1.0)) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    zero_jitter_floor = RetryPolicy(jitter=1.0)
    assert backoff_delay(zero_jitter_floor, 3, None, always(1.0)) == 0.0
    assert backoff_delay(zero_jitter_floor, 3, None, always(0.5)) == 1.0


def test_backoff_stays_capped_for_very_large_retry_numbers() -> None:
    # max_retries has no upper bound, so a long-lived policy may reach any retry number.
    policy = RetryPolicy()
    assert backoff_delay(policy, 2000, None, always(0.0)) == 8.0


@pytest.mark.parametrize("retry_number", [1, 3, 6])
@pytest.mark.parametrize("retry_after", [0.0, 0.2, 3.0, 30.0])
def test_retry_after_replaces_backoff_and_is_not_jittered(retry_number: int, retry_after: float) -> None:
    policy = RetryPolicy()
    assert backoff_delay(policy, retry_number, retry_after, always(1.0)) == retry_after
    assert backoff_delay(policy, retry_number, retry_after, always(0.0)) == retry_after


def test_retry_after_is_capped_by_max_retry_after() -> None:
    assert backoff_delay(RetryPolicy(), 1, 600.0, always(0.0)) == 60.0
    assert backoff_delay(RetryPolicy(), 1, 60.0, always(0.0)) == 60.0
    assert backoff_delay(RetryPolicy(max_retry_after=5.0), 1, 30.0, always(0.0)) == 5.0
    assert backoff_delay(RetryPolicy(max_retry_after=0.0), 4, 30.0, always(0.0)) == 0.0


def test_backoff_delay_is_a_float() -> None:
    assert isinstance(backoff_delay(RetryPolicy(initial_backoff=1, max_backoff=8), 1, None, always(0.0)), float)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/platform/businesses/b/invoices/refunds/",  # create-refund: external_id is only a reference
        "/v1/platform/businesses/b/vendor-refunds/",
        "/v1/platform/businesses/b/bills/",
        "/v1/platform/businesses/b/invoices/i/void/",
    ],
)
def test_external_id_counts_only_for_creates_thredfi_deduplicates(path: str) -> None:
    req = request("POST", path=path, json={"external_id": "ext-1"})
    assert is_idempotent(req) is False
    assert should_retry_status(req, 500) is False


def test_external_id_in_a_patch_does_not_make_it_idempotent() -> None:
    assert is_idempotent(request("PATCH", json={"external_id": "ext-1"})) is False


@pytest.mark.parametrize(
    "path",
    [
        "/v1/platform/businesses/",
        "/v1/platform/businesses/b/customers/",
        "/v1/platform/businesses/b/payouts/",
        "/prefix/v1/platform/businesses/b/general-ledger/chart-of-accounts/",
    ],
)
def test_external_id_creates_are_idempotent(path: str) -> None:
    assert is_idempotent(request("POST", path=path, json={"external_id": "e"})) is True


async def _multipart(fields: dict[str, Any], file: bytes = b"%PDF-1.7") -> tuple[bytes, str]:
    from thredfi._uploads import as_upload

    upload = as_upload(("w9.pdf", file, "application/pdf"))
    return await upload.multipart(fields)


@pytest.mark.asyncio
async def test_a_multipart_create_with_an_external_id_is_idempotent() -> None:
    vendors = PATH.replace("/invoices/", "/vendors/")
    content, content_type = await _multipart({"company_name": "Acme", "external_id": "vendor-7"})
    assert is_idempotent(request("POST", path=vendors, content=content, headers={"content-type": content_type}))
    content, content_type = await _multipart({"company_name": "Acme"})
    assert not is_idempotent(request("POST", path=vendors, content=content, headers={"content-type": content_type}))


@pytest.mark.asyncio
async def test_an_external_id_inside_the_file_is_not_a_form_field() -> None:
    vendors = PATH.replace("/invoices/", "/vendors/")
    forged = b'--x\r\nContent-Disposition: form-data; name="external_id"\r\n\r\nforged\r\n--x'
    content, content_type = await _multipart({"company_name": "Acme", "external_id": ""}, file=forged)
    assert not is_idempotent(request("POST", path=vendors, content=content, headers={"content-type": content_type}))
    content, content_type = await _multipart({"company_name": "Acme"}, file=forged)
    assert not is_idempotent(request("POST", path=vendors, content=content, headers={"content-type": content_type}))
