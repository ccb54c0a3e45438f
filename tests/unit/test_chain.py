"""Sealing an error as it leaves the SDK (``thredfi._chain``): nothing reachable holds a credential."""

from __future__ import annotations

import httpx
import pytest
import thredfi
from thredfi._chain import seal
from thredfi._errors import build_status_error

from tests.reachable import leaked, reachable_text

TOKEN = "tkb-unit-secret-5521"
KEY = "sk-unit-secret-77"


class HeldHeaders(Exception):
    """Like aiohttp's ClientResponseError: keeps the request's headers."""

    def __init__(self, message: str, headers: dict[str, str]) -> None:
        super().__init__(message)
        self.request_headers = headers


def raised_from(cause: BaseException, error: BaseException) -> BaseException:
    try:
        try:
            raise cause
        except BaseException as exc:
            raise error from exc
    except BaseException as caught:
        return caught


def test_a_foreign_cause_holding_headers_is_replaced_by_a_stand_in_keeping_its_text() -> None:
    inner = HeldHeaders("bad response line", {"Authorization": f"Bearer {TOKEN}"})
    middle = raised_from(inner, httpx.ReadError(f"read failed for {TOKEN}"))
    error = raised_from(middle, thredfi.APIConnectionError("GET /v1/x/: ReadError"))
    assert leaked(error, (TOKEN,)) == ["secret #0"]
    seal(error, (TOKEN,))
    assert leaked(error, (TOKEN,)) == []
    cause = error.__cause__
    assert isinstance(cause, thredfi.ChainedError)
    assert str(cause) == "httpx.ReadError: read failed for [redacted]"
    assert isinstance(cause.__cause__, thredfi.ChainedError)
    assert "HeldHeaders: bad response line" in str(cause.__cause__)
    assert error.__context__ is cause  # raise ... from: the cause was the context too


def test_sdk_errors_in_the_chain_are_kept_and_redacted_again() -> None:
    response = httpx.Response(
        404,
        json={"message": f"no business for token {TOKEN}", "key": KEY},
        headers={"X-Echo": TOKEN},
        request=httpx.Request("POST", "https://api.test/t/", headers={"Authorization": f"Bearer {TOKEN}"}),
    )
    token_error = build_status_error(response, error_class=thredfi.TokenError)
    outer = raised_from(token_error, thredfi.APIConnectionError("token request failed"))
    seal(outer, (TOKEN, KEY))
    assert outer.__cause__ is token_error
    assert leaked(outer, (TOKEN, KEY)) == []
    assert token_error.response.status_code == 404
    assert token_error.response.headers["x-echo"] == "[redacted]"
    assert "authorization" not in token_error.response.request.headers
    assert token_error.response.json()["message"] == "no business for token [redacted]"


def test_group_members_and_notes_are_sealed() -> None:
    member = raised_from(HeldHeaders("x", {"authorization": TOKEN}), thredfi.APIConnectionError(f"m {TOKEN}"))
    group = ExceptionGroup("token requests failed", [member])
    group.add_note(f"while holding {TOKEN}")
    seal(group, (TOKEN,))
    assert leaked(group, (TOKEN,)) == []
    assert group.__notes__ == ["while holding [redacted]"]


def test_sealing_twice_changes_nothing_more() -> None:
    error = raised_from(HeldHeaders(f"t {TOKEN}", {}), thredfi.APIConnectionError("failed"))
    seal(error, (TOKEN,))
    first = list(reachable_text(error))
    seal(error, (TOKEN,))
    assert list(reachable_text(error)) == first


def test_a_chain_that_loops_is_sealed_without_hanging() -> None:
    a, b = ValueError(TOKEN), ValueError("b")
    a.__context__, b.__context__ = b, a
    error = thredfi.APIConnectionError("loop")
    error.__cause__ = a
    seal(error, (TOKEN,))
    assert leaked(error, (TOKEN,)) == []


@pytest.mark.parametrize("short", ["", "abc"])
def test_too_short_secrets_are_ignored(short: str) -> None:
    error = thredfi.APIConnectionError("abc and more")
    seal(error, (short,))
    assert str(error) == "abc and more"
