"""The resource client against the stand-in on 127.0.0.1: 2xx bodies that drift from the spec,
raw responses, and lists (``async for`` over every item, ``await`` for one page)."""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import parse_qs

import pytest
import thredfi
from thredfi_api.models import BillPaymentCancelResponse, Vendor

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import API_KEY, Fault, StandIn

pytestmark = pytest.mark.asyncio

GOOD_CANCEL = {
    "message": "cancelled",
    "payment_id": "0b7f6a3e-5d2c-4e1b-9a8f-7c6d5e4f3a2b",
    "status": "cancelled",
    "updated_at": "2026-11-21T10:00:00Z",
}


def body(payload: Any) -> bytes:
    return json.dumps(payload).encode()


DRIFT = {
    "html from a proxy": Fault(status=200, payload=b"<html><body>Welcome</body></html>", content_type="text/html"),
    "empty body": Fault(status=200, payload=b"", content_type=None),
    "missing required field": Fault(status=200, payload=body({k: v for k, v in GOOD_CANCEL.items() if k != "status"})),
    "bad uuid": Fault(status=200, payload=body(GOOD_CANCEL | {"payment_id": "not-a-uuid"})),
    "bad date": Fault(status=200, payload=body(GOOD_CANCEL | {"updated_at": "yesterday-ish"})),
    "a list instead of an object": Fault(status=200, payload=body([GOOD_CANCEL])),
    "undocumented 2xx status": Fault(status=202, payload=body(GOOD_CANCEL)),
}


@pytest.mark.parametrize("case", sorted(DRIFT))
async def test_a_2xx_body_that_does_not_fit_raises_a_validation_error(
    standin: StandIn, fake_time: FakeTime, case: str
) -> None:
    fault = DRIFT[case]
    fault.request_id = "srv-rid-42"
    standin.fail("delete_bill_payment", fault)
    async with make_client(standin, fake_time, strict_responses=True) as client:
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    error = info.value
    assert isinstance(error, thredfi.ThredfiError)
    assert error.status_code == fault.status
    assert error.request_id == "srv-rid-42"
    assert error.operation == "delete_bill_payment"
    assert error.body == (fault.payload or b"").decode()
    assert "delete_bill_payment" in str(error)
    assert "srv-rid-42" in str(error)
    assert API_KEY not in str(error) + repr(error) + error.body
    assert standin.count("delete_bill_payment") == 1  # a drifted 2xx is not retried


async def test_a_2xx_body_echoing_credentials_keeps_none_on_the_validation_error(
    standin: StandIn, fake_time: FakeTime
) -> None:
    """What a drifted 2xx echoes (the bearer token, the api key, an access_token) is redacted."""
    async with make_client(standin, fake_time, strict_responses=True) as client:
        biz = client.for_business(BUSINESS)
        await biz.customer_credits.delete(uuid.uuid4())  # the tokens are fetched: their values are known
        token = (await biz.token()).access_token
        echoed = GOOD_CANCEL | {
            "message": f"you sent Authorization: Bearer {token} with {API_KEY}",
            "debug": f"api_key={API_KEY}&x=1",
            "access_token": token,
            "updated_at": f"Bearer {token}",  # the parser's own message quotes the bad value
        }
        standin.fail("delete_bill_payment", Fault(status=200, payload=body(echoed), request_id="srv-rid-5"))
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await biz.bill_payments.delete(uuid.uuid4())
    error = info.value
    everything = " ".join([str(error), repr(error), error.body, error.reason, str(error.args)])
    assert token not in everything
    assert API_KEY not in everything
    assert "[redacted]" in error.body
    assert "Invalid isoformat string" in error.reason  # the reason stays readable
    assert error.request_id == "srv-rid-5"


