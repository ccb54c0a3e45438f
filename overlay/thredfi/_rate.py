"""Rate budgets: the requests a client sends per business, and in all, kept within what you set.

``RateLimit(concurrency=, per_second=, burst=)`` is a budget: at most ``concurrency`` requests in
flight, and a token bucket of ``burst`` refilled ``per_second`` times a second (with the default
``burst=1`` requests are evenly spaced). ``ThredfiClient(business_rate_limit=..., partner_rate_limit=...)``
applies one to each business (named by the business in the request's path, whatever its token) and
one to every request of the client. The retry step (``_attempts``) takes a slot before each attempt;
a wait for the budget counts against the call's deadline, never against its retries.

A 429 with ``Retry-After`` pauses the whole business it was for (the partner's calls, for a
request of no business): ``Pauses`` holds every call of it until then, with or without budgets.
Calls held there resume spread over ``RAMP`` times the pause, not all at once; a 429 a call gets
while another call's pause is on spends no retry (it waits the pause out and resends, within its
deadline). Only the 429 that starts a pause spends one, and logs one WARNING.

The bucket's arithmetic is pure (``Bucket``: each request reserves the next free instant, the
"generic cell rate algorithm"), so it is tested with a fake clock. With a ``RedisRateLimiter``
(``_redis_rate``: the same arithmetic in Lua, on Redis's clock) the buckets, the concurrency
slots and the pauses are the fleet's: every replica spends the same budgets. When Redis does
not answer, an attempt uses this process's budget instead (one WARNING per outage).
"""

from __future__ import annotations

import collections
import dataclasses
import math
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import anyio
import anyio.lowlevel

_BUSINESS_IN_PATH = re.compile(r"/businesses/([^/?#]+)")
MAX_IDLE_BUDGETS = 10_000  # businesses whose budgets are kept while idle; an idle budget is only its clock
MIN_ATTEMPT = 0.05  # seconds an attempt is left at least: a turn later than deadline - this is refused


@dataclasses.dataclass(frozen=True)
class RateLimit:
    """A budget: ``concurrency`` requests in flight at most, ``per_second`` on average, ``burst`` at once."""

    concurrency: int | None = None
    per_second: float | None = None
    burst: int = 1

    def __post_init__(self) -> None:
        if self.concurrency is not None and (
            isinstance(self.concurrency, bool) or not isinstance(self.concurrency, int) or self.concurrency < 1
        ):
            raise ValueError(f"RateLimit.concurrency must be an int >= 1 or None, got {self.concurrency!r}")
        if self.per_second is not None and (
            isinstance(self.per_second, bool)
            or not isinstance(self.per_second, int | float)
            or not math.isfinite(self.per_second)
            or self.per_second <= 0
        ):
            raise ValueError(f"RateLimit.per_second must be a finite number > 0 or None, got {self.per_second!r}")
        if isinstance(self.burst, bool) or not isinstance(self.burst, int) or self.burst < 1:
            raise ValueError(f"RateLimit.burst must be an int >= 1, got {self.burst!r}")


class Bucket:
    """A token bucket as the next instant a request may leave (pure: the caller passes the time)."""

    def __init__(self, per_second: float, burst: int) -> None:
        self.interval = 1.0 / per_second
        self.tolerance = (burst - 1) * self.interval
        self.theoretical = -math.inf  # when the bucket is next full again, less one interval

    def wait(self, now: float) -> float:
        """Seconds a request made at ``now`` waits for its turn (nothing is reserved)."""
        return max(0.0, max(self.theoretical, now) - self.tolerance - now)

    def reserve(self, now: float) -> float:
        """Take the next turn: the seconds to wait for it."""
        wait = self.wait(now)
        self.theoretical = max(self.theoretical, now) + self.interval
        return wait

    def refund(self, booked: float) -> None:
        """Give back a turn reserved and never used (its call was cancelled), the one that left the
        bucket at ``booked``: only while no later turn was booked, else two would leave together."""
        if self.theoretical == booked:
            self.theoretical -= self.interval

    def idle(self, now: float) -> bool:
        return self.theoretical <= now


