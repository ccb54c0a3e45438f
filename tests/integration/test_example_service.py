"""examples/service runs in-process (ASGI, lifespan included) against Prism and the loopback stand-in.

Against Prism, the SDK talks to a recording reverse proxy on 127.0.0.1 that forwards to Prism:
what Prism receives is what the proxy records, so the tests see the request id reach "Thredfi".
"""

from __future__ import annotations

import http.client
import importlib.util
import threading
import urllib.parse
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.standin import API_KEY, PARTNER_UUID, Fault, StandIn

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]
BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PAYMENT = uuid.UUID("9b2f4c1e-0c4d-4a8e-8f7e-1d2c3b4a5f60")
VENDOR = uuid.UUID("5d1c7a2e-4b3f-4e6a-9c8d-7f6e5d4c3b2a")


def load_service() -> ModuleType:
    spec = importlib.util.spec_from_file_location("example_service_app", ROOT / "examples" / "service" / "app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SERVICE = load_service()


NOT_FORWARDED = {  # hop-by-hop headers, and those http.client sets itself
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


@dataclass
class Forwarded:
    method: str
    path: str
    headers: dict[str, str]
    status: int

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


class _ForwardingHandler(BaseHTTPRequestHandler):
    """Forwards each request to ``upstream`` (one connection per request) and records it."""

    protocol_version = "HTTP/1.1"
    upstream: tuple[str, int]
    forwarded: list[Forwarded]
    lock: threading.Lock

    def log_message(self, format: str, *args: object) -> None:
        return

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _forward(self) -> None:
        body = self._read_body()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in NOT_FORWARDED}
        upstream = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            payload = answer.read()
            answer_headers = [(k, v) for k, v in answer.getheaders() if k.lower() not in NOT_FORWARDED]
        finally:
            upstream.close()
        with self.lock:
            self.forwarded.append(Forwarded(self.command, self.path, dict(self.headers.items()), answer.status))
        self.send_response(answer.status)
        for key, value in answer_headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward


class RecordingProxy:
    """A reverse proxy on 127.0.0.1 in front of ``upstream``; ``forwarded`` lists what went through."""

    def __init__(self, upstream: str) -> None:
        url = urllib.parse.urlsplit(upstream)
        assert url.hostname == "127.0.0.1"
        assert url.port is not None
        self.forwarded: list[Forwarded] = []
        self.lock = threading.Lock()
        handler = type(
            "Handler",
            (_ForwardingHandler,),
            {"upstream": (url.hostname, url.port), "forwarded": self.forwarded, "lock": self.lock},
        )
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), name="proxy", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def received(self, request_id: str) -> list[Forwarded]:
        """The requests Prism received carrying ``request_id``."""
        with self.lock:
            return [f for f in self.forwarded if f.header("X-Request-ID") == request_id]


@pytest.fixture
def prism_proxy(prism_url: str) -> Iterator[RecordingProxy]:
    proxy = RecordingProxy(prism_url)
    proxy.thread.start()
    try:
        yield proxy
    finally:
        proxy.server.shutdown()
        proxy.server.server_close()
        proxy.thread.join(timeout=10)


@pytest.fixture
def sender() -> str:
    return "default"  # the service uses the SDK's default transport (aiohttp on asyncio)


