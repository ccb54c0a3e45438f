"""A transport that wraps another and retries failed attempts by the rules of ``_retry``.

It sits under httpx's auth flow and hooks, so it sees every attempt of one operation (and the
same request object on each: the request id and idempotency key never change). It owns the
operation's deadline, closes a response before retrying it, logs each attempt, and turns
httpx transport failures into ``APIConnectionError``/``APITimeoutError``.
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
from ._request_id import DEFAULT_REQUEST_ID_HEADER
from ._retry import RetryPolicy, backoff_delay, parse_retry_after, should_retry_error, should_retry_status

logger = logging.getLogger("thredfi")

ATTEMPT_HEADER = "X-Thredfi-Attempt"
_DEADLINE = "thredfi.deadline"
_ATTEMPTS = "thredfi.attempts"
_RETRIES = "thredfi.retries"
_SECRET = re.compile(r"\b(Bearer|Basic)\s+\S+", re.IGNORECASE)


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
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.closed:
            raise APIConnectionError(
                f"{request.method} {request.url.path}: the client is closed",
                request=request,
                request_id=request.headers.get(self.request_id_header),
            )
        deadline = request.extensions.get(_DEADLINE)
        if deadline is None:
            deadline = self._clock() + self.policy.deadline
            request.extensions = {**request.extensions, _DEADLINE: deadline}
        while True:
            attempt = request.extensions.get(_ATTEMPTS, 0) + 1
            request.extensions = {**request.extensions, _ATTEMPTS: attempt}
            request.headers[ATTEMPT_HEADER] = str(attempt)
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise self._deadline_error(request)
            _clamp_timeouts(request, remaining)
            started = self._clock()
            try:
                response = await self._attempt(request, remaining)
            except httpx.TransportError as exc:
                self._log(request, None, attempt, started, error=exc)
                delay = self._delay(request, deadline, retry=should_retry_error(request, exc))
                if delay is None:
                    raise _connection_error(request, exc, self.request_id_header) from exc
            else:
                self._log(request, response.status_code, attempt, started)
                retry = should_retry_status(request, response.status_code)
                delay = self._delay(request, deadline, retry=retry, response=response)
                if delay is None:
                    return response
                await response.aclose()
            retries = request.extensions.get(_RETRIES, 0) + 1  # counted per operation, 401 replay included
            request.extensions = {**request.extensions, _RETRIES: retries}
            logger.info(
                "retrying %s %s in %.2fs (retry %d of %d, request_id=%s)",
                request.method,
                request.url.path,
                delay,
                retries,
                self.policy.max_retries,
                request.headers.get(self.request_id_header),
            )
            await self._sleep(delay)

    async def _attempt(self, request: httpx.Request, remaining: float) -> httpx.Response:
        """Send once and read the whole body, all within the time left to the deadline.

        Per-phase timeouts alone do not bound an attempt: a server trickling a byte at a time
        never trips a read timeout. The body is read here for the same reason (httpx would
        otherwise read it after the transport returns, outside any bound).
        """
        try:
            with anyio.fail_after(remaining):
                response = await self.inner.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError as exc:
            raise httpx.ReadTimeout(f"deadline of {self.policy.deadline:g}s reached", request=request) from exc
        except httpx.DecodingError as exc:  # a body that cannot be decoded: a protocol failure, not retried
            raise httpx.LocalProtocolError(f"undecodable response body: {exc}", request=request) from exc
        return response

    def _deadline_error(self, request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            f"{request.method} {request.url.path}: deadline of {self.policy.deadline:g}s exceeded",
            request=request,
            request_id=request.headers.get(self.request_id_header),
        )

    def _delay(
        self,
        request: httpx.Request,
        deadline: float,
        *,
        retry: bool,
        response: httpx.Response | None = None,
    ) -> float | None:
        """Seconds to wait before the next retry, or None when there is none."""
        retries_done = request.extensions.get(_RETRIES, 0)
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
        self.closed = True
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
    detail = _SECRET.sub(r"\1 [redacted]", str(exc))  # defence in depth: never echo a credential
    return cls(
        f"{request.method} {request.url.path}: {type(exc).__name__}: {detail}",
        request=request,
        request_id=request.headers.get(header),
    )
