"""Credentials echoed by a server never reach an SDK exception's message, detail, body or repr."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._chain import seal
from thredfi._errors import build_status_error
from thredfi._redact import REDACTED, redact_data, redact_text, request_secrets
from thredfi_api.api.customer_credits import delete_customer_credit

PARTNER = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a"
API_KEY = "sk_live_9Qw3rTy7uIo1pAs5"
BASIC = "Basic " + base64.b64encode(f"{PARTNER}:{API_KEY}".encode()).decode()
ISSUED = "tok-issued-d5f8a91c3b7e"  # a token value that is not a JWT: only known from the request
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJl"
URL = "https://sandbox.thredfi.com/v1/platform/oauth2/token/"


def leaks(text: str, *, issued_known: bool = True) -> list[str]:
    """The secrets in ``text``; an opaque issued token counts only where the SDK can know it."""
    secrets = (API_KEY, BASIC.split()[1], JWT, *([ISSUED] if issued_known else []))
    return [secret for secret in secrets if secret in text]


def everything(exc: thredfi.APIStatusError) -> str:
    return " ".join([str(exc), repr(exc), exc.message, json.dumps(exc.detail), json.dumps(exc.body)])


# ---------------------------------------------------------------- the functions


def test_scheme_credentials_are_redacted_in_text() -> None:
    assert redact_text(f"got {BASIC}, want Bearer {ISSUED}") == f"got Basic {REDACTED}, want Bearer {REDACTED}"


@pytest.mark.parametrize(
    "text",
    [f"api_key={API_KEY}", f'"access_token": "{ISSUED}"', f"password: {ISSUED}", f"client-secret={API_KEY}&x=1"],
)
def test_assigned_credentials_are_redacted_in_text(text: str) -> None:
    assert leaks(redact_text(text)) == []
    assert REDACTED in redact_text(text)


def test_jwts_and_known_secrets_are_redacted_anywhere() -> None:
    assert redact_text(f"token {JWT} expired") == f"token {REDACTED} expired"
    assert redact_text(f"the key {API_KEY} is revoked", [API_KEY]) == f"the key {REDACTED} is revoked"


def test_short_secrets_do_not_redact_ordinary_text() -> None:
    assert redact_text("a b c", ["a"]) == "a b c"


def test_request_secrets_are_the_credential_and_the_basic_api_key() -> None:
    basic = httpx.Request("POST", URL, headers={"Authorization": BASIC})
    assert request_secrets(basic) == (BASIC.split()[1], API_KEY)
    bearer = httpx.Request("GET", URL, headers={"Authorization": f"Bearer {ISSUED}"})
    assert request_secrets(bearer) == (ISSUED,)
    assert request_secrets(httpx.Request("GET", URL)) == ()
    assert request_secrets(None) == ()


def test_nested_data_is_redacted_at_any_depth_and_keeps_its_shape() -> None:
    data = {
        "message": f"bad {BASIC}",
        "detail": {"echo": [{"headers": {"Authorization": f"Bearer {ISSUED}"}}], "count": 3},
        "access_token": ISSUED,
        "field_errors": {"password": ["This field is required."]},
    }
    redacted = redact_data(data, [ISSUED])
    assert leaks(json.dumps(redacted)) == []
    assert redacted["detail"]["count"] == 3
    assert redacted["access_token"] == REDACTED
    assert redacted["detail"]["echo"][0]["headers"]["Authorization"] == REDACTED
    assert redacted["field_errors"] == {"password": ["This field is required."]}


# ---------------------------------------------------------------- status errors of every kind


def at_the_boundary(error: thredfi.APIStatusError) -> thredfi.APIStatusError:
    """What the client does as an error leaves the SDK: seal it with every credential it holds."""
    seal(error, (API_KEY, BASIC.partition(" ")[2]))
    return error


ECHOING_BODIES: list[Any] = [
    {"error_code": "invalid_client", "message": f"invalid credentials: {BASIC}"},
    {"error": f"bad key {API_KEY}", "details": {"authorization": [BASIC]}},
    {"message": "denied", "detail": {"received": {"headers": {"x": f"Bearer {ISSUED}"}}, "key": API_KEY}},
    {"message": f"token {ISSUED} revoked", "detail": {"tokens": [ISSUED, JWT]}},
]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503, 418])
@pytest.mark.parametrize("body", ECHOING_BODIES)
def test_json_bodies_echoing_credentials_are_redacted(status: int, body: Any) -> None:
    for authorization in (BASIC, f"Bearer {ISSUED}"):
        request = httpx.Request("POST", URL, headers={"Authorization": authorization})
        error = at_the_boundary(build_status_error(httpx.Response(status, json=body, request=request)))
        # an opaque token is known when the request carries it (the echo of a 401, say)
        assert leaks(everything(error), issued_known=authorization != BASIC) == []
        assert REDACTED in everything(error)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (f"Unauthorized: {BASIC} and api_key {API_KEY} " + "x" * 300, "text/plain"),
        ("x" * 190 + f" {API_KEY}", "text/plain"),  # the secret straddles the 200-character cut
        (f"<html><body>Authorization: {BASIC}</body></html>", "text/html"),
    ],
)
def test_text_and_html_bodies_echoing_credentials_are_redacted(content: str, content_type: str) -> None:
    request = httpx.Request("POST", URL, headers={"Authorization": BASIC})
    response = httpx.Response(401, content=content, headers={"Content-Type": content_type}, request=request)
    error = at_the_boundary(build_status_error(response, error_class=thredfi.TokenError))
    text = everything(error)
    assert leaks(text) == []
    assert API_KEY[:8] not in text


@pytest.mark.asyncio
async def test_a_token_error_never_shows_the_basic_credential_the_server_echoed() -> None:
    def token_endpoint(request: httpx.Request) -> httpx.Response:
        echoed = request.headers["Authorization"]
        body = {"error_code": "invalid_client", "message": f"rejected {echoed}", "detail": {"sent": echoed}}
        return httpx.Response(401, json=body)

    client = thredfi.ThredfiClient(
        partner_uuid=PARTNER,
        api_key=API_KEY,
        base_url="https://api.example.test",
        transport=httpx.MockTransport(token_endpoint),
    )
    with pytest.raises(thredfi.TokenError) as caught:
        await client.partner_token()
    await client.aclose()
    assert leaks(everything(caught.value)) == []
    assert caught.value.message == f"rejected Basic {REDACTED}"


@pytest.mark.asyncio
async def test_an_api_error_never_shows_the_issued_token_the_server_echoed() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": ISSUED, "expires_in": 3600})
        token = request.headers["Authorization"].split()[1]
        return httpx.Response(403, json={"message": f"token {token} may not", "detail": {"nested": [{"t": token}]}})

    client = thredfi.ThredfiClient(
        partner_uuid=PARTNER,
        api_key=API_KEY,
        base_url="https://api.example.test",
        transport=httpx.MockTransport(server),
    )
    with pytest.raises(thredfi.PermissionDeniedError) as caught:
        await delete_customer_credit.asyncio(uuid.uuid4(), uuid.uuid4(), client=client.api)
    await client.aclose()
    assert leaks(everything(caught.value)) == []


# ---------------------------------------------------------------- connection errors


def test_connection_error_messages_are_redacted_whoever_builds_them() -> None:
    request = httpx.Request("GET", URL, headers={"Authorization": f"Bearer {ISSUED}"})
    error = thredfi.APIConnectionError(f"reset while sending {ISSUED} (Basic {API_KEY})", request=request)
    assert leaks(str(error) + repr(error) + error.message) == []
    timeout = thredfi.APITimeoutError(f"timed out; api_key={API_KEY}")
    assert leaks(str(timeout) + timeout.message) == []
