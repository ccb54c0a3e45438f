"""FakeThredfi through the SDK as users call it (issue 23): every resource method once, each kind of
operation's semantics, pagination through the SDK's own paginator, body checks, tokens, injected
faults against the retry policy, no real calls on every transport, the demo, and the README section
proposed in docs/testing.md run as written."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import inspect
import re
import socket
import subprocess
import sys
import typing
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._fake._operations import Operation, _dummy, by_id
from thredfi._fake._schema import Shaper
from thredfi.testing import FakeThredfi, MockThredfi, RealThredfiCallError, no_real_calls
from thredfi_api.api import ROUTES
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.models import BillPaymentCancelResponse, Vendor

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "testing.md"
BUSINESSES = "/v1/platform/businesses/"

pytestmark = pytest.mark.anyio


@pytest.fixture
def sender() -> str:
    return "default"  # the fake's client sends through its own httpx.MockTransport


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> FakeThredfi:
    return FakeThredfi()


@pytest.fixture
def business_id(fake: FakeThredfi) -> str:
    return fake.add_business(legal_name="Acme Trading Ltd", base_currency="EUR")


@pytest.fixture
async def client(fake: FakeThredfi) -> Any:
    async with fake.client(strict_responses=True) as client:  # a body that does not fit would raise
        yield client


@pytest.fixture
def biz(client: thredfi.ThredfiClient, business_id: str) -> thredfi.BusinessClient:
    return client.for_business(business_id)


# every resource method, once -------------------------------------------------------------------
CALLS = [(route, "business") for route in ROUTES if route.business_scoped] + [
    (route, "partner") for route in ROUTES if route.resource
]


def _prefix(route: Any, name: str) -> str:
    return re.sub(r"\{[^{}/]+\}", "{}", route.path.split("{" + name + "}")[0])


def _arguments(fake: FakeThredfi, op: Operation, business_id: str) -> list[Any]:
    """The path values of a call: the business, then a stored record for each id after it."""
    values: list[Any] = []
    for index, name in enumerate(op.params):
        prefix = _prefix(op.route, name)
        if prefix == BUSINESSES:
            values.append(business_id)
            continue
        seed = next(o for o in by_id().values() if o.collection == prefix and o.kind in ("create", "get", "list"))
        parents = {p: v for p, v in zip(seed.params[1:], values[1:index], strict=False)}
        values.append(fake.add(seed.operation_id, business_id, **parents)["id"])
    return values


def _keywords(method: Any, op: Operation) -> dict[str, Any]:
    """Required keyword arguments: a body of examples where the body is required, dummies for queries."""
    keywords: dict[str, Any] = {}
    hints = typing.get_type_hints(op.module._get_kwargs)
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            assert op.body is not None
            keywords["body"] = Shaper(dt.datetime.now(dt.UTC)).shape(op.body, {})
        else:
            keywords[name] = _dummy(hints[name], 0)
    if "body" not in keywords and op.body is not None and op.body_required:
        keywords["body"] = Shaper(dt.datetime.now(dt.UTC)).shape(op.body, {})
    return keywords


@pytest.mark.parametrize(
    ("route", "scope"), CALLS, ids=[f"{scope}:{route.resource}.{route.method_name}" for route, scope in CALLS]
)
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_every_resource_method_is_served_by_the_fake(
    fake: FakeThredfi, client: thredfi.ThredfiClient, business_id: str, route: Any, scope: str
) -> None:
    op = by_id()[route.operation_id]
    values = _arguments(fake, op, business_id)
    if scope == "business":
        view: Any = client.for_business(values.pop(0))
    else:
        view = client
    method = getattr(getattr(view, route.resource), route.method_name)
    outcome = method(*values, **_keywords(method, op))
    if isinstance(outcome, thredfi.AsyncPaginator):
        page = await outcome
        assert isinstance(page.result, op.response or type(None))
    else:
        result = await outcome
        assert isinstance(result, op.response or type(None))
    assert [fake.operation_of(r) for r in fake.calls] == [route.operation_id]  # strict parsing: it fits


async def test_the_generated_functions_work_on_the_fake_too(fake: FakeThredfi, business_id: str) -> None:
    payment = fake.add("bill_payments.list", business_id, amount_cents=10)
    async with fake.client() as client:
        result = await delete_bill_payment.asyncio(uuid.UUID(business_id), uuid.UUID(payment["id"]), client=client.api)
    assert isinstance(result, BillPaymentCancelResponse)
    assert (str(result.payment_id), result.status) == (payment["id"], "cancelled")


# semantics by kind -----------------------------------------------------------------------------
async def test_a_chained_flow_keeps_its_ids(fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str) -> None:
    customer = await biz.customers.create(company_name="Acme Ltd", email="ap@acme.example")
    assert customer.id
    invoice = await biz.invoices.create(customer_id=customer.id, line_items=[{"description": "Beer", "quantity": 2}])
    assert invoice.id
    assert invoice.customer
    assert invoice.customer.id == customer.id  # the stored customer, embedded
    voided = await biz.invoices.void(invoice.id)
    assert (voided.id, voided.status) == (invoice.id, "VOIDED")
    assert [(i.id, i.status) async for i in biz.invoices.list(customer_id=customer.id)] == [(invoice.id, "VOIDED")]
    assert [i async for i in biz.invoices.list(customer_id=str(uuid.uuid4()))] == []
    vendor = await biz.vendors.create(company_name="Paper Ltd")
    assert vendor.id
    payment = await biz.bill_payments.create(vendor_id=vendor.id, amount_cents=4_200)
    assert payment.id
    cancelled = await biz.bill_payments.delete(payment.id)
    assert (str(cancelled.payment_id), cancelled.status) == (payment.id, "cancelled")
    assert (await biz.bill_payments.get(payment.id)).status == "cancelled"
    with pytest.raises(thredfi.ConflictError, match="cancelled payment cannot be cancelled"):
        await biz.bill_payments.delete(payment.id)
    credit = await biz.customer_credits.create(customer_id=customer.id)
    assert credit.id
    await biz.customer_credits.delete(credit.id)  # a 204: None
    with pytest.raises(thredfi.NotFoundError):
        await biz.customer_credits.delete(credit.id)
    assert [c async for c in biz.customer_credits.list()] == []
    ids = [
        r.get("id") for name in ("customers", "invoices", "vendors") for r in fake.records(f"{name}.list", business_id)
    ]
    assert all(uuid.UUID(i) for i in ids)


async def test_gets_read_back_and_updates_merge(
    fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str
) -> None:
    bill = await biz.bills.create(memo="first", line_items=[{"description": "Paper", "quantity": 1}])
    assert bill.id
    assert (await biz.bills.get(bill.id)).status == "DRAFT"
    updated = await biz.bills.update(
        bill.id, line_items=[{"description": "Ink", "quantity": 2}], extra_body={"terms": "net 30"}
    )
    assert updated.id == bill.id
    assert updated.terms == "net 30"
    [stored] = fake.records("bills.list", business_id)
    assert stored["memo"] == "first"  # kept
    assert stored["line_items"] == [{"description": "Ink", "quantity": 2}]  # replaced, as the docs say
    assert stored["updated_at"] >= stored["created_at"]
    with pytest.raises(thredfi.NotFoundError, match="Bill not found"):
        await biz.bills.get(uuid.uuid4())
    payment = await biz.invoice_payments.create(customer_id=uuid.uuid4(), total_amount_cents=500)
    assert payment.payment
    assert payment.payment.id
    changed = await biz.invoice_payments.update(payment.payment.id, note="wire received")
    assert changed.payment
    assert (changed.payment.id, changed.payment.note, changed.payment.total_amount_cents) == (
        payment.payment.id,
        "wire received",
        500,
    )


async def test_partner_level_businesses_and_their_scope(fake: FakeThredfi, client: thredfi.ThredfiClient) -> None:
    created = await client.businesses.create(
        external_id="b-1", legal_name="One", entity_type="limited", email="a@b.c", country="GB"
    )
    assert created.id
    again = await client.businesses.create(external_id="b-1", legal_name="Other", entity_type="gmbh", email="x@y.z")
    assert (again.id, again.legal_name) == (created.id, "One")  # idempotent on external_id
    renamed = await client.businesses.update(created.id, legal_name="One Ltd")
    assert renamed.legal_name == "One Ltd"
    assert (await client.businesses.get(created.id)).legal_name == "One Ltd"
    assert [b.id async for b in client.businesses.list(country="gb")] == [created.id]
    assert [b.id async for b in client.businesses.list(country="DE")] == []
    vendor = await client.vendors.create(created.id, company_name="Through the partner token")
    assert vendor.id
    assert (await client.for_business(created.id).vendors.get(vendor.id)).company_name == "Through the partner token"
    with pytest.raises(thredfi.NotFoundError, match="Business not found"):
        await client.vendors.create(uuid.uuid4(), company_name="Nowhere")
    with pytest.raises(thredfi.TokenError, match="Business not found"):
        await client.for_business(uuid.uuid4()).vendors.list()


async def test_archive_and_unarchive(fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str) -> None:
    customer = await biz.customers.create(company_name="Old Co")
    assert customer.id
    archived = await biz.customers.archive(customer.id)
    assert (archived.status, archived.is_archived, archived.is_active) == ("ARCHIVED", True, False)
    assert archived.archived_at
    archived_vendor = fake.add("vendors.list", business_id, company_name="Dormant", status="ARCHIVED")
    await biz.vendors.create(company_name="Active")
    assert [v.company_name async for v in biz.vendors.list()] == ["Active"]
    assert [v.company_name async for v in biz.vendors.list(include_archived=True)] == ["Dormant", "Active"]
    back = await biz.vendors.unarchive(archived_vendor["id"])
    assert back.status == "ACTIVE"
    assert [v.company_name async for v in biz.vendors.list()] == ["Dormant", "Active"]


async def test_list_filters(fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str) -> None:
    for name, external_id in (("Acme Paper", "ap-1"), ("Acme Ink", "ai-2"), ("Bolt", "b-3")):
        await biz.vendors.create(company_name=name, external_id=external_id)
    assert [v.company_name async for v in biz.vendors.list(name_contains="acme")] == ["Acme Paper", "Acme Ink"]
    assert [v.company_name async for v in biz.vendors.list(name="BOLT")] == ["Bolt"]
    assert [v.external_id async for v in biz.vendors.list(external_id_contains="-2")] == ["ai-2"]
    assert [v.external_id async for v in biz.vendors.list(external_id="b-3")] == ["b-3"]
    fake.add("bank_accounts.list", business_id, display_name="Main", is_active=True)
    fake.add("bank_accounts.list", business_id, display_name="Old", is_active=False)
    assert [a.display_name async for a in biz.bank_accounts.list(is_active=False)] == ["Old"]
    assert [a.display_name async for a in biz.bank_accounts.list(search="ignored")] == ["Main", "Old"]


# pagination, through the paginator users use ------------------------------------------------------
@pytest.mark.parametrize("style", ["both", "page_info", "drf"])
async def test_pagination_is_honest_in_each_page_style(style: Any) -> None:
    fake = FakeThredfi(page_style=style)
    business_id = fake.add_business()
    for index in range(45):
        fake.add("vendors.list", business_id, company_name=f"Vendor {index:02}")
    async with fake.client(strict_responses=True) as client:
        biz = client.for_business(business_id)
        names = [v.company_name async for v in biz.vendors.list(page_size=7)]
        assert names == [f"Vendor {index:02}" for index in range(45)]
        list_calls = [r for r in fake.calls if fake.operation_of(r) == "list_vendors"]
        assert [r.url.params["page"] for r in list_calls] == [str(n) for n in range(1, 8)]  # 7 pages, none past the end
        page = await biz.vendors.list(page_size=20)
        assert (len(page.items), page.total_count, page.has_next_page()) == (20, 45, True)
        page = await (await page.next_page()).next_page()
        assert (page.page, len(page.items), page.has_next_page()) == (3, 5, False)
        assert [v.company_name async for v in biz.vendors.list()] == names  # default: 100 a page, one request
        with pytest.raises(thredfi.NotFoundError, match="Invalid page"):
            await biz.vendors.list(page=4, page_size=20)


async def test_a_nested_list_is_under_its_parent(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    refund = await biz.refunds.create(amount_cents=300, invoice_id=uuid.uuid4())
    assert refund.id
    payment = await biz.refund_payments.create(refund.id, amount_cents=300, method="BANK_TRANSFER")
    assert payment.refund_id == refund.id
    assert [p.id async for p in biz.refund_payments.list(refund.id)] == [payment.id]
    with pytest.raises(thredfi.NotFoundError, match="Refund not found"):
        await biz.refund_payments.create(uuid.uuid4(), amount_cents=1)


# bodies checked --------------------------------------------------------------------------------
async def test_a_bad_body_is_a_400_with_field_errors(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    with pytest.raises(thredfi.BadRequestError) as bad:
        await biz.vendors.create(company_name="Acme", extra_body={"email": 5})
    assert bad.value.field_errors == {"email": ["expected str, got 5"]}
    assert bad.value.error_code == "validation_error"
    with pytest.raises(thredfi.BadRequestError) as missing:
        await biz.request("POST", f"{BUSINESSES}{biz.business_id}/bills/payments/", json={"amount_cents": "x"})
    assert missing.value.field_errors == {
        "vendor_id": ["required by CreateBillPaymentRequest, missing"],
        "amount_cents": ["expected int, got 'x'"],
    }
    kept = await biz.vendors.create(company_name="Acme", extra_body={"po_number": "PO-7"})
    assert kept.id  # a field the spec lacks is no error


# tokens ----------------------------------------------------------------------------------------
async def test_tokens_are_issued_and_checked(fake: FakeThredfi, business_id: str) -> None:
    async with fake.client(api_key="not-the-fakes") as wrong:
        with pytest.raises(thredfi.TokenError) as refused:
            await wrong.businesses.list()
    assert refused.value.status_code == 401
    async with fake.client() as client:
        biz = client.for_business(business_id)
        await biz.vendors.list()
        token = await biz.token()
        assert token.business_id == business_id
        seen = len(fake.requests)
        fake.revoke_tokens()  # the next call gets a 401: the SDK fetches new tokens and replays
        await biz.vendors.list()
        assert (await biz.token()).access_token != token.access_token
    assert [fake.operation_of(r) for r in fake.requests[seen:]] == [
        "list_vendors",  # 401: its business token was revoked
        "get_business_token",  # 401: so was the partner token it is minted with
        "get_partner_token",
        "get_business_token",
        "list_vendors",  # the replay
    ]


# faults ----------------------------------------------------------------------------------------
async def test_a_fault_once_is_retried_away(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    fake.fail(biz.vendors.create, status=503)
    fake.fail("vendors.list", status=429, headers={"Retry-After": "0"})
    fake.fail("get_vendor", reset=True)
    fake.fail("vendors.unarchive", refuse=True)
    vendor = await biz.vendors.create(company_name="Acme")  # a 503 is retried even for a POST
    assert vendor.id
    assert [v.id async for v in biz.vendors.list()] == [vendor.id]
    assert (await biz.vendors.get(vendor.id)).id == vendor.id  # a GET is retried after a reset
    assert (await biz.vendors.unarchive(vendor.id)).id == vendor.id  # a refused connection sent nothing
    counts = [fake.operation_of(r) for r in fake.calls]
    assert {op: counts.count(op) for op in set(counts)} == {
        "create_vendor": 2,
        "list_vendors": 2,
        "get_vendor": 2,
        "unarchive_vendor": 2,
    }


async def test_token_requests_take_faults_too(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    fake.fail("get_partner_token", status=503)
    fake.fail("get_business_token", refuse=True)
    assert (await biz.vendors.list()).items == []
    tokens = [fake.operation_of(r) for r in fake.requests if r not in fake.calls]
    assert tokens == ["get_partner_token", "get_partner_token", "get_business_token", "get_business_token"]


async def test_a_report_takes_the_querys_values(biz: thredfi.BusinessClient) -> None:
    aging = await biz.reports.get_ar_aging(as_of_date=dt.date(2026, 1, 31))
    assert (aging.business_id, aging.as_of_date, aging.currency) == (biz.business_id, "2026-01-31", "EUR")
    assert aging.total_outstanding_cents == 0
    summary = await biz.reports.get_financial_summary(start_date="2026-01-01", end_date="2026-03-31")
    assert (summary.start_date, summary.end_date) == ("2026-01-01", "2026-03-31")


async def test_a_lasting_fault_raises_after_the_retries(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    fake.fail("vendors.list", status=500, times=None)
    with pytest.raises(thredfi.InternalServerError) as failed:
        await biz.vendors.list()
    assert failed.value.attempts == 3
    assert failed.value.message == "Injected fault (500)"


async def test_a_reset_is_not_retried_for_a_write_that_is_not_deduplicated(
    fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str
) -> None:
    fake.fail("vendors.create", reset=True, applied=True)
    with pytest.raises(thredfi.APIConnectionError) as lost:
        await biz.vendors.create(company_name="Maybe")
    assert lost.value.maybe_applied
    assert [v["company_name"] for v in fake.records("vendors.list", business_id)] == ["Maybe"]  # it happened once


async def test_an_idempotent_retry_finds_the_first_result(
    fake: FakeThredfi, biz: thredfi.BusinessClient, business_id: str
) -> None:
    fake.fail(biz.bill_payments.create, reset=True, applied=True)  # carried out, the answer lost
    payment = await biz.bill_payments.create(vendor_id=uuid.uuid4(), amount_cents=100)
    stored = fake.records("bill_payments.list", business_id)
    assert [p["id"] for p in stored] == [payment.id]
    sent = [r.headers["Idempotency-Key"] for r in fake.calls]
    assert len(sent) == 2
    assert sent[0] == sent[1] == stored[0]["idempotency_key"]


async def test_a_delay_past_the_timeout_is_a_timeout(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    fake.fail("vendors.list", delay=30.0)
    with pytest.raises(thredfi.APITimeoutError):
        await biz.with_options(timeout=0.01, max_retries=0).vendors.list()
    fake.fail("vendors.list", delay=0.001)
    assert (await biz.vendors.list()).items == []


async def test_canned_answers_by_method(fake: FakeThredfi, biz: thredfi.BusinessClient) -> None:
    fake.respond(biz.vendors.get, Vendor(id="v-1", company_name="Canned"))
    assert (await biz.vendors.get(uuid.uuid4())).company_name == "Canned"
    mock = MockThredfi()
    mock.respond("vendors.get", {"id": "v-2", "company_name": "Mocked"})
    async with mock.client() as client:
        assert (await client.for_business(uuid.uuid4()).vendors.get(uuid.uuid4())).company_name == "Mocked"


# no real calls ---------------------------------------------------------------------------------
class Recorder:
    """The resolver, replaced: records each lookup and answers none."""

    def __init__(self) -> None:
        self.hosts: list[object] = []

    def __call__(self, host: object, *args: object, **kwargs: object) -> Any:
        self.hosts.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "recorded, not resolved")


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(socket, "getaddrinfo", recorder)  # under the guard: it sees what gets through
    return recorder


@pytest.mark.parametrize("transport", ["default", "httpx"])
async def test_no_real_call_reaches_the_resolver(resolver: Recorder, transport: str, anyio_backend: str) -> None:
    if anyio_backend == "trio" and transport == "default":
        transport = "httpx"  # aiohttp runs on asyncio only: under trio the default is httpx's transport
    options: dict[str, Any] = {"partner_uuid": str(uuid.uuid4()), "api_key": "sk-test", "environment": "production"}
    if transport == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    with no_real_calls():
        async with thredfi.ThredfiClient(**options) as client:
            with pytest.raises(
                RealThredfiCallError, match=r"'backend\.thredfi\.com' was blocked before any DNS lookup"
            ):
                await client.for_business(uuid.uuid4()).vendors.list()
            assert client.token_requests_sent == 1  # failed at once: not retried
    assert resolver.hosts == []
    with no_real_calls():
        async with thredfi.ThredfiClient(**options, base_url="https://api.example.invalid", max_retries=0) as client:
            with pytest.raises(thredfi.APIConnectionError):
                await client.partner_token()
    assert resolver.hosts  # the recorder is where lookups go
    assert {h.decode() if isinstance(h, bytes) else h for h in resolver.hosts} == {"api.example.invalid"}


# the demo and the README section ---------------------------------------------------------------
def test_the_demo_chains_its_ids() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "fake_flow.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines())
    customer = lines["customer"].split()[0]
    invoice = lines["invoice"].split()[0]
    assert uuid.UUID(customer)
    assert uuid.UUID(invoice)
    assert lines["voided"].startswith(f"{invoice}  VOIDED")
    assert lines["listed"].startswith(invoice)
    assert "cancelled" in lines["cancelled"]
    assert "(a second delete: 404)" in lines["deleted"]
    assert '"string"' not in result.stdout
    assert "string " not in result.stdout


def proposed_section() -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text.split("<!-- readme-section:begin -->\n", 1)[1].split("<!-- readme-section:end -->", 1)[0]


def plugin_arguments() -> list[str]:
    """``-p thredfi.pytest_plugin`` until the ``pytest11`` entry point is installed, then nothing."""
    entry_points = importlib.metadata.entry_points(group="pytest11")
    if any(ep.value == "thredfi.pytest_plugin" for ep in entry_points):
        return []
    return ["-p", "thredfi.pytest_plugin"]


def test_the_proposed_readme_section_runs_as_shown(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", proposed_section(), re.DOTALL)
    assert len(blocks) == 1, "the section shows one test file"
    test_file = tmp_path / "test_readme_testing.py"
    test_file.write_text(blocks[0] + _PROOF_THE_SWITCH_IS_ON)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *plugin_arguments(),
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            "-W",
            "error",
            str(test_file),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


# appended to the section's file: its marker line really turns real calls off
_PROOF_THE_SWITCH_IS_ON = """

async def test_the_switch_is_on() -> None:
    async with thredfi.ThredfiClient(partner_uuid="00000000-0000-4000-8000-000000000001", api_key="k") as client:
        with pytest.raises(thredfi.testing.RealThredfiCallError):
            await client.partner_token()
"""


def test_the_proposed_section_fits_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    current = readme.split("## Testing your code", 1)[1].split("\n## ", 1)[0]
    proposed = proposed_section()
    assert proposed.startswith("## Testing your code\n")
    assert len(proposed.split()) < 300
    assert len(proposed.split()) <= len(("## Testing your code" + current).split())
    replaced = readme.replace("## Testing your code" + current, proposed.rstrip("\n") + "\n")
    assert len(replaced.split()) <= 1500
    assert "thredfi_offline" in proposed
    assert "respond(" in proposed
    assert "fail(" in proposed
