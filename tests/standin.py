"""A fault-injecting Thredfi stand-in: a real HTTP/1.1 server on 127.0.0.1, in a thread.

It serves both token endpoints, the two seed operations and a create-bill-payment POST, checks
credentials and tokens like Thredfi does, records every request it receives, and can be told
to misbehave on the next requests of a route: answer 5xx/429 (JSON, HTML, empty, plain-text
bodies; with or without Retry-After), reset the connection, or hold the response (so the
client times out). Tokens can be revoked, and token responses held behind a gate.
"""

from __future__ import annotations

import base64
import collections
import json
import re
import socket
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

PARTNER_UUID = "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"
NEW_VENDOR_ID = "5b0f8c2e-1d3a-4e5f-9a7b-6c8d9e0f1a2b"  # the id create_vendor gives
API_KEY = "sk-standin-4f9a7c1e2b"  # a secret for the tests: must never show up in logs or errors

ROUTES: list[tuple[str, str, re.Pattern[str]]] = [
    ("partner_token", "POST", re.compile(r"^/v1/platform/oauth2/token/$")),
    ("business_token", "POST", re.compile(r"^/v1/platform/(?P<business>[^/]+)/oauth2/token/$")),
    (
        "delete_bill_payment",
        "POST",
        re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/bills/payments/(?P<id>[^/]+)/delete/$"),
    ),
    ("create_bill_payment", "POST", re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/bills/payments/$")),
    ("list_vendors", "GET", re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/vendors/$")),
    ("create_vendor", "POST", re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/vendors/$")),
    ("get_vendor", "GET", re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/vendors/(?P<id>[^/]+)/$")),
    (
        "delete_customer_credit",
        "DELETE",
        re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/customer-credits/(?P<id>[^/]+)/$"),
    ),
    # answers any method with what it received (for the request-encoding tests)
    ("echo", "*", re.compile(r"^/v1/platform/businesses/(?P<business>[^/]+)/echo/$")),
]


@dataclass
class Fault:
    """What to do instead of answering normally, once."""

    status: int | None = None
    body: str = "json"  # json | guide | html | empty | text
    retry_after: str | None = None
    request_id: str | None = None  # sent as the X-Request-ID response header
    reset: bool = False  # close the connection without an answer
    reset_after: bool = False  # act on the request, then close the connection without an answer
    hang: bool = False  # never answer (until the stand-in stops)
    trickle: bool = False  # answer headers, then one body byte every 50 ms, never finishing
    payload: bytes | None = None  # this exact body (with ``content_type``) instead of ``body``'s kind
    content_type: str | None = "application/json"


@dataclass
class Received:
    route: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the client's address: one per connection

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class _State:
    expires_in: int = 3600
    tokens: dict[str, str | None] = field(default_factory=dict)  # token -> business id (None: partner)
    revoked: set[str] = field(default_factory=set)
    always_401: set[str] = field(default_factory=set)  # routes that refuse every token
    faults: dict[str, collections.deque[Fault]] = field(
        default_factory=lambda: collections.defaultdict(collections.deque)
    )
    received: list[Received] = field(default_factory=list)
    counter: int = 0
    vendors: int = 0  # how many vendors list_vendors serves
    deleted: set[str] = field(default_factory=set)  # customer credits deleted (a second delete is a 404)
    page_form: str = "page_info"  # page_info | drf | bare


class StandIn:
    def __init__(self) -> None:
        self.state = _State()
        self.lock = threading.Lock()
        self.release = threading.Event()  # set on stop: held responses give up
        self.token_gate: threading.Event | None = None  # when set by a test: token answers wait for it
        self.token_requested = threading.Event()
        handler = type("Handler", (_Handler,), {"standin": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
        self.server.daemon_threads = True
        self.server.request_queue_size = 1024
        self.server.server_bind()
        self.server.server_activate()
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), name="standin", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> StandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        if self.token_gate is not None:
            self.token_gate.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    # switches -------------------------------------------------------------------------------
    def fail(self, route: str, *faults: Fault) -> None:
        with self.lock:
            self.state.faults[route].extend(faults)

    def revoke_all(self) -> None:
        with self.lock:
            self.state.revoked.update(self.state.tokens)

    def hold_tokens(self) -> threading.Event:
        self.token_gate = threading.Event()
        return self.token_gate

    # counters -------------------------------------------------------------------------------
    def received(self, route: str | None = None) -> list[Received]:
        with self.lock:
            return [r for r in self.state.received if route is None or r.route == route]

    def count(self, route: str) -> int:
        return len(self.received(route))

    def issued(self) -> list[str]:
        with self.lock:
            return list(self.state.tokens)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    standin: StandIn
    body: bytes = b""
    drop_answer: bool = False  # set by a reset_after fault: the route acts, its answer is never sent

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.body = body
        route, match = "unknown", None
        for name, method, pattern in ROUTES:
            match = pattern.match(self.path.split("?")[0])
            if match and method in (self.command, "*"):
                route = name
                break
        standin = self.standin
        with standin.lock:
            standin.state.counter += 1
            standin.state.received.append(
                Received(route, self.command, self.path, dict(self.headers.items()), body, self.client_address[:2])
            )
            faults = standin.state.faults.get(route)
            fault = faults.popleft() if faults else None
        if route == "unknown" or match is None:
            return self._json(404, {"error_code": "not_found", "message": "no such route"})
        if fault is not None and self._fault(fault):
            return
        self.drop_answer = fault is not None and fault.reset_after
        getattr(self, f"_{route}")(match.groupdict())

    # faults ---------------------------------------------------------------------------------
    def _fault(self, fault: Fault) -> bool:
        """Act out ``fault``; False when it only decorates a normal answer."""
        if fault.reset:
            # SO_LINGER 0: the close sends a RST, the client sees a reset connection
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return True
        if fault.hang:
            self.standin.release.wait(30)
            self.close_connection = True
            return True
        if fault.trickle:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            self.close_connection = True
            try:
                while not self.standin.release.wait(0.05):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except OSError:
                pass  # the client gave up: what this fault is for
            return True
        if fault.status is None:
            return False
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = fault.retry_after
        if fault.request_id is not None:
            headers["X-Request-ID"] = fault.request_id
        content_type, payload = _fault_body(fault)
        self._send(fault.status, payload, content_type, headers)
        return True

    # routes ---------------------------------------------------------------------------------
    def _partner_token(self, _: dict[str, str]) -> None:
        expected = "Basic " + base64.b64encode(f"{PARTNER_UUID}:{API_KEY}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            return self._json(401, {"error_code": "invalid_client", "message": "bad partner credentials"})
        form = parse_qs(self.body.decode())
        if form.get("grant_type") != ["client_credentials"] or form.get("client_id") != [PARTNER_UUID]:
            return self._json(400, {"error_code": "validation_error", "message": "bad token request", "detail": {}})
        self._issue(None)

    def _business_token(self, params: dict[str, str]) -> None:
        if self._token_scope() != "partner":
            return self._unauthorized()
        self._issue(params["business"])

    def _delete_bill_payment(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "delete_bill_payment"):
            return self._unauthorized()
        self._json(
            200,
            {
                "message": "cancelled",
                "payment_id": params["id"],
                "status": "cancelled",
                "updated_at": "2026-11-21T10:00:00Z",
            },
        )

    def _create_bill_payment(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "create_bill_payment"):
            return self._unauthorized()
        if "json" in (self.headers.get("Content-Type") or ""):
            echo: Any = json.loads(self.body or b"{}")
        else:
            echo = {"content_type": self.headers.get("Content-Type"), "bytes": len(self.body)}
        self._json(201, {"id": "bp-1", "status": "pending", "echo": echo})

    def _list_vendors(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "list_vendors"):
            return self._unauthorized()
        query = parse_qs(self.path.partition("?")[2])
        page, size = int(query.get("page", ["1"])[0]), int(query.get("page_size", ["20"])[0])
        if size > 100:
            return self._json(400, {"error_code": "validation_error", "message": "page_size > 100", "detail": {}})
        total, form = self.standin.state.vendors, self.standin.state.page_form
        pages = max(1, -(-total // size))
        if page > pages:
            return self._json(404, {"error_code": "not_found", "message": "Invalid page."})
        start = (page - 1) * size
        results = [{"id": f"ven-{i}", "company_name": f"Vendor {i}"} for i in range(start, min(start + size, total))]
        payload: dict[str, Any] = {"results": results}
        if form == "page_info":
            payload |= {
                "count": total,
                "page_info": {"total_count": total, "current_page": page, "total_pages": pages, "page_size": size},
            }
        elif form == "drf":
            base = self.path.partition("?")[0]
            following = f"http://testserver{base}?page={page + 1}&page_size={size}" if page < pages else None
            payload |= {"count": total, "next": following, "previous": None}
        self._json(200, payload)

    def _create_vendor(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "create_vendor"):
            return self._unauthorized()
        self._json(201, {"id": NEW_VENDOR_ID, **json.loads(self.body or b"{}")})

    def _get_vendor(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "get_vendor"):
            return self._unauthorized()
        self._json(200, {"id": params["id"], "company_name": "Acme Ltd"})

    def _delete_customer_credit(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "delete_customer_credit"):
            return self._unauthorized()
        with self.standin.lock:
            already = params["id"] in self.standin.state.deleted
            self.standin.state.deleted.add(params["id"])
        if already:
            return self._json(404, {"error_code": "not_found", "message": "customer credit not found"})
        self._send(204, b"", None, {})

    def _echo(self, params: dict[str, str]) -> None:
        if not self._authorized(params["business"], "echo"):
            return self._unauthorized()
        self._json(
            200,
            {
                "method": self.command,
                "query": self.path.partition("?")[2],
                "headers": {key.lower(): value for key, value in self.headers.items()},
                "body": self.body.decode("latin-1"),
            },
        )

    # helpers --------------------------------------------------------------------------------
    def _issue(self, business: str | None) -> None:
        standin = self.standin
        standin.token_requested.set()
        if standin.token_gate is not None:
            standin.token_gate.wait(30)
        with standin.lock:
            n = len(standin.state.tokens) + 1
            token = f"{'b' if business else 'p'}tok-{n}-7c2e9d4a1f"
            standin.state.tokens[token] = business
        payload: dict[str, Any] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": standin.state.expires_in,
        }
        if business:
            payload.update(scope="business_access", business_id=business)
        self._json(200, payload)

    def _token_scope(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ")
        with self.standin.lock:
            if not auth.startswith("Bearer ") or token not in self.standin.state.tokens:
                return None
            if token in self.standin.state.revoked:
                return None
            business = self.standin.state.tokens[token]
        return "partner" if business is None else f"business:{business}"

    def _authorized(self, business: str, route: str) -> bool:
        if route in self.standin.state.always_401:
            return False
        scope = self._token_scope()
        return scope == "partner" or scope == f"business:{business}"

    def _unauthorized(self) -> None:
        self._json(401, {"error_code": "invalid_token", "message": "token invalid or expired"})

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", {})

    def _send(self, status: int, payload: bytes, content_type: str | None, headers: dict[str, str]) -> None:
        if self.drop_answer:  # acted on: now the connection drops (RST) before any answer
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def _fault_body(fault: Fault) -> tuple[str | None, bytes]:
    if fault.payload is not None:
        return fault.content_type, fault.payload
    if fault.body == "html":
        return "text/html", b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    if fault.body == "empty":
        return None, b""
    if fault.body == "text":
        return "text/plain", b"upstream connect error or disconnect/reset before headers"
    if fault.body == "guide":
        payload = {
            "error": "Invalid input",
            "error_code": "validation_error",
            "details": {"amount_cents": ["must be > 0"]},
        }
        return "application/json", json.dumps(payload).encode()
    payload = {"error_code": f"http_{fault.status}", "message": f"injected {fault.status}", "detail": {}}
    if fault.request_id is None:
        payload["request_id"] = "body-rid-1"
    return "application/json", json.dumps(payload).encode()
