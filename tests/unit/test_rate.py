"""``_rate``: the bucket's arithmetic (pure, on a given clock), ``RateLimit``'s checks, and the
budgets a request spends, with the waits and the deadline on a fake clock."""

from __future__ import annotations

import math
from typing import Any

import anyio
import pytest
from thredfi import RateLimit
from thredfi._rate import MIN_ATTEMPT, RAMP, Bucket, Pauses, RateBudgets, Slots, business_in

BUSINESS = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PATH = f"/v1/platform/businesses/{BUSINESS}/vendors/"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


def test_a_bucket_of_one_spaces_requests_evenly() -> None:
    bucket = Bucket(per_second=10, burst=1)
    assert [round(bucket.reserve(0.0), 9) for _ in range(4)] == [0.0, 0.1, 0.2, 0.3]


def test_a_burst_leaves_at_once_then_the_rate_holds() -> None:
    bucket = Bucket(per_second=2, burst=3)
    assert [bucket.reserve(0.0) for _ in range(5)] == [0.0, 0.0, 0.0, 0.5, 1.0]


def test_an_idle_bucket_refills_up_to_its_burst_only() -> None:
    bucket = Bucket(per_second=1, burst=2)
    bucket.reserve(0.0)
    assert bucket.idle(10.0)
    assert [bucket.reserve(10.0) for _ in range(3)] == [0.0, 0.0, 1.0]


def test_wait_reserves_nothing() -> None:
    bucket = Bucket(per_second=1, burst=1)
    bucket.reserve(0.0)
    assert bucket.wait(0.0) == bucket.wait(0.0) == 1.0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"concurrency": 1.5}, "concurrency"),
        ({"per_second": 0}, "per_second"),
        ({"per_second": math.inf}, "per_second"),
        ({"per_second": "5"}, "per_second"),
        ({"burst": 0}, "burst"),
    ],
)
def test_a_rate_limit_names_what_is_wrong(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=f"RateLimit.{message}"):
        RateLimit(**arguments)


def test_a_business_is_named_by_its_path_and_the_partner_budget_takes_every_request() -> None:
    budgets = RateBudgets(RateLimit(per_second=1), RateLimit(per_second=5), clock=Clock(), sleep=Clock().sleep)
    business = budgets.budgets_for(PATH)
    assert len(business) == 2
    assert budgets.budgets_for(PATH.replace(BUSINESS, BUSINESS.upper()))[0] is business[0]
    assert budgets.budgets_for("/v1/platform/oauth2/token/") == [business[1]]
    assert budgets.budgets_for("/v1/platform/businesses/") == [business[1]]


@pytest.mark.asyncio
async def test_turns_wait_on_the_clock_and_count_in_flight() -> None:
    clock = Clock()
    budgets = RateBudgets(RateLimit(per_second=4), None, clock=clock, sleep=clock.sleep)
    held = [await budgets.acquire(PATH, deadline=clock.now + 60) for _ in range(3)]
    assert clock.sleeps == [0.25, 0.25]
    (budget,) = budgets.budgets_for(PATH)
    assert budget.users == 3
    for each in held:
        assert each is not None
        await budgets.release(each)
    assert budget.users == 0


@pytest.mark.asyncio
async def test_a_turn_after_the_deadline_is_refused_and_holds_nothing() -> None:
    clock = Clock()
    budgets = RateBudgets(RateLimit(per_second=1), None, clock=clock, sleep=clock.sleep)
    assert await budgets.acquire(PATH, deadline=clock.now + 10) is not None
    assert await budgets.acquire(PATH, deadline=clock.now + 0.5) is None
    (budget,) = budgets.budgets_for(PATH)
    assert budget.users == 1
    assert budget.bucket is not None
    assert budget.bucket.wait(clock.now) == 1.0  # the refused turn was not reserved


