"""A hostile Thredfi on 127.0.0.1: it echoes every credential it can and sends broken HTTP.

Raw sockets in a thread, so it can send what no HTTP server library would: a 204 with a body,
two different Content-Length headers, thousands of headers, status 0. Token endpoints answer
with fixed tokens (so a test knows every credential the client holds); each other request is
answered by the ``mode`` set for it. Every credential form the client could hold is planted
wherever a server could echo it: bare and ``Bearer`` tokens, the api key, the Basic credential.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PARTNER_UUID = "0d6c3f2e-9b1a-4c5d-8e7f-1a2b3c4d5e6f"
API_KEY = "sk-hostile-9c1e2b4f7a"
PARTNER_TOKEN = "tkp221xe43partnerSECRET"
BUSINESS_TOKEN = "tkb7731businessSECRET"
BASIC = base64.b64encode(f"{PARTNER_UUID}:{API_KEY}".encode()).decode()
SECRETS = (API_KEY, PARTNER_TOKEN, BUSINESS_TOKEN, BASIC)

# modes for operation requests (everything but the token endpoints)
MALFORMED = {
    "204_with_body": b"HTTP/1.1 204 No Content\r\nContent-Length: 12\r\n\r\nunexpected!!",
    "two_content_lengths": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
    b"Content-Length: 3\r\n\r\n{}",
    "many_headers": b"HTTP/1.1 200 OK\r\n"
    + b"".join(b"X-H%d: v\r\n" % i for i in range(2000))
    + b"Content-Length: 2\r\n\r\n{}",
    "huge_header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\nContent-Length: 2\r\n\r\n{}",
    "status_0": b"HTTP/1.1 0 Zero\r\nContent-Length: 2\r\n\r\n{}",
}


def echo_text(authorization: str) -> str:
    """Every form of every credential, as a careless server would quote them."""
    bearer = authorization.partition(" ")[2]
    return (
        f"got {authorization!r}; token {bearer} partner {PARTNER_TOKEN} business {BUSINESS_TOKEN} "
        f"key {API_KEY} basic {BASIC}"
    )


@dataclass
class Received:
    method: str
    target: str  # the request target exactly as it arrived
    headers: dict[str, str]


@dataclass
class HostileServer:
    mode: str = "status"  # a MALFORMED key, or status | success_misfit | reset | hang | ok
    business_token_mode: str = "ok"  # ok | echo_404
    received: list[Received] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(128)
        self._socket.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def targets(self) -> list[str]:
        return [r.target for r in self.received if "oauth2" not in r.target]

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                buffer = buffer[length:]
                self.received.append(Received(method, target, headers))
                answer = self._answer(method, target, headers)
                if answer is None:
                    return
                conn.sendall(answer)
        except OSError:
            return
        finally:
            conn.close()

    def _answer(self, method: str, target: str, headers: dict[str, str]) -> bytes | None:
        authorization = headers.get("authorization", "")
        if target.endswith("/oauth2/token/"):
            if target == "/v1/platform/oauth2/token/":
                return _json(200, {"access_token": PARTNER_TOKEN, "token_type": "Bearer", "expires_in": 3600})
            if self.business_token_mode == "echo_404":
                # the bare partner token, not its "Bearer ..." form
                return _json(404, {"error_code": "not_found", "message": f"no business for token {PARTNER_TOKEN}"})
            return _json(200, {"access_token": BUSINESS_TOKEN, "token_type": "Bearer", "expires_in": 3600})
        if self.mode in MALFORMED:
            return MALFORMED[self.mode]
        if self.mode == "reset":
            return None
        if self.mode == "hang":
            self._stop.wait(10)
            return None
        echo = echo_text(authorization)
        if self.mode == "success_misfit":  # a 2xx that fits no model: a list where an object is due
            return _json(200, [echo], extra=f"X-Echo: {authorization}\r\n")
        if self.mode == "ok":
            return _json(200, {})
        return _json(
            400,
            {"error_code": f"bad {authorization}", "message": echo, "detail": {"field_errors": {"x": [echo]}}},
            extra=f"X-Echo: {authorization}\r\nWWW-Authenticate: {authorization}\r\n",
        )

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


def _json(status: int, payload: object, extra: str = "") -> bytes:
    body = json.dumps(payload).encode()
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
    ).encode()
    return head + body


@contextmanager
def hostile_server(mode: str = "status", business_token_mode: str = "ok") -> Iterator[HostileServer]:  # noqa: S107
    with HostileServer(mode=mode, business_token_mode=business_token_mode) as server:
        yield server
