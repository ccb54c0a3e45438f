"""The exception classes (``thredfi._exceptions``), built directly: the hierarchy the README draws,
the status-to-class table, ``field_errors`` and redaction in the constructors.

How a response becomes one of these (both error body shapes, request ids) is tested in test_errors.py.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ChainedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ThredfiError,
    TokenAuthenticationError,
    TokenError,
    TokenPermissionDeniedError,
    UnprocessableEntityError,
    error_class_for,
)

README = Path(__file__).resolve().parents[2] / "README.md"
TOKEN = "tok-exceptions-secret-5a6b7c"
API_KEY = "sk-exceptions-key-9d8e7f"
BASIC_CREDENTIAL = base64.b64encode(f"partner-1:{API_KEY}".encode()).decode()


def status_error(
    cls: type[APIStatusError] = APIStatusError,
    status: int = 400,
    *,
    message: str = "refused",
    error_code: str | None = "code",
    detail: dict[str, Any] | None = None,
    body: Any = None,
    authorization: str | None = None,
    secrets: tuple[str, ...] = (),
) -> APIStatusError:
    request = httpx.Request(
        "POST", "https://api.example.test/v1/x/", headers={"Authorization": authorization} if authorization else {}
    )
    return cls(
        response=httpx.Response(status, request=request),
        request_id="rid-1",
        error_code=error_code,
        message=message,
        detail=detail or {},
        body=body,
        secrets=secrets,
    )


# ---------------------------------------------------------------- the hierarchy


def readme_tree() -> list[tuple[str, str]]:
    """(parent, child) for every edge of the tree under the README's "## Errors"."""
    section = README.read_text(encoding="utf-8").split("## Errors", 1)[1]
    block = section.split("```", 2)[1]
    edges: list[tuple[str, str]] = []
    stack: list[tuple[int, str]] = []
    for line in block.splitlines():
        found = re.match(r"^([\s│├└─]*)([A-Z]\w+)", line)
        if not found:
            continue
        depth, name = len(found.group(1)), found.group(2)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            edges.append((stack[-1][1], name))
        stack.append((depth, name))
    return edges


def test_the_readme_tree_is_read() -> None:
    edges = readme_tree()
    assert ("ThredfiError", "APIStatusError") in edges
    assert ("APIStatusError", "TokenError") in edges
    assert ("APIConnectionError", "APITimeoutError") in edges
    assert len(edges) >= 13


@pytest.mark.parametrize(("parent", "child"), readme_tree())
def test_every_class_of_the_readme_tree_subclasses_its_parent(parent: str, child: str) -> None:
    assert issubclass(getattr(thredfi, child), getattr(thredfi, parent))


def test_the_two_branches_do_not_overlap() -> None:
    assert issubclass(ThredfiError, Exception)
    assert not issubclass(APIConnectionError, APIStatusError)
    assert not issubclass(APIStatusError, APIConnectionError)
    assert not issubclass(APIResponseValidationError, APIStatusError | APIConnectionError)


@pytest.mark.parametrize(
    ("cls", "kinds"),
    [
        (TokenAuthenticationError, (TokenError, AuthenticationError)),
        (TokenPermissionDeniedError, (TokenError, PermissionDeniedError)),
    ],
)
def test_a_refused_token_is_both_kinds_of_error(cls: type[APIStatusError], kinds: tuple[type, ...]) -> None:
    for kind in kinds:
        assert issubclass(cls, kind)
    error = status_error(cls, 401 if cls is TokenAuthenticationError else 403)
    for kind in kinds:  # the natural except clause of either kind catches it
        with pytest.raises(kind):
            raise error
    assert getattr(thredfi, cls.__name__) is cls


def test_a_plain_token_error_is_neither_an_authentication_nor_a_permission_error() -> None:
    assert not issubclass(TokenError, AuthenticationError | PermissionDeniedError)
    assert not issubclass(AuthenticationError, TokenError)


