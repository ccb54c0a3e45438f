"""The aiohttp sender: failure mapping decides what the retry step may resend (a failure to
connect means the request never left; anything after may have reached the server), responses
are built without re-reading the body, and aiohttp's own hidden retry is off."""

from __future__ import annotations

import gzip
import socket
import types
from collections.abc import Iterator

import aiohttp
import httpx
import pytest
import thredfi._retry as retry
from thredfi._aiohttp_sender import AiohttpSender, map_error, read_response
from thredfi._request import RequestOptions, build_request
from thredfi._sender import DefaultSender, HttpxSender

OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)
POST = build_request("https://api.test", OPTIONS, "POST", "/v1/platform/businesses/b/bills/payments/p/delete/")
KEY = types.SimpleNamespace(host="127.0.0.1", port=1, ssl=None)


@pytest.mark.parametrize(
    ("error", "mapped", "post_may_be_retried"),
    [
        (aiohttp.ClientConnectorError(KEY, ConnectionRefusedError(111, "refused")), httpx.ConnectError, True),  # type: ignore[arg-type]
        (aiohttp.ConnectionTimeoutError("connect timed out"), httpx.ConnectTimeout, True),
        (aiohttp.SocketTimeoutError("read timed out"), httpx.ReadTimeout, False),
        (aiohttp.ServerTimeoutError("timed out"), httpx.ReadTimeout, False),
        (TimeoutError(), httpx.ReadTimeout, False),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, False),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError, False),
        (aiohttp.ClientPayloadError("truncated body"), httpx.ReadError, False),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol, False),
        (ValueError("Newline or carriage return character detected"), httpx.LocalProtocolError, False),
    ],
)
def test_failures_map_to_what_they_say_about_the_request(
    error: Exception, mapped: type[httpx.TransportError], post_may_be_retried: bool
) -> None:
    result = map_error(error, POST)
    assert type(result) is mapped
    assert result is not None
    assert retry.should_retry_error(POST, result) is post_may_be_retried


def test_non_aiohttp_errors_are_not_mapped() -> None:
    assert map_error(RuntimeError("bug"), POST) is None


def test_a_plain_body_is_kept_as_is_and_an_encoded_one_is_decoded() -> None:
    plain = read_response(200, [(b"Content-Type", b"application/json")], b'{"a": 1}', "OK")
    assert (plain.status_code, plain.content, plain.json(), plain.reason_phrase) == (200, b'{"a": 1}', {"a": 1}, "OK")
    assert plain.headers["content-type"] == "application/json"
    encoded = read_response(200, [(b"Content-Encoding", b"gzip")], gzip.compress(b'{"b": 2}'), "OK")
    assert encoded.json() == {"b": 2}


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A loopback port that is ours but not listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.asyncio
async def test_the_default_on_asyncio_is_aiohttp_without_its_hidden_retry(refusing_url: str) -> None:
    sender = DefaultSender(limits=httpx.Limits(max_connections=5), proxy=None, verify=True)
    with pytest.raises(httpx.ConnectError):
        await sender.send(build_request(refusing_url, OPTIONS, "GET", "/x/"), 5.0)
    assert isinstance(sender.chosen, AiohttpSender)
    session = sender.chosen._session
    assert session is not None
    assert session._retry_connection is False  # aiohttp would resend a GET/PUT/DELETE on a dropped connection
    await sender.aclose()
    assert session.closed


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_default_under_trio_is_httpx(anyio_backend: str, refusing_url: str) -> None:
    sender = DefaultSender(limits=httpx.Limits(), proxy=None, verify=True)
    with pytest.raises(httpx.ConnectError):
        await sender.send(build_request(refusing_url, OPTIONS, "GET", "/x/"), 5.0)
    assert isinstance(sender.chosen, HttpxSender)
    assert isinstance(sender.chosen.transport, httpx.AsyncHTTPTransport)
    await sender.aclose()


# ---------------------------------------------------------------- hostile responses (issue 25)


def test_the_issue_case_a_body_declared_gzip_that_is_not_maps_to_the_httpx_senders_error() -> None:
    for encoding in (b"gzip", b"deflate"):
        with pytest.raises(httpx.DecodingError) as info:
            read_response(200, [(b"Content-Encoding", encoding)], b'{"id": 1}', "OK")
        mapped = map_error(info.value, POST)
        assert type(mapped) is httpx.LocalProtocolError  # what HttpxSender raises for the same body
        assert "undecodable response body" in str(mapped)
        assert retry.should_retry_error(POST, mapped) is False
    assert map_error(httpx.ProtocolError("too large"), POST) is None  # the size error is raised as it is


def test_an_encoded_body_is_decoded_within_the_limit() -> None:
    bomb = gzip.compress(bytes(10_000_000))
    with pytest.raises(httpx.ProtocolError, match="exceeded 1000000 bytes"):
        read_response(200, [(b"Content-Encoding", b"gzip")], bomb, "OK", 1_000_000)
    small = read_response(200, [(b"Content-Encoding", b"gzip")], gzip.compress(b"[]"), "OK", 1_000_000)
    assert small.json() == []


def test_a_reason_phrase_that_is_not_utf8_is_kept_not_refused() -> None:
    response = read_response(200, [], b"{}", "Fine \udcff", 1_000)
    assert response.reason_phrase.startswith("Fine")


@pytest.mark.parametrize("value", [0, True, 2.5])
def test_the_aiohttp_sender_checks_max_response_bytes(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        AiohttpSender(max_response_bytes=value)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_the_default_sender_hands_its_limit_to_whichever_sender_it_picks() -> None:
    sender = DefaultSender(limits=httpx.Limits(), proxy=None, verify=True, max_response_bytes=12_345)
    chosen = sender._choose()
    assert isinstance(chosen, AiohttpSender)
    assert chosen.max_response_bytes == 12_345
    assert sender._httpx_sender().max_response_bytes == 12_345  # the one used under respx
    await sender.aclose()