@pytest.mark.asyncio
async def test_concurrency_holds_a_slot_per_request_in_flight() -> None:
    clock = Clock()
    budgets = RateBudgets(None, RateLimit(concurrency=2), clock=clock, sleep=clock.sleep)
    first = await budgets.acquire(PATH, deadline=clock.now + 60)
    second = await budgets.acquire(PATH, deadline=clock.now + 60)
    third: list[Any] = []

    async def wait_for_a_slot() -> None:
        third.append(await budgets.acquire(PATH, deadline=clock.now + 60))

    async with anyio.create_task_group() as group:
        group.start_soon(wait_for_a_slot)
        await anyio.wait_all_tasks_blocked()
        assert third == []  # both slots taken
        assert first is not None
        await budgets.release(first)
    assert len(third) == 1
    assert third[0] is not None
    assert second is not None


@pytest.mark.asyncio
async def test_no_slot_before_the_deadline_is_a_refusal() -> None:
    clock = Clock()
    budgets = RateBudgets(None, RateLimit(concurrency=1), clock=clock, sleep=clock.sleep)
    assert await budgets.acquire(PATH, deadline=clock.now + 60) is not None
    assert await budgets.acquire(PATH, deadline=clock.now) is None


def test_idle_business_budgets_are_forgotten_past_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("thredfi._rate.MAX_IDLE_BUDGETS", 3)
    clock = Clock()
    budgets = RateBudgets(RateLimit(concurrency=1), None, clock=clock, sleep=clock.sleep)
    for number in range(5):
        budgets.budgets_for(f"/v1/platform/businesses/b{number}/vendors/")
    assert len(budgets._businesses) <= 3


def test_a_429_starts_a_pause_once_and_later_ones_only_extend_it() -> None:
    pauses = Pauses()
    assert pauses.start("b1", now=10.0, seconds=1.0)
    assert not pauses.start("b1", now=10.5, seconds=1.0)  # on already: extended to 11.5
    assert pauses.until["b1"] == (11.5, 1.0)  # the ramp does not grow with the extensions
    assert pauses.on("b1", 11.0)
    assert not pauses.on("b2", 11.0)
    assert pauses.start(None, now=10.0, seconds=2.0)  # the partner's calls: a pause of their own


def test_held_calls_wait_to_the_end_then_spread_over_the_ramp() -> None:
    pauses = Pauses()
    pauses.start("b1", now=0.0, seconds=2.0)
    assert pauses.wait("b1", now=0.5, random=0.0) == 1.5
    assert pauses.wait("b1", now=0.5, random=1.0) == 1.5 + RAMP * 2.0
    assert pauses.wait("b2", now=0.5, random=1.0) == 0.0
    assert pauses.wait("b1", now=2.0, random=1.0) == 0.0  # over: the call goes
    assert "b1" in pauses.until  # kept while the ramp lasts (a 429 then extends nothing)
    assert pauses.wait("b1", now=2.0 + RAMP * 2.0, random=0.0) == 0.0
    assert "b1" not in pauses.until


def test_the_business_is_read_from_the_path() -> None:
    assert business_in(PATH) == BUSINESS
    assert business_in(PATH.replace(BUSINESS, BUSINESS.upper())) == BUSINESS
    assert business_in("/v1/platform/oauth2/token/") is None


@pytest.mark.asyncio
async def test_a_cancelled_wait_gives_its_turn_back() -> None:
    clock = Clock()
    budgets = RateBudgets(RateLimit(per_second=10), None, clock=clock, sleep=anyio.sleep)  # real sleeps: cancellable
    assert await budgets.acquire(PATH, deadline=clock.now + 60) is not None
    with anyio.move_on_after(0.01):
        await budgets.acquire(PATH, deadline=clock.now + 60)  # waits 0.1 s for its turn: cancelled
    (budget,) = budgets.budgets_for(PATH)
    assert budget.bucket is not None
    assert budget.bucket.wait(clock.now) == pytest.approx(0.1)  # only the first call's turn is booked
    assert budget.users == 1