class Slots:
    """A semaphore bound to no event loop: each waiter waits on an ``anyio.Event`` of its own loop.

    ``anyio.Semaphore`` binds to the first backend that waits on it, so a client used under trio
    and then asyncio would fail inside its budget. A released slot is handed to the oldest waiter.
    """

    def __init__(self, count: int) -> None:
        self.value = count  # slots free
        self._waiters: collections.deque[anyio.Event] = collections.deque()

    async def acquire(self) -> None:
        if self.value > 0 and not self._waiters:
            await anyio.lowlevel.checkpoint_if_cancelled()  # a cancel lands before the slot is taken ...
            self.value -= 1
            await anyio.lowlevel.cancel_shielded_checkpoint()  # ... never between taking it and returning
            return
        handed = anyio.Event()
        self._waiters.append(handed)
        try:
            await handed.wait()
        except BaseException:
            if handed.is_set():  # handed a slot, then cancelled: pass it on
                self.release()
            else:
                self._waiters.remove(handed)
            raise

    def release(self) -> None:
        if self._waiters:
            self._waiters.popleft().set()  # the slot goes straight to the oldest waiter
        else:
            self.value += 1


class Budget:
    """One ``RateLimit`` in force: its bucket, its slots, and the calls holding or awaiting one.

    ``name`` is how the fleet knows it (``"partner"``, ``"b:<business>"``)."""

    def __init__(self, name: str, limit: RateLimit) -> None:
        self.name = name
        self.limit = limit
        self.bucket = Bucket(limit.per_second, limit.burst) if limit.per_second is not None else None
        self.slots = Slots(limit.concurrency) if limit.concurrency is not None else None
        self.users = 0  # calls holding a slot or waiting for one: a budget in use is never forgotten

    def idle(self, now: float) -> bool:
        return self.users == 0 and (self.bucket is None or self.bucket.idle(now))


# what the fleet answers to a ``reserve``: a turn, a full concurrency, a turn past the deadline, no answer
RESERVED, FULL, TOO_LATE, UNAVAILABLE = "reserved", "full", "too late", "unavailable"


class FleetBudgets(Protocol):
    """The fleet's budgets and pauses (``_redis_rate.RedisRateLimiter``)."""

    def usable(self) -> bool: ...

    async def reserve(
        self, namespace: str, grants: Sequence[tuple[str, RateLimit]], holder: str, *, lease: float, longest: float
    ) -> tuple[str, float]: ...

    async def give_back(
        self, namespace: str, grants: Sequence[tuple[str, RateLimit]], holder: str, *, unsent: bool
    ) -> None: ...

    async def publish_pause(self, namespace: str, business: str | None, seconds: float) -> None: ...

    def listen_pauses(self, namespace: str, listener: Callable[[str | None, float], None]) -> Callable[[], None]: ...


@dataclasses.dataclass
class Turn:
    """What an attempt holds until it is done: its local slots, and its fleet reservation if any."""

    budgets: list[Budget]  # each counts this call among its users until ``release``
    slotted: list[Budget] = dataclasses.field(default_factory=list)  # those whose slot it holds
    fleet_grants: list[tuple[str, RateLimit]] = dataclasses.field(default_factory=list)
    holder: str = ""
    booked: bool = False  # the fleet answered: its bucket turns are known to be this attempt's


FLEET_POLL = (0.005, 0.1)  # a full fleet-wide concurrency is asked again after this long, doubling


