"""What both senders share, below them both: the ``Sender`` protocol, TLS and proxy settings, and
reading a body within the response size limit (``_sender`` and ``_aiohttp_sender`` import this,
never each other)."""

from __future__ import annotations

import ssl
import urllib.request
import zlib
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

import httpx

from ._config import check_int

if TYPE_CHECKING:
    from ._request import Request

VerifyTypes = bool | str | ssl.SSLContext

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


def check_max_response_bytes(value: object) -> int:
    return check_int("max_response_bytes", value, minimum=1)


def response_limit(request: Request, limit: int) -> int:
    """The limit for ``request``'s response: the sender's, or the request's own when lower."""
    own: int | None = getattr(request, "max_response_bytes", None)
    return limit if own is None else min(own, limit)


def too_large(limit: int, request: httpx.Request | None = None) -> httpx.ProtocolError:
    """The error for a body past the limit; reading stopped there and the connection is closed.

    ``httpx.ProtocolError`` itself: never retried (the same request would get the same body) and
    "maybe applied" (the server answered), which is what the retry step makes of it.
    """
    message = f"the response exceeded {limit} bytes (max_response_bytes): not read further"
    return httpx.ProtocolError(message, request=request)


def declared_length(value: str | None) -> int | None:
    """A Content-Length header's value, or None when absent or not one number."""
    digits = (value or "").strip()
    if not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits) if len(digits) <= 18 else 10**18


def decode_content(content: bytes, content_encoding: str | None, limit: int) -> bytes:
    """``content`` decoded from its Content-Encoding, at most ``limit`` bytes of it (else ``too_large``).

    The codings httpx decodes, decoded the way httpx does (an unknown coding is left as is),
    but bounded: zlib never produces more than the limit, however well the body compresses.
    A body that does not decode is ``httpx.DecodingError``.
    """
    if not content_encoding:
        return content
    for coding in reversed(content_encoding.split(",")):  # the last one applied comes off first
        coding = coding.strip().lower()
        if coding == "gzip":
            content = _inflate(content, zlib.MAX_WBITS | 16, limit)
        elif coding == "deflate":
            try:  # zlib-wrapped as the RFC says, or raw deflate as some servers send it (as httpx does)
                content = _inflate(content, zlib.MAX_WBITS, limit)
            except httpx.DecodingError:
                content = _inflate(content, -zlib.MAX_WBITS, limit)
    return content


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(data, limit + 1)  # one byte past the limit says enough
        rest = decompressor.flush() if len(out) <= limit else b""
        if rest:
            out += rest
    except zlib.error as exc:
        raise httpx.DecodingError(f"{exc}") from exc
    if len(out) > limit:
        raise too_large(limit)
    return out


# connection pools a process let go of without closing them (a dead event loop's, a forked
# parent's): kept referenced, so that they are never closed (or warned about) from here
FORGOTTEN: list[object] = []


class Sender(Protocol):
    async def send(self, request: Request, remaining: float) -> httpx.Response: ...

    async def aclose(self) -> None: ...


def environment_proxy(base_url: str) -> str | None:
    """The proxy ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` name for ``base_url``, unless ``NO_PROXY`` excludes it.

    One client talks to one host, so this is decided once, when the client is built.
    """
    parts = urlsplit(base_url)
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]  # stdlib, untyped
    if not proxy or bypass(parts.hostname or "", proxies):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def ssl_context(verify: VerifyTypes) -> ssl.SSLContext | bool:
    """The TLS settings for a ``verify=`` value: a context, a CA bundle path, True or False."""
    if isinstance(verify, ssl.SSLContext) or verify is False:
        return verify
    if verify is True:
        return httpx.create_ssl_context()
    return ssl.create_default_context(cafile=verify)
