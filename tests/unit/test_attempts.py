"""The attempts step (``thredfi._attempts.RetryWithDeadline``) with a fake sender, clock, sleep and jitter.

Nothing here sleeps or opens a socket: the fake sender answers from a script, the injected sleep
only moves the fake clock, and the jitter source always draws 0 (so a wait is exactly the backoff).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._attempts import ATTEMPT_HEADER, RetryWithDeadline
from thredfi._request import Request, RequestOptions, build_request
from thredfi._retry import RetryPolicy

pytestmark = pytest.mark.anyio

BASE = "https://api.example.test"
REQUEST_ID_HEADER = "X-Request-ID"
Outcome = int | tuple[int, dict[str, str]] | Exception


class Clock:
    """A monotonic clock only the test (and the fake sleep and sender) moves."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Sleep:
    """Records each wait and moves the clock by it (plus ``overshoot``: a late wake-up)."""

    def __init__(self, clock: Clock, overshoot: float = 0.0) -> None:
        self.clock, self.overshoot = clock, overshoot
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        self.clock.now += delay + self.overshoot


class Body(httpx.AsyncByteStream):
    """A response body not read yet, noting whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"error_code": "x"}'

    async def aclose(self) -> None:
        self.closed = True


class FakeSender:
    """Answers each attempt with the next scripted outcome: a status, (status, headers) or an exception.

    Records the attempt header, the remaining time and the Authorization it was given; ``took``
    seconds of the fake clock pass during each attempt.
    """

    def __init__(self, clock: Clock, *outcomes: Outcome, took: float = 0.0) -> None:
        self.clock = clock
        self.outcomes = list(outcomes)
        self.took = took
        self.attempt_headers: list[str | None] = []
        self.remaining: list[float] = []
        self.responses: list[httpx.Response] = []

    async def send(self, request: Request, remaining: float) -> httpx.Response:
        self.attempt_headers.append(request.headers.get(ATTEMPT_HEADER.lower()))
        self.remaining.append(remaining)
        self.clock.now += self.took
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        status, headers = outcome if isinstance(outcome, tuple) else (outcome, {})
        response = httpx.Response(status, headers=headers, stream=Body())
        self.responses.append(response)
        return response

    async def aclose(self) -> None:
        pass


def make_request(method: str = "POST", headers: dict[str, str] | None = None, max_retries: int = 2) -> Request:
    options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=max_retries)
    sent = {REQUEST_ID_HEADER: "rid-attempts-1", **(headers or {})}
    return build_request(BASE, options, method, "/v1/platform/businesses/b1/bills/", json={"a": 1}, headers=sent)


def step(
    sender: FakeSender,
    clock: Clock,
    sleep: Sleep,
    *,
    policy: RetryPolicy | None = None,
    wall_clock: float = 1_800_000_000.0,
) -> RetryWithDeadline:
    return RetryWithDeadline(
        sender,
        policy or RetryPolicy(),
        request_id_header=REQUEST_ID_HEADER,
        sleep=sleep,
        clock=clock,
        wall_clock=lambda: wall_clock,
        random=lambda: 0.0,
    )


def parts() -> tuple[Clock, Sleep]:
    clock = Clock()
    return clock, Sleep(clock)


# ---------------------------------------------------------------- what is retried


async def test_a_503_is_retried_even_for_a_post_and_the_attempts_are_numbered() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, 503, 200)
    request = make_request("POST")
    response = await step(sender, clock, sleep).send(request)
    assert response.status_code == 200
    assert sender.attempt_headers == ["1", "2"]
    assert request.headers["x-thredfi-attempt"] == "2"
    assert (request.attempts, request.retries, request.maybe_applied) == (2, 1, False)  # a 503 was not processed
    assert sleep.delays == [0.5]  # initial_backoff, no jitter drawn
    first, last = sender.responses
    assert first.is_closed  # the discarded 503 was closed before the wait (its connection goes back)
    assert not last.is_closed


async def test_a_connect_error_is_retried_even_for_a_post_never_sent_so_never_applied() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), 201)
    request = make_request("POST")
    response = await step(sender, clock, sleep).send(request)
    assert response.status_code == 201
    assert sender.attempt_headers == ["1", "2", "3"]
    assert sleep.delays == [0.5, 1.0]  # doubling
    assert (request.attempts, request.retries, request.maybe_applied) == (3, 2, False)


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_a_post_is_never_resent_after_a_server_error(status: int) -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, status, 200)
    request = make_request("POST")
    response = await step(sender, clock, sleep).send(request)
    assert response.status_code == status  # returned as is: the errors step raises it
    assert sender.attempt_headers == ["1"]
    assert sleep.delays == []
    assert (request.attempts, request.maybe_applied) == (1, True)  # the server may have acted before failing


@pytest.mark.parametrize("error", [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("x")])
async def test_a_post_is_never_resent_after_a_failure_once_sent(error: httpx.TransportError) -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, error, 200)
    request = make_request("POST")
    with pytest.raises(thredfi.APIConnectionError) as caught:
        await step(sender, clock, sleep).send(request)
    assert sender.attempt_headers == ["1"]
    assert sleep.delays == []
    assert (caught.value.attempts, caught.value.maybe_applied) == (1, True)
    assert caught.value.__cause__ is error
    expected = thredfi.APITimeoutError if isinstance(error, httpx.TimeoutException) else thredfi.APIConnectionError
    assert type(caught.value) is expected
    assert caught.value.request_id == "rid-attempts-1"


async def test_a_post_with_an_idempotency_key_is_resent_after_a_500_and_a_read_error() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, 500, httpx.ReadError("reset"), 201)
    request = make_request("POST", {"Idempotency-Key": "key-1"})
    response = await step(sender, clock, sleep).send(request)
    assert response.status_code == 201
    assert sender.attempt_headers == ["1", "2", "3"]
    assert (request.attempts, request.retries, request.maybe_applied) == (3, 2, True)


async def test_a_get_is_retried_after_a_500_and_says_it_may_have_been_applied() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, 500, 200)
    request = make_request("GET")
    assert (await step(sender, clock, sleep).send(request)).status_code == 200
    assert (request.attempts, request.maybe_applied) == (2, True)


@pytest.mark.parametrize(("status", "applied"), [(500, True), (502, True), (504, True), (429, False), (503, False)])
async def test_a_final_response_says_whether_the_call_may_have_been_applied(status: int, applied: bool) -> None:
    """A 500/502/504 answered once (a POST is not resent) may have been acted on; a 429 or 503 was not."""
    clock, sleep = parts()
    sender = FakeSender(clock, status)
    request = make_request("POST", max_retries=0)
    assert (await step(sender, clock, sleep).send(request)).status_code == status
    assert request.maybe_applied is applied


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 404, 409, 422])
async def test_statuses_below_429_are_returned_at_once(status: int) -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, status)
    request = make_request("GET")
    assert (await step(sender, clock, sleep).send(request)).status_code == status
    assert (request.attempts, request.retries, sleep.delays) == (1, 0, [])


async def test_the_retries_end_at_max_retries_with_the_last_response() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, 503, 503, 503, 200)
    request = make_request("GET", max_retries=2)
    response = await step(sender, clock, sleep).send(request)
    assert response.status_code == 503
    assert response is sender.responses[-1]
    assert not response.is_closed  # the returned one is left for the caller to read
    assert sender.attempt_headers == ["1", "2", "3"]
    assert (request.attempts, request.retries) == (3, 2)


async def test_with_no_retries_a_connect_error_is_raised_at_once() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("refused"))
    request = make_request("GET", max_retries=0)
    with pytest.raises(thredfi.APIConnectionError) as caught:
        await step(sender, clock, sleep).send(request)
    assert type(caught.value) is thredfi.APIConnectionError
    assert (caught.value.attempts, caught.value.maybe_applied) == (1, False)  # it never left


async def test_the_request_budget_is_the_requests_own_max_retries_not_the_policys() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, 503, 503, 503)
    request = make_request("GET", max_retries=1)
    await step(sender, clock, sleep, policy=RetryPolicy(max_retries=5)).send(request)
    assert sender.attempt_headers == ["1", "2"]


# ---------------------------------------------------------------- Retry-After


async def test_retry_after_in_seconds_replaces_the_backoff() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (429, {"Retry-After": "3"}), 200)
    assert (await step(sender, clock, sleep).send(make_request())).status_code == 200
    assert sleep.delays == [3.0]


async def test_retry_after_is_capped_by_the_policy() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (503, {"Retry-After": "3600"}), 200)
    policy = RetryPolicy(max_retry_after=7.0)
    assert (await step(sender, clock, sleep, policy=policy).send(make_request())).status_code == 200
    assert sleep.delays == [7.0]


async def test_an_http_date_retry_after_is_measured_from_the_injected_wall_clock() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (503, {"Retry-After": "Sun, 06 Nov 1994 08:49:42 GMT"}), 200)
    now = 784111777.0  # 5 s before that date
    assert (await step(sender, clock, sleep, wall_clock=now).send(make_request())).status_code == 200
    assert sleep.delays == [5.0]


async def test_a_retry_after_that_would_end_past_the_deadline_is_not_waited_for() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (503, {"Retry-After": "30"}), 200)
    response = await step(sender, clock, sleep, policy=RetryPolicy(deadline=10.0)).send(make_request())
    assert response.status_code == 503  # no retry would start in time: the 503 is the answer
    assert sleep.delays == []
    assert sender.attempt_headers == ["1"]


# ---------------------------------------------------------------- the deadline


async def test_each_attempt_is_given_the_time_left_until_the_deadline() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("refused"), 200, took=2.0)
    request = make_request("GET")
    await step(sender, clock, sleep, policy=RetryPolicy(deadline=20.0)).send(request)
    assert request.deadline == 1_000.0 + 20.0
    assert sender.remaining == [20.0, 20.0 - 2.0 - 0.5]  # the first attempt and the wait are used up


async def test_a_wait_that_overruns_the_deadline_ends_in_an_api_timeout_error() -> None:
    clock = Clock()
    sleep = Sleep(clock, overshoot=5.0)  # the process woke up late
    sender = FakeSender(clock, httpx.ReadError("reset"), 200)
    request = make_request("GET")
    with pytest.raises(thredfi.APITimeoutError, match=r"deadline of 2s exceeded") as caught:
        await step(sender, clock, sleep, policy=RetryPolicy(deadline=2.0)).send(request)
    assert (caught.value.attempts, caught.value.maybe_applied) == (1, True)
    assert caught.value.request_id == "rid-attempts-1"
    assert sender.attempt_headers == ["1"]  # nothing was sent after the deadline


async def test_a_second_pass_of_one_call_shares_its_deadline() -> None:
    """As the 401 replay does: the call's deadline is set once, on the first pass."""
    clock, sleep = parts()
    sender = FakeSender(clock, 401, 200, took=11.0)
    retry = step(sender, clock, sleep, policy=RetryPolicy(deadline=10.0))
    request = make_request("GET")
    assert (await retry.send(request)).status_code == 401
    with pytest.raises(thredfi.APITimeoutError) as caught:
        await retry.send(request)  # the replay, after the deadline passed
    assert caught.value.attempts == 1
    assert sender.attempt_headers == ["1"]
    assert request.deadline == 1_010.0