class RateBudgets:
    """The client's budgets: one per business (made on first use) and one for the partner."""

    def __init__(
        self,
        business: RateLimit | None,
        partner: RateLimit | None,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[Any]],
        fleet: FleetBudgets | None = None,
        namespace: str = "",
    ) -> None:
        self._business_limit = business
        self._partner = Budget("partner", partner) if partner is not None else None
        self._businesses: dict[str, Budget] = {}
        self._clock = clock
        self._sleep = sleep
        self.fleet = fleet
        self.namespace = namespace  # the fleet's name for this client's budgets: host and partner

    def budgets_for(self, path: str) -> list[Budget]:
        """The budgets a request to ``path`` spends: its business's (if any), then the partner's."""
        found: list[Budget] = []
        if self._business_limit is not None and (key := business_in(path)) is not None:
            budget = self._businesses.get(key)
            if budget is None:
                self._forget_idle()
                budget = self._businesses[key] = Budget("b:" + key, self._business_limit)
            found.append(budget)
        if self._partner is not None:
            found.append(self._partner)
        return found

    async def acquire(self, path: str, deadline: float) -> Turn | None:
        """Wait for a turn in every budget ``path`` spends; the ``Turn`` to ``release`` after the attempt.

        Every concurrency slot of this process first (in one order: business, then partner),
        then the fleet's turn when Redis is there, else one departure time that suits every
        local bucket, reserved in all of them at once: turns are not spent while a slot is
        awaited. ``None`` when the turn would leave less than ``MIN_ATTEMPT`` before
        ``deadline``: nothing is then held. A cancelled wait gives its turns back.
        """
        budgets = self.budgets_for(path)
        for budget in budgets:
            budget.users += 1
        turn = Turn(budgets)
        reserved: list[tuple[Bucket, float]] = []  # each bucket, and where this turn left it
        try:
            for budget in budgets:
                if budget.slots is not None:
                    with anyio.move_on_after(max(deadline - MIN_ATTEMPT - self._clock(), 0.0)) as waiting:
                        await budget.slots.acquire()
                    if waiting.cancelled_caught:  # no slot before the deadline
                        await self.release(turn)
                        return None
                    turn.slotted.append(budget)
            if budgets and self.fleet is not None and self.fleet.usable():
                outcome = await self._fleet_turn(turn, budgets, deadline)
                if outcome == RESERVED:
                    return turn
                if outcome == TOO_LATE:
                    await self.release(turn)
                    return None
                # UNAVAILABLE: Redis did not answer, so this process's budget, this once
            buckets = [budget.bucket for budget in budgets if budget.bucket is not None]
            if buckets:
                now = self._clock()
                departure = now + max(bucket.wait(now) for bucket in buckets)
                if departure > deadline - MIN_ATTEMPT:
                    await self.release(turn)
                    return None
                for bucket in buckets:
                    bucket.reserve(departure)
                    reserved.append((bucket, bucket.theoretical))
                if departure > now:
                    await self._sleep(departure - now)
        except BaseException:
            for bucket, booked in reserved:
                bucket.refund(booked)
            with anyio.CancelScope(shield=True):
                await self.release(turn, unsent=True)
            raise
        return turn

    async def _fleet_turn(self, turn: Turn, budgets: list[Budget], deadline: float) -> str:
        """The fleet's turn in ``budgets``, waited for: ``RESERVED``, ``TOO_LATE`` or ``UNAVAILABLE``."""
        # named before asking: a reservation whose answer is lost (a timeout, a cancel) may still
        # have booked a slot in Redis, and ``release`` then removes it
        turn.fleet_grants, turn.holder = [(budget.name, budget.limit) for budget in budgets], secrets.token_hex(8)
        outcome = TOO_LATE
        with anyio.move_on_after(max(deadline - MIN_ATTEMPT - self._clock(), 0.0)):  # queueing for Redis too
            outcome = await self._fleet_wait(turn, deadline)
        if outcome != RESERVED:
            await self.release_fleet(turn, unsent=True)
        return outcome

    async def _fleet_wait(self, turn: Turn, deadline: float) -> str:
        assert self.fleet is not None
        poll = FLEET_POLL[0]
        while True:
            now = self._clock()
            longest = deadline - MIN_ATTEMPT - now
            if longest < 0:
                return TOO_LATE
            outcome, seconds = await self.fleet.reserve(
                self.namespace, turn.fleet_grants, turn.holder, lease=deadline - now + 1.0, longest=longest
            )
            if outcome == RESERVED:  # wait for the departure, holding the turn
                turn.booked = True
                if seconds > 0:
                    await self._sleep(seconds)
                return outcome
            if outcome != FULL:
                return outcome
            # a concurrency is full fleet-wide: ask again when a slot may have freed
            await self._sleep(min(seconds, poll, max(longest, 0.0)) or poll)
            poll = min(poll * 2, FLEET_POLL[1])

    async def release(self, turn: Turn, *, unsent: bool = False) -> None:
        """The attempt is done (``unsent``: it never left): its slots, here and in the fleet, are free."""
        budgets, turn.budgets, slotted, turn.slotted = turn.budgets, [], turn.slotted, []
        for budget in slotted:
            assert budget.slots is not None
            budget.slots.release()
        for budget in budgets:
            budget.users -= 1
        await self.release_fleet(turn, unsent=unsent)

    async def release_fleet(self, turn: Turn, *, unsent: bool) -> None:
        """Free the turn's fleet slots; give its bucket turns back only when known booked and unsent."""
        grants, turn.fleet_grants = turn.fleet_grants, []
        refund = unsent and turn.booked
        if grants and self.fleet is not None and (refund or any(limit.concurrency for _, limit in grants)):
            with anyio.CancelScope(shield=True):  # bounded by the limiter (its operation_timeout)
                await self.fleet.give_back(self.namespace, grants, turn.holder, unsent=refund)

    def _forget_idle(self) -> None:
        if len(self._businesses) >= MAX_IDLE_BUDGETS:
            now = self._clock()
            for key in [key for key, budget in self._businesses.items() if budget.idle(now)]:
                del self._businesses[key]


