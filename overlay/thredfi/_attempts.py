"""Pipeline step: send attempts of one call within its deadline, retrying by the rules of ``_retry``.

Every request that leaves the SDK passes here: it is numbered (``X-Thredfi-Attempt``), logged
with one DEBUG line, and counted on the call's ``Request`` (``attempts``, ``retries``). The
deadline is set once per call and bounds every attempt, the replay after a 401 included. A
response that will be retried is discarded before the wait. When the retries end on a failure
without a response, the transport error becomes ``APIConnectionError``/``APITimeoutError``.
With rate budgets (``_rate``), each attempt first waits for its turn, within the deadline.
A 429 with ``Retry-After`` pauses its business for every call of the client and, with a fleet
(``RedisRateLimiter``), of every replica: the pause is published, and pauses published by the
others are held here too.
"""

from __future__ import annotations

import logging
import random as _random
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx

from ._exceptions import APIConnectionError, APITimeoutError
from ._rate import MIN_ATTEMPT, FleetBudgets, Pauses, RateBudgets, business_in
from ._request import Request
from ._retry import (
    NOT_PROCESSED_STATUSES,
    RETRY_STATUSES,
    RetryPolicy,
    backoff_delay,
    never_sent,
    parse_retry_after,
    should_retry_error,
    should_retry_status,
)
from ._transport import Sender

logger = logging.getLogger("thredfi")

ATTEMPT_HEADER = "X-Thredfi-Attempt"
_ATTEMPT = ATTEMPT_HEADER.lower()
_SECRET = re.compile(r"\b(Bearer|Basic)\s+\S+", re.IGNORECASE)
_PAUSED_NAME = re.compile(r"[\x21-\x2e\x30-\x7e]{1,200}")  # a business as a path names it: printable, no "/"


