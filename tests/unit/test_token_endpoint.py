"""The token endpoints (``thredfi._token_endpoint``): reading a token answer, the typed error of a
refused one, the refresh decision, and how a token request is handed to the token pipeline.

The manager that uses these (caching, single flight, windows) is tested in test_tokens.py and
test_token_windows.py; here each function is called directly, with a fake pipeline.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._request import Reply, Request, RequestOptions
from thredfi._token_endpoint import (
    BUSINESS_TOKEN_PATH,
    MAX_LIFETIME,
    MAX_TOKEN_RESPONSE_BYTES,
    PARTNER_TOKEN_PATH,
    Token,
    TokenEndpoint,
    make_token,
    margins,
    next_step,
    parse_token,
    token_error,
)

BASE = "https://api.example.test"
HEADER = "X-Request-ID"
API_KEY = "sk-endpoint-secret-4f1e"
PARTNER = "0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d"
BASIC = "Basic " + base64.b64encode(f"{PARTNER}:{API_KEY}".encode()).decode()


def answer(status: int, body: Any = None, *, content: bytes | None = None, **headers: str) -> httpx.Response:
    if content is None:
        content = json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers)


def parse(response: httpx.Response, business_id: str | None = None, sent: str | None = "sent-id") -> Token:
    return parse_token(response, business_id=business_id, now=500.0, margin=300.0, request_id_header=HEADER, sent=sent)


# ---------------------------------------------------------------- parse_token


def test_a_good_answer_is_a_token_with_its_windows_placed_on_the_callers_clock() -> None:
    before = dt.datetime.now(dt.UTC)
    body = {"access_token": "tok-good-1a2b", "token_type": "bearer", "expires_in": 3600, "scope": "read write"}
    token = parse(answer(200, body))
    after = dt.datetime.now(dt.UTC)
    assert (token.access_token, token.token_type, token.expires_in, token.scope) == (
        "tok-good-1a2b",
        "bearer",
        3600,
        "read write",
    )
    assert token.business_id is None
    assert (token.refresh_at, token.must_refresh_at, token.expires_at_clock) == (500 + 3300, 500 + 3570, 500 + 3600)
    assert before + dt.timedelta(seconds=3600) <= token.expires_at <= after + dt.timedelta(seconds=3600)
    assert token.authorization == "Bearer tok-good-1a2b"


def test_missing_optional_fields_get_their_defaults() -> None:
    token = parse(answer(200, {"access_token": "tok-min", "expires_in": "120", "token_type": "", "scope": 5}))
    assert (token.token_type, token.expires_in, token.scope) == ("Bearer", 120, None)


def test_the_business_id_asked_for_wins_over_the_one_in_the_body() -> None:
    body = {"access_token": "tok-biz", "expires_in": 60, "business_id": "from-body"}
    assert parse(answer(200, body), business_id="asked").business_id == "asked"
    assert parse(answer(200, body)).business_id == "from-body"


@pytest.mark.parametrize(
    "response",
    [
        answer(200, content=b"<html>proxy page leak-in-html</html>"),
        answer(200, content=b""),
        answer(200, ["leak-in-list", 3600]),
        answer(200, {"access_token": "leak-no-expiry"}),
        answer(200, {"access_token": "leak-zero", "expires_in": 0}),
        answer(200, {"access_token": "leak-negative", "expires_in": -5}),
        answer(200, {"access_token": "leak-bool", "expires_in": True}),
        answer(200, {"access_token": "leak-text", "expires_in": "an hour"}),
        answer(200, {"access_token": "leak with space", "expires_in": 3600}),
        answer(200, {"access_token": "", "expires_in": 3600}),
        answer(200, {"access_token": 12345678, "expires_in": 3600}),
        answer(200, {"expires_in": 3600}),
    ],
    ids=["html", "empty", "list", "no-expiry", "zero", "negative", "bool", "text", "space", "blank", "number", "none"],
)
def test_an_unusable_answer_is_a_token_error_that_carries_nothing_of_it(response: httpx.Response) -> None:
    with pytest.raises(thredfi.TokenError) as caught:
        parse(response)
    error = caught.value
    assert type(error) is thredfi.TokenError
    assert error.error_code == "invalid_token_response"
    assert error.body is None
    assert error.detail == {}
    assert "leak" not in str(error) + repr(error)
    assert error.request_id == "sent-id"  # no id from the server: the one sent
    assert error.server_request_id is None


def test_an_unusable_answers_request_id_is_the_servers_when_it_sent_one() -> None:
    with pytest.raises(thredfi.TokenError) as caught:
        parse(answer(200, {"nothing": 1}, **{HEADER: "srv-7"}))
    assert (caught.value.request_id, caught.value.server_request_id) == ("srv-7", "srv-7")


def test_without_a_sent_id_the_responses_request_supplies_it() -> None:
    request = httpx.Request("POST", BASE + PARTNER_TOKEN_PATH, headers={HEADER: "on-the-request"})
    response = httpx.Response(200, content=b"{}", request=request)
    with pytest.raises(thredfi.TokenError) as caught:
        parse(response, sent=None)
    assert (caught.value.request_id, caught.value.server_request_id) == ("on-the-request", None)


def test_a_lifetime_below_one_second_is_clamped_up_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    token = parse(answer(200, {"access_token": "tok-short-lived", "expires_in": 0.2}), business_id="biz-9")
    assert token.expires_in == 1
    [record] = caplog.records
    assert "business biz-9" in record.getMessage()
    assert "tok-short-lived" not in record.getMessage()


# ---------------------------------------------------------------- token_error


def refused(status: int, body: Any = None, **headers: str) -> Reply:
    return Reply(answer(status, body, **headers), None, "sent-id")


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, thredfi.TokenAuthenticationError),
        (403, thredfi.TokenPermissionDeniedError),
        (400, thredfi.TokenError),
        (404, thredfi.TokenError),
        (429, thredfi.TokenError),
        (500, thredfi.TokenError),
        (503, thredfi.TokenError),
    ],
)
def test_a_refused_token_request_is_a_token_error_of_its_status(status: int, cls: type[thredfi.TokenError]) -> None:
    error = token_error(refused(status, {"error_code": "nope", "message": "refused"}), HEADER, BASIC)
    assert type(error) is cls
    assert isinstance(error, thredfi.TokenError)
    assert isinstance(error, thredfi.AuthenticationError) is (status == 401)
    assert isinstance(error, thredfi.PermissionDeniedError) is (status == 403)
    assert (error.status_code, error.error_code, error.message) == (status, "nope", "refused")
    assert error.request_id == "sent-id"  # the server sent none
    assert error.server_request_id is None


def test_the_servers_request_id_is_kept_apart_from_the_one_sent() -> None:
    error = token_error(refused(401, {"message": "no"}, **{HEADER: "srv-401"}), HEADER, BASIC)
    assert (error.request_id, error.server_request_id) == ("srv-401", "srv-401")
    from_body = token_error(refused(403, {"message": "no", "request_id": "srv-body"}), HEADER, BASIC)
    assert (from_body.request_id, from_body.server_request_id) == ("srv-body", "srv-body")


@pytest.mark.parametrize("status", [400, 401, 403, 500])
def test_the_credential_sent_never_shows_even_when_the_server_echoes_it(status: int) -> None:
    credential = BASIC.split(" ", 1)[1]
    body = {
        "error_code": f"bad {API_KEY}",
        "message": f"invalid credentials {BASIC} for {API_KEY}",
        "detail": {"sent": credential, "key": API_KEY},
    }
    error = token_error(refused(status, body), HEADER, BASIC)
    shown = " ".join([str(error), repr(error), str(error.body), str(error.detail), error.message, str(error.args)])
    assert API_KEY not in shown
    assert credential not in shown
    assert "[redacted]" in error.message


def test_a_bearer_credential_is_redacted_too() -> None:
    error = token_error(
        refused(401, {"message": "token tok-partner-abc123 expired"}), HEADER, "Bearer tok-partner-abc123"
    )
    assert "tok-partner-abc123" not in str(error) + repr(error)


# ---------------------------------------------------------------- margins, windows and the refresh decision


@pytest.mark.parametrize(
    ("lifetime", "margin", "expected"),
    [(3600, 300, (300, 30)), (120, 300, (60, 30)), (4, 300, (2, 1)), (3600, 0, (0, 0)), (86_400, 3600, (3600, 30))],
)
def test_margins(lifetime: int, margin: float, expected: tuple[float, float]) -> None:
    assert margins(lifetime, margin) == expected


def token_at(now: float = 0.0, lifetime: int = 3600) -> Token:
    return make_token(
        access_token="tok-window",
        token_type="Bearer",
        expires_in=lifetime,
        remaining=float(lifetime),
        scope=None,
        business_id=None,
        now=now,
        margin=300.0,
    )


@pytest.mark.parametrize(
    ("now", "options", "step"),
    [
        (0.0, {}, "serve"),
        (3299.9, {}, "serve"),
        (3300.0, {}, "refresh in the background"),
        (3300.0, {"refreshing": True}, "serve"),  # one refresh at a time
        (3300.0, {"retry_at": 3400.0}, "serve"),  # the last failure's backoff
        (3400.0, {"retry_at": 3400.0}, "refresh in the background"),
        (3300.0, {"closed": True}, "serve"),
        (3570.0, {}, "wait"),
        (3570.0, {"refreshing": True, "closed": True}, "wait"),
        (9999.0, {}, "wait"),
    ],
)
def test_next_step(now: float, options: dict[str, Any], step: str) -> None:
    arguments: dict[str, Any] = {"refreshing": False, "retry_at": 0.0, "closed": False, **options}
    assert next_step(token_at(), now, **arguments) == step


def test_a_remaining_lifetime_past_a_year_is_clamped() -> None:
    token = make_token(
        access_token="tok-long",
        token_type="Bearer",
        expires_in=MAX_LIFETIME,
        remaining=1e300,
        scope=None,
        business_id=None,
        now=0.0,
        margin=300.0,
    )
    assert token.expires_at_clock == MAX_LIFETIME


def test_a_tokens_repr_hides_its_value() -> None:
    token = token_at()
    assert "tok-window" not in repr(token)
    assert "tok-window" not in str(token)
    assert "expires_in=3600" in repr(token)


# ---------------------------------------------------------------- TokenEndpoint


class FakePipeline:
    """The token pipeline: records the request it is given and answers with a fixed Reply."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.reply = Reply(httpx.Response(200), None, "rid-endpoint")

    async def send(self, request: Request) -> Reply:
        self.requests.append(request)
        return self.reply