async def test_a_retry_is_not_started_when_its_backoff_would_end_past_the_deadline() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("refused"), 200, took=9.8)
    with pytest.raises(thredfi.APIConnectionError) as caught:
        await step(sender, clock, sleep, policy=RetryPolicy(deadline=10.0)).send(make_request("GET"))
    assert type(caught.value) is thredfi.APIConnectionError  # the connect error itself, not the deadline
    assert sleep.delays == []


# ---------------------------------------------------------------- messages and logs


async def test_a_transport_errors_credential_is_never_in_the_message() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("proxy said: Bearer tok-attempt-secret-91"))
    with pytest.raises(thredfi.APIConnectionError) as caught:
        await step(sender, clock, sleep).send(make_request("GET", max_retries=0))
    assert "tok-attempt-secret-91" not in str(caught.value)
    assert "ConnectError" in str(caught.value)
    assert caught.value.request is not None
    assert "authorization" not in caught.value.request.headers  # the error's request carries no credential


async def test_each_attempt_is_one_debug_line_and_each_retry_one_info_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    clock, sleep = parts()
    sender = FakeSender(clock, httpx.ConnectError("refused"), 503, 200)
    request = make_request("GET", headers={"Authorization": "Bearer tok-log-secret-55"})
    await step(sender, clock, sleep).send(request)
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(debug) == 3
    assert "-> ConnectError (attempt 1" in debug[0]
    assert "-> 503 (attempt 2" in debug[1]
    assert "-> 200 (attempt 3" in debug[2]
    assert info == [
        "retrying GET /v1/platform/businesses/b1/bills/ in 0.50s (retry 1 of 2, request_id=rid-attempts-1)",
        "retrying GET /v1/platform/businesses/b1/bills/ in 1.00s (retry 2 of 2, request_id=rid-attempts-1)",
    ]
    assert "tok-log-secret-55" not in caplog.text


