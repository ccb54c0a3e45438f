"""OpenTelemetry spans for SDK calls, when ``opentelemetry-api`` is installed (``thredfi[otel]``).

Decided once per client: without the package the pipeline has no tracing step at all, and
``import thredfi`` never imports it. With it, each call is one CLIENT span named by its
operationId, with an event per attempt and a child span per retry wait and per token request
(a token request made for a call is a child of that call's span). Spans go to the global tracer provider
(``opentelemetry.trace.set_tracer_provider``); with none set they are OpenTelemetry's no-op spans.

Attributes never hold a secret or a query string: the route is the spec's path template
(``/v1/platform/businesses/{business_id}/bills/``), matched against the route table the templates
generate (``thredfi_api.api.ROUTES``), read on first use. Nor do events: an error is
recorded by its type and status code, never by its text or traceback, which may echo a URL or
a response body.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import APIStatusError

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

    from ._request import Request
    from ._transport import Sender

Send = Callable[["Request"], Awaitable[httpx.Response]]

_PLACEHOLDER = re.compile(r"\{[^/{}]+\}")
# for a path no operation matches (a raw call): segments that look like ids become {id}
_ID_SEGMENT = re.compile(r"(?<=/)(?=[^/]*\d)[0-9A-Za-z_.~-]{6,}(?=/|$)|(?<=/)\d+(?=/|$)")


class RouteTable:
    """(method, path) -> (route template, operationId), for the paths of the spec's operations."""

    def __init__(self, routes: Iterable[tuple[str, str, str]]) -> None:
        self._exact: dict[tuple[str, str], tuple[str, str]] = {}
        templated: dict[tuple[str, int], list[tuple[int, re.Pattern[str], str, str]]] = {}
        for method, template, operation_id in routes:
            method = method.upper()
            holes = len(_PLACEHOLDER.findall(template))
            if not holes:
                self._exact[method, template] = (template, operation_id)
                continue
            pattern = "".join(
                "[^/]+" if _PLACEHOLDER.fullmatch(part) else re.escape(part)
                for part in re.split(r"(\{[^/{}]+\})", template)
            )
            key = (method, template.count("/"))
            templated.setdefault(key, []).append((holes, re.compile(pattern), template, operation_id))
        # the most literal template first: /oauth2/token/ before /{business_id}/token/
        self._templated = {
            key: [(p, t, o) for _, p, t, o in sorted(group, key=lambda r: r[0])] for key, group in templated.items()
        }

    def match(self, method: str, path: str) -> tuple[str, str] | None:
        found = self._exact.get((method, path))
        if found is not None:
            return found
        for pattern, template, operation_id in self._templated.get((method, path.count("/")), ()):
            if pattern.fullmatch(path):
                return template, operation_id
        return None


def generated_routes() -> list[tuple[str, str, str]]:
    """(method, path template, operationId) of every generated operation (the templates' route table)."""
    from thredfi_api.api import ROUTES

    return [(route.method, route.path, route.operation_id) for route in ROUTES]


@functools.cache
def route_table() -> RouteTable:
    return RouteTable(generated_routes())


def generic_route(path: str) -> str:
    """A low-cardinality stand-in template for a path no operation matches."""
    return _ID_SEGMENT.sub("{id}", path)


@functools.cache
def _tracer() -> Tracer | None:
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("thredfi")
    except PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        ours = None
    return trace.get_tracer("thredfi", ours)


def for_client(base_url: str, request_id_header: str) -> Telemetry | None:
    """The client's telemetry, or None when OpenTelemetry is not installed (no tracing step then)."""
    tracer = _tracer()
    if tracer is None:
        return None
    return Telemetry(tracer, base_url, request_id_header)


