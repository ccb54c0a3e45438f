"""Hostile responses over real sockets on 127.0.0.1 (issue 25), on both senders.

A raw HTTP/1.1 server in a thread answers what no well-behaved server would: bodies nested
10,000 deep, ``Content-Encoding: gzip`` on a plain body, a gzip bomb, a declared length past the
limit, endless chunked and endless unframed bodies, out-of-range token lifetimes. Every call
must end with a typed ``thredfi.ThredfiError`` carrying a request id, and no response may cost
more than about twice the size limit in memory.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import tracemalloc
import uuid
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import thredfi
from thredfi._aiohttp_sender import AiohttpSender
from thredfi._request import RequestOptions, build_request
from thredfi._sender import HttpxSender
from thredfi._token_endpoint import MAX_TOKEN_RESPONSE_BYTES
from thredfi._transport import DEFAULT_MAX_RESPONSE_BYTES, Sender
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.vendors import get_vendor

pytestmark = pytest.mark.asyncio

PARTNER_UUID = "2b7f0c1e-6a4d-4f8e-9c3b-5d1a7e9f0b2c"
API_KEY = "sk-hostile-responses-5e8d1c"
BUSINESS = uuid.UUID("7c9e6679-7425-40de-944b-e07fc1f90ae7")
DEEP = b"[" * 10_000 + b"]" * 10_000
FRAME = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"  # one 64 KiB chunk of a chunked body
_bombs: dict[int, bytes] = {}


def bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about a thousandth of that on the wire)."""
    if size not in _bombs:
        _bombs[size] = gzip.compress(bytes(size), compresslevel=1)
    return _bombs[size]


def head(status: int, *lines: str) -> bytes:
    return ("\r\n".join([f"HTTP/1.1 {status} X", *lines, "Connection: close"]) + "\r\n\r\n").encode()


def answer(status: int, body: bytes, *lines: str) -> bytes:
    return head(status, f"Content-Length: {len(body)}", "Content-Type: application/json", *lines) + body


TOKEN = json.dumps({"access_token": "tok-hostile-ok", "token_type": "Bearer", "expires_in": 3600}).encode()