OPTIONS = RequestOptions(timeout=httpx.Timeout(7.0), max_retries=3)


@pytest.mark.anyio
async def test_a_partner_token_request_is_a_form_post_marked_for_the_token_pipeline() -> None:
    pipeline = FakePipeline()
    endpoint = TokenEndpoint(BASE, OPTIONS, pipeline)  # type: ignore[arg-type]
    form = {"grant_type": "client_credentials", "client_id": PARTNER}
    reply = await endpoint(PARTNER_TOKEN_PATH, BASIC, form)
    assert reply is pipeline.reply
    [request] = pipeline.requests
    assert (request.method, request.url, request.path) == ("POST", BASE + PARTNER_TOKEN_PATH, PARTNER_TOKEN_PATH)
    assert request.headers["authorization"] == BASIC
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == f"grant_type=client_credentials&client_id={PARTNER}".encode()
    assert request.authenticate is False  # its own credential: the auth step leaves it alone
    assert request.safe_to_retry is True  # no side effect: retried like a GET
    assert request.max_response_bytes == MAX_TOKEN_RESPONSE_BYTES == 1024 * 1024
    assert (request.timeout, request.max_retries) == (OPTIONS.timeout, 3)
    assert request.business_id is None
    assert API_KEY not in repr(request)


@pytest.mark.anyio
async def test_a_business_token_request_has_no_body() -> None:
    pipeline = FakePipeline()
    endpoint = TokenEndpoint(BASE + "/prefix", OPTIONS, pipeline)  # type: ignore[arg-type]
    path = BUSINESS_TOKEN_PATH.format(business_id="7d3b1f0e-9c2a-4e5b-8f6d-1a2b3c4d5e6f")
    await endpoint(path, "Bearer tok-partner-1", None)
    [request] = pipeline.requests
    assert request.url == BASE + "/prefix" + path
    assert request.content is None
    assert "content-type" not in request.headers
    assert request.headers["authorization"] == "Bearer tok-partner-1"
    assert (request.authenticate, request.safe_to_retry) == (False, True)
