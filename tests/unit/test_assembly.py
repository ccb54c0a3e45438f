"""The composition root's parts (``thredfi._assembly``): from checked ``Settings`` to a sender, the two
pipelines and the token manager; with a telemetry object, the tracing steps in their places.

A fake telemetry object stands in for ``_telemetry.Telemetry`` (whose spans are tested in
test_telemetry.py); an ``httpx.MockTransport`` stands in for Thredfi.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import thredfi
from thredfi import _pipeline
from thredfi._assembly import api_pipeline, retry_step, sender_for, token_endpoint, token_manager
from thredfi._attempts import RetryWithDeadline
from thredfi._pipeline import Send, Traced
from thredfi._request import Request, RequestOptions, build_request
from thredfi._sender import DefaultSender, HttpxSender
from thredfi._settings import Settings
from thredfi._transport import Sender

PARTNER = "0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d"
API_KEY = "sk-assembly-secret-7e6d"
BASE = "https://api.example.test"

API_STEPS = [
    "StampRequestId",
    "AddIdempotencyKey",
    "DefaultHeaders",
    "RaiseForStatus",
    "Authenticate",
    "RetryWithDeadline",
]
TOKEN_STEPS = ["StampRequestId", "DefaultHeaders", "RetryWithDeadline"]


def settings(**overrides: Any) -> Settings:
    parameters = inspect.signature(thredfi.ThredfiClient.__init__).parameters
    arguments = {name: p.default for name, p in parameters.items() if name != "self"}
    arguments.update(partner_uuid=PARTNER, api_key=API_KEY, base_url=BASE, trust_env=False)
    arguments.update(overrides)
    return Settings.check(**arguments)


class FakeTelemetry:
    """What the assembly asks of a ``Telemetry``: two tracers, a traced sender, a traced sleep, a pause event."""

    def __init__(self) -> None:
        self.traced: list[str] = []
        self.wrapped_sender: Sender | None = None
        self.wrapped_sleep: Callable[[float], Awaitable[Any]] | None = None

    async def operation(self, request: Request, send: Send) -> httpx.Response:
        self.traced.append(f"call {request.path}")
        return await send(request)

    async def token_request(self, request: Request, send: Send) -> httpx.Response:
        self.traced.append(f"token {request.path}")
        return await send(request)

    def traced_sender(self, sender: Sender) -> Sender:
        self.wrapped_sender = sender
        return sender

    def traced_sleep(self, sleep: Callable[[float], Awaitable[Any]]) -> Callable[[float], Awaitable[Any]]:
        self.wrapped_sleep = sleep
        return sleep

    def pause_event(self, business: str | None, seconds: float) -> None:
        self.traced.append(f"pause {business} {seconds}")


def documented() -> dict[str, list[str]]:
    """Both lists as ``_pipeline``'s docstring writes them (``[Traced]`` is the optional step)."""
    doc = _pipeline.__doc__ or ""
    found = re.search(r"API calls:(.+?)token requests:(.+?)\n\s*\n", doc, re.DOTALL)
    assert found, "the lists are no longer in _pipeline's docstring"
    return {
        kind: [name.strip() for name in " ".join(text.split()).split(",")]
        for kind, text in (("api", found.group(1)), ("token", found.group(2)))
    }


def build(telemetry: FakeTelemetry | None = None, **overrides: Any) -> tuple[Any, Any, Sender]:
    checked = settings(**overrides)
    sender = sender_for(checked)
    retry = retry_step(checked, sender, telemetry)  # type: ignore[arg-type]
    endpoint = token_endpoint(checked, retry, telemetry)  # type: ignore[arg-type]
    tokens = token_manager(checked, endpoint)
    return api_pipeline(checked, tokens, retry, telemetry), endpoint, sender  # type: ignore[arg-type]


# ---------------------------------------------------------------- the sender


def test_a_transport_given_is_sent_through_by_an_httpx_sender_with_the_size_limit() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    sender = sender_for(settings(transport=transport, max_response_bytes=1_234))
    assert type(sender) is HttpxSender
    assert sender.transport is transport
    assert sender.max_response_bytes == 1_234


def test_without_a_transport_the_default_sender_chooses_on_the_first_request() -> None:
    sender = sender_for(settings(max_response_bytes=4_321))
    assert type(sender) is DefaultSender
    assert sender.chosen is None  # aiohttp or httpx: decided inside the event loop


# ---------------------------------------------------------------- the pipelines' lists


def test_the_documented_lists_are_these() -> None:
    lists = documented()
    assert lists["api"] == [*API_STEPS[:3], "[Traced]", *API_STEPS[3:]]
    assert lists["token"] == [*TOKEN_STEPS[:2], "[Traced]", *TOKEN_STEPS[2:]]


def test_without_telemetry_the_pipelines_are_the_documented_lists() -> None:
    api, endpoint, _ = build()
    assert api.names() == API_STEPS
    assert endpoint._pipeline.names() == TOKEN_STEPS


