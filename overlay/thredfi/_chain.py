"""Errors leave the SDK sealed: no credential is reachable from them, however deep one looks.

A third-party exception can hold what the request carried: aiohttp's ``ClientResponseError``
keeps the request's headers (``Authorization`` included) in ``request_info``, an httpx exception
keeps its ``httpx.Request``. ``traceback``, Sentry and Rollbar render every chained cause, so an
error tracker would store live tokens. Wherever an error leaves the SDK (the client views' send,
the resource methods, the token methods) it is sealed here:

* every foreign exception in its ``__cause__``/``__context__`` chain is replaced by a
  ``ChainedError`` holding only the foreign type's name and its redacted text (what failed stays
  readable; the objects that held headers are gone);
* the SDK's own errors in the chain are kept, their text, attributes and notes redacted again
  against every credential the client holds or held, and an ``httpx.Response`` on them is
  replaced by a copy with redacted headers and body whose request carries no header but the
  request id;
* exception-group members are sealed the same way.

Sealing is idempotent and runs only on the error path.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from ._exceptions import ChainedError, ThredfiError
from ._redact import MIN_SECRET, REDACTED, redact_body, redact_data, redact_text

_MAX_LINKS = 16  # a chain longer than this is cut: what matters is at its start
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "set-cookie"})


def seal(error: BaseException, secrets: Iterable[str] = ()) -> None:
    """Make ``error`` and everything reachable from it free of ``secrets`` and of request headers."""
    ordered = sorted({s for s in secrets if len(s) >= MIN_SECRET}, key=len, reverse=True)
    _Sealer(tuple(ordered)).own(error, 0)


class _Sealer:
    def __init__(self, secrets: tuple[str, ...]) -> None:
        self.secrets = secrets
        self.seen: set[int] = set()
        self.stand_ins: dict[int, ChainedError] = {}  # one per foreign exception (a cause is often the context too)

    def text(self, value: str) -> str:
        present = [s for s in self.secrets if s in value]
        return redact_text(value, present)

    def own(self, error: BaseException, depth: int) -> None:
        """Seal an exception that stays in the chain (the SDK's, or the one being raised)."""
        if id(error) in self.seen:
            return
        self.seen.add(id(error))
        if isinstance(error, ThredfiError):
            self._redact_attributes(error)
        error.args = tuple(self._value(arg) for arg in error.args)
        notes = getattr(error, "__notes__", None)
        if isinstance(notes, list):
            error.__notes__ = [self.text(note) if isinstance(note, str) else REDACTED for note in notes]
        if isinstance(error, BaseExceptionGroup):
            for member in error.exceptions:
                self.own(member, depth + 1)
        error.__cause__ = self.link(error.__cause__, depth + 1)
        error.__context__ = self.link(error.__context__, depth + 1)

    def link(self, linked: BaseException | None, depth: int) -> BaseException | None:
        """What ``linked`` becomes in a sealed chain: itself if the SDK's, else a stand-in."""
        if linked is None or depth > _MAX_LINKS:
            return None
        if isinstance(linked, ThredfiError | ChainedError):
            self.own(linked, depth)
            return linked
        known = self.stand_ins.get(id(linked))
        if known is not None:
            return known
        stand_in = self.stand_ins[id(linked)] = ChainedError(f"{_qualified(linked)}: {self.text(_describe(linked))}")
        following = linked.__cause__
        if following is None and not linked.__suppress_context__:
            following = linked.__context__
        stand_in.__cause__ = self.link(following, depth + 1)
        stand_in.__suppress_context__ = True
        return stand_in

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict | list | tuple):
            return redact_data(value, self.secrets)
        if isinstance(value, httpx.Response):
            return self._response(value)
        if isinstance(value, httpx.Request):
            return httpx.Request(value.method, self.text(str(value.url)))
        if isinstance(value, bytes | bytearray):
            return self.text(bytes(value).decode("utf-8", "replace")).encode()
        if isinstance(value, BaseException):
            return self.link(value, 0)
        return value

    def _redact_attributes(self, error: ThredfiError) -> None:
        for name, value in list(vars(error).items()):
            setattr(error, name, self._value(value))

    def _response(self, response: httpx.Response) -> httpx.Response:
        """A copy of ``response`` safe to hand out: redacted headers and body, a request without headers."""
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        body, _ = redact_body(content.decode("utf-8", "replace"), self.secrets)
        headers = [
            (name, self.text(value))
            for name, value in response.headers.multi_items()
            if name.lower() not in _DROPPED_HEADERS
        ]
        try:
            original = response.request
        except RuntimeError:
            request = None
        else:
            kept = {
                name: self.text(value)
                for name, value in original.headers.items()
                if name.lower() not in ("authorization", "host", "cookie")
            }
            request = httpx.Request(original.method, self.text(str(original.url)), headers=kept)
        copy = httpx.Response(
            response.status_code,
            headers=headers,
            content=body.encode(),
            request=request,
            extensions={
                key: value for key, value in response.extensions.items() if key in ("http_version", "reason_phrase")
            },
        )
        return copy


def _qualified(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _describe(error: BaseException) -> str:
    try:
        text = str(error)
    except Exception:
        text = ""
    if isinstance(error, BaseExceptionGroup):
        members = "; ".join(f"{_qualified(e)}: {_describe(e)}" for e in error.exceptions[:8])
        text = f"{text} [{members}]"
    return text or "(no message)"
