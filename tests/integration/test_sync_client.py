"""``thredfi.Client``, the blocking twin, through the async client's scenarios against the stand-in;
threads, fork, pickling; and ``ThredfiClient`` across event loops (issue 21)."""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import thredfi
from redis_server import RedisServer
from thredfi_api.models import BillPaymentCancelResponse

from tests.integration.conftest import BUSINESS, OTHER_BUSINESS
from tests.standin import API_KEY, PARTNER_UUID, Fault, StandIn
from tests.typing.sync_usage import sync_usage


@pytest.fixture
def sender() -> str:
    return "default"  # the blocking client runs the async one on its own asyncio loop: aiohttp


@pytest.fixture
def client(standin: StandIn) -> Iterator[thredfi.Client]:
    with thredfi.Client(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url) as sync:
        yield sync


def test_the_seeds_lists_errors_and_request_ids(standin: StandIn, client: thredfi.Client) -> None:
    standin.state.vendors = 5
    biz = client.for_business(BUSINESS)
    cancelled = biz.bill_payments.delete(uuid.uuid4())
    assert isinstance(cancelled, BillPaymentCancelResponse)
    credit = uuid.uuid4()
    assert client.customer_credits.delete(BUSINESS, credit) is None  # partner token, business first
    with pytest.raises(thredfi.NotFoundError):
        biz.customer_credits.delete(credit)  # deleted already
    assert [v.company_name for v in biz.vendors.list(page_size=2)] == [f"Vendor {i}" for i in range(5)]
    page = biz.vendors.list(page_size=2).first_page()
    assert (len(page.items), page.has_next_page(), len(page.next_page().items)) == (2, True, 2)
    with thredfi.request_context("rid-sync-7"):  # bound in the calling thread, sent from the loop's
        biz.customer_credits.delete(uuid.uuid4())
    assert standin.received("delete_customer_credit")[-1].header("X-Request-ID") == "rid-sync-7"
    raw = biz.with_raw_response.customer_credits.delete(uuid.uuid4())
    assert raw.status_code == 204


def pages_asked(standin: StandIn) -> list[int]:
    return sorted(int(re.search(r"[?&]page=(\d+)", r.path).group(1)) for r in standin.received("list_vendors"))  # type: ignore[union-attr]


def test_lists_read_ahead_collect_and_stop_at_a_break(standin: StandIn, client: thredfi.Client) -> None:
    standin.state.vendors = 10
    vendors = client.for_business(BUSINESS).vendors
    assert [v.company_name for v in vendors.list(page_size=2)] == [f"Vendor {i}" for i in range(10)]
    assert pages_asked(standin) == [1, 2, 3, 4, 5]  # each page once, read ahead of the loop
    assert [v.company_name for v in vendors.list(page_size=2).collect(concurrency=3)][-1] == "Vendor 9"
    assert [v.company_name for v in vendors.list(page_size=2).with_prefetch(0)][:1] == ["Vendor 0"]
    standin.state.vendors = 40
    before = len(standin.received("list_vendors"))
    for vendor in vendors.list(page_size=2).with_prefetch(2):
        assert vendor.company_name == "Vendor 0"
        break  # leaves the loop: the pages in flight are stopped, no more are asked for
    assert len(standin.received("list_vendors")) - before <= 1 + 2


def test_retries_the_401_replay_and_idempotency_keys(standin: StandIn, client: thredfi.Client) -> None:
    biz = client.for_business(BUSINESS)
    standin.fail("delete_customer_credit", Fault(status=503))
    biz.customer_credits.delete(uuid.uuid4())  # retried after the 503
    biz.customer_credits.delete(uuid.uuid4())
    standin.revoke_all()
    biz.customer_credits.delete(uuid.uuid4())  # 401 -> fresh token -> one replay
    standin.fail("create_bill_payment", Fault(status=503))
    biz.bill_payments.create(vendor_id=uuid.uuid4(), amount_cents=100)
    keys = [r.header("Idempotency-Key") for r in standin.received("create_bill_payment")]
    assert len(keys) == 2
    assert keys[0] is not None
    assert keys[0] == keys[1]  # the retry reuses the key


def test_typed_user_code_runs(standin: StandIn, client: thredfi.Client) -> None:
    standin.state.vendors = 3
    assert sync_usage(client, BUSINESS) == ["Vendor 0", "Vendor 1", "Vendor 2"]