# ---------------------------------------------------------------- rate budgets and 429 pauses


def budgeted(
    sender: FakeSender, clock: Clock, sleep: Sleep, limit: thredfi.RateLimit, deadline: float
) -> RetryWithDeadline:
    from thredfi._rate import RateBudgets

    return RetryWithDeadline(
        sender,
        RetryPolicy(deadline=deadline),
        request_id_header=REQUEST_ID_HEADER,
        sleep=sleep,
        clock=clock,
        random=lambda: 0.0,
        budgets=RateBudgets(limit, None, clock=clock, sleep=sleep),
    )


async def test_a_late_wake_up_past_the_deadline_is_a_timeout_and_nothing_is_sent() -> None:
    clock = Clock()
    sleep = Sleep(clock, overshoot=1.0)  # wakes a second late
    sender = FakeSender(clock, 200, 200)
    attempts = budgeted(sender, clock, sleep, thredfi.RateLimit(per_second=1), deadline=1.5)
    assert (await attempts.send(make_request("GET"))).status_code == 200
    with pytest.raises(thredfi.APITimeoutError, match="deadline") as caught:
        await attempts.send(make_request("GET"))  # its turn at +1 s fits; the wake-up at +2 s does not
    assert caught.value.attempts == 0
    assert len(sender.remaining) == 1  # the second call never reached the sender
    assert all(remaining > 0 for remaining in sender.remaining)


