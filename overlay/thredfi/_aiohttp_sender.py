"""The fast sender: one attempt straight through one ``aiohttp.ClientSession`` (asyncio only).

aiohttp's own connection retry is turned off: it would re-send a GET/PUT/DELETE once, unseen,
when a pooled connection drops. Every request that leaves the SDK is an attempt the retry step
decided on, counted and logged (``tests/unit/test_aiohttp_sender.py`` holds aiohttp to it).

Failures are mapped to httpx's exception types by what they prove (see ``_sender``); a failure
httpx-aiohttp would call a connect timeout, a reset after sending, stays "maybe sent" here, so a
non-idempotent POST is never resent after it. Bodies are read and decoded within the size limit
exactly as the httpx sender does (``_sender.decode_content``).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import aiohttp
import httpx
from yarl import URL

from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    FORGOTTEN,
    VerifyTypes,
    check_max_response_bytes,
    decode_content,
    response_limit,
    ssl_context,
    too_large,
)

if TYPE_CHECKING:
    from ._request import Request

_EXTENSIONS = {"http_version": b"HTTP/1.1"}


def read_response(
    status: int, headers: Any, content: bytes, reason: str, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
) -> httpx.Response:
    """An ``httpx.Response`` holding ``content``, built without httpx re-reading the body.

    ``httpx.Response(content=...)`` runs the body through its decoders again (a third of the
    cost of a whole call); a body with no Content-Encoding needs none of that. An encoded one
    (gzip, deflate) is decoded here, within ``max_response_bytes`` (httpx's decoders have no limit).
    """
    # a reason phrase aiohttp decoded with surrogates (bytes that are not UTF-8) is kept, not refused
    extensions = {**_EXTENSIONS, "reason_phrase": reason.encode("utf-8", "surrogateescape")}
    response = httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), extensions=extensions)
    encoding = response.headers.get("content-encoding")
    # what read() would store: the body is already whole
    response._content = decode_content(content, encoding, max_response_bytes) if encoding else content
    return response


async def read_body(response: aiohttp.ClientResponse, limit: int) -> bytes:
    """The body as it came (still encoded), read in chunks: past ``limit`` bytes, the connection is closed."""
    declared = response.content_length
    if declared is not None:
        if declared > limit:
            response.close()
            raise too_large(limit)
        return await response.read()  # aiohttp's parser stops at Content-Length
    chunks: list[bytes] = []
    size = 0
    while chunk := await response.content.readany():
        size += len(chunk)
        if size > limit:
            response.close()
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def map_error(exc: BaseException, request: Request) -> httpx.TransportError | None:
    """httpx's exception for an aiohttp failure, by what it says about the request."""
    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake: never sent
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.SocketTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientOSError | aiohttp.ClientResponseError):
        return httpx.ReadError(message)
    if isinstance(exc, aiohttp.ClientError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, ValueError):  # refused before sending (e.g. an illegal header value)
        return httpx.LocalProtocolError(message)
    if isinstance(exc, httpx.DecodingError):  # as the httpx sender: a body that cannot be decoded
        return httpx.LocalProtocolError(f"undecodable response body: {exc}")
    return None


class AiohttpSender:
    """Send with one lazily opened ``aiohttp.ClientSession``; the session belongs to one event loop."""

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        proxy: str | None = None,
        verify: VerifyTypes = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._limits = limits or httpx.Limits()
        self._proxy = proxy
        self._verify = verify
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._session: aiohttp.ClientSession | None = None

    def _open(self, request: Request) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
            # a TLS context costs milliseconds to build: only when talking https
            ssl=ssl_context(self._verify) if request.url.startswith("https:") else True,
        )
        # httpx.Response decodes Content-Encoding itself: aiohttp passes bodies through untouched
        session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        if not hasattr(session, "_retry_connection"):  # pragma: no cover - guarded by a test
            raise RuntimeError("this aiohttp version cannot turn off its hidden connection retry")
        session._retry_connection = False
        self._session = session
        return session

    async def send(self, request: Request, remaining: float) -> httpx.Response:
        session = self._session or self._open(request)
        timeout = request.timeout
        limit = response_limit(request, self.max_response_bytes)
        # "total" bounds the whole attempt, waiting for a pooled connection and the body included,
        # by the call's deadline; connecting and each read have their own limits
        try:
            async with session.request(
                request.method,
                URL(request.url, encoded=True),
                headers=request.headers,
                data=request.content,
                timeout=aiohttp.ClientTimeout(total=remaining, sock_connect=timeout.connect, sock_read=timeout.read),
                allow_redirects=False,
                proxy=self._proxy,
                compress=None,
            ) as response:
                content = await read_body(response, limit)
                return read_response(response.status, response.raw_headers, content, response.reason or "", limit)
        except Exception as exc:
            mapped = map_error(exc, request)
            if mapped is None:
                raise
            raise mapped from exc

    def forget(self) -> None:
        """Let go of the session without closing it (a forked child: the sockets are the parent's)."""
        if self._session is not None:
            FORGOTTEN.append(self._session)
            self._session = None

    def close_now(self) -> None:
        """Close the session of an event loop that is closed: nothing can await its close any more,
        so its sockets are closed here, directly (else each would be left to the garbage collector)."""
        session, self._session = self._session, None
        if session is None:
            return
        connector = session.connector
        protocols = [proto for pooled in getattr(connector, "_conns", {}).values() for proto, *_ in pooled]
        protocols += list(getattr(connector, "_acquired", ()))
        for proto in protocols:
            transport = getattr(proto, "transport", None)
            sock = getattr(transport, "_sock", None)
            if sock is not None:
                sock.close()
                transport._sock = None  # type: ignore[union-attr]  # closed: asyncio would warn otherwise
        if connector is not None:
            connector._closed = True
        session._connector = None

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()
