"""The one request pipeline every SDK call goes through. Its order, in one place:

1. ``StampRequestId``      the caller's request id (``request_context``) or a fresh one
2. ``add_idempotency_key`` a key for the creates that declare ``Idempotency-Key``
3. ``DefaultHeaders``      Accept, Accept-Encoding (and what every request carries)
4. ``Authenticate``        the bearer token; a 401 -> invalidate that token -> one replay
5. ``RetryWithDeadline``   attempts within the call's deadline, retried by ``_retry``'s rules
6. a ``Sender``            aiohttp on asyncio, or any httpx transport
then ``RaiseForStatus``    a non-2xx final response becomes the typed error

With OpenTelemetry installed, a ``trace`` step (``_telemetry``) wraps 4 to the check in the
call's span, and the sender and the retry wait are traced too.

Steps 1-3 only edit the request; 4 and 5 own the call (each awaits the next); the check runs on
the final response. The token requests go through a shorter pipeline of the same steps (their
own credentials, no idempotency key, no 401 replay; the token manager reads their errors).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import httpx

from ._request import Request

Prepare = Callable[[Request], None]
Check = Callable[[Request, httpx.Response], None]
Send = Callable[[Request], Awaitable[httpx.Response]]
Trace = Callable[[Request, Send], Awaitable[httpx.Response]]


class DefaultHeaders:
    """Headers every request carries unless the call sets its own."""

    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = {name.lower(): value for name, value in headers.items()}

    def __call__(self, request: Request) -> None:
        for name, value in self.headers.items():
            if name not in request.headers:
                request.headers[name] = value


class Pipeline:
    """Request editors, then the steps that own the call, then the check of the final response."""

    def __init__(
        self,
        *,
        prepare: Sequence[Prepare],
        send: Send,
        check: Check | None = None,
        trace: Trace | None = None,
    ) -> None:
        self._prepare = tuple(prepare)
        self._send = send
        self._check = check
        self._trace = trace

    async def send(self, request: Request) -> httpx.Response:
        for prepare in self._prepare:
            prepare(request)
        if self._trace is not None:
            return await self._trace(request, self._send_and_check)
        return await self._send_and_check(request)

    async def _send_and_check(self, request: Request) -> httpx.Response:
        response = await self._send(request)
        if self._check is not None:
            self._check(request, response)
        return response
