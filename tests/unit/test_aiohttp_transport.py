"""The aiohttp transport's failure mapping decides what the retry layer may resend: a failure
to connect means the request never left; anything after that may have reached the server."""

from __future__ import annotations

import socket
import types
from collections.abc import Iterator

import aiohttp
import httpx
import pytest
import thredfi._retry as retry
from thredfi._aiohttp_transport import AiohttpTransport, DefaultTransport, _map_error

POST = httpx.Request("POST", "https://api.test/v1/platform/businesses/b/bills/payments/p/delete/")
KEY = types.SimpleNamespace(host="127.0.0.1", port=1, ssl=None)


@pytest.mark.parametrize(
    ("error", "mapped", "post_may_be_retried"),
    [
        (aiohttp.ClientConnectorError(KEY, ConnectionRefusedError(111, "refused")), httpx.ConnectError, True),
        (aiohttp.ConnectionTimeoutError("connect timed out"), httpx.ConnectTimeout, True),
        (aiohttp.SocketTimeoutError("read timed out"), httpx.ReadTimeout, False),
        (aiohttp.ServerTimeoutError("timed out"), httpx.ReadTimeout, False),
        (TimeoutError(), httpx.ReadTimeout, False),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, False),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError, False),
        (aiohttp.ClientPayloadError("truncated body"), httpx.ReadError, False),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol, False),
        (
            ValueError("Newline or carriage return character detected in HTTP status message"),
            httpx.LocalProtocolError,
            False,
        ),
    ],
)
def test_failures_map_to_what_they_say_about_the_request(
    error: Exception, mapped: type[httpx.TransportError], post_may_be_retried: bool
) -> None:
    result = _map_error(error, POST)
    assert type(result) is mapped
    assert result.request is POST
    assert retry.should_retry_error(POST, result) is post_may_be_retried


def test_non_aiohttp_errors_are_not_mapped() -> None:
    assert _map_error(RuntimeError("bug"), POST) is None


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A loopback port that is ours but not listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"


@pytest.mark.asyncio
async def test_the_default_on_asyncio_is_aiohttp_and_it_closes(refusing_url: str) -> None:
    transport = DefaultTransport(limits=httpx.Limits(max_connections=5))
    with pytest.raises(httpx.ConnectError):
        await transport.handle_async_request(httpx.Request("GET", refusing_url))
    assert isinstance(transport.chosen, AiohttpTransport)
    session = transport.chosen._session
    assert session is not None
    await transport.aclose()
    assert session.closed


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_default_under_trio_is_httpx(anyio_backend: str, refusing_url: str) -> None:
    transport = DefaultTransport(limits=httpx.Limits())
    with pytest.raises(httpx.ConnectError):
        await transport.handle_async_request(httpx.Request("GET", refusing_url))
    assert isinstance(transport.chosen, httpx.AsyncHTTPTransport)
    await transport.aclose()
