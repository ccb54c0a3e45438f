"""OpenTelemetry: one CLIENT span per call, an event per attempt, child spans per retry wait and token request."""

from __future__ import annotations

import base64
import datetime
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
import thredfi_api.api
from opentelemetry import trace
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from thredfi import _telemetry
from thredfi.testing import TEST_API_KEY, MockThredfi
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.vendors import list_vendors
from thredfi_api.models import BillPaymentCancelResponse

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PAYMENT = uuid.UUID("9b2f4c1e-0c4d-4a8e-8f7e-1d2c3b4a5f60")
CANCELLED = BillPaymentCancelResponse(
    message="Bill payment cancelled",
    payment_id=PAYMENT,
    status="cancelled",
    updated_at=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
)


class _WhileTesting(SimpleSpanProcessor):
    """Exports only while a test of this module runs: the provider is global and stays set."""

    exporter = InMemorySpanExporter()
    enabled = False

    def on_end(self, span: ReadableSpan) -> None:
        if self.enabled:
            super().on_end(span)


_PROCESSOR = _WhileTesting(_WhileTesting.exporter)


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """The spans ended during the test (the provider can be set once per process: set here, once)."""
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(_PROCESSOR)
        trace.set_tracer_provider(provider)
    _PROCESSOR.exporter.clear()
    _WhileTesting.enabled = True
    yield _PROCESSOR.exporter
    _WhileTesting.enabled = False
    _PROCESSOR.exporter.clear()


def by_name(spans: tuple[ReadableSpan, ...], name: str) -> list[ReadableSpan]:
    return [span for span in spans if span.name == name]


def event_attributes(event: Event) -> dict[str, Any]:
    """An attempt event's attributes, without its duration (which varies)."""
    attributes = dict(event.attributes or {})
    assert isinstance(attributes.pop("thredfi.attempt.duration_ms"), float)
    return attributes


async def no_sleep(_: float) -> None:
    return None


@pytest.mark.asyncio
async def test_a_call_is_one_client_span_named_by_its_operation(spans: InMemorySpanExporter) -> None:
    fake = MockThredfi()
    fake.respond(delete_bill_payment, CANCELLED)
    async with fake.client() as client:
        with thredfi.request_context("req-telemetry-1"):
            result = await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)
    assert isinstance(result, BillPaymentCancelResponse)

    finished = spans.get_finished_spans()
    [call] = by_name(finished, "delete_bill_payment")
    assert call.kind is SpanKind.CLIENT
    assert call.attributes is not None
    assert dict(call.attributes) == {
        "http.request.method": "POST",
        "url.template": "/v1/platform/businesses/{business_id}/bills/payments/{bill_payment_id}/delete/",
        "thredfi.operation_id": "delete_bill_payment",
        "thredfi.request_id": "req-telemetry-1",
        "server.address": "api.thredfi.invalid",
        "server.port": 443,
        "thredfi.attempts": 1,
        "http.response.status_code": 200,
    }
    assert call.status.status_code is StatusCode.UNSET
    # the token request made for the call is its child; its one attempt an event
    [token] = by_name(finished, "get_partner_token")
    assert token.parent is not None
    assert call.context is not None
    assert token.parent.span_id == call.context.span_id
    assert token.attributes is not None
    assert token.attributes["thredfi.token_request"] is True
    assert [event_attributes(e) for e in call.events if e.name == "thredfi.attempt"] == [
        {"thredfi.attempt": 1, "http.response.status_code": 200}
    ]
    [token_attempt] = [e for e in token.events if e.name == "thredfi.attempt"]
    assert token_attempt.attributes is not None
    assert token_attempt.attributes["http.response.status_code"] == 200


