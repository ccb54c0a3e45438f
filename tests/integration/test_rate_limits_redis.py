"""Fleet-wide rate budgets and 429 pauses (issue 24) with a real redis-server (scripts/redis_server.py).

Replicas are processes (scripts/rate_replica.py, driven by JSON lines) calling the
counting server of test_rate_limits.py, which runs in this process and sees every replica's
requests: per business, their arrival times, the most in flight at once and the 429s it
answered. What one process shows (sharing through a ``RedisTokenStore``, Redis going down and
coming back, leases of dead holders) runs in this process.

Every wait is on an observable condition (a reply line, a subscription, a pause held), bounded.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
import thredfi
from redis_server import RedisServer, free_port
from thredfi._rate import FULL, RESERVED, TOO_LATE, UNAVAILABLE

from tests.integration.test_rate_limits import Counting, Server, fan_out, most_in_any_window, serving
from tests.integration.test_token_store_redis import Worker
from tests.standin import API_KEY, PARTNER_UUID

RATE_WORKER = Path(__file__).resolve().parents[2] / "scripts" / "rate_replica.py"
BUSINESSES = [uuid.UUID(int=n + 201) for n in range(3)]


@pytest.fixture
def sender() -> str:
    """One run per test: the replicas use the default sender (Redis is asyncio-only)."""
    return "default"


class Armed(Counting):
    """Admits everything, except that it answers 429 (``Retry-After: 1``) to the next ``armed`` requests."""

    def __init__(self) -> None:
        super().__init__(None, 1)
        self.armed: dict[str, int] = {}
        self.rejected_at: list[float] = []

    def admit(self, business: str, now: float) -> bool:
        if self.armed.get(business, 0) > 0:
            self.armed[business] -= 1
            self.rejected_at.append(now)
            return False
        return True


@contextlib.contextmanager
def replicas(server: Server, tmp_path: Path, count: int, **config: Any) -> Iterator[list[Worker]]:
    settings = {"partner_uuid": PARTNER_UUID, "api_key": API_KEY, "base_url": server.base_url, **config}
    workers: list[Worker] = []
    try:
        for n in range(count):
            workers.append(Worker(f"replica-{n}", settings, tmp_path / f"replica-{n}.err", script=RATE_WORKER))
        for worker in workers:
            worker.wait_ready()
        yield workers
    finally:
        for worker in workers:
            worker.close()


def fan_out_together(workers: list[Worker], calls: int) -> list[dict[str, Any]]:
    """Every replica's fan-out, started at once; their replies."""
    for worker in workers:
        worker.send(do="fan_out", calls=calls, businesses=[str(b) for b in BUSINESSES])
    replies = [worker.receive() for worker in workers]
    for worker, reply in zip(workers, replies, strict=True):
        assert reply["ok"], f"{worker.name}: {reply}\n{worker.log()}"
    return replies


# several processes ------------------------------------------------------------------------------
def test_three_replicas_with_one_budget_stay_within_it_together(redis_url: str, tmp_path: Path) -> None:
    """A server allowing 25/s per business (bucket of 5), and no retries: a 429 fails its call."""
    counting = Counting(server_per_second=25, server_burst=5)
    budget = {"per_second": 22}
    with (
        serving(counting) as server,
        replicas(server, tmp_path, 3, redis_url=redis_url, business_rate_limit=budget, max_retries=0) as workers,
    ):
        replies = fan_out_together(workers, calls=10)
    assert [reply["failed"] for reply in replies] == [{}, {}, {}]
    assert counting.rejected == 0
    for arrivals in counting.arrivals.values():
        assert len(arrivals) == 30  # 3 replicas x 10 calls
        assert max(arrivals) - min(arrivals) >= 28 / 22  # one budget's pace for all (less a turn of jitter)


