"""TokenManager alone, over httpx.MockTransport: caching, refresh windows, invalidation."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
import thredfi
from thredfi._request import Reply
from thredfi._tokens import TokenManager

pytestmark = pytest.mark.asyncio


class FakeAuthServer:
    def __init__(self, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.requests: list[httpx.Request] = []
        self.next: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.next:
            return self.next.pop(0)
        n = len(self.requests)
        body = {"access_token": f"tok-{n}", "token_type": "Bearer", "expires_in": self.expires_in}
        if "/businesses/" not in request.url.path and request.url.path != "/v1/platform/oauth2/token/":
            body.update(scope="business_access", business_id=request.url.path.split("/")[3])
        return httpx.Response(200, json=body)


def manager(server: FakeAuthServer, clock: Callable[[], float]) -> TokenManager:
    http = httpx.AsyncClient(base_url="https://api.test", transport=httpx.MockTransport(server))

    async def post(path: str, authorization: str, form: dict[str, str] | None) -> Reply:
        return Reply(await http.post(path, data=form, headers={"Authorization": authorization}))

    return TokenManager(partner_uuid="partner-1", api_key="secret-key", post=post, clock=clock)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_partner_token_is_fetched_lazily_with_basic_auth_and_a_form_body() -> None:
    server, clock = FakeAuthServer(), Clock()
    tokens = manager(server, clock)
    assert server.requests == []
    token = await tokens.partner_token()
    (request,) = server.requests
    assert request.headers["Authorization"] == httpx.BasicAuth("partner-1", "secret-key")._auth_header
    assert parse_qs(request.content.decode()) == {"grant_type": ["client_credentials"], "client_id": ["partner-1"]}
    assert token.access_token == "tok-1"
    assert await tokens.partner_token() is token


@pytest.mark.parametrize(
    ("expires_in", "refresh_after"),
    [(3600, 3300.0), (600, 300.0), (60, 30.0)],  # 5-minute margin, or half the lifetime when shorter
)
async def test_a_token_is_refreshed_before_it_expires(expires_in: int, refresh_after: float) -> None:
    server, clock = FakeAuthServer(expires_in), Clock()
    tokens = manager(server, clock)
    first = await tokens.partner_token()
    clock.now = refresh_after - 0.001
    assert await tokens.partner_token() is first
    assert len(server.requests) == 1
    clock.now = refresh_after  # advisory window: the valid token is used, a refresh starts
    assert await tokens.partner_token() is first
    clock.now = expires_in - min(30, (expires_in - refresh_after) / 2)  # mandatory window: callers wait for it
    assert (await tokens.partner_token()).access_token == "tok-2"
    assert len(server.requests) == 2


async def test_business_tokens_are_cached_per_business_and_use_the_partner_token() -> None:
    server, clock = FakeAuthServer(), Clock()
    tokens = manager(server, clock)
    a = await tokens.business_token("biz-a")
    b = await tokens.business_token("biz-b")
    assert await tokens.business_token("biz-a") is a
    assert [r.url.path for r in server.requests] == [
        "/v1/platform/oauth2/token/",
        "/v1/platform/biz-a/oauth2/token/",
        "/v1/platform/biz-b/oauth2/token/",
    ]
    assert server.requests[1].headers["Authorization"] == "Bearer tok-1"
    assert server.requests[1].content == b""
    assert (a.business_id, b.business_id, a.scope) == ("biz-a", "biz-b", "business_access")


async def test_invalidate_only_drops_the_token_still_cached() -> None:
    server, clock = FakeAuthServer(), Clock()
    tokens = manager(server, clock)
    old = await tokens.partner_token()
    await tokens.invalidate(old)
    new = await tokens.partner_token()
    await tokens.invalidate(old)  # a late 401 for the old token must not drop the new one
    assert await tokens.partner_token() is new
    assert len(server.requests) == 2


async def test_invalidating_the_partner_token_drops_the_business_tokens_it_minted() -> None:
    server, clock = FakeAuthServer(), Clock()
    tokens = manager(server, clock)
    partner = await tokens.partner_token()
    business = await tokens.business_token("biz-a")
    await tokens.invalidate(partner)
    assert await tokens.business_token("biz-a") is not business
    assert [r.url.path for r in server.requests][-2:] == [
        "/v1/platform/oauth2/token/",
        "/v1/platform/biz-a/oauth2/token/",
    ]


async def test_invalidating_a_business_token_keeps_the_partner_token() -> None:
    server, clock = FakeAuthServer(), Clock()
    tokens = manager(server, clock)
    partner = await tokens.partner_token()
    business = await tokens.business_token("biz-a")
    await tokens.invalidate(business)
    await tokens.business_token("biz-a")
    assert await tokens.partner_token() is partner
    assert len(server.requests) == 3


async def test_a_refused_token_request_raises_token_error_with_what_the_server_said() -> None:
    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(403, json={"error_code": "permission_denied", "message": "no", "request_id": "r-9"})]
    tokens = manager(server, clock)
    with pytest.raises(thredfi.TokenError) as info:
        await tokens.business_token("biz-a")
    assert (info.value.status_code, info.value.error_code, info.value.request_id) == (403, "permission_denied", "r-9")


@pytest.mark.parametrize(
    "body",
    [
        b"<html>oops</html>",
        b"",
        json.dumps({"access_token": "", "expires_in": 3600}).encode(),
        json.dumps({"access_token": "leaky-token-value", "expires_in": "soon"}).encode(),
        json.dumps({"access_token": "leaky-token-value"}).encode(),
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"access_token": "leaky token value", "expires_in": 3600}).encode(),
        json.dumps({"access_token": "leaky-token-value\n", "expires_in": 3600}).encode(),
        json.dumps({"access_token": "leaky-tökén", "expires_in": 3600}).encode(),
    ],
)
async def test_an_unusable_token_response_is_a_token_error_that_carries_no_body(body: bytes) -> None:
    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(200, content=body)]
    tokens = manager(server, clock)
    with pytest.raises(thredfi.TokenError, match="usable access_token") as info:
        await tokens.partner_token()
    assert info.value.body is None
    assert "leaky" not in str(info.value) + repr(info.value)


async def test_a_numeric_string_expires_in_is_accepted() -> None:
    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(200, json={"access_token": "t", "expires_in": "120"})]
    token = await manager(server, clock).partner_token()
    assert token.expires_in == 120
    assert token.token_type == "Bearer"


async def test_token_repr_and_str_hide_the_value() -> None:
    server, clock = FakeAuthServer(), Clock()
    token = await manager(server, clock).partner_token()
    assert "tok-1" not in repr(token)
    assert "tok-1" not in str(token)
    assert "expires_in=3600" in repr(token)


async def test_many_waiters_on_a_failed_flight_each_get_a_short_traceback() -> None:
    import traceback

    import anyio

    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(401, json={"error_code": "invalid_client", "message": "no"})]
    tokens = manager(server, clock)
    depths: list[int] = []

    async def caller() -> None:
        try:
            await tokens.partner_token()
        except thredfi.TokenError as exc:
            depths.append(len(traceback.extract_tb(exc.__traceback__)))

    async with anyio.create_task_group() as tg:
        for _ in range(50):
            tg.start_soon(caller)
    assert len(depths) == 50
    assert len(server.requests) == 1
    assert max(depths) <= min(depths) + 5  # the shared error does not pile up 50 tracebacks


# ---------------------------------------------------------------- hostile token responses (issue 25)

DEEP = "[" * 10_000 + "]" * 10_000  # RecursionError from json.loads


@pytest.mark.parametrize(
    "body",
    [DEEP, '{"access_token": "t", "expires_in": 60, "x": ' + DEEP + "}", '{"a":' * 10_000 + "1" + "}" * 10_000],
)
async def test_a_token_response_nested_10000_deep_is_a_token_error_with_the_servers_request_id(body: str) -> None:
    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(200, content=body.encode(), headers={"X-Request-ID": "srv-deep"})]
    with pytest.raises(thredfi.TokenError, match="usable access_token") as info:
        await manager(server, clock).partner_token()
    assert info.value.request_id == "srv-deep"


async def test_a_refused_token_request_with_a_deep_body_is_a_token_error_carrying_the_body_as_text() -> None:
    server, clock = FakeAuthServer(), Clock()
    server.next = [httpx.Response(403, content=DEEP.encode(), headers={"X-Request-ID": "srv-403"})]
    with pytest.raises(thredfi.TokenError) as info:
        await manager(server, clock).business_token("biz-a")
    assert (info.value.status_code, info.value.request_id, info.value.server_request_id) == (403, "srv-403", "srv-403")
    assert isinstance(info.value.body, str)


@pytest.mark.parametrize(
    ("raw_expires_in", "lifetime"),
    [
        ("1" + "0" * 30, 365 * 24 * 3600),  # 10**30: OverflowError (int too large for C int)
        ("9" * 400, 365 * 24 * 3600),  # OverflowError: int too large to convert to float
        ("9" * 400 + ".0", 365 * 24 * 3600),  # a float: inf
        ("1e999", 365 * 24 * 3600),
        ('"' + "9" * 5000 + '"', 365 * 24 * 3600),  # a string: int() refuses over 4,300 digits
        ("0.25", 1),
    ],
)
async def test_an_out_of_range_expires_in_is_clamped_with_one_warning_that_shows_no_token(
    raw_expires_in: str, lifetime: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("WARNING", logger="thredfi")
    server, clock = FakeAuthServer(), Clock()
    body = '{"access_token": "tok-clamped-secret", "expires_in": ' + raw_expires_in + "}"
    server.next = [httpx.Response(200, content=body.encode())]
    tokens = manager(server, clock)
    token = await tokens.partner_token()
    assert token.expires_in == lifetime
    assert token.expires_at_clock == clock.now + lifetime
    [record] = [r for r in caplog.records if r.name == "thredfi"]
    assert record.levelname == "WARNING"
    assert "expires_in" in record.getMessage()
    assert "tok-clamped-secret" not in record.getMessage()
    clock.now += lifetime  # the clamped lifetime is the one the token lives by
    assert (await tokens.partner_token()).access_token == "tok-2"


@pytest.mark.parametrize("raw_expires_in", ['"\u00b2"', "NaN", "-1e999", "true", '"12.5"'])
async def test_an_expires_in_that_is_no_positive_number_is_a_token_error(raw_expires_in: str) -> None:
    server, clock = FakeAuthServer(), Clock()
    body = '{"access_token": "tok-x", "expires_in": ' + raw_expires_in + "}"
    server.next = [httpx.Response(200, content=body.encode())]
    with pytest.raises(thredfi.TokenError, match="usable access_token"):
        await manager(server, clock).partner_token()