@pytest.mark.asyncio
async def test_one_departure_suits_every_bucket_and_a_turn_too_close_to_the_deadline_is_refused() -> None:
    clock = Clock()
    budgets = RateBudgets(RateLimit(per_second=2), RateLimit(per_second=4), clock=clock, sleep=clock.sleep)
    await budgets.acquire(PATH, deadline=clock.now + 60)
    await budgets.acquire(PATH, deadline=clock.now + 60)
    assert clock.sleeps == [0.5]  # the business's 0.5 s, the partner's 0.25 s inside it
    business, partner = budgets.budgets_for(PATH)
    assert business.bucket is not None
    assert partner.bucket is not None
    assert partner.bucket.wait(clock.now) == pytest.approx(0.25)  # reserved at the same departure
    assert await budgets.acquire(PATH, deadline=clock.now + 0.5 + MIN_ATTEMPT / 2) is None


def test_the_ramp_is_squeezed_into_the_time_left_after_the_pause() -> None:
    pauses = Pauses()
    pauses.start("b1", now=0.0, seconds=60.0)
    assert pauses.wait("b1", now=0.0, random=1.0, deadline=120.0) == 60.0 + 30.0  # not 60 + 90
    assert pauses.wait("b1", now=0.0, random=1.0, deadline=50.0) == 60.0  # the pause outlasts the call


# ---------------------------------------------------------------- the fleet's share (RedisRateLimiter)


class ScriptedFleet:
    """Answers each ``reserve`` with the next scripted (outcome, seconds); records every call."""

    def __init__(self, *answers: tuple[str, float]) -> None:
        self.answers = list(answers)
        self.reserved: list[tuple[str, list[tuple[str, RateLimit]], float]] = []
        self.given_back: list[tuple[list[str], bool]] = []

    def usable(self) -> bool:
        return True

    async def reserve(
        self, namespace: str, grants: Any, holder: str, *, lease: float, longest: float
    ) -> tuple[str, float]:
        self.reserved.append((namespace, list(grants), longest))
        return self.answers.pop(0)

    async def give_back(self, namespace: str, grants: Any, holder: str, *, unsent: bool) -> None:
        self.given_back.append(([name for name, _ in grants], unsent))

    async def publish_pause(self, namespace: str, business: str | None, seconds: float) -> None:
        return None

    def listen_pauses(self, namespace: str, listener: Any) -> Any:
        return lambda: None


def fleet_budgets(
    clock: Clock, fleet: ScriptedFleet, business: RateLimit, partner: RateLimit | None = None
) -> RateBudgets:
    return RateBudgets(business, partner, clock=clock, sleep=clock.sleep, fleet=fleet, namespace="host:partner")


@pytest.mark.asyncio
async def test_the_fleets_turn_replaces_the_local_bucket_and_its_wait_is_slept() -> None:
    clock, fleet = Clock(), ScriptedFleet(("reserved", 0.4))
    limit = RateLimit(per_second=2)
    budgets = fleet_budgets(clock, fleet, limit, RateLimit(per_second=5))
    turn = await budgets.acquire(PATH, deadline=clock.now + 10)
    assert turn is not None
    assert clock.sleeps == [0.4]
    [(namespace, grants, longest)] = fleet.reserved
    assert namespace == "host:partner"
    assert grants == [(f"b:{BUSINESS}", limit), ("partner", RateLimit(per_second=5))]
    assert longest == pytest.approx(10 - MIN_ATTEMPT)
    business, _partner = budgets.budgets_for(PATH)
    assert business.bucket is not None
    assert business.bucket.wait(clock.now) == 0.0
    await budgets.release(turn)
    assert fleet.given_back == []  # no concurrency: nothing to free in Redis


@pytest.mark.asyncio
async def test_a_full_fleet_concurrency_is_asked_again_until_a_slot_frees() -> None:
    clock = Clock()
    fleet = ScriptedFleet(("full", 1.0), ("full", 0.002), ("reserved", 0.0))
    budgets = fleet_budgets(clock, fleet, RateLimit(concurrency=2))
    turn = await budgets.acquire(PATH, deadline=clock.now + 10)
    assert turn is not None
    assert clock.sleeps == [0.005, 0.002]  # polled, never longer than the backoff nor the lease's end
    await budgets.release(turn)
    assert fleet.given_back == [([f"b:{BUSINESS}"], False)]  # the fleet slot is freed after the attempt


