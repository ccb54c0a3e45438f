"""Rate budgets (issue 24) against a server on 127.0.0.1 that counts, per business, the requests
in flight and their arrival times, and can answer 429 past its own token bucket. Real time here:
the budget is what is tested, so the spacing is measured where the requests arrive."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import httpx
import pytest
import thredfi

from tests.standin import API_KEY, PARTNER_UUID

pytestmark = pytest.mark.asyncio
BUSINESSES = [uuid.UUID(int=n + 1) for n in range(3)]
FOUR_BUSINESSES = [uuid.UUID(int=n + 101) for n in range(4)]
LATENCY = 0.02  # each answer takes this long, so calls overlap


class Counting:
    """Per business: arrival times, the most requests in flight at once, 429s answered."""

    def __init__(self, server_per_second: float | None, server_burst: int) -> None:
        self.lock = threading.Lock()
        self.arrivals: dict[str, list[float]] = defaultdict(list)
        self.in_flight: dict[str, int] = defaultdict(int)
        self.most_in_flight: dict[str, int] = defaultdict(int)
        self.rejected = 0
        self.total_in_flight = self.most_total_in_flight = 0
        self.per_second, self.burst = server_per_second, server_burst
        self.tokens: dict[str, float] = {}
        self.refilled: dict[str, float] = {}

    def admit(self, business: str, now: float) -> bool:
        """The server's own limit: a token bucket per business (always admits when none is set)."""
        if self.per_second is None:
            return True
        tokens = min(
            self.burst,
            self.tokens.get(business, self.burst) + (now - self.refilled.get(business, now)) * self.per_second,
        )
        self.refilled[business] = now
        if tokens < 1:
            self.tokens[business] = tokens
            return False
        self.tokens[business] = tokens - 1
        return True


class _Listening(ThreadingHTTPServer):
    request_queue_size = 256  # the default backlog of 5 drops the fan-out's connects (SYN retried after 1 s)