RAMP = 1.5  # held calls resume spread over this many times the pause's length
MAX_PAUSES = 10_000  # pauses over are forgotten past this many businesses


def business_in(path: str) -> str | None:
    """The business a request is for (lower-case), by its path; ``None`` for a partner-level request."""
    match = _BUSINESS_IN_PATH.search(path)
    return match.group(1).lower() if match else None


class Pauses:
    """The pauses 429s asked for, per business (``None``: the partner's own requests); pure, on a given clock."""

    def __init__(self) -> None:
        self.until: dict[str | None, tuple[float, float]] = {}  # key -> (end, length asked for)

    def start(self, key: str | None, now: float, seconds: float) -> bool:
        """A 429 asked for ``seconds``: True when it starts a pause, False when one was already on
        (it may push the end later; the ramp stays as long as the longest pause asked for)."""
        current = self.until.get(key)
        if current is not None and current[0] > now:
            self.until[key] = (max(current[0], now + seconds), max(current[1], seconds))
            return False
        if len(self.until) >= MAX_PAUSES:
            for stale in [k for k, (end, length) in self.until.items() if now >= end + RAMP * length]:
                del self.until[stale]
        self.until[key] = (now + seconds, seconds)
        return True

    def wait(self, key: str | None, now: float, random: float, deadline: float = math.inf) -> float:
        """Seconds a call of ``key`` waits before it is sent: to the pause's end, then its place in the
        ramp, the ramp squeezed into the time the call has left after the pause (``deadline``)."""
        current = self.until.get(key)
        if current is None:
            return 0.0
        end, length = current
        if now >= end:
            if now >= end + RAMP * length:
                del self.until[key]  # over, ramp included
            return 0.0
        ramp = min(RAMP * length, max(0.0, (deadline - end) / 2))
        return end - now + random * ramp

    def on(self, key: str | None, now: float) -> bool:
        current = self.until.get(key)
        return current is not None and current[0] > now


__all__ = [
    "FULL",
    "RESERVED",
    "TOO_LATE",
    "UNAVAILABLE",
    "Bucket",
    "FleetBudgets",
    "Pauses",
    "RateBudgets",
    "RateLimit",
    "Slots",
    "Turn",
    "business_in",
]