def test_without_redis_the_same_replicas_each_spend_the_budget_and_meet_429s(tmp_path: Path) -> None:
    """The control for the test above: three per-process budgets of 22/s overrun the server's 25/s."""
    counting = Counting(server_per_second=25, server_burst=5)
    with (
        serving(counting) as server,
        replicas(server, tmp_path, 3, business_rate_limit={"per_second": 22}, max_retries=0) as workers,
    ):
        replies = fan_out_together(workers, calls=10)
    assert counting.rejected > 0  # (calls met a pause may still succeed: only the failures are RateLimitError)
    assert set().union(*(reply["failed"] for reply in replies)) <= {"RateLimitError"}


def test_a_fleet_wide_concurrency_holds_across_replicas(redis_url: str, tmp_path: Path) -> None:
    counting = Counting(None, 1)
    with (
        serving(counting) as server,
        replicas(server, tmp_path, 3, redis_url=redis_url, business_rate_limit={"concurrency": 2}) as workers,
    ):
        replies = fan_out_together(workers, calls=8)
    assert [reply["failed"] for reply in replies] == [{}, {}, {}]
    assert all(len(arrivals) == 24 for arrivals in counting.arrivals.values())
    assert max(counting.most_in_flight.values()) == 2  # never more, across three processes


def test_a_429_in_one_replica_holds_that_business_in_the_others(redis_url: str, tmp_path: Path) -> None:
    counting = Armed()
    paused, other = str(BUSINESSES[0]), str(BUSINESSES[1])
    with serving(counting) as server, replicas(server, tmp_path, 2, redis_url=redis_url) as (first, second):
        first.ask(do="call", business=paused)  # tokens and subscriptions in place
        second.ask(do="call", business=other)
        second.ask(do="wait_listening")
        first.ask(do="wait_listening")
        with counting.lock:
            counting.armed[paused] = 1
        first.send(do="call", business=paused)  # answered 429 + Retry-After: 1, then retried
        second.ask(do="wait_paused", business=paused)  # the pause reached the other process
        second.ask(do="call", business=paused)
        assert first.receive()["ok"]
        second_warnings = second.ask(do="warnings")["warnings"]
        first_warnings = first.ask(do="warnings")["warnings"]
    [rejected_at] = counting.rejected_at
    after = [t for t in counting.arrivals[paused] if t > rejected_at]
    assert len(after) == 2  # the first replica's retry and the second's call, once each
    assert min(after) >= rejected_at + 1.0  # neither before the pause the 429 asked for
    assert counting.rejected == 1
    assert len([w for w in first_warnings if "holding its calls" in w]) == 1  # one WARNING, where the 429 was
    assert not [w for w in second_warnings if "429" in w]


# one process ------------------------------------------------------------------------------------
def client_for(server: Server, **options: Any) -> thredfi.ThredfiClient:
    return thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=server.base_url, trust_env=False, **options
    )


@pytest.mark.asyncio
async def test_clients_with_a_redis_token_store_share_their_budgets(redis_url: str) -> None:
    counting = Counting(None, 1)
    limit = thredfi.RateLimit(concurrency=1)
    with serving(counting) as server:
        async with (
            thredfi.RedisTokenStore(redis_url) as store_a,
            thredfi.RedisTokenStore(redis_url) as store_b,
            client_for(server, token_store=store_a, business_rate_limit=limit) as a,
            client_for(server, token_store=store_b, business_rate_limit=limit) as b,
            anyio.create_task_group() as group,
        ):
            group.start_soon(fan_out, a, 6, BUSINESSES)
            group.start_soon(fan_out, b, 6, BUSINESSES)
    assert all(len(arrivals) == 12 for arrivals in counting.arrivals.values())
    assert max(counting.most_in_flight.values()) == 1  # two clients, two stores, one budget