class Telemetry:
    """Spans for one client: the call, its attempts, retry waits and token requests."""

    def __init__(self, tracer: Tracer, base_url: str, request_id_header: str) -> None:
        from opentelemetry import context, trace
        from opentelemetry.trace import NoOpTracerProvider, ProxyTracerProvider, SpanKind, Status, StatusCode

        from ._request import base_url_path

        self._tracer = tracer
        self._trace = trace
        # the global provider until one is set, or the no-op one: nothing would record a span
        self._provider = trace.get_tracer_provider
        self._inactive = (ProxyTracerProvider, NoOpTracerProvider)
        # get_tracer_provider() looks the provider's environment variable up on every call until
        # a provider is set; its module global says the same for a dict lookup (its public
        # function stays the way in if that global ever goes)
        self._from_environment = "OTEL_PYTHON_TRACER_PROVIDER" in os.environ
        self._context = context
        self._client_kind = SpanKind.CLIENT
        self._internal_kind = SpanKind.INTERNAL
        self._error = functools.partial(Status, StatusCode.ERROR)
        self._prefix = base_url_path(base_url)
        url = httpx.URL(base_url)
        self._server: dict[str, Any] = {
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
        }
        self._request_id_header = request_id_header.lower()
        # the token pipeline's ``trace``: the span of one token request
        self.token_request = functools.partial(self.operation, token_request=True)

    def _no_provider(self) -> bool:
        provider = getattr(self._trace, "_TRACER_PROVIDER", self)
        if provider is None and not self._from_environment:
            return True
        return isinstance(self._provider(), self._inactive)

    def _route(self, request: Request) -> tuple[str, str | None]:
        path = request.path
        if self._prefix and path.startswith(self._prefix):
            path = path[len(self._prefix) :]
        found = route_table().match(request.method, path)
        if found is None:
            return generic_route(path), request.operation
        return found[0], request.operation or found[1]

    async def operation(self, request: Request, send: Send, *, token_request: bool = False) -> httpx.Response:
        """The span of one call (the pipeline's ``trace``): it is current while the call runs."""
        if self._no_provider():  # no provider (yet): skip all the work
            return await send(request)
        template, operation_id = self._route(request)
        attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "url.template": template,
            "thredfi.request_id": request.headers.get(self._request_id_header, ""),
            **self._server,
        }
        if operation_id is not None:
            attributes["thredfi.operation_id"] = operation_id
        if token_request:
            attributes["thredfi.token_request"] = True
        name = operation_id or f"{request.method} {template}"
        span = self._tracer.start_span(name, kind=self._client_kind, attributes=attributes)
        attached = self._context.attach(self._trace.set_span_in_context(span))
        try:
            response = await send(request)
        except BaseException as exc:
            if span.is_recording():
                if isinstance(exc, APIStatusError):
                    span.set_attributes(
                        {"thredfi.attempts": request.attempts, "http.response.status_code": exc.status_code}
                    )
                else:
                    span.set_attribute("thredfi.attempts", request.attempts)
                _record_error(span, exc, self._error)
            raise
        else:
            if span.is_recording():
                span.set_attributes(
                    {"thredfi.attempts": request.attempts, "http.response.status_code": response.status_code}
                )
                if response.status_code >= 400:  # the token pipeline returns its errors
                    span.set_attribute("error.type", str(response.status_code))
                    span.set_status(self._error(f"HTTP {response.status_code}"))
            return response
        finally:
            self._context.detach(attached)
            span.end()

    def traced_sender(self, sender: Sender) -> Sender:
        return _TracedSender(sender, self)

    def pause_event(self, business: str | None, seconds: float) -> None:
        """A 429 paused a business (or the partner's calls): a ``thredfi.rate_limit.pause`` event on the call's span."""
        span = self._trace.get_current_span()
        if span.is_recording():
            attributes: dict[str, Any] = {"thredfi.pause.seconds": seconds}
            if business is not None:
                attributes["thredfi.business_id"] = business
            span.add_event("thredfi.rate_limit.pause", attributes)

    def traced_sleep(self, sleep: Callable[[float], Awaitable[Any]]) -> Callable[[float], Awaitable[Any]]:
        """The retry step's sleep, as a ``thredfi.retry_wait`` span."""
        tracer, kind = self._tracer, self._internal_kind

        async def wait(delay: float) -> Any:
            with tracer.start_as_current_span(
                "thredfi.retry_wait", kind=kind, attributes={"thredfi.retry.delay_s": delay}
            ):
                return await sleep(delay)

        return wait


class _TracedSender:
    """A sender whose every attempt is a ``thredfi.attempt`` event on the call's span.

    Events, not spans: an attempt costs a few microseconds where a span costs tens.
    """

    def __init__(self, sender: Sender, telemetry: Telemetry) -> None:
        self._sender = sender
        self._current_span = telemetry._trace.get_current_span

    async def send(self, request: Request, remaining: float) -> httpx.Response:
        span = self._current_span()
        if not span.is_recording():
            return await self._sender.send(request, remaining)
        started = time.monotonic()
        attributes: dict[str, Any] = {"thredfi.attempt": request.attempts}
        try:
            response = await self._sender.send(request, remaining)
        except BaseException as exc:  # the type only: a transport's message is not the SDK's, unchecked
            attributes["error.type"] = type(exc).__name__
            raise
        else:
            attributes["http.response.status_code"] = response.status_code
            return response
        finally:
            attributes["thredfi.attempt.duration_ms"] = round((time.monotonic() - started) * 1000, 3)
            span.add_event("thredfi.attempt", attributes)

    async def aclose(self) -> None:
        await self._sender.aclose()


def _record_error(span: Span, exc: BaseException, error: Callable[[str], Any]) -> None:
    """The error on the span: its type, and an exception event holding only the SDK's own summary.

    Not ``span.record_exception``: it copies ``str(exc)`` and the traceback into the event, and an
    error's text may echo what the SDK must not export (a URL with its query string, a response
    body quoting a credential). The summary is built from types and the status code alone.
    """
    kind = type(exc).__name__
    status = getattr(exc, "status_code", None)  # APIStatusError, APIResponseValidationError
    if isinstance(exc, APIStatusError):
        span.set_attribute("error.type", str(exc.status_code))
    else:
        span.set_attribute("error.type", kind)
    if isinstance(exc, Exception):
        if isinstance(status, int):
            summary = f"{kind}: HTTP {status}"
        elif exc.__cause__ is not None:  # a connection error: the transport failure's type
            summary = f"{kind}: {type(exc.__cause__).__name__}"
        else:
            summary = kind
        module = type(exc).__module__
        qualified = kind if module == "builtins" else f"{module}.{type(exc).__qualname__}"
        span.add_event("exception", {"exception.type": qualified, "exception.message": summary})
    span.set_status(error(kind))
