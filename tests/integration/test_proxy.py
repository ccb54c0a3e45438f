"""Proxies as users expect: HTTP(S)_PROXY/NO_PROXY from the environment by default, or ``proxy=``.

Each sender is exercised where the SDK picks it by itself: aiohttp under asyncio, httpx's own
transport under trio. The proxy is a recording forward proxy on loopback that answers itself.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import thredfi
from thredfi._sender import environment_proxy
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS

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
    async with thredfi.ThredfiClient(partner_uuid="p", api_key="k", base_url=TARGET, **options) as client:
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
    client = thredfi.ThredfiClient(partner_uuid="p", api_key="k", base_url="https://api.example.test", trust_env=False)
    assert client._core.sender._proxy is None  # type: ignore[attr-defined]
    client = thredfi.ThredfiClient(partner_uuid="p", api_key="k", base_url="https://api.example.test")
    assert client._core.sender._proxy == "http://proxy.internal:3128"  # type: ignore[attr-defined]
