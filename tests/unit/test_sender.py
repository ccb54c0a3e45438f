"""The httpx sender and what both senders share: the response size limit and bounded decoding.

Bodies are streamed by an ``httpx.MockTransport`` handler (``stream=``, never read up front), so
the sender reads them as it would from the network; the aiohttp sender's own reading is tested
in tests/unit/test_aiohttp_sender.py and, on real sockets, tests/integration/test_hostile_responses_standin.py.
"""

from __future__ import annotations

import dataclasses
import gzip
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest
import thredfi._retry as retry
from thredfi._request import Request, RequestOptions, build_request
from thredfi._sender import DefaultSender, HttpxSender
from thredfi._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    check_max_response_bytes,
    declared_length,
    decode_content,
    response_limit,
)

pytestmark = pytest.mark.anyio
OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)
CHUNK = b"x" * 65_536


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def get(path: str = "/v1/x/") -> Request:
    return build_request("https://api.test", OPTIONS, "GET", path)


class Body(httpx.AsyncByteStream):
    """A streamed body: ``chunks`` chunks (None: endless), counting what was read and whether it was closed."""

    def __init__(self, chunks: int | None, chunk: bytes = CHUNK) -> None:
        self.chunks, self.chunk = chunks, chunk
        self.sent = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.chunks is None or self.sent < self.chunks:
            self.sent += 1
            yield self.chunk

    async def aclose(self) -> None:
        self.closed = True


def sender_for(body: Body, limit: int, headers: dict[str, str] | None = None) -> HttpxSender:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers or {}, stream=body)

    return HttpxSender(httpx.MockTransport(answer), max_response_bytes=limit)


# ---------------------------------------------------------------- the size limit while reading


async def test_the_issue_case_an_endless_body_stops_past_the_limit_and_is_closed() -> None:
    body = Body(chunks=None)
    sender = sender_for(body, limit=1_000_000)
    with pytest.raises(httpx.ProtocolError, match="exceeded 1000000 bytes"):
        await sender.send(get(), 30.0)
    assert body.sent == 1_000_000 // len(CHUNK) + 1  # not a chunk more than it took to pass the limit
    assert body.closed


async def test_a_body_up_to_the_limit_is_read_whole() -> None:
    body = Body(chunks=4)
    response = await sender_for(body, limit=4 * len(CHUNK)).send(get(), 30.0)
    assert response.content == CHUNK * 4
    assert body.closed


async def test_a_declared_content_length_over_the_limit_fails_before_reading() -> None:
    body = Body(chunks=None)
    sender = sender_for(body, limit=1_000, headers={"Content-Length": "50000000"})
    with pytest.raises(httpx.ProtocolError, match="exceeded"):
        await sender.send(get(), 30.0)
    assert body.sent == 0
    assert body.closed


async def test_a_response_a_transport_built_from_bytes_is_held_to_the_limit_too() -> None:
    built = httpx.MockTransport(lambda r: httpx.Response(200, content=b"y" * 2_000))
    sender = HttpxSender(built, max_response_bytes=1_000)
    with pytest.raises(httpx.ProtocolError, match="exceeded"):
        await sender.send(get(), 30.0)


async def test_a_request_can_carry_a_lower_limit_of_its_own() -> None:
    # the token requests do: a token response is a few hundred bytes
    @dataclasses.dataclass(eq=False)
    class Limited(Request):
        max_response_bytes: int | None = None

    plain = get()
    fields = {f.name: getattr(plain, f.name) for f in dataclasses.fields(Request)}
    limited = Limited(**{**fields, "max_response_bytes": 100})
    assert response_limit(plain, 1_000) == 1_000
    assert (response_limit(limited, 1_000), response_limit(limited, 50)) == (100, 50)  # the lower one
    sender = HttpxSender(httpx.MockTransport(lambda r: httpx.Response(200, stream=Body(chunks=1, chunk=b"z" * 500))))
    assert (await sender.send(plain, 30.0)).content == b"z" * 500
    with pytest.raises(httpx.ProtocolError, match="exceeded 100 bytes"):
        await sender.send(limited, 30.0)