@pytest.mark.asyncio
async def test_retries_show_as_attempts_and_a_retry_wait(spans: InMemorySpanExporter) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=CANCELLED.to_dict())])
    fake = MockThredfi()
    fake.respond(delete_bill_payment, lambda request: next(answers))
    async with fake.client(max_retries=2, sleep=no_sleep) as client:
        await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    finished = spans.get_finished_spans()
    [call] = by_name(finished, "delete_bill_payment")
    assert call.attributes is not None
    assert call.attributes["thredfi.attempts"] == 2
    assert call.context is not None
    children = [s for s in finished if s.parent is not None and s.parent.span_id == call.context.span_id]
    assert [event_attributes(e) for e in call.events if e.name == "thredfi.attempt"] == [
        {"thredfi.attempt": 1, "http.response.status_code": 503},
        {"thredfi.attempt": 2, "http.response.status_code": 200},
    ]
    [wait] = [s for s in children if s.name == "thredfi.retry_wait"]
    assert wait.attributes is not None
    delay = wait.attributes["thredfi.retry.delay_s"]
    assert isinstance(delay, float)
    assert delay > 0


@pytest.mark.asyncio
async def test_a_429_pause_is_one_event_on_the_span_of_the_call_that_met_it(spans: InMemorySpanExporter) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=CANCELLED.to_dict())])
    fake = MockThredfi()
    fake.respond(delete_bill_payment, lambda request: next(answers))
    async with fake.client(max_retries=2, sleep=no_sleep) as client:
        await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)
    [call] = by_name(spans.get_finished_spans(), "delete_bill_payment")
    assert [dict(e.attributes or {}) for e in call.events if e.name == "thredfi.rate_limit.pause"] == [
        {"thredfi.pause.seconds": 2.0, "thredfi.business_id": str(BUSINESS).lower()}
    ]


@pytest.mark.asyncio
async def test_an_error_is_recorded_on_the_call_span(spans: InMemorySpanExporter) -> None:
    fake = MockThredfi()
    fake.respond(delete_bill_payment, {"error_code": "not_found", "message": "No such payment"}, status=404)
    async with fake.client() as client:
        with pytest.raises(thredfi.NotFoundError):
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    [call] = by_name(spans.get_finished_spans(), "delete_bill_payment")
    assert call.status.status_code is StatusCode.ERROR
    assert call.attributes is not None
    assert call.attributes["http.response.status_code"] == 404
    assert call.attributes["error.type"] == "404"
    [event] = [e for e in call.events if e.name == "exception"]
    assert event.attributes is not None
    assert str(event.attributes["exception.type"]).endswith("NotFoundError")


@pytest.mark.asyncio
async def test_a_connection_failure_is_recorded_by_type(spans: InMemorySpanExporter) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    async with MockThredfi(refuse).client() as client:
        with pytest.raises(thredfi.APIConnectionError):
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    finished = spans.get_finished_spans()
    [call] = by_name(finished, "delete_bill_payment")
    assert call.status.status_code is StatusCode.ERROR
    assert call.attributes is not None
    assert call.attributes["error.type"] == "APIConnectionError"
    assert [event_attributes(e) for e in call.events if e.name == "thredfi.attempt"] == [
        {"thredfi.attempt": 1, "error.type": "ConnectError"}
    ]


def exported_values(finished: tuple[ReadableSpan, ...]) -> str:
    """Every attribute and event attribute value of the spans (and their names and status descriptions)."""
    values: list[Any] = []
    for span in finished:
        values.extend((span.name, span.status.description))
        values.extend((span.attributes or {}).values())
        for event in span.events:
            values.append(event.name)
            values.extend((event.attributes or {}).values())
    return " ".join(str(value) for value in values)