@pytest.mark.asyncio
async def test_redis_down_mid_run_falls_back_to_the_local_budget_with_one_warning(
    redis_server: RedisServer, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    counting = Counting(None, 1)
    limit = thredfi.RateLimit(per_second=40)
    caplog.set_level(logging.WARNING, logger="thredfi")
    with serving(counting) as server:
        async with (
            thredfi.RedisRateLimiter(redis_url, retry_after_failure=0.2) as limiter,
            client_for(server, business_rate_limit=limit, rate_limiter=limiter) as client,
        ):
            await fan_out(client, 10, BUSINESSES)
            marks = {str(b): len(counting.arrivals[str(b)]) for b in BUSINESSES}
            redis_server.stop()
            await fan_out(client, 20, BUSINESSES)  # raises if any call failed
            during = {b: counting.arrivals[b][marks[b] :] for b in marks}
            outage = [r.getMessage() for r in caplog.records]
            redis_server.start()
            with anyio.fail_after(20):  # tried again once the outage's pause is over
                while not any("reachable again" in r.getMessage() for r in caplog.records):
                    await fan_out(client, 1, BUSINESSES)
            with redis.Redis.from_url(redis_url) as admin:
                assert admin.keys("thredfi:rate:*")  # the turns are booked in Redis again
    assert len([m for m in outage if "unreachable" in m]) == 1  # one WARNING per outage
    for arrivals in during.values():
        assert len(arrivals) == 20
        assert most_in_any_window(arrivals, 0.25) <= 1 + 10 + 2  # the local budget held meanwhile


@pytest.mark.asyncio
async def test_a_dead_holders_slot_frees_when_its_lease_ends(redis_url: str) -> None:
    limit = thredfi.RateLimit(concurrency=1)
    async with thredfi.RedisRateLimiter(redis_url) as limiter:
        grants = [("b:one", limit)]
        assert (await limiter.reserve("ns", grants, "dead", lease=0.3, longest=1.0))[0] == RESERVED
        outcome, retry_in = await limiter.reserve("ns", grants, "alive", lease=5.0, longest=1.0)
        assert outcome == FULL
        assert 0 < retry_in <= 0.3  # the dead holder's lease ends by then
        with anyio.fail_after(5):
            while outcome == FULL:
                await anyio.sleep(retry_in)
                outcome, retry_in = await limiter.reserve("ns", grants, "alive", lease=5.0, longest=1.0)
        assert outcome == RESERVED
        await limiter.give_back("ns", grants, "alive", unsent=False)
        assert (await limiter.reserve("ns", grants, "next", lease=5.0, longest=1.0))[0] == RESERVED


@pytest.mark.asyncio
async def test_the_lua_bucket_spaces_turns_on_redis_clock(redis_url: str) -> None:
    """10/s with a burst of 3: three turns at once, then one every 0.1 s. A turn given back is the
    next handed out; one too far away is refused and not booked; two buckets take the later turn."""
    async with thredfi.RedisRateLimiter(redis_url) as limiter:

        async def wait(grants: list[tuple[str, thredfi.RateLimit]], longest: float = 5.0) -> float:
            outcome, seconds = await limiter.reserve("ns", grants, secrets.token_hex(4), lease=5, longest=longest)
            assert outcome == RESERVED
            return seconds

        one = [("b:one", thredfi.RateLimit(per_second=10, burst=3))]
        waits = [await wait(one) for _ in range(5)]
        assert waits[:3] == [0.0, 0.0, 0.0]
        assert waits[3] == pytest.approx(0.1, abs=0.05)
        assert waits[4] == pytest.approx(0.2, abs=0.05)
        await limiter.give_back("ns", one, "nobody", unsent=True)  # the last turn was never used
        assert await wait(one) == pytest.approx(0.2, abs=0.05)
        outcome, seconds = await limiter.reserve("ns", one, "late", lease=5, longest=0.05)
        assert outcome == TOO_LATE
        assert seconds == pytest.approx(0.3, abs=0.05)
        assert await wait(one) == pytest.approx(0.3, abs=0.05)  # the refused turn was not booked
        both = [("b:two", thredfi.RateLimit(per_second=10)), ("partner", thredfi.RateLimit(per_second=2))]
        assert await wait(both) == 0.0
        assert await wait(both) == pytest.approx(0.5, abs=0.05)  # the slower bucket's turn


@pytest.mark.asyncio
async def test_an_unreachable_redis_answers_unavailable() -> None:
    async with thredfi.RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0") as limiter:
        grants = [("partner", thredfi.RateLimit(per_second=1))]
        assert (await limiter.reserve("ns", grants, "h", lease=1, longest=1))[0] == UNAVAILABLE
