"""Hostile response bodies in the error path (issue 25): typed errors, credentials still redacted.

A body nested 10,000 deep made ``json.loads`` raise ``RecursionError`` in ``_errors`` and in
``_redact``; now such a body is kept as text, and what it echoes is redacted like any text.
"""

from __future__ import annotations

import json

import httpx
import pytest
import thredfi
from thredfi._errors import build_status_error
from thredfi._redact import REDACTED, redact_body

TOKEN = "tok-deep-1f9c2b7e"
DEEP = "[" * 10_000 + json.dumps(f"echo Bearer {TOKEN}") + "]" * 10_000


def response(status: int, body: str, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/v1/x/", headers={"Authorization": f"Bearer {TOKEN}"})
    return httpx.Response(status, content=body.encode(), headers=headers, request=request)


@pytest.mark.parametrize(("status", "kind"), [(400, thredfi.BadRequestError), (500, thredfi.InternalServerError)])
def test_the_issue_case_an_error_body_nested_10000_deep_is_the_typed_error(
    status: int, kind: type[thredfi.APIStatusError]
) -> None:
    error = build_status_error(response(status, DEEP, **{"X-Request-ID": "srv-9"}))
    assert type(error) is kind
    assert error.request_id == "srv-9"
    assert isinstance(error.body, str)  # too deep to decode: kept as text
    assert TOKEN not in error.body
    assert TOKEN not in str(error)


def test_a_deep_object_body_is_the_typed_error_too() -> None:
    body = '{"error_code": "x", "detail": ' * 5_000 + "1" + "}" * 5_000
    error = build_status_error(response(422, body))
    assert type(error) is thredfi.UnprocessableEntityError
    assert error.error_code is None  # nothing is read from a body that was not decoded


def test_a_body_at_the_depth_limit_is_still_read() -> None:
    body = '{"error_code": "deep_but_fine", "detail": {"x": ' + "[" * 250 + "1" + "]" * 250 + "}}"
    error = build_status_error(response(400, body))
    assert error.error_code == "deep_but_fine"


def test_redacting_a_deep_body_redacts_its_text_without_decoding_it() -> None:
    text, _ = redact_body(DEEP, (TOKEN,))
    assert TOKEN not in text
    assert REDACTED in text
