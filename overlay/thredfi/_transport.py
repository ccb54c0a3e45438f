"""A transport that wraps another and retries failed attempts by the rules of ``_retry``.

It sits under httpx's auth flow and hooks, so it sees every attempt of one operation (and the
same request object on each: the request id and idempotency key never change). It owns the
operation's deadline, closes a response before retrying it, logs each attempt, and turns
httpx transport failures into ``APIConnectionError``/``APITimeoutError``.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx

from ._exceptions import APIConnectionError, APITimeoutError
from ._request_id import DEFAULT_REQUEST_ID_HEADER
from ._retry import RetryPolicy, backoff_delay, parse_retry_after, should_retry_error, should_retry_status

logger = logging.getLogger("thredfi")

ATTEMPT_HEADER = "X-Thredfi-Attempt"
_DEADLINE = "thredfi.deadline"
_ATTEMPTS = "thredfi.attempts"


class RetryTransport(httpx.AsyncBaseTransport):
    """Retry transient failures of the wrapped transport within one overall deadline."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
        sleep: Callable[[float], Awaitable[Any]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.request_id_header = request_id_header
        self._sleep = sleep
        self._clock = clock
        self._wall_clock = wall_clock
        self._random = random

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = request.extensions.get(_DEADLINE)
        if deadline is None:
            deadline = self._clock() + self.policy.deadline
            request.extensions = {**request.extensions, _DEADLINE: deadline}
        retry_number = 0
        while True:
            attempt = request.extensions.get(_ATTEMPTS, 0) + 1
            request.extensions = {**request.extensions, _ATTEMPTS: attempt}
            request.headers[ATTEMPT_HEADER] = str(attempt)
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise APITimeoutError(
                    f"{request.method} {request.url.path}: deadline of {self.policy.deadline:g}s exceeded",
                    request=request,
                    request_id=request.headers.get(self.request_id_header),
                )
            _clamp_timeouts(request, remaining)
            started = self._clock()
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                self._log(request, None, attempt, started, error=exc)
                delay = self._delay(request, retry_number, deadline, retry=should_retry_error(request, exc))
                if delay is None:
                    raise _connection_error(request, exc, self.request_id_header) from exc
            else:
                self._log(request, response.status_code, attempt, started)
                retry = should_retry_status(request, response.status_code)
                delay = self._delay(request, retry_number, deadline, retry=retry, response=response)
                if delay is None:
                    return response
                await response.aclose()
            retry_number += 1
            logger.info(
                "retrying %s %s in %.2fs (retry %d of %d, request_id=%s)",
                request.method,
                request.url.path,
                delay,
                retry_number,
                self.policy.max_retries,
                request.headers.get(self.request_id_header),
            )
            await self._sleep(delay)

    def _delay(
        self,
        request: httpx.Request,
        retries_done: int,
        deadline: float,
        *,
        retry: bool,
        response: httpx.Response | None = None,
    ) -> float | None:
        """Seconds to wait before the next retry, or None when there is none."""
        if not retry or retries_done >= self.policy.max_retries:
            return None
        retry_after = None
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), self._wall_clock())
        delay = backoff_delay(self.policy, retries_done + 1, retry_after, self._random)
        if self._clock() + delay >= deadline:
            return None
        return delay

    def _log(
        self,
        request: httpx.Request,
        status: int | None,
        attempt: int,
        started: float,
        error: Exception | None = None,
    ) -> None:
        elapsed_ms = (self._clock() - started) * 1000
        outcome = str(status) if error is None else type(error).__name__
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms, request_id=%s)",
            request.method,
            request.url.path,
            outcome,
            attempt,
            elapsed_ms,
            request.headers.get(self.request_id_header),
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def _clamp_timeouts(request: httpx.Request, remaining: float) -> None:
    """Make no single attempt outlive the operation's deadline."""
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return
    clamped = {key: remaining if value is None else min(value, remaining) for key, value in timeouts.items()}
    request.extensions = {**request.extensions, "timeout": clamped}


def _connection_error(request: httpx.Request, exc: httpx.TransportError, header: str) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(
        f"{request.method} {request.url.path}: {type(exc).__name__}: {exc}",
        request=request,
        request_id=request.headers.get(header),
    )
