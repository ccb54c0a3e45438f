"""A fault-injecting Thredfi stand-in for the soak (``scripts/soak.py``), in its own process.

Raw HTTP/1.1 over asyncio on 127.0.0.1, keep-alive. It serves both token endpoints and five
operations (get vendor, delete customer credit, cancel bill payment, create bill payment with an
Idempotency-Key, create vendor with an external_id), checks credentials and tokens, and on a
seeded random share of requests misbehaves: 5xx with JSON/HTML/text/empty bodies, 429 with
Retry-After, 503, a reset before or after it acted, a stall past the client's timeout, a body
cut short, a token revoked. Tokens live 2-5 s. Error bodies echo the credential they were sent,
as careless servers do, so the SDK's redaction is exercised.

It records every request (request id, attempt header, method, path, fault, whether it acted) and
every write it applied, and answers ``GET /_report`` with all of it as JSON.

    python scripts/soak_server.py --partner-uuid P --api-key K [--seed 1] [--fault-rate 0.1]
    # prints "listening <port>" once ready
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import collections
import json
import random
import re
import secrets
import socket
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

_B = r"/v1/platform/businesses/(?P<business>[^/]+)"
ROUTES: list[tuple[str, str, re.Pattern[str]]] = [
    ("partner_token", "POST", re.compile(r"^/v1/platform/oauth2/token/$")),
    ("business_token", "POST", re.compile(r"^/v1/platform/(?P<business>[^/]+)/oauth2/token/$")),
    ("get_vendor", "GET", re.compile(rf"^{_B}/vendors/(?P<id>[^/]+)/$")),
    ("create_vendor", "POST", re.compile(rf"^{_B}/vendors/$")),
    ("delete_customer_credit", "DELETE", re.compile(rf"^{_B}/customer-credits/(?P<id>[^/]+)/$")),
    ("cancel_bill_payment", "POST", re.compile(rf"^{_B}/bills/payments/(?P<id>[^/]+)/delete/$")),
    ("create_bill_payment", "POST", re.compile(rf"^{_B}/bills/payments/$")),
]
# (fault, weight): what a faulty request gets instead of a plain answer
FAULTS: list[tuple[str, int]] = [
    ("500_json", 2),
    ("502_html", 2),
    ("504_text", 2),
    ("500_empty", 1),
    ("500_after_acting", 2),
    ("503", 2),
    ("429", 2),
    ("reset_before", 2),
    ("reset_after", 2),
    ("stall", 1),
    ("cut_body", 2),
    ("revoke", 2),
]
_REASONS = {200: "OK", 201: "Created", 204: "No Content", 401: "Unauthorized", 404: "Not Found", 429: "Too Many"}


class Reset(Exception):
    """Close the connection with a RST, without an answer."""


@dataclass
class State:
    partner_uuid: str
    api_key: str
    fault_rate: float
    stall: float
    rng: random.Random
    tokens: dict[str, tuple[str | None, float]] = field(default_factory=dict)  # token -> (business, expiry)
    revoked: set[str] = field(default_factory=set)
    received: list[list[Any]] = field(default_factory=list)  # [rid, attempt, method, path, route, fault, acted]
    applied: collections.Counter[str] = field(default_factory=collections.Counter)  # write key -> times applied
    applied_by_call: collections.Counter[str] = field(default_factory=collections.Counter)  # rid -> creates/cancels
    idempotency: dict[str, bytes] = field(default_factory=dict)  # key or external_id -> stored answer
    deleted: set[str] = field(default_factory=set)
    faults: collections.Counter[str] = field(default_factory=collections.Counter)


def response(status: int, body: bytes = b"", content_type: str | None = "application/json", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}"]
    if content_type and body:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{key.replace('_', '-')}: {value}" for key, value in headers.items()]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def json_response(status: int, payload: Any) -> bytes:
    return response(status, json.dumps(payload).encode())


class Handler:
    def __init__(self, state: State) -> None:
        self.state = state

    def route(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        for name, route_method, pattern in ROUTES:
            match = pattern.match(path)
            if match and method == route_method:
                return name, match.groupdict()
        return None

    async def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[bytes, str]:
        """The bytes to send back and what follows them: "keep", "reset", "cut" or "stall"."""
        path = target.partition("?")[0]
        if path == "/_report":
            return json_response(200, self.report()), "keep"
        found = self.route(method, path)
        rid, attempt = headers.get("x-request-id", ""), headers.get("x-thredfi-attempt", "")
        record: list[Any] = [rid, attempt, method, path, found[0] if found else None, None, False]
        self.state.received.append(record)
        if found is None:
            return json_response(404, {"error_code": "not_found", "message": "no such route"}), "keep"
        route, params = found
        fault = None
        if self.state.rng.random() < self.state.fault_rate:
            fault = self.state.rng.choices([f for f, _ in FAULTS], [w for _, w in FAULTS])[0]
            self.state.faults[fault] += 1
        record[5] = fault
        authorization = headers.get("authorization", "")
        if fault in ("503", "429", "500_json", "502_html", "504_text", "500_empty", "reset_before"):
            return self.fault_answer(fault, authorization), "keep"
        if fault == "revoke" and authorization.startswith("Bearer "):
            self.state.revoked.add(authorization.removeprefix("Bearer "))
        answer = self.act(route, params, headers, body, rid)
        record[6] = True
        if fault == "500_after_acting":
            return self.fault_answer("500_json", authorization), "keep"
        if fault in ("reset_after", "stall", "cut_body"):
            return answer, fault.removesuffix("_after").removesuffix("_body")
        return answer, "keep"

    def fault_answer(self, fault: str, authorization: str) -> bytes:
        echo = f"while handling Authorization: {authorization}"
        if fault == "reset_before":
            raise Reset
        if fault == "503":
            return json_response(503, {"error_code": "unavailable", "message": "try later", "detail": {"echo": echo}})
        if fault == "429":
            retry_after = self.state.rng.choice(["0", "1"])
            return response(429, b'{"error_code":"rate_limited","message":"slow down"}', Retry_After=retry_after)
        if fault == "500_json":
            payload = {"error_code": "server_error", "message": echo, "detail": {"nested": [{"sent": authorization}]}}
            return json_response(500, payload)
        if fault == "502_html":
            page = f"<html><body><h1>502 Bad Gateway</h1><p>{echo}</p></body></html>"
            return response(502, page.encode(), "text/html")
        if fault == "504_text":
            return response(504, f"upstream timed out {echo}".encode(), "text/plain")
        return response(500, b"", None)

    def act(self, route: str, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        authorization = headers.get("authorization", "")
        if route == "partner_token":
            basic = base64.b64encode(f"{self.state.partner_uuid}:{self.state.api_key}".encode()).decode()
            form = parse_qs(body.decode(errors="replace"))
            if authorization != f"Basic {basic}" or form.get("client_id") != [self.state.partner_uuid]:
                return json_response(401, {"error_code": "invalid_client", "message": f"bad: {authorization}"})
            return self.issue(None)
        scope = self.scope(authorization)
        if scope is None:
            payload = {"error_code": "invalid_token", "message": f"rejected {authorization}", "detail": {"h": [rid]}}
            return json_response(401, payload)
        if route == "business_token":
            if scope != "partner":
                return json_response(403, {"error_code": "forbidden", "message": "partner token required"})
            return self.issue(params["business"])
        if scope not in ("partner", f"business:{params['business']}"):
            return json_response(403, {"error_code": "forbidden", "message": "token of another business"})
        operation: Callable[[dict[str, str], dict[str, str], bytes, str], bytes] = getattr(self, route)
        return operation(params, headers, body, rid)

    # operations -------------------------------------------------------------------------------
    def get_vendor(self, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        return json_response(200, {"id": params["id"], "company_name": "Soak Supplies Ltd"})

    def delete_customer_credit(self, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        if params["id"] in self.state.deleted:
            return json_response(404, {"error_code": "not_found", "message": "no such credit"})
        self.state.deleted.add(params["id"])
        return response(204)

    def cancel_bill_payment(self, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        # not idempotent: every cancel that reaches here is applied (and counted)
        self.state.applied[f"cancel:{params['id']}"] += 1
        self.state.applied_by_call[rid] += 1
        payload = {
            "message": "Payment cancelled",
            "payment_id": params["id"],
            "status": "cancelled",
            "updated_at": "2026-11-21T10:00:00Z",
        }
        return json_response(200, payload)

    def create_bill_payment(self, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        key = headers.get("idempotency-key")
        return self.create(f"key:{key}" if key else None, rid, {"id": secrets.token_hex(8), "status": "pending"})

    def create_vendor(self, params: dict[str, str], headers: dict[str, str], body: bytes, rid: str) -> bytes:
        sent = json.loads(body or b"{}")
        external_id = sent.get("external_id") if isinstance(sent, dict) else None
        dedup = f"external_id:{params['business']}:{external_id}" if external_id else None
        return self.create(dedup, rid, {"id": secrets.token_hex(8), "company_name": sent.get("company_name", "")})

    def create(self, dedup: str | None, rid: str, payload: dict[str, Any]) -> bytes:
        if dedup is not None and dedup in self.state.idempotency:
            return self.state.idempotency[dedup]  # a repeat: answered as before, not applied again
        self.state.applied[dedup or f"create:{payload['id']}"] += 1
        self.state.applied_by_call[rid] += 1
        answer = json_response(201, payload)
        if dedup is not None:
            self.state.idempotency[dedup] = answer
        return answer

    # tokens -----------------------------------------------------------------------------------
    def issue(self, business: str | None) -> bytes:
        token = f"soak-{'b' if business else 'p'}-{secrets.token_urlsafe(18)}"
        lifetime = self.state.rng.randint(2, 5)
        self.state.tokens[token] = (business, time.monotonic() + lifetime)
        payload: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": lifetime}
        if business:
            payload.update(scope="business_access", business_id=business)
        return json_response(200, payload)

    def scope(self, authorization: str) -> str | None:
        token = authorization.removeprefix("Bearer ")
        known = self.state.tokens.get(token)
        if not authorization.startswith("Bearer ") or known is None or token in self.state.revoked:
            return None
        business, expiry = known
        if time.monotonic() >= expiry:
            return None
        return "partner" if business is None else f"business:{business}"

    def report(self) -> dict[str, Any]:
        duplicated = sorted(key for key, times in self.state.applied.items() if times > 1)
        return {
            "requests": self.state.received,
            "faults": dict(self.state.faults),
            "duplicated_writes": duplicated,
            "calls_with_several_writes": sorted(rid for rid, n in self.state.applied_by_call.items() if n > 1),
            "writes_applied": sum(self.state.applied.values()),
            "tokens_issued": list(self.state.tokens),
        }


async def read_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str], bytes] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target = lines[0].split(" ")[:2]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = b""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    elif headers.get("content-length"):
        body = await reader.readexactly(int(headers["content-length"]))
    return method, target, headers, body


def cut_short(data: bytes) -> bytes:
    """The head and half the body (half the head when there is no body)."""
    end_of_head = data.find(b"\r\n\r\n") + 4
    body = len(data) - end_of_head
    return data[: end_of_head + body // 2] if body > 1 else data[: end_of_head // 2]


def reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:  # SO_LINGER 0: the close sends a RST
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def serve_connection(handler: Handler, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            request = await read_request(reader)
            if request is None:
                break
            try:
                data, then = await handler.answer(*request)
            except Reset:
                reset(writer)
                return
            if then == "reset":
                reset(writer)
                return
            if then == "stall":
                await asyncio.sleep(handler.state.stall)  # the client times out meanwhile
            if then == "cut":
                writer.write(cut_short(data))
                await writer.drain()
                return  # closed (a FIN) in the middle of the answer
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
        pass
    finally:
        writer.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partner-uuid", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--stall", type=float, default=2.0, help="seconds a stalled answer is held")
    args = parser.parse_args()
    state = State(args.partner_uuid, args.api_key, args.fault_rate, args.stall, random.Random(args.seed))
    handler = Handler(state)
    server = await asyncio.start_server(
        lambda r, w: serve_connection(handler, r, w), "127.0.0.1", 0, backlog=2048, limit=1 << 20
    )
    print(f"listening {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