@pytest.mark.asyncio
async def test_no_secret_and_no_query_string_in_any_attribute(spans: InMemorySpanExporter) -> None:
    fake = MockThredfi()
    fake.respond(list_vendors, {"count": 0, "next": None, "previous": None, "results": []})
    async with fake.client() as client:
        business = client.for_business(BUSINESS)
        await list_vendors.asyncio(BUSINESS, client=business.api, name_contains="acme-secret-filter", page=3)
        tokens = [(await client.partner_token()).access_token, (await business.token()).access_token]

        # failing calls whose error text echoes the query string and the credentials
        def echo_500(request: httpx.Request) -> httpx.Response:
            echoed = f"upstream failed for {request.url} with {request.headers['authorization']}"
            return httpx.Response(500, text=echoed, headers={"content-type": "text/plain"})

        fake.respond(list_vendors, echo_500)
        with pytest.raises(thredfi.InternalServerError) as status_error:
            await list_vendors.asyncio(BUSINESS, client=business.api, name_contains="acme-secret-filter", page=3)
        assert "acme-secret-filter" in str(status_error.value)  # the error echoes it: the spans must not

        def refuse_with_url(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError(f"[Errno 111] Connection refused: {request.url}", request=request)

        fake.respond(list_vendors, refuse_with_url)
        with pytest.raises(thredfi.APIConnectionError) as connection_error:
            await list_vendors.asyncio(BUSINESS, client=business.api, name_contains="acme-secret-filter", page=3)
        assert "acme-secret-filter" in str(connection_error.value)

    def refuse_credentials(request: httpx.Request) -> httpx.Response:  # echoes the Basic credential and the URL
        echoed = f"invalid client {request.headers['authorization']} at {request.url}?name_contains=acme-secret-filter"
        return httpx.Response(401, text=echoed, headers={"content-type": "text/plain"})

    async with thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key=TEST_API_KEY,
        base_url="https://api.thredfi.invalid",
        transport=httpx.MockTransport(refuse_credentials),
        max_retries=0,
    ) as refused:
        with pytest.raises(thredfi.TokenError):
            await list_vendors.asyncio(BUSINESS, client=refused.api, name_contains="acme-secret-filter", page=3)
    basic = base64.b64encode(f"p:{TEST_API_KEY}".encode()).decode()

    finished = spans.get_finished_spans()
    calls = by_name(finished, "list_vendors")
    assert len(calls) == 4
    for call in calls:
        assert call.attributes is not None
        assert call.attributes["url.template"] == "/v1/platform/businesses/{business_id}/vendors/"
    assert [call.status.status_code for call in calls] == [StatusCode.UNSET] + [StatusCode.ERROR] * 3
    assert by_name(finished, "get_business_token")
    text = exported_values(finished)
    for forbidden in ("acme-secret-filter", "page=", "?", TEST_API_KEY, basic, "Bearer", "Basic", *tokens):
        assert forbidden not in text
    exceptions = [event for call in calls for event in call.events if event.name == "exception"]
    assert len(exceptions) == 3  # the errors are still recorded, by the SDK's own summary
    for event in exceptions:
        assert event.attributes is not None
        assert "exception.stacktrace" not in event.attributes


@pytest.mark.asyncio
async def test_an_error_event_is_the_sdk_summary(spans: InMemorySpanExporter) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {request.url}", request=request)

    fake = MockThredfi()
    fake.respond(
        list_vendors, {"error_code": "not_found", "message": f"no vendors at {fake.base_url}/?q=x"}, status=404
    )
    async with fake.client() as client:
        with pytest.raises(thredfi.NotFoundError):
            await list_vendors.asyncio(BUSINESS, client=client.for_business(BUSINESS).api, page=3)
    async with MockThredfi(refuse).client() as client:
        with pytest.raises(thredfi.APIConnectionError):
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    finished = spans.get_finished_spans()
    [not_found] = [e for e in by_name(finished, "list_vendors")[0].events if e.name == "exception"]
    [refused] = [e for e in by_name(finished, "delete_bill_payment")[0].events if e.name == "exception"]
    assert dict(not_found.attributes or {}) == {
        "exception.type": "thredfi._exceptions.NotFoundError",
        "exception.message": "NotFoundError: HTTP 404",
    }
    assert dict(refused.attributes or {}) == {
        "exception.type": "thredfi._exceptions.APIConnectionError",
        "exception.message": "APIConnectionError: ConnectError",
    }


