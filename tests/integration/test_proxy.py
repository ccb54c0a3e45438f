"""Proxies as users expect: HTTP(S)_PROXY/NO_PROXY from the environment by default, or ``proxy=``.

Each sender is exercised where the SDK picks it by itself: aiohttp under asyncio, httpx's own
transport under trio. For plain http the proxy is a recording forward proxy on loopback that
answers itself; for https it is a CONNECT proxy (asyncio, in a thread) that tunnels to the
stand-in served over TLS on 127.0.0.1 (``test_tls``), so the request really goes through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import thredfi
from thredfi._transport import environment_proxy
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS
from tests.integration.test_tls import CHOSEN, PROXY_VARIABLES, Certificates, https_standin, make_certificates
from tests.standin import API_KEY, PARTNER_UUID, StandIn

TARGET = "http://127.0.0.1:9"  # nothing listens there: only the proxy can answer


@pytest.fixture
def sender() -> str:
    return "default"  # each test below runs where the SDK chooses its sender itself


class _RecordingProxy(BaseHTTPRequestHandler):
    """A forward proxy for plain http on loopback: it records the absolute URL and answers itself."""

    protocol_version = "HTTP/1.1"
    seen: list[str]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.seen.append(self.path)
        if self.path.endswith("/oauth2/token/"):
            payload = json.dumps({"access_token": "proxied-token", "expires_in": 3600}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        else:
            payload = b""
            self.send_response(204)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = _answer


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Proxy", (_RecordingProxy,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


async def call_through_proxy(proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    proxy_url, seen = proxy
    for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    if how == "environment":
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
    options: dict[str, Any] = {"proxy": proxy_url} if how == "argument" else {}
    async with thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="k", base_url=TARGET, **options) as client:
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    assert seen[0] == f"{TARGET}/v1/platform/oauth2/token/"
    assert seen[1].startswith(f"{TARGET}/v1/platform/businesses/{BUSINESS}/customer-credits/")


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["environment", "argument"])
async def test_aiohttp_under_asyncio_uses_the_proxy(
    proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    await call_through_proxy(proxy, monkeypatch, how)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.parametrize("how", ["environment", "argument"])
async def test_httpx_under_trio_uses_the_proxy(
    proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch, how: str, anyio_backend: str
) -> None:
    await call_through_proxy(proxy, monkeypatch, how)


def test_no_proxy_and_trust_env_false_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "")
    assert environment_proxy("https://api.example.test") == "http://proxy.internal:3128"
    monkeypatch.setenv("NO_PROXY", "example.test")
    assert environment_proxy("https://api.example.test") is None
    monkeypatch.setenv("NO_PROXY", "")
    client = thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key="k",
        base_url="https://api.example.test",
        trust_env=False,
    )
    assert client._core.sender._proxy is None  # type: ignore[attr-defined]
    client = thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="k", base_url="https://api.example.test")
    assert client._core.sender._proxy == "http://proxy.internal:3128"  # type: ignore[attr-defined]


# ---------------------------------------------------------------- HTTPS through a CONNECT proxy


class ConnectProxy:
    """A CONNECT proxy on 127.0.0.1: records each tunnel's target, then pipes bytes both ways.

    It runs its own asyncio loop in a thread, so it serves clients under asyncio and trio alike.
    Anything but a CONNECT to 127.0.0.1 is refused (only loopback may be contacted).
    """

    def __init__(self) -> None:
        self.tunnels: list[str] = []
        self.refused: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: list[asyncio.StreamWriter] = []
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="connect-proxy", daemon=True)
        self.url = ""

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> ConnectProxy:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _stop(self) -> None:
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        self._writers.append(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target, _ = line.split(" ", 2)
            host, _, port = target.rpartition(":")
            if method != "CONNECT" or host != "127.0.0.1":
                self.refused.append(line)
                writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                await writer.drain()
                return
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            self._writers.append(upstream_writer)
            self.tunnels.append(target)
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
            await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            self._tasks.discard(task)  # type: ignore[arg-type]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    finally:
        writer.close()


@pytest.fixture
def connect_proxy() -> Iterator[ConnectProxy]:
    with ConnectProxy() as proxy:
        yield proxy


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[StandIn, str, Certificates]]:
    certificates = make_certificates(tmp_path)
    with https_standin(certificates) as (standin, base_url):
        yield standin, base_url, certificates


async def call_over_https(base_url: str, ca: Path, anyio_backend: str) -> None:
    async with thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=base_url, verify=str(ca)
    ) as client:
        assert (await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())).status is not None
        assert type(client._core.sender.chosen).__name__ == CHOSEN[anyio_backend]  # type: ignore[attr-defined]


@contextlib.contextmanager
def environment(monkeypatch: pytest.MonkeyPatch, **variables: str) -> Iterator[None]:
    with monkeypatch.context() as patch:
        for name in PROXY_VARIABLES:
            patch.delenv(name, raising=False)
        for name, value in variables.items():
            patch.setenv(name, value)
        yield


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", list(CHOSEN))
async def test_https_proxy_from_the_environment_tunnels_every_request(
    tls: tuple[StandIn, str, Certificates],
    connect_proxy: ConnectProxy,
    monkeypatch: pytest.MonkeyPatch,
    anyio_backend: str,
) -> None:
    standin, base_url, certificates = tls
    with environment(monkeypatch, HTTPS_PROXY=connect_proxy.url):
        await call_over_https(base_url, certificates.ca, anyio_backend)
    target = base_url.removeprefix("https://")
    assert connect_proxy.tunnels
    assert set(connect_proxy.tunnels) == {target}
    assert connect_proxy.refused == []
    assert [r.route for r in standin.received()] == ["partner_token", "business_token", "delete_bill_payment"]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", list(CHOSEN))
@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
async def test_no_proxy_bypasses_the_https_proxy(
    tls: tuple[StandIn, str, Certificates],
    connect_proxy: ConnectProxy,
    monkeypatch: pytest.MonkeyPatch,
    anyio_backend: str,
    no_proxy: str,
) -> None:
    standin, base_url, certificates = tls
    with environment(monkeypatch, HTTPS_PROXY=connect_proxy.url, NO_PROXY=no_proxy):
        await call_over_https(base_url, certificates.ca, anyio_backend)
    assert connect_proxy.tunnels == []
    assert connect_proxy.refused == []
    assert standin.count("delete_bill_payment") == 1


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", list(CHOSEN))
async def test_an_explicit_proxy_argument_tunnels_https_too(
    tls: tuple[StandIn, str, Certificates],
    connect_proxy: ConnectProxy,
    monkeypatch: pytest.MonkeyPatch,
    anyio_backend: str,
) -> None:
    standin, base_url, certificates = tls
    with environment(monkeypatch, NO_PROXY="127.0.0.1"):  # proxy= is not subject to NO_PROXY
        async with thredfi.ThredfiClient(
            partner_uuid=PARTNER_UUID,
            api_key=API_KEY,
            base_url=base_url,
            verify=str(certificates.ca),
            proxy=connect_proxy.url,
        ) as client:
            await client.partner_token()
    assert set(connect_proxy.tunnels) == {base_url.removeprefix("https://")}
    assert standin.count("partner_token") == 1
