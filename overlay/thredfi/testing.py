"""Test your code against a fake Thredfi: no network, no credentials.

* ``FakeThredfi``: an in-memory, stateful Thredfi driven by the spec. Creates store, gets and
  lists read back (filtered and paginated as the API does), updates merge, deletes remove,
  actions (void, archive, cancel, ...) change state; bad bodies get the API's 400; tokens are
  issued and checked; ``fail()`` injects faults per operation. ``docs/testing.md`` in the source
  repository says what each operation does.
* ``MockThredfi``: canned answers per operation (``respond()``), token requests answered, every
  request recorded, any other request an ``AssertionError``.
* ``no_real_calls()``: any request to a real Thredfi host fails at once, before DNS
  (``RealThredfiCallError``); the ``thredfi`` pytest plugin turns it on with one line.

Operations are named as users call them (``biz.invoices.create``, ``"invoices.create"``), by
operationId or by generated module. The clients send through ``httpx.MockTransport`` to
``TEST_BASE_URL``, a host under ``.invalid`` that never resolves (RFC 6761). ``MockThredfi``'s
``handler`` also serves respx routes (``respx_mock.route(host=TEST_HOST).mock(side_effect=
fake.handler)``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import httpx

from ._client import ThredfiClient
from ._fake._guard import RealThredfiCallError, no_real_calls
from ._fake._operations import resolve
from ._fake._server import TEST_API_KEY, TEST_BASE_URL, TEST_HOST, TEST_PARTNER_UUID, FakeThredfi
from ._request import base_url_path
from ._telemetry import RouteTable, generated_routes

__all__ = [
    "TEST_API_KEY",
    "TEST_BASE_URL",
    "TEST_HOST",
    "TEST_PARTNER_UUID",
    "FakeThredfi",
    "MockThredfi",
    "RealThredfiCallError",
    "client",
    "no_real_calls",
]

Handler = Callable[[httpx.Request], httpx.Response]
Body = Any  # a generated model (anything with to_dict()), a JSON-able value, or None
_TOKEN_OPERATIONS = frozenset({"get_partner_token", "get_business_token"})


def _encode(body: Body) -> Any:
    to_dict = getattr(body, "to_dict", None)
    return to_dict() if callable(to_dict) else body


class MockThredfi:
    """A fake Thredfi for tests. ``respond()`` registers answers; ``client()`` builds a client to it.

    ``handler``, when given, answers every non-token request no registration matches (instead of
    an ``AssertionError``).
    """

    def __init__(self, handler: Handler | None = None, *, base_url: str = TEST_BASE_URL) -> None:
        self.base_url = base_url.rstrip("/")
        self._prefix = base_url_path(self.base_url)
        self._fallback = handler
        self._operations = {op: (method.upper(), template) for method, template, op in generated_routes()}
        self._all = RouteTable((method, template, op) for op, (method, template) in self._operations.items())
        self._responses: dict[str, list[httpx.Response | Callable[[httpx.Request], httpx.Response]]] = {}
        self._tokens = itertools.count(1)
        self.requests: list[httpx.Request] = []
        """Every request received, token requests included, in order."""

    @property
    def calls(self) -> list[httpx.Request]:
        """The requests received other than token requests."""
        return [r for r in self.requests if self.operation_of(r) not in _TOKEN_OPERATIONS]

    def operation_of(self, request: httpx.Request) -> str | None:
        """The operationId a request is for, if it is one of the API's operations."""
        path = request.url.path
        if self._prefix and path.startswith(self._prefix):
            path = path[len(self._prefix) :]
        found = self._all.match(request.method, path)
        return None if found is None else found[1]

    def respond(
        self,
        operation: ModuleType | Callable[..., Any] | str,
        body: Body = None,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer every later request for ``operation`` with ``body`` as JSON (the newest answer wins).

        ``operation`` is a resource method as you call it (``biz.invoices.create``), its name
        (``"invoices.create"``), a generated operation (``delete_bill_payment``, its ``asyncio``)
        or its operationId; ``body`` a generated model (``BillPaymentCancelResponse(...)``), a dict
        or list, None for an empty body, or an ``httpx.Response`` / a function of the request.
        """
        operation_id = resolve(operation)
        if isinstance(body, httpx.Response) or (callable(body) and not hasattr(body, "to_dict")):
            answer = body
        elif body is None:
            answer = httpx.Response(status, headers=headers)
        else:
            answer = httpx.Response(status, json=_encode(body), headers=headers)
        self._responses.setdefault(operation_id, []).append(answer)

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (an ``httpx.MockTransport`` handler, or a respx ``side_effect``)."""
        self.requests.append(request)
        operation_id = self.operation_of(request)
        if operation_id in _TOKEN_OPERATIONS:
            return self._token(request)
        answers = self._responses.get(operation_id or "")
        if answers:
            answer = answers[-1]
            if isinstance(answer, httpx.Response):  # a fresh copy: a response is read once
                return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
            return answer(request)
        if self._fallback is not None:
            return self._fallback(request)
        raise AssertionError(
            f"MockThredfi has no response for {request.method} {request.url.path}"
            f" ({operation_id or 'not an API operation'}): register one with respond()"
        )

    def _token(self, request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = {
            "access_token": f"test-token-{next(self._tokens)}",
            "token_type": "Bearer",
            "expires_in": 3600,
        }
        parts = request.url.path.rstrip("/").split("/")
        if parts[-3] != "platform":  # /v1/platform/{business_id}/oauth2/token/
            body["business_id"] = parts[-3]
        return httpx.Response(200, json=body)

    def client(self, **options: Any) -> ThredfiClient:
        """A ``ThredfiClient`` that sends to this fake only (``options`` as for ``ThredfiClient``).

        Retries are off unless ``max_retries`` is given, so a fake error is seen at once.
        """
        options.setdefault("partner_uuid", TEST_PARTNER_UUID)
        options.setdefault("api_key", TEST_API_KEY)
        options.setdefault("max_retries", 0)
        return ThredfiClient(base_url=self.base_url, transport=httpx.MockTransport(self.handler), **options)


def client(handler: Handler | None = None, **options: Any) -> ThredfiClient:
    """A ``ThredfiClient`` whose requests go to ``handler`` (token requests answered for you)."""
    return MockThredfi(handler).client(**options)
