"""An httpx transport that sends through aiohttp, and the default transport that picks it.

Why: under concurrency httpx's own connection pool costs far more CPU per request than
aiohttp's (see docs/performance.md), while httpx stays the API the generated code and our auth
flow, hooks and retry layer are written against. aiohttp runs on asyncio only, so under trio
(or without aiohttp installed) the default falls back to httpx's transport.

Failures are mapped to httpx's exception types by what they say about the request, because the
retry layer decides on that: a failure to connect (or to get a pooled connection in time) means
the request never left; a reset, a disconnect or a read timeout means it may have been acted on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx
import sniffio

if TYPE_CHECKING:
    import aiohttp


def _timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    import aiohttp

    timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
    # aiohttp's "connect" covers waiting for a pooled connection plus connecting
    pool, connect = timeouts.get("pool"), timeouts.get("connect")
    acquire = None if pool is None and connect is None else (pool or 0.0) + (connect or 0.0)
    return aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=timeouts.get("read"))


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    import asyncio

    import aiohttp

    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake: never sent
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.SocketTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientOSError | aiohttp.ClientResponseError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, aiohttp.ClientError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, ValueError):  # refused before sending (e.g. an illegal header value)
        return httpx.LocalProtocolError(message, request=request)
    return None


async def _chunks(stream: httpx.AsyncByteStream | httpx.SyncByteStream) -> AsyncIterator[bytes]:
    if isinstance(stream, httpx.AsyncByteStream):
        async for chunk in stream:
            yield chunk
    else:
        for chunk in stream:
            yield chunk


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests with one lazily opened ``aiohttp.ClientSession`` (asyncio only)."""

    def __init__(self, *, limits: httpx.Limits | None = None) -> None:
        self._limits = limits or httpx.Limits()
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
        )
        # httpx decodes Content-Encoding itself; aiohttp must pass bodies through untouched
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar()
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        try:
            data: bytes | AsyncIterator[bytes] | None = request.content or None
        except httpx.RequestNotRead:  # a streamed body (multipart upload, generator)
            data = _chunks(request.stream)
        try:
            async with session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=data,
                timeout=_timeout(request),
                allow_redirects=False,
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
                compress=None,
            ) as response:
                content = await response.read()
                return httpx.Response(
                    response.status,
                    headers=response.raw_headers,
                    content=content,
                    extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
                )
        except Exception as exc:
            mapped = _map_error(exc, request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


class DefaultTransport(httpx.AsyncBaseTransport):
    """aiohttp on asyncio when it is installed, httpx's own transport otherwise (e.g. trio).

    The choice is made on the first request, inside the running event loop.
    """

    def __init__(self, *, limits: httpx.Limits) -> None:
        self._limits = limits
        self.chosen: httpx.AsyncBaseTransport | None = None

    def _choose(self) -> httpx.AsyncBaseTransport:
        transport: httpx.AsyncBaseTransport
        try:
            on_asyncio = sniffio.current_async_library() == "asyncio"
        except sniffio.AsyncLibraryNotFoundError:
            on_asyncio = False
        if on_asyncio and _aiohttp_available():
            transport = AiohttpTransport(limits=self._limits)
        else:
            transport = httpx.AsyncHTTPTransport(limits=self._limits)
        self.chosen = transport
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await (self.chosen or self._choose()).handle_async_request(request)

    async def aclose(self) -> None:
        if self.chosen is not None:
            await self.chosen.aclose()


def _aiohttp_available() -> bool:
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True