def test_every_generated_route_is_matched_to_its_template_and_operation() -> None:
    table = _telemetry.route_table()
    routes = _telemetry.generated_routes()
    modules = [m for m in Path(thredfi_api.api.__file__).parent.glob("*/*.py") if m.name != "__init__.py"]
    assert len(routes) == len(modules) > 60  # every operation module has its route
    for method, template, operation_id in routes:
        concrete = "/".join(
            str(uuid.uuid4()) if segment.startswith("{") else segment for segment in template.split("/")
        )
        assert table.match(method.upper(), concrete) == (template, operation_id)
    assert table.match("POST", "/v1/platform/oauth2/token/") == ("/v1/platform/oauth2/token/", "get_partner_token")


def test_an_unknown_path_gets_a_low_cardinality_name() -> None:
    assert _telemetry.generic_route(f"/v2/things/{uuid.uuid4()}/parts/12/") == "/v2/things/{id}/parts/{id}/"
    assert _telemetry.generic_route("/v2/things/") == "/v2/things/"


def test_without_opentelemetry_a_client_has_no_tracing_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # import fails as if not installed
    _telemetry._tracer.cache_clear()
    try:
        assert _telemetry.for_client("https://api.thredfi.invalid", "X-Request-ID") is None
        client = thredfi.ThredfiClient(
            partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", base_url="https://api.thredfi.invalid"
        )
        assert "Traced" not in client._core.pipeline.names()
    finally:
        monkeypatch.undo()
        _telemetry._tracer.cache_clear()


def test_import_thredfi_does_not_import_opentelemetry() -> None:
    code = "import sys, thredfi; print(any(m.startswith('opentelemetry') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.asyncio
async def test_a_refused_token_request_is_an_error_span_under_the_call(spans: InMemorySpanExporter) -> None:
    def refuse_credentials(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error_code": "invalid_client", "message": "Bad credentials"})

    transport = httpx.MockTransport(refuse_credentials)
    async with thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key=TEST_API_KEY,
        base_url="https://api.thredfi.invalid",
        transport=transport,
    ) as client:
        with pytest.raises(thredfi.TokenError):
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    finished = spans.get_finished_spans()
    [call] = by_name(finished, "delete_bill_payment")
    [token] = by_name(finished, "get_partner_token")
    assert token.parent is not None
    assert call.context is not None
    assert token.parent.span_id == call.context.span_id
    assert token.status.status_code is StatusCode.ERROR
    assert token.attributes is not None
    assert token.attributes["http.response.status_code"] == 401
    assert call.status.status_code is StatusCode.ERROR
    assert call.attributes is not None
    assert call.attributes["error.type"] == "401"
    assert call.attributes["thredfi.attempts"] == 0  # the call itself was never sent


def test_spans_nest_the_same_under_trio(spans: InMemorySpanExporter) -> None:
    import trio

    async def main() -> None:
        fake = MockThredfi()
        fake.respond(delete_bill_payment, CANCELLED)
        async with fake.client() as client:
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)

    trio.run(main)
    finished = spans.get_finished_spans()
    [call] = by_name(finished, "delete_bill_payment")
    [token] = by_name(finished, "get_partner_token")
    assert call.context is not None
    assert token.parent is not None
    assert token.parent.span_id == call.context.span_id
    assert [e.name for e in call.events] == ["thredfi.attempt"]


@pytest.mark.asyncio
async def test_a_response_drift_is_an_event_of_the_calls_span(spans: InMemorySpanExporter) -> None:
    fake = MockThredfi()
    fake.respond(delete_bill_payment, CANCELLED.to_dict() | {"payment_id": "bp_123"})
    async with fake.client() as client:
        cancelled = await client.for_business(BUSINESS).bill_payments.delete(PAYMENT)
    assert cancelled.payment_id == "bp_123"  # type: ignore[comparison-overlap]  # kept as received
    [call] = by_name(spans.get_finished_spans(), "delete_bill_payment")
    [drift] = [event for event in call.events if event.name == "thredfi.response_drift"]
    assert dict(drift.attributes or {}) == {
        "thredfi.model": "BillPaymentCancelResponse",
        "thredfi.field": "payment_id",
        "thredfi.drift": "invalid value",
    }
