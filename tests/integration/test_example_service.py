"""examples/service runs in-process (ASGI, lifespan included) against Prism and the loopback stand-in."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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


async def test_against_prism_the_three_endpoints_answer(prism_url: str) -> None:
    async with service(prism_url) as http:
        cancelled = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-prism-1"}
        )
        vendors = await http.get(f"/businesses/{BUSINESS}/vendors", params={"limit": 5})
        created = await http.post(
            f"/businesses/{BUSINESS}/bill-payments",
            json={"vendor_id": str(VENDOR), "amount_cents": 12500, "currency": "USD"},
            headers={"Idempotency-Key": "pay-once-1"},
        )
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.headers["X-Request-ID"] == "svc-prism-1"
    assert cancelled.json()["status"]
    assert vendors.status_code == 200, vendors.text
    assert 1 <= len(vendors.json()["vendors"]) <= 5
    assert created.status_code == 201, created.text
    assert created.json()["id"]


async def test_an_unusable_incoming_request_id_is_replaced_not_a_500(prism_url: str) -> None:
    async with service(prism_url) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "has spaces"}
        )
    assert response.status_code == 200
    assert str(uuid.UUID(response.headers["X-Request-ID"])) == response.headers["X-Request-ID"]


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


@pytest.mark.parametrize(
    ("fault", "status", "error"),
    [
        (Fault(status=404), 404, None),
        (Fault(status=400), 422, None),
        (Fault(status=500), 502, None),
        (Fault(reset=True), 502, "APIConnectionError"),
    ],
)
async def test_sdk_errors_become_http_answers_with_the_request_id(
    standin: StandIn, fault: Fault, status: int, error: str | None
) -> None:
    standin.fail("delete_bill_payment", fault)
    async with service(standin.base_url, max_retries=0) as http:
        response = await http.post(
            f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel", headers={"X-Request-ID": "svc-err-1"}
        )
    assert response.status_code == status, response.text
    body = response.json()
    assert body["request_id"] == "svc-err-1"
    if error is not None:
        assert body["error"] == error
    assert API_KEY not in response.text


async def test_a_thredfi_timeout_is_a_504(standin: StandIn) -> None:
    standin.fail("delete_bill_payment", Fault(hang=True))
    async with service(standin.base_url, max_retries=0, timeout=0.5) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments/{PAYMENT}/cancel")
    assert response.status_code == 504, response.text
    assert response.json()["error"] == "APITimeoutError"
    assert response.json()["request_id"] == response.headers["X-Request-ID"]


async def test_an_invalid_payment_is_a_422_before_calling_thredfi(standin: StandIn) -> None:
    async with service(standin.base_url) as http:
        response = await http.post(f"/businesses/{BUSINESS}/bill-payments", json={"amount_cents": 1})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_payment"
    assert standin.received("create_bill_payment") == []
