"""Partner-scale throughput for ``make bench`` (issue 24), on a loopback server with injected latency:

- a whole-list walk (24 pages of 100, 100 ms a page): one page at a time vs read ahead vs
  ``collect(concurrency=8)``, against the sequential floor;
- a fan-out over businesses (4 x 20 concurrent calls) against a server allowing each business
  10 requests/s (bucket of 5, ``429 + Retry-After: 1`` past it): the wall time, the 429s and the
  failed calls without a budget and with one just under the server's, against the floor;
- the same fan-out from 3 replica processes (scripts/rate_replica.py) at once: no budget (the
  429 pauses shared through Redis), the budget in each process alone (no Redis), and the budget
  shared by the fleet through Redis (``RedisRateLimiter``), against the fleet's floor.

Run alone: ``python scripts/bench_throughput.py`` (with a Redis URL as argument for the fleet rows).
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import thredfi

PARTNER = "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"
PAGE_LATENCY, PAGES, PAGE_SIZE = 0.1, 24, 100
CALL_LATENCY, SERVER_RATE, SERVER_BURST = 0.01, 10.0, 5
BUSINESSES, CALLS_PER_BUSINESS = 4, 20
REPLICAS, CALLS_PER_REPLICA = 3, 7  # per business: 21 calls from the fleet
REPLICA = Path(__file__).with_name("rate_replica.py")


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tokens: dict[str, tuple[float, float]] = {}  # business -> (tokens, refilled at)
        self.rejected = 0

    def admit(self, business: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, refilled = self.tokens.get(business, (float(SERVER_BURST), now))
            tokens = min(SERVER_BURST, tokens + (now - refilled) * SERVER_RATE)
            admitted = tokens >= 1
            self.tokens[business] = (tokens - 1 if admitted else tokens, now)
            if not admitted:
                self.rejected += 1
            return admitted


class _Server(ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True


@contextmanager
def _serving(state: _State) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def answer(self, status: int, payload: object, retry_after: str | None = None) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if retry_after is not None:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.answer(200, {"access_token": f"tok-{uuid.uuid4()}", "expires_in": 3600})

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            parts = url.path.strip("/").split("/")  # v1 platform businesses <id> vendors [<id>]
            if len(parts) == 5:  # a list page
                query = parse_qs(url.query)
                page, size = int(query.get("page", ["1"])[0]), int(query.get("page_size", ["20"])[0])
                time.sleep(PAGE_LATENCY)  # the server's latency
                total = PAGES * PAGE_SIZE
                start = (page - 1) * size
                results = [{"id": f"v-{n}", "company_name": "Acme"} for n in range(start, min(total, start + size))]
                more = start + size < total
                self.answer(200, {"count": total, "next": f"?page={page + 1}" if more else None, "results": results})
                return
            admitted = state.admit(parts[3])
            time.sleep(CALL_LATENCY)
            if admitted:
                self.answer(200, {"id": parts[5], "company_name": "Acme"})
            else:
                self.answer(429, {"detail": "Request was throttled."}, retry_after="1")

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _client(base_url: str, **options: Any) -> thredfi.ThredfiClient:
    return thredfi.ThredfiClient(partner_uuid=PARTNER, api_key="bench-key", base_url=base_url, **options)


async def _list_walk(base_url: str) -> dict[str, float]:
    business = uuid.uuid4()
    timings: dict[str, float] = {}
    async with _client(base_url) as client:
        vendors = client.for_business(business).vendors
        await client.business_token(business)
        for name, walk in (
            ("one_page_at_a_time_s", lambda: _items(vendors.list().with_prefetch(0))),
            ("read_ahead_s", lambda: _items(vendors.list())),
            ("collect_8_s", lambda: vendors.list().collect(concurrency=8)),
        ):
            best = float("inf")
            for _ in range(2):
                started = time.perf_counter()
                items = await walk()
                best = min(best, time.perf_counter() - started)
                assert len(items) == PAGES * PAGE_SIZE
            timings[name] = round(best, 2)
    timings["floor_s"] = round(PAGES * PAGE_LATENCY, 2)
    return timings


async def _items(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


async def _fan_out(base_url: str, state: _State, **options: Any) -> dict[str, float]:
    businesses = [uuid.uuid4() for _ in range(BUSINESSES)]
    failed = 0
    async with _client(base_url, **options) as client:
        for business in businesses:
            await client.business_token(business)

        async def one(business: uuid.UUID) -> None:
            nonlocal failed
            try:
                await client.for_business(business).vendors.get(uuid.uuid4())
            except thredfi.RateLimitError:
                failed += 1

        state.rejected = 0
        state.tokens.clear()
        started = time.perf_counter()
        await asyncio.gather(*(one(b) for b in businesses for _ in range(CALLS_PER_BUSINESS)))
        wall = time.perf_counter() - started
    return {"wall_s": round(wall, 2), "responses_429": state.rejected, "failed_calls": failed}


async def _fleet_fan_out(base_url: str, state: _State, redis_url: str | None, budget: bool) -> dict[str, float]:
    """REPLICAS processes, each ``CALLS_PER_REPLICA`` concurrent calls on each business, started at once."""
    config = {
        "partner_uuid": PARTNER,
        "api_key": "bench-key",
        "base_url": base_url,
        "redis_url": redis_url,
        "business_rate_limit": {"per_second": SERVER_RATE * 0.95} if budget else None,
    }
    businesses = [str(uuid.uuid4()) for _ in range(BUSINESSES)]
    replicas = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            str(REPLICA),
            json.dumps(config),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for _ in range(REPLICAS)
    ]

    async def ask(replica: asyncio.subprocess.Process, command: dict[str, Any]) -> dict[str, Any]:
        assert replica.stdin is not None
        assert replica.stdout is not None
        replica.stdin.write(json.dumps(command).encode() + b"\n")
        await replica.stdin.drain()
        reply: dict[str, Any] = json.loads(await replica.stdout.readline())
        if not reply.get("ok"):
            raise RuntimeError(f"a bench replica failed: {reply}")
        return reply

    try:
        for replica in replicas:
            assert replica.stdout is not None
            json.loads(await replica.stdout.readline())  # ready
        state.rejected = 0
        state.tokens.clear()
        started = time.perf_counter()
        replies = await asyncio.gather(
            *(ask(r, {"do": "fan_out", "calls": CALLS_PER_REPLICA, "businesses": businesses}) for r in replicas)
        )
        wall = time.perf_counter() - started
        for replica in replicas:
            await ask(replica, {"do": "exit"})
    finally:
        for replica in replicas:
            if replica.returncode is None:
                replica.kill()
            await replica.wait()
    failed = sum(sum(reply["failed"].values()) for reply in replies)
    return {"wall_s": round(wall, 2), "responses_429": state.rejected, "failed_calls": failed}


async def measure(redis_url: str | None = None) -> dict[str, Any]:
    state = _State()
    with _serving(state) as base_url:
        walk = await _list_walk(base_url)
        without = await _fan_out(base_url, state)
        budget = thredfi.RateLimit(per_second=SERVER_RATE * 0.95)
        with_budget = await _fan_out(base_url, state, business_rate_limit=budget)
        fleet: dict[str, Any] = {}
        if redis_url is not None:
            fleet = {
                "floor_s": REPLICAS * CALLS_PER_REPLICA / SERVER_RATE,
                "no_budget_pauses_shared": await _fleet_fan_out(base_url, state, redis_url, budget=False),
                "budget_95pct_per_process": await _fleet_fan_out(base_url, state, None, budget=True),
                "budget_95pct_fleet_wide": await _fleet_fan_out(base_url, state, redis_url, budget=True),
            }
    floor = CALLS_PER_BUSINESS / SERVER_RATE
    return {
        "list_walk": walk,
        "fan_out": {"floor_s": floor, "without_budget": without, "with_budget_95pct": with_budget},
        f"fan_out_{REPLICAS}_replicas": fleet,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(measure(sys.argv[1] if len(sys.argv) > 1 else None)), indent=2))