def test_chained_error_is_an_sdk_error_and_only_text() -> None:
    stand_in = ChainedError("aiohttp.ClientOSError: [Errno 104] Connection reset by peer")
    assert isinstance(stand_in, ThredfiError)
    assert not isinstance(stand_in, APIStatusError | APIConnectionError)
    assert str(stand_in) == "aiohttp.ClientOSError: [Errno 104] Connection reset by peer"
    assert thredfi.ChainedError is ChainedError


def test_every_listed_name_is_an_sdk_exception() -> None:
    from thredfi import _exceptions

    for name in _exceptions.__all__:
        assert issubclass(getattr(_exceptions, name), ThredfiError), name


# ---------------------------------------------------------------- error_class_for


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (300, APIStatusError),
        (402, APIStatusError),
        (405, APIStatusError),
        (410, APIStatusError),
        (451, APIStatusError),
    ],
)
def test_error_class_for(status: int, cls: type[APIStatusError]) -> None:
    assert error_class_for(status) is cls


def test_error_class_for_never_gives_a_token_error() -> None:
    """Only the token requests' errors are TokenErrors (``_token_endpoint.token_error`` picks them)."""
    for status in range(300, 600):
        assert not issubclass(error_class_for(status), TokenError)


# ---------------------------------------------------------------- what an error carries


def test_a_status_errors_fields_str_and_repr() -> None:
    error = status_error(NotFoundError, 404, message="gone", error_code="not_found", detail={"id": "x"}, body={"a": 1})
    assert (error.status_code, error.request_id, error.error_code, error.message) == (404, "rid-1", "not_found", "gone")
    assert (error.detail, error.body) == ({"id": "x"}, {"a": 1})
    assert str(error) == "404 not_found: gone (request_id=rid-1)"
    assert repr(error) == "NotFoundError(status_code=404, error_code='not_found', request_id='rid-1', message='gone')"
    assert (error.attempts, error.maybe_applied, error.server_request_id) == (0, False, None)  # until the pipeline says


def test_a_status_error_without_code_or_request_id() -> None:
    error = APIStatusError(
        response=httpx.Response(418), request_id=None, error_code=None, message="teapot", detail={}, body=None
    )
    assert str(error) == "418: teapot"


def test_a_connection_error_carries_its_request_and_id() -> None:
    request = httpx.Request("GET", "https://api.example.test/v1/x/")
    error = APITimeoutError("GET /v1/x/: deadline of 5s exceeded", request=request, request_id="rid-9")
    assert isinstance(error, APIConnectionError)
    assert (error.message, error.request, error.request_id) == ("GET /v1/x/: deadline of 5s exceeded", request, "rid-9")
    assert (error.attempts, error.maybe_applied) == (0, False)


# ---------------------------------------------------------------- field_errors


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        (
            {"field_errors": {"amount": ["Required.", "Must be positive."]}},
            {"amount": ["Required.", "Must be positive."]},
        ),
        ({"field_errors": {"amount": "Required."}}, {"amount": ["Required."]}),
        ({"name": ["Too short."], "email": "Invalid."}, {"name": ["Too short."], "email": ["Invalid."]}),  # the guide's
        ({"field_errors": {"n": [1, None, "x"]}}, {"n": ["1", "None", "x"]}),
        ({"field_errors": {"a": 5, "b": {"nested": "x"}, "c": None, "d": ["ok"]}}, {"d": ["ok"]}),
        ({"field_errors": {1: ["numbered"]}}, {"1": ["numbered"]}),
        ({"field_errors": "not a mapping"}, {}),
        ({"field_errors": ["a", "b"]}, {}),
        ({"field_errors": None}, {}),
        ({}, {}),
    ],
)
def test_field_errors_shapes(detail: dict[str, Any], expected: dict[str, list[str]]) -> None:
    error = status_error(BadRequestError, 400, detail=detail)
    assert isinstance(error, BadRequestError)
    assert error.field_errors == expected


def test_field_errors_are_redacted_like_the_detail() -> None:
    detail = {"field_errors": {"token": [f"Bearer {TOKEN} is not valid"], "password": "hunter2-pass"}}
    error = status_error(BadRequestError, 400, detail=detail)
    assert isinstance(error, BadRequestError)
    assert TOKEN not in str(error.field_errors)
    assert "hunter2-pass" not in str(error.field_errors)
    assert error.field_errors["token"] == ["Bearer [redacted] is not valid"]


