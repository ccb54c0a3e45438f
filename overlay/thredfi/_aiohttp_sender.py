"""The fast sender: one attempt straight through one ``aiohttp.ClientSession`` (asyncio only).

aiohttp's own connection retry is turned off: it would re-send a GET/PUT/DELETE once, unseen,
when a pooled connection drops. Every request that leaves the SDK is an attempt the retry step
decided on, counted and logged (``tests/unit/test_aiohttp_sender.py`` holds aiohttp to it).

Failures are mapped to httpx's exception types by what they prove (see ``_sender``); a failure
httpx-aiohttp would call a connect timeout, a reset after sending, stays "maybe sent" here, so a
non-idempotent POST is never resent after it.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import aiohttp
import httpx
from yarl import URL

from ._sender import VerifyTypes, ssl_context

if TYPE_CHECKING:
    from ._request import Request

_EXTENSIONS = {"http_version": b"HTTP/1.1"}
_extensions: dict[str, dict[str, bytes]] = {}


def read_response(status: int, headers: Any, content: bytes, reason: str) -> httpx.Response:
    """An ``httpx.Response`` holding ``content``, built without httpx re-reading the body.

    ``httpx.Response(content=...)`` runs the body through its decoders again (a third of the
    cost of a whole call); a body with no Content-Encoding needs none of that. An encoded one
    (gzip, deflate) goes the usual way, so httpx decodes it.
    """
    extensions = _extensions.get(reason) or _extensions.setdefault(
        reason, {**_EXTENSIONS, "reason_phrase": reason.encode()}
    )  # one dict per reason phrase, shared: nothing writes to a response's extensions
    response = httpx.Response(status, headers=headers, stream=httpx.ByteStream(content), extensions=extensions)
    if "content-encoding" in response.headers:
        response.read()
    else:
        response._content = content  # what read() would store: the body is already whole
    return response


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
    return None


class AiohttpSender:
    """Send with one lazily opened ``aiohttp.ClientSession``; the session belongs to one event loop."""

    def __init__(
        self, *, limits: httpx.Limits | None = None, proxy: str | None = None, verify: VerifyTypes = True
    ) -> None:
        self._limits = limits or httpx.Limits()
        self._proxy = proxy
        self._verify = verify
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
                return read_response(
                    response.status, response.raw_headers, await response.read(), response.reason or ""
                )
        except Exception as exc:
            mapped = map_error(exc, request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()
