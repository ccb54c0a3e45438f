"""Request ids: bound by the calling service, stamped on every request, read back from errors.

A service binds its own id with ``request_context(rid)``; every request made inside carries it.
Outside a context each operation gets a fresh uuid4. The header is set once per call, on the
pipeline's request object that every retry and the 401 replay reuse, so the id never changes
between attempts of one call.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._request import Request

DEFAULT_REQUEST_ID_HEADER = "X-Request-ID"
_MAX_LENGTH = 200
_VALID = re.compile(r"[\x21-\x7e]+")  # visible ASCII: safe in a header, no spaces or CR/LF

_current_request_id: ContextVar[str | None] = ContextVar("thredfi_request_id", default=None)


def _checked(request_id: str) -> str:
    if not isinstance(request_id, str):
        raise TypeError(f"request_id must be a str, got {type(request_id).__name__}")
    if not request_id or len(request_id) > _MAX_LENGTH or not _VALID.fullmatch(request_id):
        raise ValueError(
            f"request_id must be 1-{_MAX_LENGTH} visible ASCII characters without spaces, got {request_id!r}"
        )
    return request_id


@contextmanager
def request_context(request_id: str) -> Iterator[str]:
    """Bind ``request_id`` to every Thredfi request made inside the ``with`` block (and its tasks)."""
    token = _current_request_id.set(_checked(request_id))
    try:
        yield request_id
    finally:
        _current_request_id.reset(token)


def current_request_id() -> str | None:
    """The id bound by the innermost ``request_context``, if any."""
    return _current_request_id.get()


def new_request_id() -> str:
    return str(uuid.uuid4())


class StampRequestId:
    """Pipeline step: give the request the bound id (or a fresh one) unless it has one."""

    def __init__(self, header: str = DEFAULT_REQUEST_ID_HEADER) -> None:
        self.header = header.lower()

    def __call__(self, request: Request) -> None:
        if self.header not in request.headers:
            request.headers[self.header] = _current_request_id.get() or new_request_id()


def server_request_id(
    response: httpx.Response, body: Any, header: str = DEFAULT_REQUEST_ID_HEADER, sent: str | None = None
) -> str | None:
    """The server's id for a response: its header, else the body's ``request_id``, else ``sent``."""
    from_header: str | None = response.headers.get(header)
    if from_header:
        return from_header
    if isinstance(body, dict) and isinstance(body.get("request_id"), str) and body["request_id"]:
        return str(body["request_id"])
    if sent is None:
        try:  # a response that knows its request (the token requests) knows the id we sent
            sent = response.request.headers.get(header)
        except RuntimeError:
            return None
    return sent
