"""Senders: the last step of the pipeline, the only code that touches the network.

A sender sends one attempt and returns the ``httpx.Response`` with its body read, within the
time left (``remaining``, the call's deadline); it raises httpx's transport exceptions, chosen by
what the failure proves about the request, because the retry step decides on that: a failure to
connect (or to get a pooled connection) means the request never left; a reset, a disconnect or
a read timeout means it may have been acted on. A sender never retries by itself.

Both senders read a body in chunks and stop past ``max_response_bytes`` (its encoded and its
decoded size alike: a gzip bomb stops there too), raising ``httpx.ProtocolError`` (``too_large``);
a body that cannot be decoded is ``httpx.LocalProtocolError``. Neither is retried, and the request
may have been applied. A request can carry a lower limit of its own (the token requests do).

- ``AiohttpSender`` (``_aiohttp_sender``): straight through one aiohttp session, the default on
  asyncio (far less CPU per call than httpx's client, see docs/performance.md).
- ``HttpxSender``: any ``httpx.AsyncBaseTransport``: httpx's own under trio, or the transport a
  user passes (``httpx.MockTransport`` in tests, a custom transport).

While a respx mock is active, the default sends through httpx's transport, which respx's default
mocker patches: a test mocking Thredfi with respx sees the SDK's requests, whenever respx was
imported and whenever the mock was entered (checked on every request, see ``DefaultSender``).
"""

from __future__ import annotations

import sys
from collections.abc import Coroutine, Mapping, ValuesView
from types import ModuleType
from typing import TYPE_CHECKING, Any

import anyio
import httpx
import sniffio

from ._exceptions import EventLoopError
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    FORGOTTEN,
    Sender,
    VerifyTypes,
    check_max_response_bytes,
    declared_length,
    decode_content,
    response_limit,
    ssl_context,
    too_large,
)

if TYPE_CHECKING:
    from ._request import Request


class HttpxSender:
    """Send through an httpx transport; the call's deadline bounds the attempt and its body."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, *, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    ) -> None:
        self.transport = transport
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)

    async def send(self, request: Request, remaining: float) -> httpx.Response:
        if "respx.mocks" in sys.modules and isinstance(self.transport, httpx.AsyncHTTPTransport):
            respx_active()  # refuses a respx mocker that would let this request reach the network
        timeout = request.timeout
        outgoing = httpx.Request(
            request.method,
            request.url,
            headers=list(request.headers.items()),
            content=request.content,
            extensions={
                "timeout": {
                    "connect": _clamp(timeout.connect, remaining),
                    "read": _clamp(timeout.read, remaining),
                    "write": _clamp(timeout.write, remaining),
                    "pool": _clamp(timeout.pool, remaining),
                }
            },
        )
        # per-phase timeouts restart with each byte: a trickling server would never end without this
        try:
            with anyio.fail_after(remaining):
                response = await self.transport.handle_async_request(outgoing)
                try:
                    await _read(response, response_limit(request, self.max_response_bytes), outgoing)
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError as exc:
            raise httpx.ReadTimeout("the call's deadline was reached", request=outgoing) from exc
        except httpx.DecodingError as exc:  # a body that cannot be decoded: a protocol failure
            raise httpx.LocalProtocolError(f"undecodable response body: {exc}", request=outgoing) from exc
        return response

    async def aclose(self) -> None:
        await self.transport.aclose()


async def _read(response: httpx.Response, limit: int, request: httpx.Request) -> None:
    """Read ``response``'s body in chunks, stopping past ``limit`` bytes (encoded or decoded)."""
    try:
        content = response.content  # already read: a transport that built it from bytes (MockTransport)
    except httpx.ResponseNotRead:
        pass
    else:
        if len(content) > limit:
            raise too_large(limit, request)
        return
    declared = declared_length(response.headers.get("content-length"))
    if declared is not None and declared > limit:
        raise too_large(limit, request)
    chunks: list[bytes] = []
    size = 0
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError(f"the transport answered with a {type(stream).__name__}: an async stream is needed")
    raw = stream.__aiter__()
    try:
        async for chunk in raw:
            size += len(chunk)
            if size > limit:
                raise too_large(limit, request)
            chunks.append(chunk)
    finally:
        # closed here, not left to the garbage collector (trio warns about that)
        aclose = getattr(raw, "aclose", None)
        if aclose is not None:
            await aclose()
    body = b"".join(chunks)
    del chunks
    # what aread() would store, decoded here within the limit (httpx's decoders have none)
    response._content = decode_content(body, response.headers.get("content-encoding"), limit)
    await response.aclose()  # as aread() does once the stream is consumed (the connection goes back)


def _clamp(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, remaining)


