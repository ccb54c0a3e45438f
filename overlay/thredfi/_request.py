"""The SDK's own request description, and how the generated code's arguments become one.

The generated operations call ``request(method=..., url=..., params=..., json=..., data=...,
files=..., content=..., headers=...)`` as they would on an ``httpx.AsyncClient``. The pipeline
needs far less than an ``httpx.Request``: the method, the full URL as a string, the path (for
the pure decisions), a plain dict of headers and the body as bytes. Building that directly, with
no URL parsing, is most of why a call costs a fraction of what httpx's client costs.

Bodies are encoded once, to bytes, so every attempt of a call sends exactly the same bytes.
"""

from __future__ import annotations

import dataclasses
import json as jsonlib
import re
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from typing import Any, NamedTuple, TypedDict, Unpack
from urllib.parse import urlencode

import httpx

from ._config import check_timeout
from ._ids import check_path

# Header names are kept lower-case: HTTP header names are case-insensitive.
JSON_CONTENT_TYPE = "application/json"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-view settings applied to every call made through that view."""

    timeout: httpx.Timeout
    max_retries: int
    headers: tuple[tuple[str, str], ...] = ()
    # a 2xx body that does not fit the spec raises instead of being kept (``_models``)
    strict_responses: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class RequestExtras:
    """A resource method's per-call ``extra_headers``/``extra_query``/``extra_body``/``timeout``."""

    headers: Mapping[str, str] | None = None
    query: Mapping[str, object] | None = None
    body: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | None = None


class Reply(NamedTuple):
    """A call's facts, as the pipeline returns them: the final response, the value parsed from it
    (by the call's parser, if any) and the request id the SDK sent."""

    response: httpx.Response
    value: Any = None
    request_id: str | None = None

    def server_request_id(self, header: str) -> str | None:
        """The server's id (the response's ``header``), else the id sent."""
        return self.response.headers.get(header) or self.request_id


def parse_json(response: httpx.Response, request: Request | None = None) -> Any:
    """A 2xx body as JSON (``None`` when empty): the escape hatch's parser (``View.request``)."""
    if not response.content.strip():
        return None
    try:
        from . import _json

        return _json.loads(response.content)
    except ValueError as exc:
        from ._exceptions import APIResponseValidationError
        from ._redact import response_secrets

        raise APIResponseValidationError(
            status_code=response.status_code,
            request_id=None,
            operation="request",
            body=response.content.decode("utf-8", "replace"),
            reason=f"the body is not JSON: {exc}",
            secrets=response_secrets(response),
        ) from None


def merge_extras(kwargs: Mapping[str, Any], extras: RequestExtras) -> dict[str, Any]:
    """The generated request arguments with a call's extras merged in (the extras win)."""
    merged = dict(kwargs)
    if extras.headers:
        if not isinstance(extras.headers, Mapping):
            raise TypeError(f"extra_headers must be a mapping, got {type(extras.headers).__name__}")
        headers = dict(merged.get("headers") or {})
        for name, value in extras.headers.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError(f"extra_headers must map str to str, got {name!r}: {type(value).__name__}")
            check_header(name, value)
            if name.lower() == "authorization":
                raise ValueError("the Authorization header is the SDK's: it sets the token itself")
            headers[name] = value
        merged["headers"] = headers
    if extras.query:
        if not isinstance(extras.query, Mapping):
            raise TypeError(f"extra_query must be a mapping, got {type(extras.query).__name__}")
        merged["params"] = {**dict(merged.get("params") or {}), **extras.query}
    if extras.body:
        if not isinstance(extras.body, Mapping):
            raise TypeError(f"extra_body must be a mapping, got {type(extras.body).__name__}")
        if merged.get("files") is not None or merged.get("data") is not None:
            raise TypeError("extra_body merges into a JSON body: this request's body is not JSON")
        body = merged.get("json")
        if body is not None and not isinstance(body, dict):
            raise TypeError("extra_body merges into a JSON object: this request's body is not one")
        from ._models import jsonable

        merged["json"] = {**(body or {}), **jsonable(dict(extras.body), "extra_body")}
    if extras.timeout is not None:
        merged["timeout"] = extras.timeout
    return merged


