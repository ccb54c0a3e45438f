"""Request ids: bound by the calling service, stamped on every request, read back from errors.

A service binds its own id with ``request_context(rid)``; every request made inside carries it.
Outside a context each call gets a fresh uuid4. An id the developer writes is checked strictly
(a bad one is a bug: ``ValueError``); an id taken from an incoming request is not theirs to
fix, so ``untrusted=True`` replaces a missing or invalid one with a fresh uuid4 and keeps the
original only in a DEBUG line, truncated and with unprintable characters escaped. The header is
set once per call, on the pipeline's request object that every retry and the 401 replay reuse,
so the id never changes between attempts of one call.
"""

from __future__ import annotations

import logging
import os
import re
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

_LOGGED_LENGTH = 64  # how much of a rejected incoming id the DEBUG line keeps
logger = logging.getLogger("thredfi")

_current_request_id: ContextVar[str | None] = ContextVar("thredfi_request_id", default=None)


def _checked(request_id: object) -> str:
    if not isinstance(request_id, str):
        raise TypeError(f"request_id must be a str, got {type(request_id).__name__}")
    if not request_id or len(request_id) > _MAX_LENGTH or not _VALID.fullmatch(request_id):
        raise ValueError(
            f"request_id must be 1-{_MAX_LENGTH} visible ASCII characters without spaces, got {request_id!r}"
        )
    return request_id


def _valid(request_id: object) -> bool:
    return (
        isinstance(request_id, str) and 0 < len(request_id) <= _MAX_LENGTH and _VALID.fullmatch(request_id) is not None
    )


def _loggable(value: object) -> str:
    """A short, printable rendering of a rejected id: never the whole of what a client sent."""
    text = value if isinstance(value, str) else f"<{type(value).__name__}>"
    shown = "".join(c if 0x20 <= ord(c) <= 0x7E else "?" for c in text[:_LOGGED_LENGTH])
    return repr(shown) + (f"... ({len(text)} characters)" if len(text) > _LOGGED_LENGTH else "")


def _accepted(request_id: object) -> str:
    """An incoming id if it is valid, else a fresh one (the original logged at DEBUG only)."""
    if _valid(request_id):
        assert isinstance(request_id, str)
        return request_id
    fresh = new_request_id()
    if request_id is None or request_id == "":
        logger.debug("no incoming request id: using %s", fresh)
    else:
        logger.debug("incoming request id %s is not usable: using %s", _loggable(request_id), fresh)
    return fresh


@contextmanager
def request_context(request_id: str | None, *, untrusted: bool = False) -> Iterator[str]:
    """Bind ``request_id`` to every Thredfi request made inside the ``with`` block (and its tasks).

    Yields the id bound. For an id from outside (an incoming ``X-Request-ID`` header, which may
    be absent, too long or hold spaces), pass ``untrusted=True``: an unusable id is replaced by a
    fresh uuid4 instead of raising ``ValueError``.
    """
    bound = _accepted(request_id) if untrusted else _checked(request_id)
    token = _current_request_id.set(bound)
    try:
        yield bound
    finally:
        _current_request_id.reset(token)


def current_request_id() -> str | None:
    """The id bound by the innermost ``request_context``, if any."""
    return _current_request_id.get()


def new_request_id() -> str:
    """A random (version 4) UUID as text, as ``str(uuid.uuid4())`` gives, at about half its cost."""
    raw = int.from_bytes(os.urandom(16), "big") & _UUID4_CLEAR | _UUID4_SET
    text = f"{raw:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


# the version (4) and variant (RFC 4122) bits of a random UUID
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


class StampRequestId:
    """Editing step: give the request the bound id (or a fresh one) unless it has one; the id sent
    is a fact of the call (``Request.request_id``)."""

    def __init__(self, header: str = DEFAULT_REQUEST_ID_HEADER) -> None:
        self.header = header.lower()

    def edit(self, request: Request) -> None:
        sent = request.headers.get(self.header)
        if sent is None:
            sent = request.headers[self.header] = _current_request_id.get() or new_request_id()
        request.request_id, request.request_id_header = sent, self.header

    __call__ = edit


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