class Server:
    def __init__(self, counting: Counting) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def answer(self, status: int, payload: object, headers: dict[str, str] | None = None) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # tokens, partner and business
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.answer(200, {"access_token": f"tok-{uuid.uuid4()}", "expires_in": 3600})

            def do_GET(self) -> None:  # /v1/platform/businesses/<id>/vendors/<id>/
                business = self.path.split("/")[4]
                now = time.monotonic()
                with counting.lock:
                    counting.arrivals[business].append(now)
                    counting.in_flight[business] += 1
                    counting.total_in_flight += 1
                    counting.most_total_in_flight = max(counting.most_total_in_flight, counting.total_in_flight)
                    counting.most_in_flight[business] = max(
                        counting.most_in_flight[business], counting.in_flight[business]
                    )
                    admitted = counting.admit(business, now)
                    if not admitted:
                        counting.rejected += 1
                try:
                    time.sleep(LATENCY)  # the server's latency, not a wait for the test
                    if admitted:
                        self.answer(200, {"id": str(uuid.uuid4()), "company_name": "Acme"})
                    else:
                        self.answer(429, {"detail": "slow down"}, {"Retry-After": "1"})
                finally:
                    with counting.lock:
                        counting.in_flight[business] -= 1
                        counting.total_in_flight -= 1

        self.server = _Listening(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(params=["aiohttp", "httpx"])
def sender(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.contextmanager
def serving(counting: Counting) -> Iterator[Server]:
    server = Server(counting)
    try:
        yield server
    finally:
        server.close()


def client_for(server: Server, sender: str, **options: Any) -> thredfi.ThredfiClient:
    if sender == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    return thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=server.base_url, **options)


async def fan_out(
    client: thredfi.ThredfiClient, calls_per_business: int, businesses: list[uuid.UUID] = BUSINESSES
) -> None:
    async def one(business: uuid.UUID) -> None:
        await client.for_business(business).vendors.get(uuid.uuid4())

    async with anyio.create_task_group() as group:
        for _ in range(calls_per_business):
            for business in businesses:
                group.start_soon(one, business)


def most_in_any_window(arrivals: list[float], window: float) -> int:
    """The most requests that arrived within any span of ``window`` seconds."""
    times = sorted(arrivals)
    most, start = 0, 0
    for end, arrived in enumerate(times):
        while arrived - times[start] > window:
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_each_business_stays_within_its_budget_under_concurrency(sender: str) -> None:
    counting = Counting(None, 1)
    with serving(counting) as server:
        limit = thredfi.RateLimit(concurrency=3, per_second=40, burst=2)
        async with client_for(server, sender, business_rate_limit=limit) as client:
            await fan_out(client, calls_per_business=30)
    assert sorted(counting.arrivals) == sorted(str(b) for b in BUSINESSES)
    for business, arrivals in counting.arrivals.items():
        assert len(arrivals) == 30
        assert counting.most_in_flight[business] <= 3
        # 40/s after a burst of 2: the 30 cannot arrive faster than 28 turns apart (a loaded
        # machine only spreads them more) ...
        assert max(arrivals) - min(arrivals) >= 27 / 40
        # ... and never bunch: within any half second, the burst plus 40/s (and 2 for delivery jitter)
        assert most_in_any_window(arrivals, 0.5) <= 2 + 20 + 2


async def test_the_partner_budget_bounds_every_request_of_the_client(sender: str) -> None:
    counting = Counting(None, 1)
    with serving(counting) as server:
        async with client_for(server, sender, partner_rate_limit=thredfi.RateLimit(concurrency=2)) as client:
            await fan_out(client, calls_per_business=10)
    everything: list[float] = [t for arrivals in counting.arrivals.values() for t in arrivals]
    assert len(everything) == 30
    assert counting.most_total_in_flight == 2  # all businesses together, never more than 2 at once


async def test_a_budget_just_under_the_servers_spends_no_429(sender: str) -> None:
    counting = Counting(server_per_second=25, server_burst=5)
    with serving(counting) as server:
        limit = thredfi.RateLimit(per_second=22)
        async with client_for(server, sender, business_rate_limit=limit, max_retries=0) as client:
            await fan_out(client, calls_per_business=25)  # 0 retries: a 429 would fail its call
    assert counting.rejected == 0
    assert all(len(arrivals) == 25 for arrivals in counting.arrivals.values())


async def test_without_a_budget_the_same_fan_out_meets_429s(sender: str) -> None:
    """The control for the test above: the server's limit is real."""
    counting = Counting(server_per_second=25, server_burst=5)
    with serving(counting) as server:
        async with client_for(server, sender, max_retries=0) as client:
            with pytest.raises(ExceptionGroup) as caught:
                await fan_out(client, calls_per_business=25)
    assert counting.rejected > 0
    assert all(isinstance(error, thredfi.RateLimitError) for error in caught.value.exceptions)


async def test_a_turn_past_the_deadline_is_a_timeout_not_a_retry(sender: str) -> None:
    counting = Counting(None, 1)
    with serving(counting) as server:
        policy = thredfi.RetryPolicy(deadline=0.3)
        limit = thredfi.RateLimit(per_second=5)  # turns 0.2 s apart: the third comes at 0.4 s
        async with client_for(server, sender, business_rate_limit=limit, retry_policy=policy) as client:
            await client.business_token(BUSINESSES[0])  # the token first: the calls' deadlines start together
            biz = client.for_business(BUSINESSES[0])
            outcomes: list[object] = []

            async def one() -> None:
                try:
                    outcomes.append(await biz.vendors.get(uuid.uuid4()))
                except thredfi.APITimeoutError as error:
                    outcomes.append(error)

            async with anyio.create_task_group() as group:
                for _ in range(3):
                    group.start_soon(one)
    timeouts = [o for o in outcomes if isinstance(o, thredfi.APITimeoutError)]
    assert len(timeouts) == 1
    assert timeouts[0].attempts == 0  # refused before sending: no attempt, no retry spent
    assert "deadline" in str(timeouts[0])
    assert len(counting.arrivals[str(BUSINESSES[0])]) == 2


async def test_a_429_pauses_its_business_so_every_call_succeeds(sender: str, caplog: pytest.LogCaptureFixture) -> None:
    """The issue's scenario: 4 businesses x 20 concurrent calls, no budget, a server allowing each
    business 10 requests/s (bucket of 5) and answering 429 with Retry-After: 1 past it."""
    counting = Counting(server_per_second=10, server_burst=5)
    with serving(counting) as server, caplog.at_level(logging.WARNING, logger="thredfi"):
        async with client_for(server, sender) as client:  # the default 2 retries
            await fan_out(client, calls_per_business=20, businesses=FOUR_BUSINESSES)  # raises if any call failed
    answered = sum(len(arrivals) for arrivals in counting.arrivals.values())
    assert answered - counting.rejected == 80  # every call succeeded, once
    assert counting.rejected <= 80  # at most one 429 per call on average
    pauses = [r for r in caplog.records if "holding its calls" in r.getMessage()]
    assert 4 <= len(pauses) < counting.rejected  # one WARNING per pause, not per 429