@asynccontextmanager
async def service(base_url: str, **options: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The example app with its lifespan running, and an HTTP client talking to it in-process."""
    app = SERVICE.create_app(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=base_url, **options)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test") as http,
    ):
        yield http


def path_of(forwarded: Forwarded) -> tuple[str, str]:
    return forwarded.method, forwarded.path.partition("?")[0]


PARTNER_TOKEN = ("POST", "/v1/platform/oauth2/token/")
BUSINESS_TOKEN = ("POST", f"/v1/platform/{BUSINESS}/oauth2/token/")
CANCEL = ("POST", f"/v1/platform/businesses/{BUSINESS}/bills/payments/{PAYMENT}/delete/")
LIST_VENDORS = ("GET", f"/v1/platform/businesses/{BUSINESS}/vendors/")
CREATE_PAYMENT = ("POST", f"/v1/platform/businesses/{BUSINESS}/bills/payments/")


async def test_against_prism_the_incoming_request_id_reaches_thredfi(prism_proxy: RecordingProxy) -> None:
    async with service(prism_proxy.base_url) as http:
        cancelled = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-prism-1"}
        )
        vendors = await http.get(
            f"/businesses/{BUSINESS}/vendors", params={"limit": 5}, headers={"X-Request-ID": "svc-prism-2"}
        )
        created = await http.post(
            f"/businesses/{BUSINESS}/bill-payments",
            json={"vendor_id": str(VENDOR), "amount_cents": 12500, "currency": "USD"},
            headers={"X-Request-ID": "svc-prism-3", "Idempotency-Key": "pay-once-1"},
        )
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"]
    assert vendors.status_code == 200, vendors.text
    assert 1 <= len(vendors.json()["vendors"]) <= 5
    assert created.status_code == 201, created.text
    assert created.json()["id"]
    for response, rid in ((cancelled, "svc-prism-1"), (vendors, "svc-prism-2"), (created, "svc-prism-3")):
        assert response.headers["X-Request-ID"] == rid
    # what Prism received: the token requests and each operation call carry the caller's id
    assert [path_of(f) for f in prism_proxy.received("svc-prism-1")] == [PARTNER_TOKEN, BUSINESS_TOKEN, CANCEL]
    listed = [path_of(f) for f in prism_proxy.received("svc-prism-2")]
    assert listed
    assert set(listed) == {LIST_VENDORS}  # the business token is cached: only the list's pages
    [create] = prism_proxy.received("svc-prism-3")
    assert path_of(create) == CREATE_PAYMENT
    assert create.header("Idempotency-Key") == "pay-once-1"
    assert all(200 <= f.status < 300 for f in prism_proxy.forwarded)
    assert len(prism_proxy.forwarded) == 3 + len(listed) + 1  # no request went without an id


async def test_an_unusable_incoming_request_id_is_replaced_not_a_500(prism_proxy: RecordingProxy) -> None:
    async with service(prism_proxy.base_url) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "has spaces"}
        )
    assert response.status_code == 200
    fresh = response.headers["X-Request-ID"]
    assert str(uuid.UUID(fresh)) == fresh
    assert [path_of(f) for f in prism_proxy.received(fresh)] == [PARTNER_TOKEN, BUSINESS_TOKEN, CANCEL]
    assert prism_proxy.received("has spaces") == []


async def test_the_incoming_request_id_is_what_thredfi_receives(standin: StandIn) -> None:
    standin.state.vendors = 150  # two pages
    async with service(standin.base_url) as http:
        cancelled = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-req-42"}
        )
        vendors = await http.get(f"/businesses/{BUSINESS}/vendors?limit=1000", headers={"X-Request-ID": "svc-req-43"})
        created = await http.post(
            f"/businesses/{BUSINESS}/bill-payments",
            json={"vendor_id": str(VENDOR), "amount_cents": 12500},
            headers={"X-Request-ID": "svc-req-44", "Idempotency-Key": "pay-once-44"},
        )
    assert cancelled.status_code == 200, cancelled.text
    assert vendors.status_code == 200, vendors.text
    assert len(vendors.json()["vendors"]) == 150
    assert created.status_code == 201, created.text
    received = standin.received()
    by_id = {
        rid: [r.route for r in received if r.header("X-Request-ID") == rid]
        for rid in ("svc-req-42", "svc-req-43", "svc-req-44")
    }
    assert by_id["svc-req-42"] == ["partner_token", "business_token", "delete_bill_payment"]
    assert by_id["svc-req-43"] == ["list_vendors", "list_vendors"]  # the business token is cached
    assert by_id["svc-req-44"] == ["create_bill_payment"]
    [create] = standin.received("create_bill_payment")
    assert create.header("Idempotency-Key") == "pay-once-44"


HTTP_DATE = "Wed, 21 Oct 2026 07:28:00 GMT"


@pytest.mark.parametrize(
    ("fault", "status", "error", "retry_after"),
    [
        (Fault(status=404), 404, "not_found", None),
        (Fault(status=409), 409, "conflict", None),
        (Fault(status=400, body="guide"), 422, "invalid_request", None),
        (Fault(status=422), 422, "invalid_request", None),
        (Fault(status=429, retry_after="7"), 503, "rate_limited", "7"),
        (Fault(status=429, retry_after=HTTP_DATE), 503, "rate_limited", HTTP_DATE),
        (Fault(status=429, retry_after="soon"), 503, "rate_limited", None),
        (Fault(status=429), 503, "rate_limited", None),
        (Fault(status=500), 502, "thredfi_error", None),
        (Fault(status=503, body="html"), 502, "thredfi_error", None),
        (Fault(reset=True), 502, "thredfi_unreachable", None),
    ],
)
async def test_sdk_errors_become_http_answers_with_the_request_id(
    standin: StandIn, fault: Fault, status: int, error: str, retry_after: str | None
) -> None:
    standin.fail("delete_bill_payment", fault)
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-err-1"}
        )
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    assert body["message"]
    assert body["request_id"] == "svc-err-1"
    assert response.headers.get("Retry-After") == retry_after
    if fault.status is not None:
        assert body["thredfi_status"] == fault.status
    assert API_KEY not in response.text


async def test_a_conflict_passes_on_thredfis_message(standin: StandIn) -> None:
    standin.fail("delete_bill_payment", Fault(status=409))
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel")
    assert response.status_code == 409
    assert response.json()["message"] == "injected 409"
    assert response.json()["thredfi_request_id"] == "body-rid-1"  # Thredfi's own id, for support


async def test_a_validation_error_passes_on_the_sdks_detail(standin: StandIn) -> None:
    standin.fail("create_bill_payment", Fault(status=400, body="guide"))
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments", json={"vendor_id": str(VENDOR), "amount_cents": 12500}
        )
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid_request"
    assert body["detail"] == {"amount_cents": ["must be > 0"]}


async def test_refused_credentials_are_a_502_that_says_so(standin: StandIn) -> None:
    app = SERVICE.create_app(partner_uuid=PARTNER_UUID, api_key="sk-wrong-key-1", base_url=standin.base_url)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service.test") as http,
    ):
        response = await http.get(f"/businesses/{BUSINESS}/vendors", headers={"X-Request-ID": "svc-auth-1"})
    assert response.status_code == 502, response.text
    body = response.json()
    assert body["error"] == "thredfi_auth_failed"
    assert body["message"] == "Thredfi refused this service's credentials"
    assert body["request_id"] == "svc-auth-1"
    assert body["thredfi_status"] == 401
    assert "sk-wrong-key-1" not in response.text
    assert standin.count("list_vendors") == 0


async def test_an_operation_refusing_every_token_is_a_502_that_says_so(standin: StandIn) -> None:
    standin.state.always_401.add("delete_bill_payment")
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel")
    assert response.status_code == 502, response.text
    assert response.json()["error"] == "thredfi_auth_failed"
    assert response.json()["thredfi_status"] == 401


@pytest.mark.parametrize("fault", [Fault(status=429, retry_after="3"), Fault(status=503, retry_after="3")])
async def test_a_token_endpoint_asking_to_wait_is_a_503_with_retry_after(standin: StandIn, fault: Fault) -> None:
    standin.fail("partner_token", fault)
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-tok-1"}
        )
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "3"
    body = response.json()
    assert body["error"] == "thredfi_unavailable"
    assert body["request_id"] == "svc-tok-1"
    assert standin.count("delete_bill_payment") == 0


async def test_a_token_answer_without_a_token_is_a_502_not_an_auth_failure(standin: StandIn) -> None:
    standin.fail("partner_token", Fault(status=200, payload=b"{}"))
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel")
    assert response.status_code == 502, response.text
    assert response.json()["error"] == "thredfi_error"


async def test_a_thredfi_timeout_is_a_504(standin: StandIn) -> None:
    standin.fail("delete_bill_payment", Fault(hang=True))
    async with service(standin.base_url, max_retries=0, timeout=0.5) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel")
    assert response.status_code == 504, response.text
    body = response.json()
    assert body["error"] == "thredfi_timeout"
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert body["maybe_applied"] is True  # sent, then no answer: a retry should reuse its key


async def test_an_invalid_payment_is_a_422_before_calling_thredfi(standin: StandIn) -> None:
    async with service(standin.base_url) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments", json={"amount_cents": 1})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_payment"
    assert standin.received("create_bill_payment") == []