def test_no_secret_in_logs_or_reprs(standin: StandIn, client: thredfi.Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    biz = client.for_business(BUSINESS)
    standin.fail("delete_bill_payment", Fault(status=500, body="html"))
    with pytest.raises(thredfi.InternalServerError) as info:
        biz.bill_payments.delete(uuid.uuid4())
    text = caplog.text + repr(client) + repr(biz) + str(info.value) + repr(info.value)
    for secret in [API_KEY, *standin.issued()]:
        assert secret not in text


def test_many_threads_share_one_client_and_one_token_request_per_token(
    standin: StandIn, client: thredfi.Client
) -> None:
    errors: list[BaseException] = []
    views = [client.for_business(BUSINESS), client.for_business(OTHER_BUSINESS)]

    def work(view: thredfi.SyncBusinessClient) -> None:
        for _ in range(25):
            try:
                view.customer_credits.delete(uuid.uuid4())
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(views[i % 2],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert standin.count("delete_customer_credit") == 200
    assert (standin.count("partner_token"), standin.count("business_token")) == (1, 2)


def test_a_forked_child_opens_its_own_connection_and_both_keep_working(
    standin: StandIn, client: thredfi.Client
) -> None:
    biz = client.for_business(BUSINESS)
    biz.customer_credits.delete(uuid.uuid4())
    parent_peer = standin.received("delete_customer_credit")[-1].peer
    pid = os.fork()
    if pid == 0:  # the child: one call, then leave without running the parent's cleanups
        try:
            biz.customer_credits.delete(uuid.uuid4())
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    child_peer = standin.received("delete_customer_credit")[-1].peer
    assert child_peer != parent_peer  # a new connection, never the parent's socket
    biz.customer_credits.delete(uuid.uuid4())  # the parent keeps working, on its own connection
    assert standin.received("delete_customer_credit")[-1].peer == parent_peer
    assert standin.count("delete_customer_credit") == 3


def test_a_thread_whose_loop_runs_can_call_it(standin: StandIn, client: thredfi.Client) -> None:
    async def notebook_cell() -> Any:  # a notebook cell, or an async framework calling sync code
        return client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())

    assert asyncio.run(notebook_cell()) is None


def answered(work: Callable[[], object]) -> BaseException | object:
    """What ``work`` returned or raised, in a thread of its own. The join's bound only turns a hang
    (the bug these tests are about) into a failure instead of a stuck suite; the answer comes at once."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the call waited on the closed client's stopped loop"
    [result] = outcome
    return result


def assert_closed_error(result: object) -> None:
    assert isinstance(result, thredfi.APIConnectionError), repr(result)
    assert "the client is closed" in str(result)


def test_a_list_read_ahead_before_close_is_refused_after_it(standin: StandIn) -> None:
    standin.state.vendors = 10
    client = thredfi.Client(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url)
    vendors = client.for_business(BUSINESS).vendors
    items = iter(vendors.list(page_size=2))  # reads pages ahead on the client's loop
    assert [next(items).company_name, next(items).company_name] == ["Vendor 0", "Vendor 1"]
    page = vendors.list(page_size=2).first_page()
    unread = iter(vendors.list(page_size=2))  # made, never started
    tokens = (standin.count("partner_token"), standin.count("business_token"))
    loop_threads = sum(thread.name == "thredfi-client" for thread in threading.enumerate())
    client.close()
    assert_closed_error(answered(lambda: next(items)))  # the next page: not from the stopped loop
    assert answered(lambda: next(items, "ended")) == "ended"  # the iterator has ended, as after any error
    assert_closed_error(answered(lambda: next(unread)))
    assert_closed_error(answered(page.next_page))
    assert_closed_error(answered(lambda: vendors.list(page_size=2).collect()))
    assert_closed_error(answered(lambda: vendors.list(page_size=2).with_prefetch(0).first_page()))
    assert_closed_error(answered(lambda: client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())))
    assert_closed_error(answered(lambda: client.request("GET", "/v1/ping")))
    assert_closed_error(answered(client.partner_token))
    assert_closed_error(answered(lambda: client.business_token(BUSINESS)))
    assert standin.count("delete_customer_credit") == 0  # nothing was sent after the close
    assert (standin.count("partner_token"), standin.count("business_token")) == tokens
    assert sum(thread.name == "thredfi-client" for thread in threading.enumerate()) == loop_threads - 1
    client.close()  # still idempotent


class HeldAnswers:
    """A Thredfi on 127.0.0.1 that issues tokens and holds every GET's answer until ``release``."""

    def __init__(self) -> None:
        self.arrived, self.release = threading.Event(), threading.Event()
        held = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = b'{"access_token": "held-token-5d2e8f1a", "expires_in": 3600}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                held.arrived.set()
                held.release.wait()
                self.close_connection = True  # no answer: the client stopped waiting long ago

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def held_answers() -> Iterator[HeldAnswers]:
    held = HeldAnswers()
    held.thread.start()
    try:
        yield held
    finally:
        held.release.set()
        held.server.shutdown()
        held.server.server_close()


@pytest.mark.parametrize("waiting_for", ["its answer", "its token"])
def test_a_call_in_flight_when_another_thread_closes_gets_the_closed_error(
    standin: StandIn, held_answers: HeldAnswers, waiting_for: str
) -> None:
    if waiting_for == "its answer":  # sent, the server holds the answer
        base_url, arrived = held_answers.base_url, held_answers.arrived
    else:  # the token request is held: the call waits for it
        standin.hold_tokens()
        base_url, arrived = standin.base_url, standin.token_requested
    client = thredfi.Client(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=base_url, max_retries=0)
    outcome: list[BaseException | object] = []

    def call() -> None:
        try:
            outcome.append(client.request("GET", "/v1/platform/businesses/"))
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    assert arrived.wait(60)
    assert answered(client.close) is None  # close() stops the call in flight, and returns
    caller.join(timeout=60)  # a bound against a hang only: close() answered the caller
    assert not caller.is_alive(), "the caller still waits on the stopped loop"
    [error] = outcome
    assert_closed_error(error)


def test_errors_and_models_pickle_without_credentials(standin: StandIn, client: thredfi.Client) -> None:
    biz = client.for_business(BUSINESS)
    credit = uuid.uuid4()
    biz.customer_credits.delete(credit)
    with pytest.raises(thredfi.NotFoundError) as info:
        biz.customer_credits.delete(credit)
    data = pickle.dumps(info.value)
    for secret in [API_KEY, *standin.issued()]:
        assert secret.encode() not in data
    again = pickle.loads(data)  # noqa: S301 - our own bytes
    assert (type(again), again.status_code, again.request_id) == (thredfi.NotFoundError, 404, info.value.request_id)
    cancelled = biz.bill_payments.delete(uuid.uuid4())
    assert pickle.loads(pickle.dumps(cancelled)) == cancelled  # noqa: S301


# ---------------------------------------------------------------- ThredfiClient across event loops

SHARED: dict[str, thredfi.ThredfiClient] = {}


def test_one_async_client_serves_three_asyncio_runs(standin: StandIn) -> None:
    client = thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url)

    async def call() -> None:
        await client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())

    for _ in range(3):
        asyncio.run(call())  # each run its own loop (closed afterwards)
    asyncio.run(client.aclose())
    assert standin.count("delete_customer_credit") == 3
    assert standin.count("partner_token") == 1  # the tokens are shared across the loops


