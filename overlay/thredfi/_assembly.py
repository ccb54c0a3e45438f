"""The composition root's parts: a client's checked settings become its sender, its two pipelines
(written here as lists, in the order a call goes through them) and its token manager."""

from __future__ import annotations

from typing import Any

import httpx

from ._attempts import RetryWithDeadline
from ._auth import Authenticate
from ._idempotency import AddIdempotencyKey
from ._pipeline import DefaultHeaders, Pipeline, RaiseForStatus, Traced
from ._rate import RateBudgets
from ._request_id import StampRequestId
from ._sender import DefaultSender, HttpxSender
from ._settings import Settings
from ._telemetry import Telemetry
from ._token_endpoint import TokenEndpoint
from ._tokens import TokenManager
from ._transport import Sender
from ._version import user_agent

_DEFAULT_HEADERS = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}


def sender_for(settings: Settings) -> Sender:
    """aiohttp on asyncio (httpx's transport elsewhere), or the transport the user passed."""
    if settings.transport is not None:
        return HttpxSender(settings.transport, max_response_bytes=settings.max_response_bytes)
    return DefaultSender(
        limits=settings.limits,
        proxy=settings.proxy,
        verify=settings.verify,
        max_response_bytes=settings.max_response_bytes,
    )


def retry_step(settings: Settings, sender: Sender, telemetry: Telemetry | None) -> RetryWithDeadline:
    """The last step of both pipelines: attempts within the call's deadline (traced when telemetry is on)."""
    options: dict[str, Any] = {"random": settings.random} if settings.random is not None else {}
    fleet, namespace = settings.rate_limiter, fleet_namespace(settings)
    if settings.business_rate_limit is not None or settings.partner_rate_limit is not None:
        options["budgets"] = RateBudgets(
            settings.business_rate_limit,
            settings.partner_rate_limit,
            clock=settings.clock,
            sleep=settings.sleep,
            fleet=fleet,
            namespace=namespace,
        )
    if fleet is not None:
        options.update(fleet=fleet, namespace=namespace)
    if telemetry is not None:
        options["on_pause"] = telemetry.pause_event
    return RetryWithDeadline(
        sender if telemetry is None else telemetry.traced_sender(sender),
        settings.retry_policy,
        request_id_header=settings.request_id_header,
        sleep=settings.sleep if telemetry is None else telemetry.traced_sleep(settings.sleep),
        clock=settings.clock,
        **options,
    )


def token_endpoint(settings: Settings, retry: RetryWithDeadline, telemetry: Telemetry | None) -> TokenEndpoint:
    """The token requests' pipeline (their own credentials: no idempotency key, no 401 replay)."""
    steps: list[object] = [StampRequestId(settings.request_id_header), _default_headers()]
    if telemetry is not None:
        steps.append(Traced(telemetry.token_request))  # the token-refresh spans
    steps.append(retry)
    return TokenEndpoint(settings.base_url, settings.options, Pipeline(steps))


def token_manager(settings: Settings, endpoint: TokenEndpoint) -> TokenManager:
    return TokenManager(
        partner_uuid=settings.partner_uuid,
        api_key=settings.api_key,
        post=endpoint,
        clock=settings.clock,
        refresh_margin=settings.refresh_margin,
        request_id_header=settings.request_id_header,
        max_business_tokens=settings.max_business_tokens,
        store=settings.token_store,
        store_namespace=fleet_namespace(settings),
    )


def fleet_namespace(settings: Settings) -> str:
    """How the processes of a fleet name this client's shared state (tokens, budgets): host and partner."""
    return f"{httpx.URL(settings.base_url).netloc.decode('ascii')}:{settings.partner_uuid}"


def api_pipeline(
    settings: Settings, tokens: TokenManager, retry: RetryWithDeadline, telemetry: Telemetry | None
) -> Pipeline:
    """Every API call's pipeline, in order (``_pipeline`` says what each kind of step may do)."""
    steps: list[object] = [
        StampRequestId(settings.request_id_header),
        AddIdempotencyKey(),
        _default_headers(),
    ]
    if telemetry is not None:
        steps.append(Traced(telemetry.operation))  # the call's span: everything below runs in it
    steps += [RaiseForStatus(settings.request_id_header, tokens.secrets), Authenticate(tokens), retry]
    return Pipeline(steps)


def _default_headers() -> DefaultHeaders:
    return DefaultHeaders({**_DEFAULT_HEADERS, "User-Agent": user_agent()})
