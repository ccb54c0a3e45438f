"""A deliberately cheap Thredfi stand-in for benchmarks: canned answers over raw asyncio.

It answers both token endpoints, the two seed operations and the peer contender's call
(``GET /v1/models/bench-model``, a body of the same size) with fixed bytes, so that what a
benchmark measures is the client. HTTP/1.1 keep-alive, Content-Length bodies only, 127.0.0.1
only. It counts token requests and prints them on stdout when asked (``GET /_stats``).

    python scripts/bench_server.py          # prints "listening <port>" once ready
"""

from __future__ import annotations

import asyncio
import json
import sys

TOKEN = json.dumps({"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600}).encode()
BUSINESS_TOKEN = json.dumps(
    {
        "access_token": "bench-business-token",
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": "business_access",
        "business_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    }
).encode()
CANCELLED = json.dumps(
    {
        "message": "Payment cancelled",
        "payment_id": "d43b87f9-9e28-4802-8eaa-6ee91a40ea71",
        "status": "cancelled",
        "updated_at": "2026-11-21T10:00:00Z",
    }
).encode()


# the peer contender's call (openai-python: GET /v1/models/{id}): a body of the same size as CANCELLED
MODEL = json.dumps(
    {
        "id": "bench-model",
        "object": "model",
        "created": 1763719200,
        "owned_by": "thredfi-bench-stand-in-organisation-of-the-same-body-size-000",
    }
).encode()


def _response(status: bytes, body: bytes, content_type: bytes = b"application/json") -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: " + content_type
    return head + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body


R_TOKEN = _response(b"200 OK", TOKEN)
R_BUSINESS_TOKEN = _response(b"200 OK", BUSINESS_TOKEN)
R_CANCELLED = _response(b"200 OK", CANCELLED)
R_MODEL = _response(b"200 OK", MODEL)
R_NO_CONTENT = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
R_NOT_FOUND = _response(b"404 Not Found", b'{"error_code":"not_found","message":"no route"}')


class Stats:
    token_requests = 0


class BenchProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            lower = head.lower()
            marker = lower.find(b"\r\ncontent-length:")
            if marker >= 0:
                stop = lower.find(b"\r\n", marker + 2)
                length = int(head[marker + 17 : stop if stop >= 0 else len(head)].strip())
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            self.buffer = self.buffer[total:]
            assert self.transport is not None
            self.transport.write(self.answer(head))

    def answer(self, head: bytes) -> bytes:
        line = head.split(b"\r\n", 1)[0]
        method, target = line.split(b" ")[:2]
        if target.endswith(b"/oauth2/token/"):
            Stats.token_requests += 1
            return R_TOKEN if target == b"/v1/platform/oauth2/token/" else R_BUSINESS_TOKEN
        if method == b"POST" and target.endswith(b"/delete/"):
            return R_CANCELLED
        if method == b"DELETE":
            return R_NO_CONTENT
        if method == b"GET" and target == b"/v1/models/bench-model":
            return R_MODEL
        if target == b"/_stats":
            return _response(b"200 OK", json.dumps({"token_requests": Stats.token_requests}).encode())
        if target == b"/_reset":
            Stats.token_requests = 0
            return _response(b"200 OK", b"{}")
        return R_NOT_FOUND


async def serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(BenchProtocol, "127.0.0.1", 0, backlog=2048)
    port = server.sockets[0].getsockname()[1]
    print(f"listening {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)