class DefaultSender:
    """aiohttp on asyncio (when installed), httpx's own transport otherwise (e.g. trio).

    The choice is made on the first request, inside the running event loop. Every request then
    looks for respx (one ``sys.modules`` lookup) and, only once respx is loaded, asks respx's
    registry whether a mock is active: while one is, the request goes through httpx's
    transport, which respx patches, so respx sees it. This is decided per request, never once
    per client: respx imported, or a mock entered, after a client's first request is still
    honoured (a mock is never bypassed to reach a real host).
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        proxy: str | None,
        verify: VerifyTypes,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._limits = limits
        self._proxy = proxy
        self._verify = verify
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self.chosen: Sender | None = None
        self._mockable: HttpxSender | None = None  # httpx's transport, for requests under respx
        self._loop: Any = None  # the asyncio loop aiohttp's session belongs to (asyncio imported then)

    def _httpx_sender(self) -> HttpxSender:
        transport = httpx.AsyncHTTPTransport(
            limits=self._limits, proxy=self._proxy, verify=ssl_context(self._verify), trust_env=False
        )
        return HttpxSender(transport, max_response_bytes=self._max_response_bytes)

    def _choose(self) -> Sender:
        try:
            on_asyncio = sniffio.current_async_library() == "asyncio"
        except sniffio.AsyncLibraryNotFoundError:
            on_asyncio = False
        sender: Sender
        if on_asyncio and _aiohttp_available():
            from ._aiohttp_sender import AiohttpSender

            sender = AiohttpSender(
                limits=self._limits,
                proxy=self._proxy,
                verify=self._verify,
                max_response_bytes=self._max_response_bytes,
            )
            self._loop = sys.modules["asyncio"].get_running_loop()
        else:
            # httpx's transport is the one respx patches, and HttpxSender refuses respx's
            # using="httpx" on each request itself: later calls can skip this layer
            sender = self._mockable = self._httpx_sender()
            self.send = sender.send  # type: ignore[method-assign]
        self.chosen = sender
        return sender

    def send(self, request: Request, remaining: float) -> Coroutine[Any, Any, httpx.Response]:
        # not a coroutine function: the chosen sender's coroutine is returned as is, so this
        # layer costs a function call (tens of ns), not a second coroutine
        sender = self.chosen or self._choose()
        if self._loop is not None and sys.modules["asyncio"].get_running_loop() is not self._loop:
            sender = self._another_loop()
        if "respx.mocks" in sys.modules and sender is not self._mockable and respx_active():
            if self._mockable is None:
                self._mockable = self._httpx_sender()
            sender = self._mockable
        return sender.send(request, remaining)

    def _another_loop(self) -> Sender:
        """A call from a new event loop: its own session (the old loop's goes with that loop)."""
        old = self._loop
        if old is not None and not old.is_closed() and old.is_running():
            raise EventLoopError(
                "this ThredfiClient is in use on another event loop that is still running (another"
                " thread): use one ThredfiClient per event loop, or thredfi.Client from threads"
            )
        if old is not None and old.is_closed():
            self._close_now()
        else:
            self.forget()
        return self._choose()

    def _close_now(self) -> None:
        """The old loop is closed: close its connections directly (``AiohttpSender.close_now``)."""
        close_now = getattr(self.chosen, "close_now", None)
        if close_now is not None:
            close_now()
        self.chosen = None
        self._loop = None

    def forget(self) -> None:
        """Let go of every connection without closing it: a new loop, or a forked child, opens its own."""
        for sender in (self.chosen, self._mockable):
            if sender is not None:
                FORGOTTEN.append(sender)
        self.chosen = self._mockable = None
        self._loop = None
        self.__dict__.pop("send", None)  # httpx's transport was bound directly (see _choose)

    async def aclose(self) -> None:
        if self._loop is not None and self._loop is not sys.modules["asyncio"].get_running_loop():
            self._close_now()  # opened on a loop that is gone (a client used from several loops)
        if self.chosen is not None:
            await self.chosen.aclose()
        if self._mockable is not None and self._mockable is not self.chosen:
            await self._mockable.aclose()


def respx_active() -> bool:
    """Whether a respx mock is active (respx's default mocker patches httpx's transport).

    Reads respx's own registry of mockers (``respx.mocks.Mocker.registry``): a mock is active
    while a mocker has a router registered. Should that registry not be found (a respx this
    code does not know), it answers True: every request then goes through httpx's transport,
    which any respx mock patches, rather than risk bypassing one.

    Fails loudly for a respx mocker the SDK would bypass: ``using="httpx"`` patches
    ``httpx.AsyncClient``, which the SDK does not send through, so requests would leave unseen.
    """
    mocks = sys.modules.get("respx.mocks")
    if mocks is None:
        return False
    known, mockers = _respx_mockers
    if known is not mocks:
        found = _read_respx_registry(mocks)
        if found is None:
            return True
        mockers = found
    for mocker in mockers:
        if mocker.routers:
            break
    else:
        return False  # the common case in a test suite: respx loaded, no mock entered
    for name, mocker in mocks.Mocker.registry.items():
        if mocker.routers and name != "httpcore":
            raise RuntimeError(
                f"respx.mock(using={name!r}) does not see the Thredfi SDK's requests: use respx's default"
                " mocker (using='httpcore'), or thredfi.testing"
            )
    return True


# the loaded respx.mocks module and a live view of its registry's mockers, read once per module
_respx_mockers: tuple[ModuleType | None, ValuesView[Any]] = (None, {}.values())


def _read_respx_registry(mocks: ModuleType) -> ValuesView[Any] | None:
    """respx's mocker classes (a live view: a mocker defined later is in it too), or None if unknown."""
    global _respx_mockers
    registry = getattr(getattr(mocks, "Mocker", None), "registry", None)
    if not isinstance(registry, Mapping) or not all(hasattr(m, "routers") for m in registry.values()):
        return None  # not cached: checked again on each request, each going through httpx's transport
    _respx_mockers = (mocks, registry.values())
    return _respx_mockers[1]


def _aiohttp_available() -> bool:
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True