@dataclasses.dataclass(slots=True, eq=False)
class Request:
    """One call on its way through the pipeline (the same object for every attempt)."""

    method: str
    url: str
    path: str
    headers: dict[str, str]
    content: bytes | None
    timeout: httpx.Timeout
    max_retries: int
    # whose token the auth step puts on it: that business's, or the partner's when None
    business_id: str | None = None
    # False for the token requests, which carry their own credentials
    authenticate: bool = True
    # set by the SDK on requests free of side effects (token requests): always safe to retry
    safe_to_retry: bool = False
    # a lower response size limit than the sender's, for this request only (the token requests' 1 MiB)
    max_response_bytes: int | None = None
    operation: str | None = None
    # a resource call's parser of the 2xx body: run by the pipeline's check, inside the call's span
    parse: Callable[[httpx.Response, Request], Any] | None = None
    parsed: Any = None
    # the request id sent and the header that carries request ids (set by StampRequestId)
    request_id: str | None = None
    request_id_header: str = "x-request-id"
    # bookkeeping of the attempts, shared by the retry loop and the replay after a 401
    deadline: float | None = None
    attempts: int = 0
    retries: int = 0
    maybe_applied: bool = False

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def describe(self) -> str:
        """``METHOD path`` for messages: never the query string, a header or the body."""
        return f"{self.method} {self.path}"

    def __repr__(self) -> str:
        # a traceback renderer that shows local variables must not show a credential or a body
        return f"Request({self.describe()!r}, headers={sorted(self.headers)!r}, attempts={self.attempts})"

    def to_httpx(self) -> httpx.Request:
        """An ``httpx.Request`` for the httpx sender and for the ``.request`` of an error.

        Errors get it without headers or body, so no credential can ride on an exception.
        """
        return httpx.Request(self.method, self.url)


# RFC 9110 section 5.6.2: a header name is a token
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def is_header_name(name: str) -> bool:
    return _HEADER_NAME.fullmatch(name) is not None


def check_header(name: str, value: str) -> None:
    """Refuse a header a server could read differently from what the caller meant (before sending).

    The name must be an RFC 9110 token (``"X-Evil:"`` would be read as ``X-Evil``); the value
    must hold no CR, LF or NUL (each would split or cut the header).
    """
    if not _HEADER_NAME.fullmatch(name):
        raise ValueError(f"header name {name!r} is not a valid HTTP header name (an RFC 9110 token)")
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError(f"header {name!r} has a line break or NUL in its value: refused before sending")


def _text(value: Any) -> str:
    """A query or form value as httpx writes it (true/false for booleans, "" for None)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def encode_pairs(params: Any) -> str:
    """Query string or form body for a mapping (list values repeat the key) or a list of pairs."""
    if isinstance(params, str):
        return params.lstrip("?")
    if isinstance(params, httpx.QueryParams):
        params = params.multi_items()
    items = params.items() if isinstance(params, Mapping) else params
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if isinstance(value, list | tuple):
            pairs.extend((str(key), _text(item)) for item in value)
        else:
            pairs.append((str(key), _text(value)))
    return urlencode(pairs)


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON, as httpx sends it; NaN and infinities are refused (not JSON)."""
    try:
        return jsonlib.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise TypeError(f"the request body cannot be sent as JSON: {exc}") from None


def _join_url(base_url: str, url: str) -> tuple[str, str, str]:
    """(full URL without query, path, query) for a path relative to ``base_url``.

    An absolute URL is accepted only under ``base_url``: the SDK's credentials never go to
    another host.
    """
    if not url.startswith("/"):
        if url.startswith(base_url + "/"):
            url = url[len(base_url) :]
        else:
            raise ValueError(f"the SDK sends requests only under its base_url {base_url!r}, not to {url!r}")
    path, _, query = url.partition("?")
    if "#" in path or "\r" in url or "\n" in url:
        raise ValueError(f"invalid request path {url!r}")
    check_path(path)
    return base_url + path, base_url_path(base_url) + path, query