async def test_a_2xx_body_echoing_the_bare_token_keeps_it_off_the_validation_error(
    standin: StandIn, fake_time: FakeTime
) -> None:
    """No scheme, no credential key, not JWT-shaped: only the credential the request carried says it is one."""
    async with make_client(standin, fake_time, strict_responses=True) as client:
        biz = client.for_business(BUSINESS)
        token = (await biz.token()).access_token
        echoed = GOOD_CANCEL | {"message": f"seen {token} today", "updated_at": token}
        standin.fail("delete_bill_payment", Fault(status=200, payload=body(echoed)))
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await biz.bill_payments.delete(uuid.uuid4())
    error = info.value
    assert token not in " ".join([str(error), repr(error), error.body, error.reason, str(error.args)])
    assert "seen [redacted] today" in error.body


async def test_the_body_is_redacted_before_it_is_truncated(standin: StandIn, fake_time: FakeTime) -> None:
    """A credential cut in two by the truncation would no longer be recognised: redaction comes first."""
    limit = thredfi.APIResponseValidationError.MAX_BODY
    payload = b"<p>" + b"x" * (limit - 3 - len(API_KEY) // 2) + API_KEY.encode() + b"</p>"
    standin.fail("delete_bill_payment", Fault(status=200, payload=payload, content_type="text/html"))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    half = API_KEY[: len(API_KEY) // 2]
    assert half not in info.value.body
    assert len(info.value.body) <= limit


async def test_null_where_a_list_is_declared(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("list_vendors", Fault(status=200, payload=body({"count": 0, "results": None})))
    async with make_client(standin, fake_time) as client:
        assert [vendor async for vendor in client.for_business(BUSINESS).vendors.list()] == []  # lenient: no items
    standin.fail("list_vendors", Fault(status=200, payload=body({"count": 0, "results": None})))
    async with make_client(standin, fake_time, strict_responses=True) as client:
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await client.for_business(BUSINESS).vendors.list()
    assert info.value.operation == "list_vendors"
    assert info.value.request_id  # no header, no body id: the id the SDK sent
    sent = standin.received("list_vendors")[-1].header("X-Request-ID")
    assert info.value.request_id == sent


async def test_the_request_id_comes_from_the_body_when_no_header(standin: StandIn, fake_time: FakeTime) -> None:
    drift = GOOD_CANCEL | {"updated_at": "soon", "request_id": "body-rid-7"}
    standin.fail("delete_bill_payment", Fault(status=200, payload=body(drift)))
    async with make_client(standin, fake_time, strict_responses=True) as client:
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await client.bill_payments.delete(BUSINESS, uuid.uuid4())
    assert info.value.request_id == "body-rid-7"


async def test_the_body_kept_on_the_error_is_truncated(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", Fault(status=200, payload=b"<p>" + b"x" * 5000, content_type="text/html"))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.APIResponseValidationError) as info:
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    assert len(info.value.body) == thredfi.APIResponseValidationError.MAX_BODY
    assert len(str(info.value)) < 400


async def test_an_error_status_still_raises_its_status_error(standin: StandIn, fake_time: FakeTime) -> None:
    standin.fail("delete_bill_payment", Fault(status=404))
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.NotFoundError):
            await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())


async def test_seeds_through_the_business_view_use_the_business_token(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        payment_id = uuid.uuid4()
        cancelled = await biz.bill_payments.delete(payment_id)
        assert isinstance(cancelled, BillPaymentCancelResponse)
        assert cancelled.payment_id == payment_id
        assert await biz.customer_credits.delete(uuid.uuid4()) is None
    tokens = [r.header("Authorization") for r in standin.received() if r.route != "partner_token"]
    assert all(t and t.startswith("Bearer btok-") for t in tokens[1:])  # after the business token request


async def test_raw_response_gives_status_headers_request_id_and_the_model(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.fail("delete_bill_payment", Fault(status=200, payload=body(GOOD_CANCEL), request_id="srv-rid-9"))
    async with make_client(standin, fake_time) as client:
        raw = await client.for_business(BUSINESS).with_raw_response.bill_payments.delete(uuid.uuid4())
        assert raw.status_code == 200
        assert raw.request_id == "srv-rid-9"
        assert raw.headers["content-type"] == "application/json"
        assert isinstance(raw.parsed, BillPaymentCancelResponse)
        assert raw.parse() is raw.parsed
        assert "srv-rid-9" in repr(raw)
        empty = await client.with_raw_response.customer_credits.delete(BUSINESS, uuid.uuid4())
        assert empty.status_code == 204
        assert empty.parsed is None
        assert empty.request_id == standin.received("delete_customer_credit")[-1].header("X-Request-ID")


async def test_raw_response_of_a_list_is_its_first_page(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 3
    async with make_client(standin, fake_time) as client:
        raw = await client.for_business(BUSINESS).with_raw_response.vendors.list(page_size=2)
    assert raw.status_code == 200
    assert [v.id for v in raw.parsed.results] == ["ven-0", "ven-1"]


def pages_requested(standin: StandIn) -> list[tuple[int, int | None]]:
    queries = [parse_qs(r.path.partition("?")[2]) for r in standin.received("list_vendors")]
    return [(int(q["page"][0]), int(q["page_size"][0]) if "page_size" in q else None) for q in queries]


@pytest.mark.parametrize("form", ["page_info", "drf", "bare"])
@pytest.mark.parametrize(("vendors", "pages"), [(0, 1), (99, 1), (250, 3)])
async def test_async_for_walks_every_item_with_the_largest_pages(
    standin: StandIn, fake_time: FakeTime, form: str, vendors: int, pages: int
) -> None:
    standin.state.vendors, standin.state.page_form = vendors, form
    async with make_client(standin, fake_time) as client:
        items = [v async for v in client.for_business(BUSINESS).vendors.list(name_contains="Vendor")]
    assert [v.id for v in items] == [f"ven-{i}" for i in range(vendors)]
    assert all(isinstance(v, Vendor) for v in items)
    assert sorted(pages_requested(standin)) == [(n, 100) for n in range(1, pages + 1)]
    assert all("name_contains=Vendor" in r.path for r in standin.received("list_vendors"))


@pytest.mark.parametrize("form", ["page_info", "drf", "bare"])
async def test_await_gives_one_page_and_next_page_follows(standin: StandIn, fake_time: FakeTime, form: str) -> None:
    standin.state.vendors, standin.state.page_form = 25, form
    async with make_client(standin, fake_time) as client:
        page = await client.vendors.list(BUSINESS, page_size=10)
        assert isinstance(page, thredfi.AsyncPage)
        assert [v.id for v in page.items] == [f"ven-{i}" for i in range(10)]
        assert page.total_count == (None if form == "bare" else 25)
        seen = list(page.items)
        pages = 1
        while page.has_next_page():
            page = await page.next_page()
            seen += page.items
            pages += 1
        with pytest.raises(thredfi.ThredfiError, match="last page"):
            await page.next_page()
    assert [v.id for v in seen] == [f"ven-{i}" for i in range(25)]
    assert pages == 3
    assert pages_requested(standin) == [(1, 10), (2, 10), (3, 10)]


async def test_a_full_last_page_without_metadata_is_followed_by_an_empty_one(
    standin: StandIn, fake_time: FakeTime
) -> None:
    standin.state.vendors, standin.state.page_form = 20, "bare"
    async with make_client(standin, fake_time) as client:
        page = await client.for_business(BUSINESS).vendors.list(page_size=10, page=2)
        assert page.has_next_page()  # a full page, no metadata: there may be more
        last = await page.next_page()  # the stand-in answers 404 "Invalid page."
    assert last.items == []
    assert not last.has_next_page()
    assert pages_requested(standin) == [(2, 10), (3, 10)]


async def test_await_without_page_size_lets_the_server_choose(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 30
    async with make_client(standin, fake_time) as client:
        page = await client.for_business(BUSINESS).vendors.list(page=2)
    assert page.page == 2
    assert [v.id for v in page.items] == [f"ven-{i}" for i in range(20, 30)]
    assert pages_requested(standin) == [(2, None)]


async def test_items_are_fetched_lazily(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 250
    async with make_client(standin, fake_time) as client:
        listing = client.for_business(BUSINESS).vendors.list()
        assert standin.count("list_vendors") == 0  # building the paginator sends nothing
        async for vendor in listing:
            if vendor.id == "ven-5":
                break
    assert pages_requested(standin) == [(1, 100)]


@pytest.mark.parametrize("page_size", [0, 101, True])
async def test_a_bad_page_size_is_refused_before_any_request(
    standin: StandIn, fake_time: FakeTime, page_size: Any
) -> None:
    async with make_client(standin, fake_time) as client:
        with pytest.raises(ValueError, match="page_size"):
            client.for_business(BUSINESS).vendors.list(page_size=page_size)
    assert standin.count("list_vendors") == 0


async def test_body_fields_or_the_body_model(standin: StandIn, fake_time: FakeTime) -> None:
    from thredfi_api.models import CreateVendorRequest

    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        first = await biz.vendors.create(company_name="Acme Ltd", email="ap@acme.example")
        second = await biz.vendors.create(body=CreateVendorRequest(company_name="Beta Ltd"))
        with pytest.raises(TypeError, match="not both"):
            await biz.vendors.create(body=CreateVendorRequest(), company_name="x")  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"colour"):
            await biz.vendors.create(colour="red")  # type: ignore[call-overload]
    assert first.company_name == "Acme Ltd"
    assert second.company_name == "Beta Ltd"
    sent = [json.loads(r.body) for r in standin.received("create_vendor")]
    assert sent == [{"company_name": "Acme Ltd", "email": "ap@acme.example"}, {"company_name": "Beta Ltd"}]


async def test_none_sends_json_null_and_an_argument_left_out_is_not_sent(standin: StandIn, fake_time: FakeTime) -> None:
    """``metadata`` may be null by the spec: ``None`` sends ``null``. An argument left out is not sent,
    unless the spec gives it a default (``processing_fee_cents`` 0, ``include_archived`` false):
    the generated model or endpoint then sends that default."""
    from thredfi_api.models import CreateBillPaymentRequest

    vendor = uuid.uuid4()
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        await biz.bill_payments.create(vendor_id=vendor, amount_cents=1250, memo="m", metadata=None)
        model = CreateBillPaymentRequest(vendor_id=vendor, amount_cents=1250, metadata=None)
        await biz.bill_payments.create(body=model)
        await biz.bill_payments.create(vendor_id=vendor, amount_cents=1250)
        await client.bill_payments.create(BUSINESS, vendor_id=vendor, amount_cents=1250, processing_fee_cents=25)
        await biz.vendors.create(company_name="Acme Ltd")
        await biz.vendors.list(page_size=5)
    required = {"vendor_id": str(vendor), "amount_cents": 1250}
    sent = [json.loads(r.body) for r in standin.received("create_bill_payment")]
    assert sent == [
        required | {"memo": "m", "metadata": None, "processing_fee_cents": 0},
        required | {"metadata": None, "processing_fee_cents": 0},
        required | {"processing_fee_cents": 0},  # metadata left out: no key at all
        required | {"processing_fee_cents": 25},
    ]
    assert b'"metadata":null' in standin.received("create_bill_payment")[0].body  # JSON null on the wire
    assert [json.loads(r.body) for r in standin.received("create_vendor")] == [{"company_name": "Acme Ltd"}]
    [listed] = standin.received("list_vendors")
    assert parse_qs(listed.path.partition("?")[2]) == {"include_archived": ["false"], "page": ["1"], "page_size": ["5"]}