@pytest.mark.asyncio
async def test_a_fleet_turn_past_the_deadline_is_a_refusal_holding_nothing() -> None:
    clock = Clock()
    budgets = fleet_budgets(clock, ScriptedFleet(("too late", 20.0)), RateLimit(per_second=1, concurrency=1))
    assert await budgets.acquire(PATH, deadline=clock.now + 10) is None
    (budget,) = budgets.budgets_for(PATH)
    assert budget.users == 0
    assert budget.slots is not None
    assert budget.slots.value == 1


@pytest.mark.asyncio
async def test_redis_unavailable_means_the_local_budget_for_that_attempt() -> None:
    clock = Clock()
    budgets = fleet_budgets(clock, ScriptedFleet(("unavailable", 0.0), ("unavailable", 0.0)), RateLimit(per_second=4))
    first = await budgets.acquire(PATH, deadline=clock.now + 10)
    second = await budgets.acquire(PATH, deadline=clock.now + 10)
    assert first is not None
    assert second is not None
    assert clock.sleeps == [0.25]  # the local bucket paced them
    assert first.fleet_grants == []


@pytest.mark.asyncio
async def test_a_cancelled_fleet_wait_gives_its_turn_back() -> None:
    clock = Clock()
    fleet = ScriptedFleet(("reserved", 5.0))
    budgets = RateBudgets(
        RateLimit(per_second=1), None, clock=clock, sleep=anyio.sleep, fleet=fleet, namespace="host:partner"
    )  # a real sleep: cancellable
    with anyio.move_on_after(0.01):
        await budgets.acquire(PATH, deadline=clock.now + 60)
    assert fleet.given_back == [([f"b:{BUSINESS}"], True)]  # unsent: the bucket turn too
    (budget,) = budgets.budgets_for(PATH)
    assert budget.users == 0


@pytest.mark.asyncio
async def test_a_business_with_a_call_waiting_for_its_slot_is_never_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    from thredfi import _rate

    monkeypatch.setattr(_rate, "MAX_IDLE_BUDGETS", 1)
    clock = Clock()
    budgets = RateBudgets(RateLimit(concurrency=1), None, clock=clock, sleep=clock.sleep)
    holding = await budgets.acquire(PATH, deadline=clock.now + 60)
    assert holding is not None
    (budget,) = budgets.budgets_for(PATH)
    waiting: list[Any] = []
    async with anyio.create_task_group() as group:
        group.start_soon(lambda: _append(waiting, budgets.acquire(PATH, deadline=clock.now + 60)))
        await anyio.wait_all_tasks_blocked()
        budgets.budgets_for(PATH.replace(BUSINESS, "another"))  # past the bound: idle budgets are dropped
        assert budgets.budgets_for(PATH)[0] is budget  # ... but not one in use
        await budgets.release(holding)
    assert waiting[0] is not None


async def _append(into: list[Any], awaitable: Any) -> None:
    into.append(await awaitable)


# ---------------------------------------------------------------- slots bound to no event loop


def test_a_concurrency_budget_serves_trio_then_asyncio() -> None:
    """``anyio.Semaphore`` binds to its first backend; the budget's slots must not."""
    budgets = RateBudgets(None, RateLimit(concurrency=1), clock=Clock(), sleep=anyio.sleep)

    async def two_in_turn() -> list[str]:
        order: list[str] = []
        first = await budgets.acquire(PATH, deadline=math.inf)
        assert first is not None

        async def second() -> None:
            turn = await budgets.acquire(PATH, deadline=math.inf)
            assert turn is not None
            order.append("second")
            await budgets.release(turn)

        async with anyio.create_task_group() as group:
            group.start_soon(second)
            await anyio.wait_all_tasks_blocked()
            order.append("first")
            await budgets.release(first)
        return order

    assert anyio.run(two_in_turn, backend="trio") == ["first", "second"]
    assert anyio.run(two_in_turn, backend="asyncio") == ["first", "second"]


