"""The pipeline (``thredfi._pipeline``): steps as one ordered list, each kind in its place, the
final response checked and parsed inside the call, the call's facts returned. A fake sender keeps
these tests small and socket-free."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import thredfi
from thredfi._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from thredfi._pipeline import DefaultHeaders, Pipeline, RaiseForStatus, Send, Traced
from thredfi._request import Request, RequestOptions, build_request
from thredfi._request_id import StampRequestId

OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)


def request(headers: dict[str, str] | None = None) -> Request:
    return build_request("https://sandbox.thredfi.com", OPTIONS, "POST", "/v1/platform/x/", headers=headers)


class FakeSend:
    """The last step: answers every request with ``response``, records what it was given."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.seen: list[Request] = []

    async def send(self, request: Request) -> httpx.Response:
        self.seen.append(request)
        return self.response


class Record:
    """A wrapping step that notes when it runs (before and after the rest)."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    async def handle(self, request: Request, next: Send) -> httpx.Response:
        self.log.append(f"{self.name} in")
        response = await next(request)
        self.log.append(f"{self.name} out")
        return response


@pytest.mark.asyncio
async def test_steps_run_in_list_order_and_the_facts_come_back() -> None:
    log: list[str] = []
    last = FakeSend(httpx.Response(200, json={"ok": True}, headers={"X-Request-ID": "srv-1"}))
    pipeline = Pipeline(
        [StampRequestId(), DefaultHeaders({"Accept": "application/json"}), Record("a", log), Record("b", log), last]
    )
    call = request()
    call.parse = lambda response, sent: response.json()
    reply = await pipeline.send(call)
    assert log == ["a in", "b in", "b out", "a out"]
    assert last.seen == [call]
    assert call.headers["accept"] == "application/json"
    assert reply.request_id == call.headers["x-request-id"]  # the id sent, a fact of the call
    assert reply.server_request_id("x-request-id") == "srv-1"
    assert reply.value is None  # no RaiseForStatus here: nothing parsed
    assert pipeline.names() == ["StampRequestId", "DefaultHeaders", "Record", "Record", "FakeSend"]


def test_the_order_of_kinds_is_checked() -> None:
    last = FakeSend(httpx.Response(204))
    with pytest.raises(TypeError, match="editing steps come first"):
        Pipeline([Record("a", []), StampRequestId(), last])
    with pytest.raises(TypeError, match="the last step must send"):
        Pipeline([StampRequestId()])


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
async def test_raise_for_status_passes_2xx_and_parses_inside_the_call(status: int) -> None:
    last = FakeSend(httpx.Response(status, json={"n": 1}))
    call = request()
    call.parse = lambda response, sent: (response.status_code, sent.request_id)
    reply = await Pipeline([StampRequestId(), RaiseForStatus("X-Request-ID"), last]).send(call)
    assert reply.value == (status, call.request_id)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (301, APIStatusError),
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
    ],
)
async def test_raise_for_status_builds_the_error_from_the_calls_facts(status: int, cls: type[Any]) -> None:
    secret = "tok-pipeline-secret-77"
    response = httpx.Response(status, json={"error_code": "code", "message": f"msg {secret}"})
    call = request({"Authorization": f"Bearer {secret}"})
    with pytest.raises(cls) as caught:
        await Pipeline([StampRequestId(), RaiseForStatus("X-Request-ID"), FakeSend(response)]).send(call)
    assert type(caught.value) is cls
    assert caught.value.request_id == call.request_id  # no id from the server: the one sent
    assert caught.value.message == "msg [redacted]"  # the credential sent, echoed, is redacted
    with pytest.raises(RuntimeError):
        _ = response.request  # the response was not touched to steer any of it


@pytest.mark.asyncio
async def test_raise_for_status_uses_its_request_id_header() -> None:
    response = httpx.Response(404, content=b"")
    step = StampRequestId("X-Correlation-ID")
    with pytest.raises(NotFoundError) as caught:
        await Pipeline([step, RaiseForStatus("X-Correlation-ID"), FakeSend(response)]).send(
            request({"X-Correlation-ID": "corr-7", "X-Request-ID": "other"})
        )
    assert caught.value.request_id == "corr-7"


@pytest.mark.asyncio
async def test_traced_wraps_the_rest_of_the_call() -> None:
    seen: list[str] = []

    async def trace(call: Request, next: Send) -> httpx.Response:
        seen.append(call.method)
        return await next(call)

    reply = await Pipeline([Traced(trace), FakeSend(httpx.Response(204))]).send(request())
    assert seen == ["POST"]
    assert reply.response.status_code == 204


def test_a_client_writes_its_pipelines_as_lists_in_this_order() -> None:
    client = thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", base_url="https://api.example.test"
    )
    names = [name for name in client._core.pipeline.names() if name != "Traced"]  # Traced with OpenTelemetry
    assert names == [
        "StampRequestId",
        "AddIdempotencyKey",
        "DefaultHeaders",
        "RaiseForStatus",
        "Authenticate",
        "RetryWithDeadline",
    ]