async def test_a_429_during_another_calls_pause_is_resent_without_spending_a_retry() -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (429, {"Retry-After": "2"}), 200)
    attempts = step(sender, clock, sleep)
    send = sender.send

    async def another_call_paused_the_business_meanwhile(request: Request, remaining: float) -> httpx.Response:
        if not attempts.pauses.until:
            attempts.pauses.start("b1", clock.now, 2.0)  # another call's 429 landed while this one was out
        return await send(request, remaining)

    sender.send = another_call_paused_the_business_meanwhile  # type: ignore[method-assign]
    request = make_request("GET", max_retries=0)
    response = await attempts.send(request)
    assert response.status_code == 200
    assert (request.attempts, request.retries) == (2, 0)  # resent, no retry spent (it had none)
    assert sleep.delays == [2.0]  # it waited the pause out


async def test_the_429_that_starts_a_pause_spends_a_retry_and_logs_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock, sleep = parts()
    sender = FakeSender(clock, (429, {"Retry-After": "2"}), 200)
    request = make_request("GET", max_retries=1)
    with caplog.at_level(logging.WARNING, logger="thredfi"):
        assert (await step(sender, clock, sleep).send(request)).status_code == 200
    assert (request.attempts, request.retries) == (2, 1)
    assert [r.getMessage() for r in caplog.records if "holding its calls" in r.getMessage()] == [
        "Thredfi answered 429 for business b1: holding its calls for 2.0s (request_id=rid-attempts-1)"
    ]


class FakeFleet:
    """A fleet that never limits: it records the pauses published and hands out its listeners."""

    def __init__(self) -> None:
        self.published: list[tuple[str, str | None, float]] = []
        self.listeners: list[tuple[str, Callable[[str | None, float], None]]] = []
        self.stopped = 0

    def usable(self) -> bool:
        return True

    async def reserve(self, *args: Any, **kwargs: Any) -> tuple[str, float]:
        return "reserved", 0.0

    async def give_back(self, *args: Any, **kwargs: Any) -> None:
        return None

    async def publish_pause(self, namespace: str, business: str | None, seconds: float) -> None:
        self.published.append((namespace, business, seconds))

    def listen_pauses(self, namespace: str, listener: Callable[[str | None, float], None]) -> Callable[[], None]:
        self.listeners.append((namespace, listener))

        def stop() -> None:
            self.stopped += 1

        return stop