def base_url_path(base_url: str) -> str:
    """The path prefix of a base URL (``""`` for ``https://host``)."""
    rest = base_url.split("://", 1)[-1]
    slash = rest.find("/")
    return "" if slash < 0 else rest[slash:]


def _read_sync(content: Iterable[bytes]) -> bytes:
    return b"".join(bytes(chunk) for chunk in content)


async def read_async_content(content: AsyncIterable[bytes]) -> bytes:
    """An async iterable body read whole, so that every attempt sends the same bytes."""
    return b"".join([bytes(chunk) async for chunk in content])


class RequestArguments(TypedDict, total=False):
    """What the generated operations pass to ``request()`` besides the method and URL, as httpx
    takes them: the one list of these keywords (``View._send`` and ``build_request`` take them)."""

    params: Any
    json: Any
    data: Any
    files: Any
    content: Any
    headers: Any
    timeout: float | httpx.Timeout | None


def build_request(
    base_url: str,
    options: RequestOptions,
    method: str,
    url: str,
    *,
    business_id: str | None = None,
    authenticate: bool = True,
    operation: str | None = None,
    **arguments: Unpack[RequestArguments],
) -> Request:
    """The pipeline's request for the arguments the generated code (or httpx) would take."""
    params, json, data = arguments.get("params"), arguments.get("json"), arguments.get("data")
    files, content, headers = arguments.get("files"), arguments.get("content"), arguments.get("headers")
    timeout = arguments.get("timeout")
    full_url, path, query = _join_url(base_url, url)
    if params:
        encoded = encode_pairs(params)
        query = f"{query}&{encoded}" if query and encoded else (query or encoded)
    if query:
        full_url = f"{full_url}?{query}"
    sent: dict[str, str] = {}
    for name, value in options.headers:
        sent[name.lower()] = value
    if headers:
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else _items(headers)
        for name, value in items:
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
            check_header(name, text)
            sent[name.lower()] = text
    body: bytes | None = None
    if files:
        body = _multipart(data, files, sent)
    elif json is not None:
        body = encode_json(json)
        sent.setdefault("content-type", JSON_CONTENT_TYPE)
    elif isinstance(data, Mapping) or (isinstance(data, list) and data):
        body = encode_pairs(data).encode()
        sent.setdefault("content-type", FORM_CONTENT_TYPE)
    elif data is not None and content is None:
        content = data  # httpx's old spelling of raw content
    if body is None and content is not None:
        if isinstance(content, bytes | bytearray | memoryview):
            body = bytes(content)
        elif isinstance(content, str):
            body = content.encode()
        elif isinstance(content, Iterable):
            body = _read_sync(content)
        else:
            raise TypeError(f"content must be bytes, str or an iterable of bytes, got {type(content).__name__}")
    return Request(
        method=method.upper(),
        url=full_url,
        path=path,
        headers=sent,
        content=body,
        timeout=options.timeout if timeout is None else check_timeout(timeout),
        max_retries=options.max_retries,
        business_id=business_id,
        authenticate=authenticate,
        operation=operation,
    )


def _items(headers: Any) -> Iterable[tuple[Any, Any]]:
    if isinstance(headers, Mapping):
        return headers.items()
    return list(headers)


def _multipart(data: Any, files: Any, headers: dict[str, str]) -> bytes:
    """Multipart bodies are rare (document uploads): httpx encodes them, then we keep the bytes.

    A boundary given in the Content-Type header (the generated code sets one) is honoured.
    """
    given = {"content-type": headers["content-type"]} if "content-type" in headers else None
    encoded = httpx.Request("POST", "http://multipart.invalid/", data=data, files=files, headers=given)
    body = encoded.read()
    headers["content-type"] = encoded.headers["content-type"]
    return body
