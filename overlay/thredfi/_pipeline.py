"""The request pipeline: one ordered list of steps per kind of call, in the style of azure-core's
``AsyncPipeline(transport, policies=[...])``. The lists themselves are written in ``_assembly``:

    API calls:      StampRequestId, AddIdempotencyKey, DefaultHeaders, [Traced], RaiseForStatus,
                    Authenticate, RetryWithDeadline
    token requests: StampRequestId, DefaultHeaders, [Traced], RetryWithDeadline

Three kinds of step, in this order in a list:

* an **editing** step (``edit(request)``) changes the request once per call (headers, keys);
* a **wrapping** step (``await handle(request, next)``) owns what follows it: it may send the
  call again (the 401 replay), check the final response (``RaiseForStatus``) or time it (a span);
* the **last** step sends (``await send(request)``): the retry loop around the sender.

``Pipeline.send`` returns the call's facts as one value (``Reply``): the final response, the
value parsed from it and the request id sent. Errors are built from the ``Request`` that went
through (its id, credential, attempts), never from anything parked on the response.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import httpx

from ._errors import build_status_error
from ._redact import request_secrets
from ._request import Reply, Request

Send = Callable[[Request], Awaitable[httpx.Response]]


@runtime_checkable
class EditStep(Protocol):
    def edit(self, request: Request) -> None: ...


@runtime_checkable
class WrapStep(Protocol):
    async def handle(self, request: Request, next: Send) -> httpx.Response: ...


@runtime_checkable
class SendStep(Protocol):
    async def send(self, request: Request) -> httpx.Response: ...


Step = EditStep | WrapStep | SendStep


class DefaultHeaders:
    """Editing step: headers every request carries unless the call sets its own."""

    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = {name.lower(): value for name, value in headers.items()}

    def edit(self, request: Request) -> None:
        for name, value in self.headers.items():
            if name not in request.headers:
                request.headers[name] = value


class Traced:
    """Wrapping step: a tracer's ``(request, next) -> response`` (``_telemetry``), named in the list."""

    def __init__(self, trace: Callable[[Request, Send], Awaitable[httpx.Response]]) -> None:
        self.trace = trace

    async def handle(self, request: Request, next: Send) -> httpx.Response:
        return await self.trace(request, next)


class RaiseForStatus:
    """Wrapping step: a non-2xx final response (after retries and the replay) raises its typed error;
    a 2xx one is parsed here, inside the call (its span), when the call brought a parser."""

    def __init__(self, request_id_header: str, secrets: Callable[[], tuple[str, ...]] = tuple) -> None:
        self.request_id_header = request_id_header
        # every credential the client holds: redacted before the body is cut short (then unrecognisable)
        self.secrets = secrets

    async def handle(self, request: Request, next: Send) -> httpx.Response:
        response = await next(request)
        if 200 <= response.status_code < 300:
            if request.parse is not None:
                request.parsed = request.parse(response, request)
            return response
        error = build_status_error(
            response,
            request_id_header=self.request_id_header,
            sent_request_id=request.request_id,
            secrets=(*request_secrets(request), *self.secrets()),  # what the server may echo
        )
        raise error.outcome_of(request)


class Pipeline:
    """One call through ``steps``: the editing steps, then the wrapping ones, the last one sending."""

    def __init__(self, steps: Sequence[Any]) -> None:
        *wrapping, last = steps
        if not isinstance(last, SendStep):
            raise TypeError(f"the last step must send, got {type(last).__name__}")
        edits = [step for step in wrapping if isinstance(step, EditStep)]
        wraps = [step for step in wrapping if not isinstance(step, EditStep)]
        if wrapping[: len(edits)] != edits or not all(isinstance(step, WrapStep) for step in wraps):
            raise TypeError("the editing steps come first, then the wrapping steps, then the one that sends")
        self.steps = tuple(steps)
        self._edits = tuple(step.edit for step in edits)
        send: Send = last.send
        for step in reversed(wraps):
            send = functools.partial(step.handle, next=send)
        self._send = send

    async def send(self, request: Request) -> Reply:
        for edit in self._edits:
            edit(request)
        response = await self._send(request)
        return Reply(response, request.parsed, request.request_id)

    def names(self) -> list[str]:
        """The steps' class names, in order (what the pipeline does, for tests and docs)."""
        return [type(step).__name__ for step in self.steps]
