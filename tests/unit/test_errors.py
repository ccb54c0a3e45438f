"""Unit tests of ``thredfi._errors``: typed errors from any non-2xx response, and the response hook."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from thredfi import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ThredfiClient,
    ThredfiError,
    TokenError,
    UnprocessableEntityError,
)
from thredfi._errors import build_status_error

URL = "https://sandbox.thredfi.com/v1/platform/3fa85f64-5717-4562-b3fc-2c963f66afa6/bills/"
SENT_ID = "sent-req-id-0001"
BEARER_SECRET = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBhcnRuZXItdG9rZW4.s3cr3tS1gnatur3"
BASIC_SECRET = "Basic cGFydG5lci11dWlkOnNrX2xpdmVfYXBpX2tleV9zZWNyZXQ="

_NO_JSON = object()


def make_request(
    *, request_id: str | None = SENT_ID, authorization: str = BEARER_SECRET, extensions: dict[str, Any] | None = None
) -> httpx.Request:
    headers = {"Authorization": authorization}
    if request_id is not None:
        headers["X-Request-ID"] = request_id
    return httpx.Request("POST", URL, headers=headers, json={"amount": "1.00"}, extensions=extensions)


def make_response(
    status: int,
    *,
    json_body: Any = _NO_JSON,
    content: bytes | str | None = None,
    headers: dict[str, str] | None = None,
    request: httpx.Request | None = None,
) -> httpx.Response:
    request = request if request is not None else make_request()
    if json_body is not _NO_JSON:
        return httpx.Response(status, json=json_body, headers=headers, request=request)
    return httpx.Response(status, content=content, headers=headers, request=request)


API_REFERENCE_BODY = {
    "error_code": "validation_error",
    "message": "Invalid input.",
    "detail": {
        "field_errors": {"amount": ["Ensure this value is greater than 0."], "currency": ["Unknown currency."]},
        "debug": {"path": "/v1/platform/bills/"},
    },
    "request_id": "srv-body-id-42",
}
GUIDE_BODY = {
    "error": "Validation failed",
    "error_code": "VALIDATION_ERROR",
    "details": {"email": ["Enter a valid email address."], "name": ["This field is required.", "Too short."]},
}
HTML_500 = (
    "<!DOCTYPE html>\n<html lang='en'><head><title>Server Error (500)</title></head>\n"
    "<body><h1>Server Error (500)</h1><p>Traceback (most recent call last): ...</p></body></html>\n"
)


# ---------------------------------------------------------------- body shapes


def test_api_reference_body() -> None:
    response = make_response(400, json_body=API_REFERENCE_BODY)
    error = build_status_error(response)
    assert type(error) is BadRequestError
    assert error.status_code == 400
    assert error.error_code == "validation_error"
    assert error.message == "Invalid input."
    assert error.detail == API_REFERENCE_BODY["detail"]
    assert error.request_id == "srv-body-id-42"
    assert error.body == API_REFERENCE_BODY
    assert error.response is response
    assert error.field_errors == {
        "amount": ["Ensure this value is greater than 0."],
        "currency": ["Unknown currency."],
    }


def test_guide_body() -> None:
    error = build_status_error(make_response(400, json_body=GUIDE_BODY))
    assert type(error) is BadRequestError
    assert error.error_code == "VALIDATION_ERROR"
    assert error.message == "Validation failed"
    assert error.detail == GUIDE_BODY["details"]
    assert error.request_id == SENT_ID
    assert error.field_errors == {
        "email": ["Enter a valid email address."],
        "name": ["This field is required.", "Too short."],
    }


@pytest.mark.parametrize(
    ("status", "cls", "message"),
    [
        (401, AuthenticationError, "Authentication credentials were not provided."),
        (403, PermissionDeniedError, "You do not have permission to perform this action."),
        (404, NotFoundError, "Not found."),
    ],
)
def test_drf_detail_body(status: int, cls: type[APIStatusError], message: str) -> None:
    error = build_status_error(make_response(status, json_body={"detail": message}))
    assert type(error) is cls
    assert error.message == message
    assert error.error_code is None
    assert error.detail == {}


def test_null_message_falls_back_to_the_reason_phrase() -> None:
    # ErrorResponse.message is nullable in the spec
    body: dict[str, Any] = {"error_code": "not_found", "message": None, "detail": {}, "request_id": "srv-1"}
    error = build_status_error(make_response(404, json_body=body))
    assert type(error) is NotFoundError
    assert error.error_code == "not_found"
    assert error.message == "Not Found"
    assert error.request_id == "srv-1"


def test_non_string_error_code_and_empty_message_are_ignored() -> None:
    error = build_status_error(make_response(409, json_body={"error_code": 1234, "message": ""}))
    assert type(error) is ConflictError
    assert error.error_code is None
    assert error.message == "Conflict"


@pytest.mark.parametrize(
    ("status", "headers"),
    [(500, {"content-type": "text/html; charset=utf-8"}), (500, {}), (502, {"content-type": "text/html"})],
    ids=["html-content-type", "no-content-type", "bad-gateway"],
)
def test_html_error_page(status: int, headers: dict[str, str]) -> None:
    response = make_response(status, content=HTML_500, headers=headers)
    error = build_status_error(response)
    assert type(error) is InternalServerError
    assert error.message == response.reason_phrase
    assert "<" not in error.message
    assert "Traceback" not in str(error)
    assert error.error_code is None
    assert error.detail == {}
    assert error.request_id == SENT_ID


@pytest.mark.parametrize("content", [b"", b"   \n\t "], ids=["empty", "whitespace"])
@pytest.mark.parametrize(
    ("status", "cls", "reason"),
    [
        (400, BadRequestError, "Bad Request"),
        (404, NotFoundError, "Not Found"),
        (503, InternalServerError, "Service Unavailable"),
        (504, InternalServerError, "Gateway Timeout"),
    ],
)
def test_empty_body(content: bytes, status: int, cls: type[APIStatusError], reason: str) -> None:
    error = build_status_error(make_response(status, content=content))
    assert type(error) is cls
    assert error.message == reason
    assert error.body is None
    assert error.error_code is None
    assert error.detail == {}
    assert error.request_id == SENT_ID


@pytest.mark.parametrize("status", [499, 599])
def test_empty_body_without_a_reason_phrase_still_has_a_message(status: int) -> None:
    error = build_status_error(make_response(status, content=b""))
    assert isinstance(error.message, str)
    assert error.message.strip()
    assert str(status) in str(error)


def test_plain_text_body_gives_the_message() -> None:
    text = "upstream connect error or disconnect/reset before headers"
    error = build_status_error(make_response(503, content=text, headers={"content-type": "text/plain"}))
    assert type(error) is InternalServerError
    assert error.message == text
    assert error.body == text


def test_plain_text_body_is_collapsed_to_one_line() -> None:
    error = build_status_error(make_response(502, content="line one\n\n   line two\r\n", headers={}))
    assert error.message == "line one line two"


def test_plain_text_message_is_truncated_at_200_characters() -> None:
    text = "a" * 200 + "b" * 300
    error = build_status_error(make_response(500, content=text, headers={"content-type": "text/plain"}))
    assert error.message.startswith("a" * 200)
    assert "b" not in error.message
    assert len(error.message) <= 203  # 200 characters and at most an ellipsis marker
    assert error.body == text  # the whole body is kept on the error


def test_plain_text_message_of_exactly_200_characters_is_kept_whole() -> None:
    text = "c" * 200
    error = build_status_error(make_response(500, content=text, headers={"content-type": "text/plain"}))
    assert error.message == text


def test_json_list_body() -> None:
    body = [{"error": "first"}, {"error": "second"}]
    error = build_status_error(make_response(422, json_body=body))
    assert type(error) is UnprocessableEntityError
    assert error.message == "Unprocessable Entity"
    assert error.error_code is None
    assert error.detail == {}
    assert error.body == body


def test_json_string_body() -> None:
    error = build_status_error(make_response(503, json_body="Service temporarily unavailable"))
    assert type(error) is InternalServerError
    assert error.message == "Service temporarily unavailable"
    assert error.error_code is None
    assert error.detail == {}
    assert error.body == "Service temporarily unavailable"


@pytest.mark.parametrize("body", [None, 42, True], ids=["null", "number", "bool"])
def test_json_scalar_body(body: Any) -> None:
    error = build_status_error(make_response(400, json_body=body))
    assert type(error) is BadRequestError
    assert error.message == "Bad Request"
    assert error.error_code is None
    assert error.field_errors == {}


def test_invalid_json_with_json_content_type_is_treated_as_text() -> None:
    error = build_status_error(
        make_response(500, content=b'{"error_code": "x",', headers={"content-type": "application/json"})
    )
    assert type(error) is InternalServerError
    assert error.error_code is None
    assert isinstance(error.message, str)
    assert error.message


# ---------------------------------------------------------------- status mapping


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
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (599, InternalServerError),
        (405, APIStatusError),
        (410, APIStatusError),
        (418, APIStatusError),
        (499, APIStatusError),
    ],
)
def test_status_mapping(status: int, cls: type[APIStatusError]) -> None:
    error = build_status_error(make_response(status, json_body={"error_code": "e", "message": "m"}))
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert isinstance(error, ThredfiError)
    assert error.status_code == status


def test_error_class_override() -> None:
    error = build_status_error(make_response(401, json_body={"detail": "bad credentials"}), error_class=TokenError)
    assert type(error) is TokenError
    assert error.status_code == 401
    assert error.message == "bad credentials"


# ---------------------------------------------------------------- request id precedence


def test_request_id_prefers_the_response_header() -> None:
    response = make_response(
        500,
        json_body={"error_code": "e", "message": "m", "request_id": "from-body"},
        headers={"X-Request-ID": "from-header"},
    )
    assert build_status_error(response).request_id == "from-header"


def test_request_id_response_header_is_case_insensitive() -> None:
    response = make_response(500, json_body={"request_id": "from-body"}, headers={"x-request-id": "from-header"})
    assert build_status_error(response).request_id == "from-header"


def test_request_id_falls_back_to_the_body() -> None:
    response = make_response(500, json_body={"error_code": "e", "message": "m", "request_id": "from-body"})
    assert build_status_error(response).request_id == "from-body"


def test_request_id_empty_header_falls_back_to_the_body() -> None:
    response = make_response(500, json_body={"request_id": "from-body"}, headers={"X-Request-ID": ""})
    assert build_status_error(response).request_id == "from-body"


@pytest.mark.parametrize(
    "body",
    [{"error_code": "e", "message": "m"}, {"request_id": ""}, {"request_id": 12345}, {"request_id": None}],
    ids=["absent", "empty", "number", "null"],
)
def test_request_id_falls_back_to_the_id_we_sent(body: dict[str, Any]) -> None:
    assert build_status_error(make_response(500, json_body=body)).request_id == SENT_ID


@pytest.mark.parametrize(
    ("content", "headers"),
    [(b"", {}), (HTML_500, {"content-type": "text/html"}), (b"oops", {})],
    ids=["empty", "html", "text"],
)
def test_request_id_falls_back_to_the_id_we_sent_for_non_json_bodies(content: Any, headers: dict[str, str]) -> None:
    assert build_status_error(make_response(502, content=content, headers=headers)).request_id == SENT_ID


def test_request_id_is_none_when_nobody_has_one() -> None:
    response = make_response(500, content=b"", request=make_request(request_id=None))
    assert build_status_error(response).request_id is None


def test_request_id_with_a_custom_header_name() -> None:
    request = httpx.Request("GET", URL, headers={"X-Correlation-ID": "sent-corr", "X-Request-ID": "other"})
    response = httpx.Response(500, content=b"", request=request, headers={"X-Request-ID": "ignored"})
    assert build_status_error(response, request_id_header="X-Correlation-ID").request_id == "sent-corr"
    response = httpx.Response(500, content=b"", request=request, headers={"X-Correlation-ID": "srv-corr"})
    assert build_status_error(response, request_id_header="X-Correlation-ID").request_id == "srv-corr"


# ---------------------------------------------------------------- field_errors


def test_field_errors_from_the_api_reference_shape() -> None:
    error = build_status_error(make_response(400, json_body=API_REFERENCE_BODY))
    assert isinstance(error, BadRequestError)
    assert set(error.field_errors) == {"amount", "currency"}


def test_field_errors_from_the_guide_shape() -> None:
    error = build_status_error(make_response(400, json_body=GUIDE_BODY))
    assert isinstance(error, BadRequestError)
    assert error.field_errors["name"] == ["This field is required.", "Too short."]


def test_field_errors_single_string_messages_become_lists() -> None:
    body = {"error_code": "validation_error", "message": "Invalid", "detail": {"field_errors": {"amount": "Required."}}}
    error = build_status_error(make_response(400, json_body=body))
    assert isinstance(error, BadRequestError)
    assert error.field_errors == {"amount": ["Required."]}


@pytest.mark.parametrize(
    "body",
    [
        {"detail": "JSON parse error."},
        {"error_code": "bad_request", "message": "Bad"},
        {"error_code": "bad_request", "message": "Bad", "detail": {}},
        {"error_code": "bad_request", "message": "Bad", "detail": {"field_errors": None}},
        {"error_code": "bad_request", "message": "Bad", "detail": {"field_errors": "not a mapping"}},
        [],
    ],
    ids=["drf", "no-detail", "empty-detail", "null-field-errors", "string-field-errors", "list-body"],
)
def test_field_errors_absent(body: Any) -> None:
    error = build_status_error(make_response(400, json_body=body))
    assert isinstance(error, BadRequestError)
    assert error.field_errors == {}


@pytest.mark.parametrize("content", [b"", HTML_500.encode(), b"plain text"], ids=["empty", "html", "text"])
def test_field_errors_absent_for_non_json_bodies(content: bytes) -> None:
    error = build_status_error(make_response(400, content=content))
    assert isinstance(error, BadRequestError)
    assert error.field_errors == {}


# ---------------------------------------------------------------- str / repr


def test_str_and_repr_carry_status_code_message_and_request_id() -> None:
    error = build_status_error(make_response(400, json_body=API_REFERENCE_BODY))
    for text in (str(error), repr(error)):
        assert "400" in text
        assert "validation_error" in text
        assert "Invalid input." in text
        assert "srv-body-id-42" in text
    assert repr(error).startswith("BadRequestError(")


def test_str_without_code_or_request_id() -> None:
    error = build_status_error(make_response(404, content=b"", request=make_request(request_id=None)))
    assert str(error) == "404: Not Found"
    assert "None" in repr(error)  # error_code and request_id shown as None in repr


@pytest.mark.parametrize("authorization", [BEARER_SECRET, BASIC_SECRET], ids=["bearer", "basic"])
@pytest.mark.parametrize(
    ("status", "kwargs"),
    [
        (400, {"json_body": API_REFERENCE_BODY}),
        (401, {"json_body": {"detail": "Given token not valid for any token type"}}),
        (403, {"json_body": GUIDE_BODY}),
        (500, {"content": HTML_500}),
        (502, {"content": b"bad gateway"}),
        (503, {"content": b""}),
        (418, {"json_body": ["x"]}),
    ],
    ids=["api-ref", "drf", "guide", "html", "text", "empty", "list"],
)
def test_str_and_repr_never_contain_the_authorization_header(
    authorization: str, status: int, kwargs: dict[str, Any]
) -> None:
    request = make_request(authorization=authorization)
    error = build_status_error(make_response(status, request=request, **kwargs))
    secret = authorization.split(" ", 1)[1]
    for text in (str(error), repr(error), " ".join(map(str, error.args))):
        assert secret not in text
        assert authorization not in text
        assert "Authorization" not in text


@pytest.mark.asyncio
async def test_a_client_raises_the_typed_error_with_the_server_id_and_no_secret() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 3600})
        return httpx.Response(
            400,
            headers={"content-type": "application/json", "X-Request-ID": "srv-hdr"},
            content=json.dumps(API_REFERENCE_BODY).encode(),
        )

    async with ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key="k",
        base_url="https://sandbox.thredfi.com",
        transport=httpx.MockTransport(handler),
    ) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.api.get_async_httpx_client().post("/v1/platform/x/", json={"amount": "1"})
    error = caught.value
    assert error.error_code == "validation_error"
    assert error.request_id == "srv-hdr"
    assert error.field_errors["currency"] == ["Unknown currency."]
    assert "tok-1" not in str(error)
    assert "tok-1" not in repr(error)
