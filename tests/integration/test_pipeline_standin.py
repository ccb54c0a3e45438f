"""The SDK's own pipeline end to end, on both senders: no hidden retries, a bounded number of
requests per call, one logged attempt per request, every request argument the generated code
can pass, proxies, and options that never leak from one view to another."""

from __future__ import annotations

import collections
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
import pytest
import thredfi
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.asyncio
ECHO = f"/v1/platform/businesses/{BUSINESS}/echo/"


# ---------------------------------------------------------------- no hidden retries


async def test_a_dropped_pooled_connection_is_not_resent_behind_the_sdks_back(
    standin: StandIn, fake_time: FakeTime
) -> None:
    """aiohttp re-sends a DELETE on a dropped keep-alive connection unless told not to."""
    async with make_client(standin, fake_time, max_retries=0) as client:
        api = client.for_business(BUSINESS).api
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=api)  # pools a connection
        standin.fail("delete_customer_credit", Fault(reset=True))
        with pytest.raises(thredfi.APIConnectionError):
            await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=api)
    assert standin.count("delete_customer_credit") == 2  # one per call: max_retries=0 means one request


async def test_a_dropped_connection_is_retried_only_as_counted_attempts(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time, max_retries=2) as client:
        api = client.for_business(BUSINESS).api
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=api)
        standin.fail("delete_customer_credit", Fault(reset=True))
        with thredfi.request_context("after-reset"):
            response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=api)
    assert response.status_code == 204
    second = [r for r in standin.received("delete_customer_credit") if r.header("X-Request-ID") == "after-reset"]
    assert [r.header("X-Thredfi-Attempt") for r in second] == ["1", "2"]


# ---------------------------------------------------------------- requests per call


@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_a_call_sends_at_most_one_plus_max_retries_plus_one_replay(
    standin: StandIn, fake_time: FakeTime, max_retries: int
) -> None:
    call = delete_one_credit
    async with make_client(standin, fake_time, max_retries=max_retries) as client:
        api = client.for_business(BUSINESS).api
        await call(api)  # tokens fetched first: only the route's requests are counted below

        standin.fail("delete_customer_credit", *[Fault(status=503)] * 10)
        with pytest.raises(thredfi.InternalServerError):
            await call(api)
        only_5xx = standin.count("delete_customer_credit") - 1

        standin.state.faults.clear()
        standin.fail("delete_customer_credit", Fault(status=401), *[Fault(status=503)] * 10)
        with pytest.raises(thredfi.InternalServerError):
            await call(api)
        replay_then_5xx = standin.count("delete_customer_credit") - 1 - only_5xx

        standin.state.faults.clear()
        standin.fail("delete_customer_credit", *[Fault(status=503)] * max_retries, Fault(status=401), Fault(status=503))
        with pytest.raises(thredfi.InternalServerError):
            await call(api)
        late_replay = standin.count("delete_customer_credit") - 1 - only_5xx - replay_then_5xx

        standin.state.faults.clear()
        standin.state.always_401.add("delete_customer_credit")
        with pytest.raises(thredfi.AuthenticationError):
            await call(api)
        always_401 = standin.count("delete_customer_credit") - 1 - only_5xx - replay_then_5xx - late_replay
    assert only_5xx == 1 + max_retries
    assert replay_then_5xx == 1 + max_retries + 1  # the replay is not a retry
    assert late_replay == 1 + max_retries + 1
    assert always_401 == 2  # one replay, then the 401 is raised


async def delete_one_credit(api: Any) -> None:
    await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=api)