class RetryWithDeadline:
    """Retry transient failures of ``send`` within the call's deadline."""

    def __init__(
        self,
        sender: Sender,
        policy: RetryPolicy,
        *,
        request_id_header: str,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
        budgets: RateBudgets | None = None,
        fleet: FleetBudgets | None = None,
        namespace: str = "",
        on_pause: Callable[[str | None, float], None] | None = None,
    ) -> None:
        self._sender = sender
        self._budgets = budgets
        self.pauses = Pauses()  # 429s pause a business for every call of this client
        self._fleet, self._namespace = fleet, namespace  # and of every replica, with a fleet
        self._stop_listening: Callable[[], None] | None = None
        self._closed = False
        self._on_pause = on_pause  # a span event per pause, with telemetry
        self.policy = policy
        self._request_id_header = request_id_header.lower()
        self._sleep = sleep
        self._clock = clock
        self._wall_clock = wall_clock
        self._random = random

    async def send(self, request: Request) -> httpx.Response:
        """The last step of a pipeline: the attempts of one call, through the sender."""
        if request.deadline is None:
            request.deadline = self._clock() + self.policy.deadline
        deadline = request.deadline
        if self._fleet is not None and self._stop_listening is None and not self._closed and self._fleet.usable():
            self._stop_listening = self._fleet.listen_pauses(self._namespace, self._paused_elsewhere)
        debug = logger.isEnabledFor(logging.DEBUG)
        budgets, pauses = self._budgets, self.pauses
        while True:
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise self._deadline_error(request)
            if pauses.until:  # a business (or the partner) is paused by a 429: wait, spending no retry
                hold = pauses.wait(business_in(request.path), self._clock(), self._random(), deadline)
                if hold > 0:
                    if hold >= remaining - MIN_ATTEMPT:  # the pause outlasts the call
                        raise self._deadline_error(request)
                    await self._sleep(hold)
            held = None
            if budgets is not None:  # a turn in the rate budgets (``_rate``): spends deadline, not retries
                held = await budgets.acquire(request.path, deadline)
                if held is None:  # its turn comes after the deadline
                    raise self._deadline_error(request)
            if budgets is not None or pauses.until:  # waited: a late wake-up may have passed the deadline
                remaining = deadline - self._clock()
                if remaining < MIN_ATTEMPT:  # never send with (almost) no time left (aiohttp reads <= 0 as no limit)
                    if held is not None and budgets is not None:
                        await budgets.release(held, unsent=True)
                    raise self._deadline_error(request)
            request.attempts += 1
            request.headers[_ATTEMPT] = str(request.attempts)
            started = self._clock() if debug else 0.0
            try:
                response = await self._sender.send(request, remaining)
            except httpx.TransportError as exc:
                if debug:
                    self._log(request, type(exc).__name__, started)
                if not never_sent(exc):
                    request.maybe_applied = True
                delay = self._delay(request, deadline, should_retry_error(request, exc), None)
                if delay is None:
                    raise self._connection_error(request, exc) from exc
            except BaseException as exc:  # cancelled mid-attempt, or the sender's own error: still one attempt
                if debug:
                    self._log(request, type(exc).__name__, started)
                raise
            else:
                if debug:
                    self._log(request, str(response.status_code), started)
                status = response.status_code
                if status < 429:  # the common case: nothing to decide
                    return response
                if status == 429 and not await self._spends_a_retry(request, response, deadline):
                    await response.aclose()  # another call's pause was on: wait it out and resend, no retry spent
                    continue
                if status in RETRY_STATUSES and status not in NOT_PROCESSED_STATUSES:
                    request.maybe_applied = True  # a 500/502/504: the server may have acted before failing
                delay = self._delay(request, deadline, should_retry_status(request, status), response)
                if delay is None:
                    return response
                await response.aclose()
            finally:
                if held is not None and budgets is not None:
                    await budgets.release(held)
            request.retries += 1
            logger.info(
                "retrying %s in %.2fs (retry %d of %d, request_id=%s)",
                request.describe(),
                delay,
                request.retries,
                request.max_retries,
                request.headers.get(self._request_id_header),
            )
            await self._sleep(delay)

    def close(self) -> None:
        """Stop hearing the fleet's pauses (the client is closing)."""
        self._closed = True
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None

    def _paused_elsewhere(self, business: str | None, seconds: float) -> None:
        """Another replica's 429 paused ``business``: hold its calls here too (an echo of our own is ignored).

        What Redis carries is checked as a 429 would be: the pause capped like a ``Retry-After``,
        and a business name that is one printable path segment (it is logged)."""
        if business is not None and not _PAUSED_NAME.fullmatch(business):
            return
        now = self._clock()
        if self.pauses.on(business, now):
            return
        seconds = min(seconds, self.policy.max_retry_after)
        self.pauses.start(business, now, seconds)
        logger.info(
            "holding the calls of %s for %.1fs: another replica got a 429",
            f"business {business}" if business is not None else "the partner",
            seconds,
        )

    async def _spends_a_retry(self, request: Request, response: httpx.Response, deadline: float) -> bool:
        """A 429 pauses its business for its Retry-After, and spends a retry when it starts the pause.
        One met while another call's pause is on spends none when the pause ends before ``deadline``."""
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self._wall_clock())
        if not retry_after:
            return True  # no pause asked for: an ordinary retry decision
        key, now = business_in(request.path), self._clock()
        seconds = min(retry_after, self.policy.max_retry_after)
        if self.pauses.start(key, now, seconds):
            logger.warning(
                "Thredfi answered 429 for %s: holding its calls for %.1fs (request_id=%s)",
                f"business {key}" if key is not None else "the partner's calls",
                seconds,
                request.headers.get(self._request_id_header),
            )
            if self._on_pause is not None:
                self._on_pause(key, seconds)
            if self._fleet is not None and self._fleet.usable():
                await self._fleet.publish_pause(self._namespace, key, seconds)
            return True
        return now + self.pauses.wait(key, now, 0.0, deadline) >= deadline - MIN_ATTEMPT

    def _delay(self, request: Request, deadline: float, retry: bool, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next retry, or None when there is none."""
        if not retry or request.retries >= request.max_retries:
            return None
        retry_after = None
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self._wall_clock())
        delay = backoff_delay(self.policy, request.retries + 1, retry_after, self._random)
        if self._clock() + delay >= deadline:
            return None
        return delay

    def _log(self, request: Request, outcome: str, started: float) -> None:
        logger.debug(
            "%s -> %s (attempt %d, %.1f ms, request_id=%s)",
            request.describe(),
            outcome,
            request.attempts,
            (self._clock() - started) * 1000,
            request.headers.get(self._request_id_header),
        )

    def _deadline_error(self, request: Request) -> APITimeoutError:
        error = APITimeoutError(
            f"{request.describe()}: deadline of {self.policy.deadline:g}s exceeded",
            request=request.to_httpx(),
            request_id=request.headers.get(self._request_id_header),
        )
        return error.outcome_of(request)

    def _connection_error(self, request: Request, exc: httpx.TransportError) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        detail = _SECRET.sub(r"\1 [redacted]", _describe(exc))  # defence in depth: never echo a credential
        error = cls(
            f"{request.describe()}: {type(exc).__name__}: {detail}",
            request=request.to_httpx(),
            request_id=request.headers.get(self._request_id_header),
        )
        # the last attempt counts too: it failed after sending unless it never left
        return error.outcome_of(request)


def _describe(exc: BaseException) -> str:
    """The transport error's text, or its first cause's (httpx under trio raises some with none)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        if str(seen):
            return str(seen) if seen is exc else f"{type(seen).__name__}: {seen}"
        seen = seen.__cause__ or seen.__context__
    return "no details"
