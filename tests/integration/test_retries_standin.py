"""Retries, request ids and typed errors end to end, against the fault-injecting stand-in."""

from __future__ import annotations

import uuid

import httpx
import pytest
import thredfi
from thredfi._aiohttp_sender import AiohttpSender
from thredfi_api.api.bill_payments import create_bill_payment, delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit
from thredfi_api.api.vendors import create_vendor
from thredfi_api.models import CreateBillPaymentRequest, CreateVendorRequest
from thredfi_api.types import UNSET

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.asyncio
CREATE_PAYMENT = f"/v1/platform/businesses/{BUSINESS}/bills/payments/"


async def test_one_request_id_on_every_attempt_inside_a_request_context(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=500), Fault(status=503))
    async with make_client(standin, fake_time) as client:
        with thredfi.request_context("req-123"):
            response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    assert response.status_code == 204
    attempts = standin.received("delete_customer_credit")
    assert [r.header("X-Request-ID") for r in attempts] == ["req-123"] * 3
    assert [r.header("X-Thredfi-Attempt") for r in attempts] == ["1", "2", "3"]
    assert standin.received("partner_token")[0].header("X-Request-ID") == "req-123"
    assert fake_time.sleeps == [0.5, 1.0]


async def test_outside_a_context_each_operation_gets_its_own_uuid4(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=502))
    async with make_client(standin, fake_time) as client:
        for _ in range(2):
            await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    ids = [r.header("X-Request-ID") for r in standin.received("delete_customer_credit")]
    assert ids[0] == ids[1] != ids[2]  # the retry kept its id; the next operation got a new one
    assert all(uuid.UUID(str(i)).version == 4 for i in ids)


async def test_a_custom_request_id_header(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time, request_id_header="X-Correlation-ID") as client:
        with thredfi.request_context("corr-1"):
            await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    (request,) = standin.received("delete_customer_credit")
    assert request.header("X-Correlation-ID") == "corr-1"
    assert request.header("X-Request-ID") is None