async def test_every_request_the_server_saw_is_one_logged_attempt(
    standin: StandIn, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    standin.fail("delete_customer_credit", Fault(status=503), Fault(reset=True), Fault(status=500, body="html"))
    caplog.set_level(logging.DEBUG)
    async with make_client(standin, fake_time, max_retries=3) as client:
        with thredfi.request_context("counted-1"):
            await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    seen = [(r.route, r.header("X-Request-ID"), r.header("X-Thredfi-Attempt")) for r in standin.received()]
    assert len(seen) == len(set(seen))  # no request was sent twice as the same attempt
    logged = [r for r in caplog.records if r.name == "thredfi" and r.levelno == logging.DEBUG]
    assert len(logged) == len(standin.received())  # partner token + 4 attempts, each logged once
    attempts = [r.header("X-Thredfi-Attempt") for r in standin.received("delete_customer_credit")]
    assert attempts == ["1", "2", "3", "4"]


async def test_logs_carry_no_query_header_or_body_and_httpx_logs_nothing(
    standin: StandIn, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with make_client(standin, fake_time) as client:
        http = client.for_business(BUSINESS).api.get_async_httpx_client()
        await http.post(ECHO, params={"search": "query-marker"}, json={"memo": "body-marker"})
        token = await client.business_token(BUSINESS)
    text = "\n".join(r.getMessage() for r in caplog.records)
    for marker in ("query-marker", "body-marker", token.access_token, "Bearer", "Basic", "content-type"):
        assert marker not in text
    assert not [r for r in caplog.records if r.name == "httpx"]  # httpx's INFO line per request is gone


# ---------------------------------------------------------------- request arguments


async def echo(client: thredfi.ThredfiClient, method: str, **kwargs: Any) -> dict[str, Any]:
    http = client.for_business(BUSINESS).api.get_async_httpx_client()
    response = await http.request(method, ECHO, **kwargs)
    result: dict[str, Any] = response.json()
    return result


async def test_params_json_form_and_headers_are_sent_as_httpx_would(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        query = await echo(client, "GET", params={"status": ["draft", "sent"], "is_archived": False, "page": 2})
        as_json = await echo(client, "POST", json={"name": "Åcme", "amount_cents": 100, "tags": None})
        form = await echo(client, "PUT", data={"grant_type": "client_credentials", "flag": True})
        raw = await echo(client, "PATCH", content=b"\x00raw-bytes", headers={"Content-Type": "application/pdf"})
        text = await echo(client, "POST", content="plain text", headers={"X-Custom": "custom-1"})
    assert query["query"] == "status=draft&status=sent&is_archived=false&page=2"
    assert query["method"] == "GET"
    assert as_json["body"] == json.dumps(
        {"name": "Åcme", "amount_cents": 100, "tags": None}, ensure_ascii=False, separators=(",", ":")
    ).encode().decode("latin-1")
    assert as_json["headers"]["content-type"] == "application/json"
    assert form["body"] == "grant_type=client_credentials&flag=true"
    assert form["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert raw["body"] == "\x00raw-bytes"
    assert raw["headers"]["content-type"] == "application/pdf"
    assert text["body"] == "plain text"
    assert text["headers"]["x-custom"] == "custom-1"
    for echoed in (query, as_json, form, raw, text):
        assert echoed["headers"]["authorization"].startswith("Bearer ")
        assert echoed["headers"]["x-thredfi-attempt"] == "1"
        assert re.fullmatch(r"thredfi-python/\S+ python/3\.\d+", echoed["headers"]["user-agent"])
    for token_request in standin.received("partner_token") + standin.received("business_token"):
        assert str(token_request.header("User-Agent")).startswith("thredfi-python/")


async def test_multipart_and_streamed_bodies_are_sent_whole_and_resent_identically(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"first-"
        yield b"second"

    standin.fail("echo", Fault(status=503))
    async with make_client(standin, fake_time) as client:
        multipart = await echo(
            client,
            "POST",
            data={"document_type": "bill"},
            files={"file": ("invoice.pdf", b"%PDF-1.4 data", "application/pdf")},
            headers={"Content-Type": "multipart/form-data; boundary=+++"},
        )
        streamed = await echo(client, "POST", content=chunks())
    assert multipart["headers"]["content-type"] == "multipart/form-data; boundary=+++"
    assert 'name="document_type"' in multipart["body"]
    assert 'filename="invoice.pdf"' in multipart["body"]
    assert "%PDF-1.4 data" in multipart["body"]
    assert streamed["body"] == "first-second"
    bodies = [r.body for r in standin.received("echo")]
    assert bodies[0] == bodies[1]  # the 503 was retried with the same multipart bytes


async def test_a_url_outside_the_base_url_is_refused_before_sending(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        http = client.api.get_async_httpx_client()
        with pytest.raises(ValueError, match="only under its base_url"):
            await http.get("https://elsewhere.example/v1/platform/businesses/")
        with pytest.raises(ValueError, match="line break"):
            await http.get(ECHO, headers={"X-Bad": "a\r\nInjected: 1"})
        with pytest.raises(TypeError, match="JSON"):
            await http.post(ECHO, json={"amount": float("nan")})
        with pytest.raises(TypeError, match="cookies"):
            await http.get(ECHO, cookies={"session": "x"})
    assert standin.received() == []  # not even a token request


# ---------------------------------------------------------------- views and options


async def test_with_options_changes_only_the_new_view_even_under_concurrency(
    standin: StandIn, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Headers, max_retries and timeout of a view reach only that view's requests, calls interleaved."""
    async with make_client(standin, fake_time, max_retries=2) as client:
        business = client.for_business(BUSINESS)
        tagged = business.with_options(headers={"X-Tenant": "tenant-7"}, max_retries=0, timeout=5.0)
        sibling = business.with_options(headers={"X-Tenant": "tenant-9"}, timeout=12.0)
        options = {"client": options_of(client), "business": options_of(business)}
        assert options["business"] == (2, httpx.Timeout(30.0), {})
        assert options_of(tagged) == (0, httpx.Timeout(5.0), {"x-tenant": "tenant-7"})
        assert options_of(sibling) == (2, httpx.Timeout(12.0), {"x-tenant": "tenant-9"})
        await business.api.get_async_httpx_client().get(ECHO, params={"who": "warm-up"})  # tokens fetched

        # what each attempt carried to the sender (the server cannot see a timeout)
        carried: list[tuple[str, float | None, int]] = []
        send = client._core.sender.send

        async def recording_send(request: Any, remaining: float) -> httpx.Response:
            carried.append((who_of(request.url), request.timeout.read, request.max_retries))
            return await send(request, remaining)

        monkeypatch.setattr(client._core.sender, "send", recording_send)
        views = {"plain": business, "tagged": tagged, "sibling": sibling}
        sends = {"plain": 3, "tagged": 1, "sibling": 3}  # 1 + max_retries: every request below meets a 503
        calls = 10
        standin.fail("echo", *[Fault(status=503)] * (calls * sum(sends.values())))
        attempts: dict[str, int] = {}

        async def call(name: str, view: thredfi.BusinessClient) -> None:
            with pytest.raises(thredfi.InternalServerError) as info:
                await view.api.get_async_httpx_client().get(ECHO, params={"who": name})
            attempts[name] = info.value.attempts

        async with anyio.create_task_group() as tg:
            for i in range(calls):
                for kind, view in views.items():
                    tg.start_soon(call, f"{kind}-{i}", view)

        # after the storm: every view kept its options, and the parent still retries
        assert {"client": options_of(client), "business": options_of(business)} == options
        assert options_of(tagged) == (0, httpx.Timeout(5.0), {"x-tenant": "tenant-7"})
        assert client.for_business(BUSINESS) is business
        standin.fail("echo", Fault(status=503))
        await business.api.get_async_httpx_client().get(ECHO, params={"who": "after"})

    received = [r for r in standin.received("echo") if who_of(r.path) not in ("warm-up", "after")]
    per_call = collections.Counter(who_of(r.path) for r in received)
    assert len(per_call) == calls * len(views)
    for name, count in per_call.items():
        assert count == sends[name.split("-")[0]], name
        assert attempts[name] == count
    timeouts = {"plain": 30.0, "tagged": 5.0, "sibling": 12.0}
    retries = {"plain": 2, "tagged": 0, "sibling": 2}
    assert len(carried) == len(received) + 2  # and the two requests of the "after" call
    for name, read_timeout, max_retries in carried:
        kind = "plain" if name == "after" else name.split("-")[0]
        assert (read_timeout, max_retries) == (timeouts[kind], retries[kind]), name
    tenants = {"plain": None, "tagged": "tenant-7", "sibling": "tenant-9"}
    assert all(r.header("X-Tenant") == tenants[who_of(r.path).split("-")[0]] for r in received)
    assert [who_of(r.path) for r in standin.received("echo")].count("after") == 2  # the parent retried
    assert standin.count("partner_token") == 1  # one token cache for every view
    assert standin.count("business_token") == 1


def options_of(view: thredfi.ThredfiClient | thredfi.BusinessClient) -> tuple[int, httpx.Timeout, dict[str, str]]:
    return view.max_retries, view.timeout, view.headers


def who_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["who"][0]


async def test_the_generated_clients_with_headers_returns_a_copy_and_changes_nothing(
    standin: StandIn, fake_time: FakeTime
) -> None:
    async with make_client(standin, fake_time) as client:
        api = client.for_business(BUSINESS).api
        copy = api.with_headers({"X-Once": "only-the-copy"})
        await copy.get_async_httpx_client().get(ECHO)
        await api.get_async_httpx_client().get(ECHO)
        await client.for_business(BUSINESS).api.get_async_httpx_client().get(ECHO)
    once = [r.header("X-Once") for r in standin.received("echo")]
    assert once == ["only-the-copy", None, None]


async def test_a_closed_client_refuses_calls(standin: StandIn, fake_time: FakeTime) -> None:
    client = make_client(standin, fake_time)
    await client.aclose()
    with pytest.raises(thredfi.APIConnectionError, match="closed"):
        await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.received() == []


# ---------------------------------------------------------------- what an error says about the call


async def test_a_retried_delete_that_was_applied_raises_404_saying_it_may_have_been(
    standin: StandIn, fake_time: FakeTime
) -> None:
    credit = uuid.uuid4()
    standin.fail("delete_customer_credit", Fault(reset_after=True))  # deleted, but the answer is lost
    async with make_client(standin, fake_time) as client:
        api = client.for_business(BUSINESS).api
        with pytest.raises(thredfi.NotFoundError) as applied:
            await delete_customer_credit.asyncio(BUSINESS, credit, client=api)
        with pytest.raises(thredfi.NotFoundError) as never:
            await delete_customer_credit.asyncio(BUSINESS, credit, client=api)  # plainly gone now
    assert (applied.value.attempts, applied.value.maybe_applied) == (2, True)
    assert (never.value.attempts, never.value.maybe_applied) == (1, False)


async def test_errors_count_attempts_and_say_when_a_write_may_have_been_applied(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("delete_bill_payment", Fault(reset_after=True))
    standin.fail("delete_customer_credit", Fault(status=503), Fault(status=502), Fault(status=503))
    async with make_client(standin, fake_time, max_retries=2) as client:
        with pytest.raises(thredfi.APIConnectionError) as post:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
        with pytest.raises(thredfi.InternalServerError) as retried:
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert (post.value.attempts, post.value.maybe_applied) == (1, True)  # a POST is never resent
    assert (retried.value.attempts, retried.value.maybe_applied) == (3, True)  # the 502 may have acted
