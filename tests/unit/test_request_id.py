"""Unit tests of ``thredfi._request_id``: the bound request id and the hook that stamps it."""

from __future__ import annotations

import asyncio
import logging
import uuid

import httpx
import pytest
from thredfi import ThredfiClient, current_request_id, request_context
from thredfi._request import Request, RequestOptions, build_request
from thredfi._request_id import DEFAULT_REQUEST_ID_HEADER, StampRequestId

BASE = "https://sandbox.thredfi.com"
PATH = "/v1/platform/businesses/3fa85f64-5717-4562-b3fc-2c963f66afa6/vendors/"
OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)


# ---------------------------------------------------------------- request_context


def test_nothing_is_bound_by_default() -> None:
    assert current_request_id() is None


def test_binds_and_unbinds() -> None:
    with request_context("req-123") as bound:
        assert bound == "req-123"
        assert current_request_id() == "req-123"
    assert current_request_id() is None


def test_nests_and_restores() -> None:
    with request_context("outer"):
        with request_context("inner"):
            assert current_request_id() == "inner"
        assert current_request_id() == "outer"
        with request_context("second-inner"):
            assert current_request_id() == "second-inner"
        assert current_request_id() == "outer"
    assert current_request_id() is None


def test_restores_after_an_exception() -> None:
    with request_context("outer"):
        with pytest.raises(RuntimeError), request_context("inner"):
            raise RuntimeError("boom")
        assert current_request_id() == "outer"
    assert current_request_id() is None


@pytest.mark.asyncio
async def test_propagates_into_tasks_started_inside() -> None:
    async def seen() -> str | None:
        return current_request_id()

    with request_context("req-gather"):
        results = await asyncio.gather(seen(), seen(), seen())
    assert list(results) == ["req-gather"] * 3
    assert current_request_id() is None


@pytest.mark.asyncio
async def test_a_task_keeps_the_id_it_was_started_with() -> None:
    async def seen() -> str | None:
        return current_request_id()

    with request_context("req-task"):
        task = asyncio.create_task(seen())
    assert await task == "req-task"


@pytest.mark.asyncio
async def test_concurrent_tasks_keep_their_own_ids_and_do_not_leak() -> None:
    gate = asyncio.Event()

    async def work(rid: str) -> tuple[str | None, str | None]:
        with request_context(rid):
            before = current_request_id()
            await gate.wait()  # every task is inside its context at the same time
            return before, current_request_id()

    async def open_gate() -> None:
        gate.set()

    with request_context("parent"):
        results = await asyncio.gather(work("a"), work("b"), work("c"), open_gate())
        assert current_request_id() == "parent"
    assert list(results[:3]) == [("a", "a"), ("b", "b"), ("c", "c")]
    assert current_request_id() is None


@pytest.mark.parametrize(
    "rid",
    [
        "a",
        "x" * 200,
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "req_123.abc:def/ghi~!#$%&'*+^`|",
        "REQ-UPPER-123",
    ],
    ids=["one-char", "200-chars", "uuid", "punctuation", "upper"],
)
def test_accepts_valid_ids(rid: str) -> None:
    with request_context(rid) as bound:
        assert bound == rid
        assert current_request_id() == rid


@pytest.mark.parametrize(
    "rid",
    [
        "",
        "x" * 201,
        "has space",
        " leading",
        "trailing ",
        "tab\there",
        "abc\r\nX-Injected: 1",
        "abc\n",
        "abc\r",
        "\n",
        "abc\nX-Injected: 1",
        "req-\u00e9",
        "req-\u2713",
        "\u0440\u0435\u043a",
        "nul\x00",
        "del\x7f",
    ],
    ids=[
        "empty",
        "201-chars",
        "space",
        "leading-space",
        "trailing-space",
        "tab",
        "crlf-injection",
        "trailing-lf",
        "trailing-cr",
        "lf-only",
        "lf-injection",
        "latin1",
        "symbol",
        "cyrillic",
        "nul",
        "del",
    ],
)
def test_rejects_invalid_ids(rid: str) -> None:
    with pytest.raises(ValueError, match="request_id"), request_context(rid):
        pytest.fail("the block must not run")  # pragma: no cover
    assert current_request_id() is None


@pytest.mark.parametrize("rid", [123, None, b"req-1", 1.5, ["req-1"], uuid.UUID(int=1)], ids=repr)
def test_rejects_non_str_ids(rid: object) -> None:
    with pytest.raises(TypeError, match="request_id"), request_context(rid):  # type: ignore[arg-type]
        pytest.fail("the block must not run")  # pragma: no cover
    assert current_request_id() is None


def test_a_rejected_id_leaves_the_outer_binding_alone() -> None:
    with request_context("outer"):
        with pytest.raises(ValueError, match="request_id"), request_context("bad id"):
            pytest.fail("the block must not run")  # pragma: no cover
        assert current_request_id() == "outer"


# ---------------------------------------------------------------- StampRequestId (pipeline step)


def make(method: str = "GET", headers: dict[str, str] | None = None) -> Request:
    return build_request(BASE, OPTIONS, method, PATH, headers=headers)


def test_default_header_name() -> None:
    assert DEFAULT_REQUEST_ID_HEADER == "X-Request-ID"
    assert StampRequestId().header == "x-request-id"


def test_step_sets_the_bound_id() -> None:
    request = make("POST")
    with request_context("bound-id-1"):
        StampRequestId()(request)
    assert request.header("X-Request-ID") == "bound-id-1"