@pytest.mark.asyncio
async def test_a_slot_handed_to_a_cancelled_waiter_goes_on_to_the_next() -> None:
    slots = Slots(1)
    await slots.acquire()
    got: list[str] = []
    scopes: dict[str, anyio.CancelScope] = {}

    async def wait(name: str) -> None:
        with anyio.CancelScope() as scope:
            scopes[name] = scope
            await slots.acquire()
            got.append(name)
            slots.release()

    async with anyio.create_task_group() as group:
        group.start_soon(wait, "first")
        await anyio.wait_all_tasks_blocked()
        group.start_soon(wait, "second")
        await anyio.wait_all_tasks_blocked()
        slots.release()  # handed to the oldest waiter ...
        scopes["first"].cancel()  # ... cancelled as it resumes: it holds the slot or passes it on
    assert got[-1:] == ["second"]  # the second waiter was served either way
    assert slots.value == 1  # the one slot is back: none lost, none doubled


@pytest.mark.asyncio
async def test_a_cancelled_waiter_leaves_the_queue() -> None:
    slots = Slots(1)
    await slots.acquire()
    with anyio.move_on_after(0.01):
        await slots.acquire()
    slots.release()
    assert slots.value == 1


@pytest.mark.asyncio
async def test_a_cancel_on_the_free_path_never_takes_the_slot() -> None:
    slots = Slots(2)
    with anyio.move_on_after(0):  # already cancelled when it asks
        await slots.acquire()
    assert slots.value == 2
    budgets = RateBudgets(RateLimit(concurrency=1), None, clock=Clock(), sleep=anyio.sleep)
    assert await budgets.acquire(PATH, deadline=0.01) is None  # the clock is at 1000: no time left
    turn = await budgets.acquire(PATH, deadline=math.inf)
    assert turn is not None  # the slot was not lost by the refusal


@pytest.mark.asyncio
@pytest.mark.parametrize("answer", [("unavailable", 0.0), ("too late", 9.0)])
async def test_a_reservation_not_granted_removes_its_holder_without_a_refund(answer: tuple[str, float]) -> None:
    """Its answer may be lost after Redis booked it (a timeout): the holder is removed, no turn given back."""
    clock = Clock()
    fleet = ScriptedFleet(answer)
    budgets = fleet_budgets(clock, fleet, RateLimit(concurrency=1, per_second=1))
    await budgets.acquire(PATH, deadline=clock.now + 5)
    assert fleet.given_back[:1] == [([f"b:{BUSINESS}"], False)]


@pytest.mark.asyncio
async def test_a_reservation_cancelled_in_flight_removes_its_holder() -> None:
    class Hanging(ScriptedFleet):
        async def reserve(self, *args: Any, **kwargs: Any) -> tuple[str, float]:
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

    fleet = Hanging()
    budgets = RateBudgets(
        RateLimit(concurrency=1), None, clock=Clock(), sleep=anyio.sleep, fleet=fleet, namespace="host:partner"
    )
    with anyio.move_on_after(0.01):
        await budgets.acquire(PATH, deadline=math.inf)
    assert fleet.given_back == [([f"b:{BUSINESS}"], False)]
    (budget,) = budgets.budgets_for(PATH)
    assert budget.slots is not None
    assert budget.slots.value == 1


def test_a_turn_given_back_after_a_later_one_was_booked_is_not_refunded() -> None:
    """Refunding it would hand the next caller the later turn's instant: two requests at once."""
    bucket = Bucket(per_second=10, burst=1)
    bucket.reserve(0.0)
    mine = bucket.theoretical
    bucket.reserve(0.0)  # another call's turn, 0.1 s later
    bucket.refund(mine)
    assert bucket.wait(0.0) == pytest.approx(0.2)  # the later turn still stands: the next waits behind it
    last = bucket.theoretical
    bucket.refund(last)  # the latest turn given back: refunded
    assert bucket.wait(0.0) == pytest.approx(0.1)