def fleet_step(sender: FakeSender, clock: Clock, sleep: Sleep, fleet: FakeFleet, **options: Any) -> RetryWithDeadline:
    return RetryWithDeadline(
        sender,
        RetryPolicy(),
        request_id_header=REQUEST_ID_HEADER,
        sleep=sleep,
        clock=clock,
        wall_clock=lambda: 1_800_000_000.0,
        random=lambda: 0.0,
        fleet=fleet,
        namespace="api.example.test:partner-1",
        **options,
    )


async def test_a_pause_is_published_to_the_fleet_once_and_made_a_span_event() -> None:
    clock, sleep = parts()
    fleet, events = FakeFleet(), list[tuple[str | None, float]]()
    sender = FakeSender(clock, (429, {"Retry-After": "2"}), 200)
    attempts = fleet_step(
        sender, clock, sleep, fleet, on_pause=lambda business, seconds: events.append((business, seconds))
    )
    assert (await attempts.send(make_request("GET"))).status_code == 200
    assert fleet.published == [("api.example.test:partner-1", "b1", 2.0)]
    assert events == [("b1", 2.0)]
    assert [namespace for namespace, _ in fleet.listeners] == ["api.example.test:partner-1"]  # on the first call


async def test_a_pause_heard_from_the_fleet_holds_the_business_without_spending_an_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock, sleep = parts()
    fleet = FakeFleet()
    sender = FakeSender(clock, 200, 200, 200)
    attempts = fleet_step(sender, clock, sleep, fleet)
    await attempts.send(make_request("GET"))  # subscribes
    [(_, heard)] = fleet.listeners
    with caplog.at_level(logging.INFO, logger="thredfi"):
        heard("b1", 3.0)  # another replica's 429
        heard("b1", 3.0)  # ... and this replica's own echo of a pause already on: ignored
    request = make_request("GET")
    assert (await attempts.send(request)).status_code == 200
    assert sleep.delays == [3.0]  # held for the pause, then sent once
    assert (request.attempts, request.retries) == (1, 0)
    assert [r.levelname for r in caplog.records] == ["INFO"]  # no WARNING: the 429 was another replica's
    assert fleet.published == []  # nothing to tell the others
    options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=2)
    other = build_request(BASE, options, "GET", "/v1/platform/businesses/b2/bills/", headers={})
    clock.now += 10
    await attempts.send(other)
    assert sleep.delays == [3.0]  # another business is not held


async def test_closing_stops_hearing_the_fleet_and_never_subscribes_again() -> None:
    clock, sleep = parts()
    fleet = FakeFleet()
    attempts = fleet_step(FakeSender(clock, 200, 200), clock, sleep, fleet)
    await attempts.send(make_request("GET"))
    attempts.close()
    await attempts.send(make_request("GET"))
    assert (len(fleet.listeners), fleet.stopped) == (1, 1)


@pytest.mark.asyncio
async def test_an_attempt_cancelled_in_flight_is_still_one_debug_line(caplog: pytest.LogCaptureFixture) -> None:
    """Every request that may have left is logged (make soak matches the server's log to these lines)."""
    import anyio

    clock, sleep = parts()

    class Hanging(FakeSender):
        async def send(self, request: Request, remaining: float) -> httpx.Response:
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

    attempts = step(Hanging(clock), clock, sleep)
    with caplog.at_level(logging.DEBUG, logger="thredfi"), anyio.move_on_after(0.01):
        await attempts.send(make_request("GET"))
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(lines) == 1
    assert "(attempt 1," in lines[0]
    assert "Cancelled" in lines[0] or "CancelledError" in lines[0]


async def test_a_pause_heard_is_capped_like_a_retry_after_and_a_strange_name_is_ignored() -> None:
    clock, sleep = parts()
    fleet = FakeFleet()
    attempts = fleet_step(FakeSender(clock, 200, 200), clock, sleep, fleet)
    await attempts.send(make_request("GET"))
    [(_, heard)] = fleet.listeners
    heard("b1\nFAKE LOG LINE", 5.0)  # not a path segment: ignored, never logged
    heard("b1", 10_000.0)  # a day-long pause from a broken replica: capped by the policy
    assert "b1\nFAKE LOG LINE" not in attempts.pauses.until
    end, length = attempts.pauses.until["b1"]
    assert length == RetryPolicy().max_retry_after
    assert end == clock.now + RetryPolicy().max_retry_after