def test_step_without_a_bound_id_sets_a_fresh_uuid4() -> None:
    request = make()
    StampRequestId()(request)
    value = request.header("X-Request-ID")
    assert value is not None
    parsed = uuid.UUID(value)
    assert parsed.version == 4
    assert str(parsed) == value


def test_step_gives_each_request_a_different_id() -> None:
    step = StampRequestId()
    requests = [make() for _ in range(50)]
    for request in requests:
        step(request)
    ids = [request.header("X-Request-ID") for request in requests]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(str(rid)).version == 4 for rid in ids)


def test_step_keeps_the_id_when_the_same_request_passes_again() -> None:
    # every retry and the 401 replay reuse one Request: the id must not change
    step = StampRequestId()
    request = make("POST")
    step(request)
    first = request.header("X-Request-ID")
    step(request)
    with request_context("late-binding"):
        step(request)
    assert request.header("X-Request-ID") == first


@pytest.mark.parametrize("header_name", ["X-Request-ID", "x-request-id"])
def test_step_keeps_an_existing_header(header_name: str) -> None:
    request = make(headers={header_name: "caller-set"})
    with request_context("bound"):
        StampRequestId()(request)
    assert request.header("X-Request-ID") == "caller-set"
    assert list(request.headers).count("x-request-id") == 1


def test_step_honours_a_custom_header_name() -> None:
    step = StampRequestId("X-Correlation-ID")
    bound = make()
    with request_context("corr-1"):
        step(bound)
    assert bound.header("X-Correlation-ID") == "corr-1"
    assert bound.header("X-Request-ID") is None

    fresh = make()
    step(fresh)
    assert uuid.UUID(str(fresh.header("X-Correlation-ID"))).version == 4
    assert fresh.header("X-Request-ID") is None

    existing = make(headers={"X-Correlation-ID": "mine"})
    step(existing)
    assert existing.header("X-Correlation-ID") == "mine"


@pytest.mark.asyncio
async def test_every_request_of_a_client_carries_the_id_the_transport_sees() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-Request-ID"])
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 3600})
        return httpx.Response(204)

    async with ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key="k",
        base_url=BASE,
        transport=httpx.MockTransport(handler),
    ) as client:
        http = client.api.get_async_httpx_client()
        with request_context("svc-req-9"):
            await http.get(PATH)
            await http.post(PATH)
        await http.get(PATH)
        await http.get(PATH)
    assert seen[:3] == ["svc-req-9", "svc-req-9", "svc-req-9"]  # the token request too
    assert seen[3] != seen[4]
    assert uuid.UUID(seen[3]).version == 4
    assert uuid.UUID(seen[4]).version == 4


# ---------------------------------------------------------------- incoming (untrusted) ids


@pytest.mark.parametrize(
    "incoming",
    [
        "has a space",
        "x" * 201,
        "line\r\nX-Injected: 1",
        "café",
        "",
        None,
        "tab\there",
    ],
)
def test_an_unusable_incoming_id_is_replaced_by_a_fresh_one(incoming: str | None) -> None:
    with request_context(incoming, untrusted=True) as bound:
        assert current_request_id() == bound
        assert uuid.UUID(bound).version == 4
    assert current_request_id() is None


def test_a_valid_incoming_id_is_kept() -> None:
    with request_context("edge-7f3a:42", untrusted=True) as bound:
        assert bound == current_request_id() == "edge-7f3a:42"


def test_the_original_is_only_in_one_debug_line_truncated_and_sanitised(caplog: pytest.LogCaptureFixture) -> None:
    incoming = "evil id\r\nFAKE LOG LINE " + "y" * 5000
    with caplog.at_level(logging.DEBUG, logger="thredfi"), request_context(incoming, untrusted=True) as bound:
        pass
    [record] = caplog.records
    assert record.levelno == logging.DEBUG
    line = record.getMessage()
    assert bound in line
    assert "evil id??FAKE LOG LINE" in line  # CR and LF shown as '?': the line cannot be split
    assert "\r" not in line
    assert "\n" not in line
    assert "y" * 100 not in line
    assert f"({len(incoming)} characters)" in line


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="thredfi"), request_context("bad id", untrusted=True):
        pass
    assert caplog.records == []


def test_ids_the_developer_writes_stay_strict() -> None:
    with pytest.raises(ValueError, match="request_id must be"), request_context("has a space"):
        pass
    with pytest.raises(TypeError, match="request_id must be a str"), request_context(None):
        pass


@pytest.mark.asyncio
async def test_the_middleware_pattern_never_fails_a_request_for_its_header() -> None:
    """What the README shows: a bad incoming header gives a fresh id, not a 500."""
    seen: list[str] = []

    def thredfi_server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 3600})
        seen.append(request.headers["X-Request-ID"])
        return httpx.Response(204)

    client = ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key="k",
        base_url=BASE,
        transport=httpx.MockTransport(thredfi_server),
    )

    async def handle(incoming_headers: dict[str, str]) -> str:
        with request_context(incoming_headers.get("X-Request-ID"), untrusted=True) as request_id:
            await client.api.get_async_httpx_client().get(PATH)
            return request_id

    kept = await handle({"X-Request-ID": "good-id-1"})
    replaced = await handle({"X-Request-ID": "two words"})
    missing = await handle({})
    assert kept == "good-id-1"
    assert seen == [kept, replaced, missing]
    assert uuid.UUID(replaced).version == 4
    assert uuid.UUID(missing).version == 4
    await client.aclose()


def test_fresh_ids_are_version_4_uuids_as_uuid_writes_them() -> None:
    import uuid

    from thredfi._request_id import new_request_id

    ids = {new_request_id() for _ in range(2000)}
    assert len(ids) == 2000
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
