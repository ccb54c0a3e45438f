"""respx imported only after a client's first request: its mocks are still honoured, never bypassed.

Each case runs in a fresh interpreter, where respx is not imported until the script imports it
(in this test process respx's pytest plugin has imported it long before any client exists).
The client's first request goes to a loopback server; later requests under ``respx.mock()``
must reach respx, and the server must see no more requests.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCRIPT = r"""
import http.server
import json
import sys
import threading
import uuid

import thredfi
from thredfi_api.api.bill_payments import delete_bill_payment

library, mocker = sys.argv[1], sys.argv[2]
BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PAYMENT = uuid.UUID("9b2f4c1e-0c4d-4a8e-8f7e-1d2c3b4a5f60")
seen = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        seen.append(self.path)
        body = json.dumps({"access_token": "real-token", "token_type": "Bearer", "expires_in": 3600}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base_url = f"http://127.0.0.1:{server.server_address[1]}"
result = {}


async def main():
    async with thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key="k",
        base_url=base_url,
        max_retries=0,
        trust_env=False,
    ) as client:
        await client.partner_token()  # the client's first request: to the loopback server
        result["respx_imported_before"] = "respx" in sys.modules
        import respx  # late: after the client chose its sender

        if mocker == "httpx":
            with respx.mock(using="httpx", assert_all_called=False):
                try:
                    await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)
                    result["refused"] = None
                except Exception as exc:  # the test asserts which
                    result["refused"] = repr(exc)
            return
        with respx.mock(assert_all_called=False) as mock:  # our asserts say what went wrong
            route = mock.post(url__regex=r"/bills/payments/[^/]+/delete/$").respond(
                200,
                json={"message": "ok", "payment_id": str(PAYMENT), "status": "cancelled",
                      "updated_at": "2026-01-02T00:00:00Z"},
            )
            try:
                answer = await delete_bill_payment.asyncio(
                    business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api
                )
                result["status"] = answer.status
            except Exception as exc:  # e.g. the server's answer, which does not fit the operation
                result["status"] = repr(exc)
            result["respx_calls"] = route.call_count
        # the mock has ended: the client goes back to its own transport
        await client.for_business(BUSINESS).token()


if library == "trio":
    import trio

    trio.run(main)
else:
    import asyncio

    asyncio.run(main())
server.shutdown()
result["server_saw"] = seen
print(json.dumps(result))
"""


@pytest.fixture
def sender() -> str:
    return "default"  # the script's client uses the SDK's default sender


def run(library: str, mocker: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-W", "error", "-c", SCRIPT, library, mocker],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("library", ["asyncio", "trio"])
def test_a_respx_mock_is_honoured_when_respx_is_imported_after_the_first_request(library: str) -> None:
    result = run(library, "httpcore")
    assert result["respx_imported_before"] is False
    assert result["status"] == "cancelled"
    assert result["respx_calls"] == 1
    # the mocked call never reached the server; after the mock, requests go to it again
    assert result["server_saw"] == [
        "/v1/platform/oauth2/token/",
        "/v1/platform/3fa85f64-5717-4562-b3fc-2c963f66afa6/oauth2/token/",
    ]


@pytest.mark.parametrize("library", ["asyncio", "trio"])
def test_respx_mocking_httpx_clients_is_refused_when_respx_is_imported_late(library: str) -> None:
    result = run(library, "httpx")
    assert result["respx_imported_before"] is False
    assert "RuntimeError" in str(result["refused"])
    assert "using='httpx'" in str(result["refused"])
    assert result["server_saw"] == ["/v1/platform/oauth2/token/"]
