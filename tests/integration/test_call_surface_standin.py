"""The call surface against the loopback stand-in (issue 19): responses that never lose data (lenient
by default, strict on request, a drift warned about once), dict inputs, per-call extras and the
``request()`` escape hatch, on both senders."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import thredfi

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.asyncio

CANCELLED = {
    "message": "cancelled",
    "payment_id": "0b7f6a3e-5d2c-4e1b-9a8f-7c6d5e4f3a2b",
    "status": "cancelled",
    "updated_at": "2026-11-21T10:00:00+00:00",
}


def drifted(**change: Any) -> Fault:
    return Fault(status=200, payload=json.dumps(CANCELLED | change).encode())


async def test_a_write_that_happened_is_returned_even_when_a_value_drifted(
    standin: StandIn, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    seen: list[thredfi.ResponseDrift] = []
    standin.fail("delete_bill_payment", drifted(payment_id="bp_123", extra_field=1), drifted(payment_id="bp_456"))
    async with make_client(standin, fake_time, on_drift=seen.append) as client:
        biz = client.for_business(BUSINESS)
        first = await biz.bill_payments.delete(uuid.uuid4())
        second = await biz.bill_payments.delete(uuid.uuid4())
    assert first.status == "cancelled"  # the payment was cancelled: the caller sees it
    assert first.payment_id == "bp_123"  # type: ignore[comparison-overlap]  # kept as received
    assert first.to_dict() == CANCELLED | {"payment_id": "bp_123", "extra_field": 1}
    assert second.to_dict()["payment_id"] == "bp_456"
    warnings = [r.getMessage() for r in caplog.records if "does not fit the spec" in r.getMessage()]
    # once per operation and field, whatever the number of calls; never the value
    assert len([w for w in warnings if "BillPaymentCancelResponse.payment_id" in w]) <= 1
    assert not any("bp_123" in w or "bp_456" in w for w in warnings)
    assert [(d.operation, d.field, d.kind) for d in seen] == [
        ("delete_bill_payment", "payment_id", "invalid value"),
        ("delete_bill_payment", "extra_field", "unknown field"),
        ("delete_bill_payment", "payment_id", "invalid value"),
    ]
    assert standin.count("delete_bill_payment") == 2  # nothing retried


async def test_strict_responses_raise_on_the_client_or_one_view(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", drifted(payment_id="bp_1"), drifted(payment_id="bp_2"), drifted(status=5))
    async with make_client(standin, fake_time, strict_responses=True) as client:
        with pytest.raises(thredfi.APIResponseValidationError, match="delete_bill_payment"):
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    async with make_client(standin, fake_time) as client:
        strict = client.with_options(strict_responses=True)
        assert strict.strict_responses
        assert not client.strict_responses
        with pytest.raises(thredfi.APIResponseValidationError):
            await strict.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
        lenient = await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
        assert lenient.status == 5  # type: ignore[comparison-overlap]


async def test_a_body_that_is_not_json_always_raises(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", Fault(status=200, payload=b"<html>hi</html>", content_type="text/html"))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.APIResponseValidationError):
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())


async def test_dict_inputs_and_ids_as_text_reach_the_server_as_json(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(str(BUSINESS))
        vendor = await biz.vendors.create(
            company_name="Acme", document={"document_type": "w9", "file": "ZGF0YQ=="}, transaction_tags=["x"]
        )
        again = await biz.vendors.create(body={"company_name": "Beta"})
        with pytest.raises(TypeError, match="colour"):
            await biz.vendors.create(body={"company_name": "C", "colour": "red"})  # type: ignore[typeddict-unknown-key]
        with pytest.raises(TypeError, match=r"^document\.file_name: DocumentUploadRequest has no such field"):
            await biz.vendors.create(company_name="C", document={"file_name": "a.pdf"})  # type: ignore[typeddict-unknown-key]
        with pytest.raises(ValueError, match="vendor_id: expected UUID, got 'acme'"):
            await biz.bill_payments.create(vendor_id="acme", amount_cents=1)
        with pytest.raises(ValueError, match=r"payment_date: expected datetime\.date"):
            await biz.bill_payments.create(vendor_id=uuid.uuid4(), amount_cents=1, payment_date="tomorrow")
    sent = [json.loads(r.body) for r in standin.received("create_vendor")]
    assert sent == [
        {"company_name": "Acme", "transaction_tags": ["x"], "document": {"document_type": "w9", "file": "ZGF0YQ=="}},
        {"company_name": "Beta"},
    ]
    assert vendor.company_name == "Acme"
    assert again.company_name == "Beta"
    assert standin.count("create_bill_payment") == 0  # refused before anything was sent


async def test_extras_apply_to_one_call_only(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 3
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        await biz.vendors.create(
            company_name="Acme",
            extra_headers={"X-Trace": "t-1"},
            extra_query={"dry_run": "true"},
            extra_body={"new": 1},
        )
        await biz.vendors.create(company_name="Plain")
        names = [v.company_name async for v in biz.vendors.list(page_size=2, extra_query={"guessed_filter": "x"})]
        with pytest.raises(ValueError, match="Authorization header is the SDK's"):
            await biz.vendors.create(company_name="A", extra_headers={"Authorization": "Bearer x"})
    first, second = standin.received("create_vendor")
    assert first.header("X-Trace") == "t-1"
    assert first.path.endswith("?dry_run=true")
    assert json.loads(first.body) == {"company_name": "Acme", "new": 1}
    assert second.header("X-Trace") is None
    assert "?" not in second.path
    assert json.loads(second.body) == {"company_name": "Plain"}
    assert names == ["Vendor 0", "Vendor 1", "Vendor 2"]
    queries = [parse_qs(r.path.partition("?")[2]) for r in standin.received("list_vendors")]
    assert len(queries) == 2
    assert all(q["guessed_filter"] == ["x"] for q in queries)


async def test_a_per_call_timeout_bounds_that_call(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", Fault(status=200, hang=True))
    async with make_client(standin, fake_time, max_retries=0, timeout=30) as client:
        with pytest.raises(thredfi.APITimeoutError):
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4(), timeout=0.2)


async def test_request_sends_any_path_through_the_pipeline(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        answer = await biz.request(
            "POST",
            f"/v1/platform/businesses/{BUSINESS}/echo/",
            params={"q": "1"},
            json={"id": uuid.UUID(int=5), "n": 1},
            headers={"X-Extra": "e"},
        )
        assert answer["method"] == "POST"
        assert answer["query"] == "q=1"
        assert json.loads(answer["body"]) == {"id": str(uuid.UUID(int=5)), "n": 1}
        assert answer["headers"]["x-extra"] == "e"
        assert answer["headers"]["authorization"].startswith("Bearer btok-")  # the business token
        assert answer["headers"]["x-request-id"]
        assert (
            await biz.request("DELETE", f"/v1/platform/businesses/{BUSINESS}/customer-credits/{uuid.uuid4()}/") is None
        )
        standin.fail("echo", Fault(status=404))
        with pytest.raises(thredfi.NotFoundError):
            await biz.request("GET", f"/v1/platform/businesses/{BUSINESS}/echo/")
        for bad in ("v1/x/", "https://elsewhere.example/v1/", "/v1/../oauth2/token/"):
            with pytest.raises(ValueError, match=r"path|base_url|segment"):
                await biz.request("GET", bad)


async def test_status_errors_keep_the_servers_parsed_redacted_body(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail(
        "delete_bill_payment", Fault(status=409, payload=b'{"error_code": "conflict", "message": "no", "x": 1}')
    )
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.ConflictError) as info:
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    assert info.value.body == {"error_code": "conflict", "message": "no", "x": 1}


async def test_an_httpx_timeout_object_works_per_call(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        assert (
            await client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4(), timeout=httpx.Timeout(5.0))
            is None
        )