def test_with_telemetry_a_traced_step_comes_before_raise_for_status_and_the_retries() -> None:
    telemetry = FakeTelemetry()
    api, endpoint, sender = build(telemetry)
    assert api.names() == [*API_STEPS[:3], "Traced", *API_STEPS[3:]]
    assert endpoint._pipeline.names() == [*TOKEN_STEPS[:2], "Traced", *TOKEN_STEPS[2:]]
    [call_trace] = [step for step in api.steps if isinstance(step, Traced)]
    [token_trace] = [step for step in endpoint._pipeline.steps if isinstance(step, Traced)]
    assert call_trace.trace == telemetry.operation
    assert token_trace.trace == telemetry.token_request
    assert telemetry.wrapped_sender is sender  # every attempt through the traced sender
    assert telemetry.wrapped_sleep is not None  # and every retry wait through the traced sleep


def test_both_pipelines_share_one_attempts_step() -> None:
    api, endpoint, _ = build()
    assert api.steps[-1] is endpoint._pipeline.steps[-1]
    assert isinstance(api.steps[-1], RetryWithDeadline)


def test_the_attempts_step_takes_the_settings_policy_clock_sleep_and_random() -> None:
    def clock() -> float:
        return 5.0

    async def sleep(delay: float) -> None:
        pass

    def random() -> float:
        return 0.25

    policy = thredfi.RetryPolicy(max_retries=4, deadline=9.0)
    checked = settings(retry_policy=policy, clock=clock, sleep=sleep, random=random)
    retry = retry_step(checked, sender_for(checked), None)
    assert retry.policy is checked.retry_policy
    assert (retry._clock, retry._sleep, retry._random) == (clock, sleep, random)


def test_the_token_manager_namespaces_shared_tokens_by_host_and_partner() -> None:
    checked = settings(base_url="https://api.example.test:8443/prefix")
    tokens = token_manager(checked, token_endpoint(checked, retry_step(checked, sender_for(checked), None), None))
    assert tokens._namespace == f"api.example.test:8443:{PARTNER}:"
    assert API_KEY not in repr(tokens)


# ---------------------------------------------------------------- a call through the assembled parts


class Thredfi:
    """Both token endpoints and one API route, as a MockTransport handler; records what it received."""

    def __init__(self) -> None:
        self.received: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-assembled-1", "expires_in": 3600})
        if request.headers.get("authorization") != "Bearer tok-assembled-1":
            return httpx.Response(401)
        return httpx.Response(200, json={"ok": True})


@pytest.mark.anyio
@pytest.mark.parametrize("traced", [False, True])
async def test_a_call_through_the_assembled_pipelines_carries_a_fetched_token_and_one_request_id(
    traced: bool,
) -> None:
    thredfi_ = Thredfi()
    telemetry = FakeTelemetry() if traced else None
    api, _, sender = build(telemetry, transport=httpx.MockTransport(thredfi_))
    options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)
    request = build_request(BASE, options, "GET", "/v1/platform/businesses/")
    request.parse = lambda response, sent: response.json()
    reply = await api.send(request)
    await sender.aclose()
    assert reply.value == {"ok": True}
    token_request, call = thredfi_.received
    assert token_request.url.path == "/v1/platform/oauth2/token/"
    assert token_request.headers["authorization"].startswith("Basic ")
    assert call.headers["authorization"] == "Bearer tok-assembled-1"
    for sent in (token_request, call):
        assert sent.headers["accept"] == "application/json"
        assert sent.headers["user-agent"].startswith("thredfi-python/")
        assert sent.headers["x-thredfi-attempt"] == "1"
    assert call.headers["x-request-id"] == reply.request_id
    if telemetry is not None:
        assert telemetry.traced == ["call /v1/platform/businesses/", "token /v1/platform/oauth2/token/"]


@pytest.mark.anyio
async def test_a_refused_call_raises_its_typed_error_from_the_assembled_pipeline() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-assembled-2", "expires_in": 3600})
        return httpx.Response(404, json={"error_code": "not_found", "message": "no such vendor"})

    api, _, sender = build(transport=httpx.MockTransport(answer))
    request = build_request(BASE, RequestOptions(httpx.Timeout(5.0), 0), "GET", "/v1/platform/businesses/x/")
    with pytest.raises(thredfi.NotFoundError, match="no such vendor") as caught:
        await api.send(request)
    await sender.aclose()
    assert caught.value.attempts == 1


def test_rate_limits_give_the_attempts_step_its_budgets_and_none_give_it_none() -> None:
    unlimited = settings()
    assert retry_step(unlimited, sender_for(unlimited), None)._budgets is None
    limited = settings(business_rate_limit=thredfi.RateLimit(per_second=3), partner_rate_limit=None)
    budgets = retry_step(limited, sender_for(limited), None)._budgets
    assert budgets is not None
    assert len(budgets.budgets_for("/v1/platform/businesses/b1/vendors/")) == 1