async def test_a_non_idempotent_post_that_got_a_500_is_sent_exactly_once(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", Fault(status=500, request_id="srv-rid-9"))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.InternalServerError) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.count("delete_bill_payment") == 1
    assert fake_time.sleeps == []
    assert info.value.status_code == 500
    assert info.value.request_id == "srv-rid-9"  # the server's header wins
    assert info.value.error_code == "http_500"


@pytest.mark.parametrize("fault", [Fault(status=503), Fault(status=429, retry_after="3")])
async def test_a_post_is_retried_when_the_server_did_not_process_it(
    standin: StandIn, fake_time: FakeTime, fault: Fault
) -> None:
    standin.fail("delete_bill_payment", fault)
    async with make_client(standin, fake_time) as client:
        result = await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert result is not None
    assert standin.count("delete_bill_payment") == 2
    assert fake_time.sleeps == [3.0 if fault.retry_after else 0.5]


async def test_a_post_with_an_idempotency_key_is_retried_with_the_same_key(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("create_bill_payment", Fault(status=500), Fault(status=502))
    async with make_client(standin, fake_time) as client:
        http = client.for_business(BUSINESS).api.get_async_httpx_client()
        response = await http.post(CREATE_PAYMENT, json={"amount_cents": 100}, headers={"Idempotency-Key": "key-1"})
    assert response.status_code == 201
    attempts = standin.received("create_bill_payment")
    assert [r.header("Idempotency-Key") for r in attempts] == ["key-1"] * 3
    assert len({r.header("X-Request-ID") for r in attempts}) == 1
    assert {r.body for r in attempts} == {b'{"amount_cents":100}'}


@pytest.mark.parametrize(("external_id", "sent"), [("ext-7", 2), (None, 1)])
async def test_a_create_deduplicated_by_external_id_is_retried_only_with_one(
    standin: StandIn, fake_time: FakeTime, external_id: str | None, sent: int
) -> None:
    standin.fail("create_vendor", Fault(status=504))
    body = CreateVendorRequest(company_name="Acme Ltd", external_id=external_id or UNSET)
    async with make_client(standin, fake_time) as client:
        if external_id:
            response = await create_vendor.asyncio_detailed(BUSINESS, client=client.api, body=body)
            assert response.status_code == 201
        else:
            with pytest.raises(thredfi.InternalServerError):
                await create_vendor.asyncio_detailed(BUSINESS, client=client.api, body=body)
    assert standin.count("create_vendor") == sent


async def test_retries_stop_at_max_retries_and_raise(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", *[Fault(status=500, body="html")] * 3)
    async with make_client(standin, fake_time, max_retries=2) as client:
        with thredfi.request_context("req-html"), pytest.raises(thredfi.InternalServerError) as info:
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.count("delete_customer_credit") == 3
    assert info.value.status_code == 500
    assert info.value.request_id == "req-html"  # no server id in HTML: the id we sent
    assert info.value.message == "Internal Server Error"
    assert info.value.error_code is None


async def test_max_retries_zero_turns_retries_off(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=503))
    async with make_client(standin, fake_time, max_retries=0) as client:
        with pytest.raises(thredfi.InternalServerError):
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.count("delete_customer_credit") == 1


@pytest.mark.parametrize(
    ("fault", "error", "message"),
    [
        (Fault(status=502, body="empty"), thredfi.InternalServerError, "Bad Gateway"),
        (
            Fault(status=404, body="text"),
            thredfi.NotFoundError,
            "upstream connect error or disconnect/reset before headers",
        ),
        (Fault(status=409), thredfi.ConflictError, "injected 409"),
        (Fault(status=422, body="html"), thredfi.UnprocessableEntityError, "Unprocessable Entity"),
        (Fault(status=403), thredfi.PermissionDeniedError, "injected 403"),
        (
            Fault(status=499, body="text"),
            thredfi.APIStatusError,
            "upstream connect error or disconnect/reset before headers",
        ),
    ],
)
async def test_every_error_body_gives_a_typed_error(
    standin: StandIn, fake_time: FakeTime, fault: Fault, error: type[thredfi.APIStatusError], message: str
) -> None:
    standin.fail("delete_bill_payment", fault)
    async with make_client(standin, fake_time, max_retries=0) as client:
        with pytest.raises(error) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert type(info.value) is error
    assert info.value.status_code == fault.status
    assert info.value.message == message
    assert info.value.request_id


async def test_the_guide_error_shape_gives_field_errors_and_is_not_retried(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("delete_customer_credit", Fault(status=400, body="guide"))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.BadRequestError) as info:
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert info.value.field_errors == {"amount_cents": ["must be > 0"]}
    assert info.value.message == "Invalid input"
    assert info.value.error_code == "validation_error"
    assert standin.count("delete_customer_credit") == 1


async def test_a_reset_connection_is_retried_for_delete_but_not_for_a_post(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("delete_customer_credit", Fault(reset=True))
    standin.fail("delete_bill_payment", Fault(reset=True))
    async with make_client(standin, fake_time) as client:
        response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
        with thredfi.request_context("req-reset"), pytest.raises(thredfi.APIConnectionError) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert response.status_code == 204
    assert standin.count("delete_customer_credit") == 2
    assert standin.count("delete_bill_payment") == 1
    assert not isinstance(info.value, thredfi.APITimeoutError)
    assert info.value.request_id == "req-reset"


async def test_a_slow_response_times_out_and_is_retried_only_when_idempotent(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("delete_customer_credit", Fault(hang=True))
    standin.fail("delete_bill_payment", Fault(hang=True))
    async with make_client(standin, fake_time, timeout=1.0) as client:
        response = await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
        with pytest.raises(thredfi.APITimeoutError):
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert response.status_code == 204
    assert standin.count("delete_customer_credit") == 2
    assert standin.count("delete_bill_payment") == 1


async def test_a_retry_that_would_end_past_the_deadline_is_not_made(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=429, retry_after="30"))
    policy = thredfi.RetryPolicy(deadline=10.0)
    async with make_client(standin, fake_time, retry_policy=policy) as client:
        with pytest.raises(thredfi.RateLimitError):
            await delete_customer_credit.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
    assert standin.count("delete_customer_credit") == 1
    assert fake_time.sleeps == []


async def test_retry_after_is_capped(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_customer_credit", Fault(status=503, retry_after="3600"))
    async with make_client(standin, fake_time) as client:
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.api)
    assert fake_time.sleeps == [60.0]


async def test_connection_refused_is_retried_then_raised() -> None:
    fake = FakeTime()
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    client = thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d",
        api_key="k",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(refuse),
        clock=fake.clock,
        sleep=fake.sleep,
        random=lambda: 0.0,
    )
    async with client:
        with pytest.raises(thredfi.APIConnectionError, match="ConnectError"):
            await client.partner_token()
    assert len(attempts) == 3  # a POST, but connect errors prove it never left
    assert fake.sleeps == [0.5, 1.0]


async def test_aclose_closes_every_pooled_connection(standin: StandIn, fake_time: FakeTime) -> None:
    client = make_client(standin, fake_time, transport=None)
    await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=client.for_business(BUSINESS).api)
    chosen = client._core.sender.chosen  # type: ignore[attr-defined]
    assert isinstance(chosen, AiohttpSender)  # the default on asyncio
    session = chosen._session
    assert session is not None
    assert len(session.connector._conns) >= 1  # a keep-alive connection is pooled
    await client.aclose()
    await client.aclose()  # idempotent
    assert session.closed
    assert session.connector is None or not session.connector._conns


async def test_a_create_that_declares_idempotency_key_gets_one_and_is_retried_with_it(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("create_bill_payment", Fault(status=500))
    body = CreateBillPaymentRequest(vendor_id=uuid.uuid4(), amount_cents=1500)
    async with make_client(standin, fake_time) as client:
        api = client.for_business(BUSINESS).api
        await create_bill_payment.asyncio_detailed(BUSINESS, client=api, body=body)
        await create_bill_payment.asyncio_detailed(BUSINESS, client=api, body=body, idempotency_key="caller-key")
    keys = [r.header("Idempotency-Key") for r in standin.received("create_bill_payment")]
    assert len(keys) == 3
    assert keys[0] == keys[1]  # the retry after the 500 reused the generated key
    assert uuid.UUID(str(keys[0])).version == 4
    assert keys[2] == "caller-key"
