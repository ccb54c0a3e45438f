"""How the generated code's request arguments become the pipeline's request (bytes, once)."""

from __future__ import annotations

import json
import ssl

import certifi
import httpx
import pytest
from thredfi._request import RequestOptions, base_url_path, build_request, encode_pairs
from thredfi._transport import ssl_context

OPTIONS = RequestOptions(timeout=httpx.Timeout(7.0), max_retries=1, headers=(("x-view", "v"),))
BASE = "https://api.test/prefix"


def test_url_path_and_query() -> None:
    request = build_request(BASE, OPTIONS, "get", "/v1/x/?a=1", params={"b": [1, 2], "c": True, "d": None})
    assert request.method == "GET"
    assert request.url == "https://api.test/prefix/v1/x/?a=1&b=1&b=2&c=true&d="
    assert request.path == "/prefix/v1/x/"
    assert request.describe() == "GET /prefix/v1/x/"  # never the query string
    assert (request.timeout, request.max_retries) == (httpx.Timeout(7.0), 1)


def test_params_as_pairs_or_a_string_and_special_characters() -> None:
    assert encode_pairs([("q", "a b&c"), ("q", "é")]) == "q=a+b%26c&q=%C3%A9"
    assert encode_pairs("?x=1") == "x=1"
    assert encode_pairs(httpx.QueryParams({"k": "v"})) == "k=v"


def test_json_is_compact_utf8_and_refuses_nan() -> None:
    request = build_request(BASE, OPTIONS, "POST", "/v1/x/", json={"name": "Åcme", "n": 1})
    assert request.content == json.dumps({"name": "Åcme", "n": 1}, ensure_ascii=False, separators=(",", ":")).encode()
    assert request.header("Content-Type") == "application/json"
    with pytest.raises(TypeError, match="JSON"):
        build_request(BASE, OPTIONS, "POST", "/v1/x/", json={"n": float("inf")})
    with pytest.raises(TypeError, match="JSON"):
        build_request(BASE, OPTIONS, "POST", "/v1/x/", json={"when": object()})


def test_form_multipart_and_content() -> None:
    form = build_request(BASE, OPTIONS, "POST", "/v1/x/", data={"grant_type": "client_credentials"})
    assert (form.content, form.header("content-type")) == (
        b"grant_type=client_credentials",
        "application/x-www-form-urlencoded",
    )
    multipart = build_request(
        BASE,
        OPTIONS,
        "POST",
        "/v1/x/",
        data={"a": "1"},
        files={"f": ("f.txt", b"file-bytes", "text/plain")},
        headers={"Content-Type": "multipart/form-data; boundary=+++"},
    )
    assert multipart.header("content-type") == "multipart/form-data; boundary=+++"
    assert multipart.content is not None
    assert b"--+++" in multipart.content
    assert b"file-bytes" in multipart.content
    assert build_request(BASE, OPTIONS, "PUT", "/v1/x/", content="text").content == b"text"
    assert build_request(BASE, OPTIONS, "PUT", "/v1/x/", content=[b"a", b"b"]).content == b"ab"
    with pytest.raises(TypeError, match="content must be"):
        build_request(BASE, OPTIONS, "PUT", "/v1/x/", content=42)


def test_headers_merge_lower_case_call_over_view() -> None:
    request = build_request(BASE, OPTIONS, "GET", "/v1/x/", headers={"X-View": "call", "X-Other": "o"})
    assert request.headers == {"x-view": "call", "x-other": "o"}
    assert build_request(BASE, OPTIONS, "GET", "/v1/x/").headers == {"x-view": "v"}
    with pytest.raises(ValueError, match="line break"):
        build_request(BASE, OPTIONS, "GET", "/v1/x/", headers={"X-Bad": "a\nb"})


def test_absolute_urls_only_under_the_base_url() -> None:
    assert build_request(BASE, OPTIONS, "GET", "https://api.test/prefix/v1/x/").url == "https://api.test/prefix/v1/x/"
    for url in ("https://evil.test/prefix/v1/x/", "https://api.test/other/", "v1/x/"):
        with pytest.raises(ValueError, match="base_url"):
            build_request(BASE, OPTIONS, "GET", url)
    assert base_url_path("https://h") == ""
    assert base_url_path("http://h:1/a/b") == "/a/b"


def test_verify_settings_become_tls_contexts() -> None:
    context = ssl.create_default_context()
    assert ssl_context(context) is context
    assert ssl_context(False) is False
    assert isinstance(ssl_context(True), ssl.SSLContext)
    bundle = ssl_context(certifi.where())  # a CA bundle path
    assert isinstance(bundle, ssl.SSLContext)
    assert bundle.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize("name", ["X-Evil:", "X Evil", "", "X-É", "X-(a)", "X\x00", "a/b"])
def test_header_names_must_be_tokens(name: str) -> None:
    with pytest.raises(ValueError, match="RFC 9110"):
        build_request(BASE, OPTIONS, "GET", "/v1/x/", headers={name: "1"})


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\x00b"])
def test_header_values_hold_no_cr_lf_or_nul(value: str) -> None:
    with pytest.raises(ValueError, match="line break or NUL"):
        build_request(BASE, OPTIONS, "POST", "/v1/x/", headers={"Idempotency-Key": value})


def test_token_characters_are_allowed_in_header_names() -> None:
    name = "X-a!#$%&'*+.^_`|~9"
    assert build_request(BASE, OPTIONS, "GET", "/v1/x/", headers={name: "v"}).header(name) == "v"


@pytest.mark.parametrize("path", ["/v1/x/../", "/v1/x/./y/", "/v1//x/", "/v1/%2e%2e/"])
def test_a_path_with_a_dot_or_empty_segment_is_refused_before_sending(path: str) -> None:
    with pytest.raises(ValueError, match="segment"):
        build_request(BASE, OPTIONS, "GET", path)


def test_the_repr_of_a_request_shows_no_header_value_or_body() -> None:
    request = build_request(
        BASE, OPTIONS, "POST", "/v1/x/?q=1", headers={"Authorization": "Bearer tk-secret-1"}, json={"a": "body-9"}
    )
    shown = repr(request)
    assert "tk-secret-1" not in shown
    assert "body-9" not in shown
    assert "q=1" not in shown
    assert "authorization" in shown
    assert "POST /prefix/v1/x/" in shown