# ---------------------------------------------------------------- no credential in str or repr


def everything(error: BaseException) -> str:
    parts = [str(error), repr(error), str(error.args)]
    for name in ("message", "error_code", "detail", "body", "request_id", "reason"):
        parts.append(str(getattr(error, name, "")))
    return " ".join(parts)


@pytest.mark.parametrize("cls", [APIStatusError, BadRequestError, AuthenticationError, TokenError, InternalServerError])
def test_a_bearer_token_the_server_echoes_is_redacted_everywhere(cls: type[APIStatusError]) -> None:
    echoed = f"token {TOKEN} rejected"
    error = status_error(
        cls,
        401,
        message=echoed,
        error_code=f"bad_{TOKEN}",
        detail={"sent": echoed, "nested": [{"deep": echoed}]},
        body={"message": echoed, "access_token": TOKEN},
        authorization=f"Bearer {TOKEN}",
    )
    assert TOKEN not in everything(error)
    assert error.message == "token [redacted] rejected"
    assert error.body["access_token"] == "[redacted]"


def test_a_basic_credential_and_the_api_key_inside_it_are_redacted() -> None:
    echoed = f"Basic {BASIC_CREDENTIAL} and key {API_KEY}"
    error = status_error(
        TokenAuthenticationError,
        401,
        message=echoed,
        body=echoed,
        detail={"x": API_KEY},
        authorization=f"Basic {BASIC_CREDENTIAL}",
    )
    text = everything(error)
    assert API_KEY not in text
    assert BASIC_CREDENTIAL not in text


def test_secrets_given_are_redacted_even_without_a_scheme_or_a_request() -> None:
    error = APIStatusError(
        response=httpx.Response(500),  # no request to take secrets from
        request_id="rid-2",
        error_code=None,
        message=f"could not use {API_KEY}",
        detail={"k": API_KEY},
        body=f"raw {API_KEY}",
        secrets=(API_KEY,),
    )
    assert API_KEY not in everything(error)


def test_credential_shaped_text_is_redacted_with_no_secret_given() -> None:
    error = status_error(message="api_key=sk-live-unlisted-1234 and Authorization: Bearer abc.def-unlisted")
    assert "sk-live-unlisted-1234" not in everything(error)
    assert "abc.def-unlisted" not in everything(error)


def test_a_validation_errors_body_is_redacted_before_it_is_cut_short() -> None:
    body = "x" * 490 + f" {API_KEY} " + "y" * 100  # the key straddles the 500-character cut
    error = APIResponseValidationError(
        status_code=200,
        request_id=f"rid-{API_KEY}",
        operation="get_vendor",
        body=body,
        reason=f"expected a str, got {API_KEY!r}",
        secrets=(API_KEY,),
    )
    assert len(error.body) == APIResponseValidationError.MAX_BODY
    assert API_KEY[:6] not in error.body  # not even the part before the cut
    assert API_KEY not in everything(error)
    assert str(error).startswith("get_vendor: the 200 response does not fit the spec: expected a str, got ")
    assert repr(error) == (
        "APIResponseValidationError(operation='get_vendor', status_code=200, request_id='rid-[redacted]')"
    )


def test_a_validation_errors_body_redacts_the_credentials_it_holds_wherever_they_recur() -> None:
    body = '{"access_token": "' + TOKEN + '", "note": "again ' + TOKEN + '"}'
    error = APIResponseValidationError(
        status_code=201, request_id=None, operation="op", body=body, reason=f"bad value {TOKEN}"
    )
    assert TOKEN not in everything(error)


def test_a_connection_errors_message_is_redacted_against_its_requests_credential() -> None:
    request = httpx.Request("GET", "https://api.example.test/", headers={"Authorization": f"Bearer {TOKEN}"})
    error = APIConnectionError(f"failed after sending {TOKEN}", request=request)
    assert TOKEN not in everything(error)
    assert error.message == "failed after sending [redacted]"