class Hostile:
    """Answers token requests with ``token_mode`` and every other request with ``mode``."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.token_mode = "ok"
        self.paths: list[str] = []
        self.limit = DEFAULT_MAX_RESPONSE_BYTES
        self._stop = threading.Event()
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(64)
        self._socket.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            request_head, _, body = data.partition(b"\r\n\r\n")
            lines = request_head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            length = next((int(line.split(":")[1]) for line in lines if line.lower().startswith("content-length:")), 0)
            while len(body) < length:
                body += conn.recv(65536)
            self.paths.append(path)
            token = path.endswith("/oauth2/token/")
            self._send(conn, self.token_mode if token else self.mode, token)
        except OSError:
            pass  # the client hung up: what it does past the limit
        finally:
            conn.close()

    def _send(self, conn: socket.socket, mode: str, token: bool) -> None:
        request_id = "X-Request-ID: srv-hostile"
        if mode == "ok":
            conn.sendall(answer(200, TOKEN if token else b'{"id": "v", "company_name": "Hostile Ltd"}'))
        elif mode == "deep_200":
            conn.sendall(answer(200, DEEP, request_id))
        elif mode == "deep_400":
            conn.sendall(answer(400, DEEP, request_id))
        elif mode == "deep_object_500":
            conn.sendall(answer(500, b'{"a":' * 10_000 + b"1" + b"}" * 10_000, request_id))
        elif mode in ("bad_gzip", "bad_deflate_422"):
            status, coding = (200, "gzip") if mode == "bad_gzip" else (422, "deflate")
            conn.sendall(answer(status, b'{"id": 1}', f"Content-Encoding: {coding}", request_id))
        elif mode == "gzip_bomb":
            conn.sendall(answer(200, bomb(self.limit + 1), "Content-Encoding: gzip"))
        elif mode == "declared_too_large":
            conn.sendall(head(200, f"Content-Length: {self.limit + 1}") + b"x" * 65536)
            conn.recv(1)  # hold the rest back until the client hangs up
        elif mode == "endless_chunked":
            conn.sendall(head(200, "Transfer-Encoding: chunked"))
            while True:
                conn.sendall(FRAME)
        elif mode == "endless_unframed":
            conn.sendall(head(200))  # no length: the body ends when the connection does, never
            while True:
                conn.sendall(FRAME)
        elif mode == "expires_in_1e30":
            body = b'{"access_token": "tok-hostile-ok", "expires_in": 1' + b"0" * 30 + b"}"
            conn.sendall(answer(200, body))
        elif mode == "expires_in_400_nines":
            conn.sendall(answer(200, b'{"access_token": "tok-hostile-ok", "expires_in": ' + b"9" * 400 + b".0}"))
        else:
            raise AssertionError(mode)

    def __enter__(self) -> Hostile:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with Hostile() as server:
        yield server


def client(hostile: Hostile, sender: str, **options: Any) -> thredfi.ThredfiClient:
    if sender == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    return thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key=API_KEY,
        base_url=hostile.base_url,
        retry_policy=thredfi.RetryPolicy(max_retries=1, initial_backoff=0.0, jitter=0.0, deadline=60.0),
        **options,
    )


async def call(hostile: Hostile, sender: str, *, write: bool = False) -> thredfi.ThredfiError:
    """One call inside a request context; the typed error it raised (anything else fails the test)."""
    async with client(hostile, sender) as sdk:
        api = sdk.for_business(BUSINESS).api
        with thredfi.request_context("rid-hostile"), anyio.fail_after(60):
            try:
                if write:  # a non-idempotent cancel: never resent after it may have been applied
                    await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=api)
                else:
                    await get_vendor.asyncio(BUSINESS, uuid.uuid4(), client=api)
            except thredfi.ThredfiError as exc:
                return exc
    raise AssertionError("the call succeeded")


@pytest.mark.parametrize(("mode", "status"), [("deep_400", 400), ("deep_object_500", 500)])
async def test_the_issue_case_an_error_body_nested_10000_deep_is_a_typed_status_error(
    hostile: Hostile, sender: str, mode: str, status: int
) -> None:
    hostile.mode = mode
    error = await call(hostile, sender)
    assert isinstance(error, thredfi.APIStatusError)
    assert (error.status_code, error.request_id) == (status, "srv-hostile")
    assert isinstance(error.body, str)  # kept as text: too deep to decode


async def test_the_issue_case_a_2xx_body_nested_10000_deep_is_a_response_validation_error(
    hostile: Hostile, sender: str
) -> None:
    # through the resource methods, which type a 2xx body that fits no model (_resource.validation_error)
    hostile.mode = "deep_200"
    async with client(hostile, sender) as sdk:
        with thredfi.request_context("rid-deep"), pytest.raises(thredfi.APIResponseValidationError) as info:
            await sdk.for_business(BUSINESS).vendors.get(uuid.uuid4())
    assert info.value.request_id == "srv-hostile"


@pytest.mark.parametrize("mode", ["bad_gzip", "bad_deflate_422"])
@pytest.mark.parametrize("write", [False, True])
async def test_the_issue_case_a_body_declared_compressed_that_is_not_is_a_connection_error(
    hostile: Hostile, sender: str, mode: str, write: bool
) -> None:
    hostile.mode = mode
    error = await call(hostile, sender, write=write)
    assert type(error) is thredfi.APIConnectionError
    assert "undecodable response body" in str(error)
    assert error.request_id == "rid-hostile"
    assert error.maybe_applied is True
    assert len([p for p in hostile.paths if "oauth2" not in p]) == 1  # never resent


@pytest.mark.parametrize("mode", ["endless_chunked", "endless_unframed", "declared_too_large", "gzip_bomb"])
@pytest.mark.parametrize("write", [False, True])
async def test_the_issue_case_a_body_past_the_size_limit_is_a_connection_error_never_retried(
    hostile: Hostile, sender: str, mode: str, write: bool
) -> None:
    hostile.mode = mode
    error = await call(hostile, sender, write=write)
    assert type(error) is thredfi.APIConnectionError
    assert f"exceeded {DEFAULT_MAX_RESPONSE_BYTES} bytes" in str(error)
    assert error.request_id == "rid-hostile"
    assert error.maybe_applied is True  # the server answered: a write may have been applied
    assert len([p for p in hostile.paths if "oauth2" not in p]) == 1  # not retried, even the GET


@pytest.mark.parametrize("mode", ["deep_200", "deep_400"])
async def test_a_token_response_nested_10000_deep_is_a_token_error_with_the_request_id(
    hostile: Hostile, sender: str, mode: str
) -> None:
    hostile.token_mode = mode
    async with client(hostile, sender) as sdk:
        with thredfi.request_context("rid-token"), pytest.raises(thredfi.TokenError) as info:
            await sdk.partner_token()
    assert info.value.request_id == "rid-token"
    assert info.value.server_request_id == "srv-hostile"


@pytest.mark.parametrize("mode", ["bad_gzip", "endless_chunked", "gzip_bomb"])
async def test_a_broken_or_oversized_token_response_is_a_typed_error(hostile: Hostile, sender: str, mode: str) -> None:
    hostile.token_mode = mode
    async with client(hostile, sender) as sdk:
        with thredfi.request_context("rid-token"), pytest.raises(thredfi.APIConnectionError) as info:
            await sdk.partner_token()
    assert info.value.request_id == "rid-token"


@pytest.mark.parametrize("mode", ["expires_in_1e30", "expires_in_400_nines"])
async def test_the_issue_case_a_token_lifetime_out_of_range_is_clamped_and_calls_work(
    hostile: Hostile, sender: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("WARNING", logger="thredfi")
    hostile.token_mode = mode
    async with client(hostile, sender) as sdk:
        token = await sdk.partner_token()
        vendor = await get_vendor.asyncio(BUSINESS, uuid.uuid4(), client=sdk.for_business(BUSINESS).api)
    assert token.expires_in == 365 * 24 * 3600
    assert vendor is not None
    warnings = [r.getMessage() for r in caplog.records if "expires_in" in r.getMessage()]
    assert len(warnings) == 2  # the partner token's and the business token's
    assert all("tok-hostile-ok" not in w for w in warnings)


# ---------------------------------------------------------------- memory: about twice the limit at most

LIMIT = 4 * 1024 * 1024
OPTIONS = RequestOptions(timeout=httpx.Timeout(30.0), max_retries=0)


def make_sender(sender: str) -> Sender:
    if sender == "httpx":
        return HttpxSender(httpx.AsyncHTTPTransport(), max_response_bytes=LIMIT)
    return AiohttpSender(max_response_bytes=LIMIT)


async def peak_while_sending(sender: Sender, base_url: str) -> tuple[int, BaseException | None]:
    """Bytes allocated at the peak of one send, above what was live before it, and its error."""
    request = build_request(base_url, OPTIONS, "GET", "/v1/x/")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        error: BaseException | None = None
        try:
            with anyio.fail_after(60):
                await sender.send(request, 30.0)
        except httpx.TransportError as exc:
            error = exc
        return tracemalloc.get_traced_memory()[1] - before, error
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("mode", ["endless_chunked", "endless_unframed", "gzip_bomb", "ok_at_the_limit"])
async def test_the_issue_case_a_response_never_costs_more_than_about_twice_the_limit(
    hostile: Hostile, sender: str, mode: str
) -> None:
    hostile.limit = LIMIT
    if mode == "ok_at_the_limit":  # the largest body accepted, gzipped: raw and decoded bodies both held
        hostile.mode = "gzip_bomb"
        hostile.limit = LIMIT - 1
    else:
        hostile.mode = mode
    sending = make_sender(sender)
    try:
        peak, error = await peak_while_sending(sending, hostile.base_url)
    finally:
        await sending.aclose()
    if mode == "ok_at_the_limit":
        assert error is None
    else:
        assert type(error) is httpx.ProtocolError
        assert "exceeded" in str(error)
    assert peak < 2 * LIMIT + 1024 * 1024, f"{peak / LIMIT:.2f} times the limit"


async def test_a_body_past_the_limit_that_ends_is_refused_too(hostile: Hostile, sender: str) -> None:
    # what the endless bodies show, on a body that ends: the limit, not the deadline, stops it
    hostile.mode = "gzip_bomb"
    hostile.limit = 3 * LIMIT
    sending = make_sender(sender)
    try:
        with pytest.raises(httpx.ProtocolError, match=f"exceeded {LIMIT} bytes"):
            await sending.send(build_request(hostile.base_url, OPTIONS, "GET", "/v1/x/"), 30.0)
    finally:
        await sending.aclose()


@pytest.mark.parametrize("mode", ["endless_chunked", "gzip_bomb"])
async def test_a_token_response_is_held_to_its_own_smaller_limit(hostile: Hostile, sender: str, mode: str) -> None:
    hostile.token_mode = mode
    async with client(hostile, sender) as sdk:
        with thredfi.request_context("rid-token"), pytest.raises(thredfi.APIConnectionError) as info:
            await sdk.partner_token()
    assert f"exceeded {MAX_TOKEN_RESPONSE_BYTES} bytes" in str(info.value)
    assert info.value.request_id == "rid-token"


async def test_max_response_bytes_is_a_client_setting(hostile: Hostile, sender: str) -> None:
    hostile.mode = "endless_chunked"
    async with client(hostile, sender, max_response_bytes=1_000_000) as sdk:
        with pytest.raises(thredfi.APIConnectionError, match="exceeded 1000000 bytes"):
            await sdk.for_business(BUSINESS).vendors.get(uuid.uuid4())


@pytest.mark.parametrize("value", [0, -1, True, 2.5])
async def test_max_response_bytes_is_checked_by_the_client(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, max_response_bytes=value)  # type: ignore[arg-type]