@pytest.fixture(scope="module")
def shared_standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.mark.asyncio
@pytest.mark.parametrize("turn", [1, 2])
async def test_one_async_client_across_pytest_asyncio_function_loops(shared_standin: StandIn, turn: int) -> None:
    # a module-level client, as a service's tests have it: each test runs on a loop of its own
    client = SHARED.setdefault(
        "client",
        thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=shared_standin.base_url),
    )
    await client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())
    assert shared_standin.count("delete_customer_credit") == turn
    assert shared_standin.count("partner_token") == 1
    if turn == 2:
        await client.aclose()  # closes what this loop opened; the first loop's went with it


def test_a_loop_still_running_in_another_thread_is_a_clear_error(standin: StandIn) -> None:
    client = thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url)
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        call = client.for_business(BUSINESS).customer_credits.delete
        asyncio.run_coroutine_threadsafe(call(uuid.uuid4()), other).result(timeout=30)

        async def here() -> None:
            await call(uuid.uuid4())

        with pytest.raises(thredfi.EventLoopError, match="one ThredfiClient per event loop"):
            asyncio.run(here())
    finally:
        asyncio.run_coroutine_threadsafe(client.aclose(), other).result(timeout=30)
        other.call_soon_threadsafe(other.stop)
        thread.join()
        other.close()


# ---------------------------------------------------------------- the README's sync snippet, the fleet store


def readme_sync_section() -> str:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Sync use", 1)[1].split("\n### ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    return str(block)


def test_the_readmes_sync_snippet_runs_as_shown(standin: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    standin.state.vendors = 12
    monkeypatch.setenv("THREDFI_PARTNER_UUID", PARTNER_UUID)
    monkeypatch.setenv("THREDFI_API_KEY", API_KEY)
    monkeypatch.setenv("THREDFI_BASE_URL", standin.base_url)
    namespace: dict[str, Any] = {"thredfi": thredfi}
    exec(readme_sync_section(), namespace)  # noqa: S102 - the README's own code
    try:
        names, total = namespace["invoice_view"](None, BUSINESS)
    finally:
        namespace["client"].close()
    assert names == [f"Vendor {i}" for i in range(12)]
    assert total == 12


def test_the_fleet_store_serves_the_blocking_client_and_async_replicas_alike(
    standin: StandIn, redis_server: RedisServer
) -> None:
    url = redis_server.url
    with thredfi.Client(
        partner_uuid=PARTNER_UUID,
        api_key=API_KEY,
        base_url=standin.base_url,
        token_store=thredfi.RedisTokenStore(url),
    ) as sync:
        sync.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())

    async def async_replica() -> None:
        async with (
            thredfi.RedisTokenStore(url) as store,
            thredfi.ThredfiClient(
                partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=standin.base_url, token_store=store
            ) as client,
        ):
            await client.for_business(BUSINESS).customer_credits.delete(uuid.uuid4())

    asyncio.run(async_replica())
    # the async replica adopted the tokens the blocking one fetched: one request per token, fleet-wide
    assert (standin.count("partner_token"), standin.count("business_token")) == (1, 1)
    assert standin.count("delete_customer_credit") == 2