def test_the_size_error_is_never_retried_and_says_the_request_may_have_been_applied() -> None:
    post = build_request("https://api.test", OPTIONS, "POST", "/v1/x/")
    error = httpx.ProtocolError("the response exceeded 1 bytes")
    assert retry.should_retry_error(post, error) is False
    assert retry.should_retry_error(get(), error) is False  # the same request would get the same body
    assert retry.never_sent(error) is False


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1"])
def test_max_response_bytes_is_checked(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        check_max_response_bytes(value)
    with pytest.raises(ValueError, match="max_response_bytes"):
        HttpxSender(httpx.MockTransport(lambda r: httpx.Response(200)), max_response_bytes=value)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_response_bytes"):
        DefaultSender(limits=httpx.Limits(), proxy=None, verify=True, max_response_bytes=value)  # type: ignore[arg-type]


def test_the_default_limit_is_64_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    sender = HttpxSender(httpx.MockTransport(lambda r: httpx.Response(200)))
    assert sender.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("12", 12), (" 7 ", 7), ("", None), ("abc", None), ("1, 1", None), ("-3", None), ("\u00b2", None)],
)
def test_declared_length_reads_one_number_or_nothing(value: str | None, expected: int | None) -> None:
    assert declared_length(value) == expected


# ---------------------------------------------------------------- bounded decoding


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("GZip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
        ("identity", lambda data: data),
        ("br", lambda data: data),  # a coding httpx does not decode here is left as it is
        ("gzip, deflate", lambda data: zlib.compress(gzip.compress(data))),
    ],
)
def test_bodies_are_decoded_as_httpx_decodes_them(encoding: str, encode: object) -> None:
    data = b'{"a": [1, 2, 3], "b": "' + b"q" * 5_000 + b'"}'
    encoded = encode(data)  # type: ignore[operator]
    assert decode_content(encoded, encoding, 1_000_000) == data
    assert httpx.Response(200, headers={"Content-Encoding": encoding}, content=encoded).content == data


def test_the_issue_case_a_body_declared_gzip_that_is_not_is_a_decoding_error() -> None:
    for encoding in ("gzip", "deflate"):
        with pytest.raises(httpx.DecodingError):
            decode_content(b'{"id": 1}', encoding, 1_000_000)  # raw deflate would read some bodies as garbage


def test_a_compression_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(bytes(50_000_000))  # about 50 KB on the wire
    assert len(bomb) < 100_000
    with pytest.raises(httpx.ProtocolError, match="exceeded 1000000 bytes"):
        decode_content(bomb, "gzip", 1_000_000)
    assert decode_content(gzip.compress(bytes(1_000_000)), "gzip", 1_000_000) == bytes(1_000_000)


async def test_the_httpx_sender_maps_an_undecodable_body_to_a_protocol_error_never_retried() -> None:
    sender = sender_for(Body(chunks=1, chunk=b'{"id": 1}'), limit=1_000, headers={"Content-Encoding": "gzip"})
    with pytest.raises(httpx.LocalProtocolError, match="undecodable response body"):
        await sender.send(get(), 30.0)


async def test_the_httpx_sender_stops_a_gzip_bomb_at_the_limit() -> None:
    bomb = gzip.compress(bytes(20_000_000))
    sender = sender_for(Body(chunks=1, chunk=bomb), limit=1_000_000, headers={"Content-Encoding": "gzip"})
    with pytest.raises(httpx.ProtocolError, match="exceeded"):
        await sender.send(get(), 30.0)


async def test_the_httpx_sender_decodes_a_gzip_body() -> None:
    sender = sender_for(Body(chunks=1, chunk=gzip.compress(b'{"ok": true}')), 1_000, {"Content-Encoding": "gzip"})
    response = await sender.send(get(), 30.0)
    assert response.json() == {"ok": True}
    assert response.headers["content-encoding"] == "gzip"  # the headers stay as the server sent them
