"""``FakeThredfi``: an in-memory, stateful Thredfi for tests, driven by the generated package.

Every operation of the route table is served by its kind (``_operations``): creates store what
was sent (a fresh id, timestamps, the spec's defaults), gets and lists read it back (lists filter
and paginate as the API does), updates merge, deletes remove, actions change state, and the
bodies answered fit the operation's model (``_schema``). Tokens are issued and checked like the
API's; faults can be injected per operation. ``docs/testing.md`` has the table of what each
operation does (``semantics()``, checked against it by the tests).
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as dt
import functools
import itertools
import json
import math
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs

import anyio
import anyio.lowlevel
import httpx

from .._models import jsonable
from .._request import base_url_path
from ._operations import Operation, by_id, match, operations, resolve
from ._schema import (
    MISSING,
    NAME_FIELDS,
    Shaper,
    field_errors,
    field_names,
    fields,
    is_primitive,
    iso,
    models_in,
    singular,
)

if TYPE_CHECKING:
    from .._client import ThredfiClient

TEST_HOST = "api.thredfi.invalid"
TEST_BASE_URL = f"https://{TEST_HOST}"
TEST_PARTNER_UUID = "00000000-0000-4000-8000-000000000001"
TEST_API_KEY = "test-api-key"  # MockThredfi takes any key; FakeThredfi this one (or its api_key=)

PageStyle = Literal["both", "page_info", "drf"]
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
BUSINESSES = "/v1/platform/businesses/"
IDEMPOTENCY_HEADER = "Idempotency-Key"
REQUEST_ID_HEADER = "X-Request-ID"

# the state a create starts from, where the body does not say (docs/testing.md)
INITIAL: dict[str, dict[str, Any]] = {
    "create_business": {"is_active": True, "is_archived": False},
    "create_customer": {"status": "ACTIVE", "is_active": True, "is_archived": False, "archived_at": None},
    "create_vendor": {"status": "ACTIVE"},
    "create_invoice": {"status": "DRAFT", "voided_at": None, "paid_at": None, "is_overdue": False},
    "create_bill": {"status": "DRAFT", "voided_at": None, "paid_at": None, "is_overdue": False},
    "create_bill_payment": {"status": "pending"},
    "create_invoice_payment": {"status": "pending"},
    "create_vendor_refund_payment": {"status": "pending"},
    "create_account": {"is_active": True, "has_children": False, "hierarchy_level": 0, "current_balance": 0},
    "create_child_account": {"is_active": True, "has_children": False, "current_balance": 0},
}
# what an action does to the record (its other fields are merged from the body, if any)
ACTIONS: dict[str, dict[str, Any]] = {
    "void": {"status": "VOIDED", "voided_at": "now"},
    "archive": {"status": "ARCHIVED", "is_archived": True, "is_active": False, "archived_at": "now"},
    "unarchive": {"status": "ACTIVE", "is_archived": False, "is_active": True, "archived_at": None},
    "delete": {"status": "cancelled"},  # POST .../delete/: a payment's cancel
}
CANCELLABLE = frozenset({"pending", "failed"})
# status changes a PATCH may make (the docs page's transitions); others are a 409
TRANSITIONS: dict[str, dict[str, frozenset[str]]] = {
    "update_vendor_refund_payment": {
        "pending": frozenset({"processing", "completed", "failed", "cancelled"}),
        "processing": frozenset({"completed", "failed"}),
    },
}
_ERROR_CODES = {
    400: "validation_error",
    401: "authentication_failed",
    403: "permission_denied",
    404: "not_found",
    409: "conflict",
    422: "unprocessable_entity",
    429: "throttled",
}


class FakeError(Exception):
    """Ends serving a request with an error response (the API's error body)."""

    def __init__(self, status: int, code: str, message: str, detail: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, dict(detail or {})


def _invalid(errors: Mapping[str, list[str]], message: str = "Invalid request data") -> FakeError:
    return FakeError(400, "validation_error", message, {"field_errors": dict(errors)})


@dataclass(slots=True)
class _Entry:
    record: dict[str, Any]  # the resource as JSON, API field names
    context: dict[str, Any]  # path values it was created under (business_id, refund_id, ...)


@dataclass(slots=True)
class _Token:
    business: str | None  # None: the partner token


@dataclass(slots=True)
class _Fault:
    status: int | None
    body: Any
    headers: dict[str, str]
    delay: float | None
    reset: bool
    refuse: bool
    applied: bool
    remaining: int | None  # None: every request


@dataclass(slots=True)
class _Call:
    """One request being served: its operation, path values, parsed body and the business it is for."""

    request: httpx.Request
    op: Operation
    values: dict[str, str]
    business: str | None
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)


def _canonical(value: str) -> str:
    """An id as the fake stores it: a UUID in canonical text, anything else as it is."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value).lower()


def _no_wait(seconds: float) -> Any:
    """The client's sleep between retries on the fake: no real waiting."""
    return anyio.lowlevel.checkpoint()


class FakeThredfi:
    """An in-memory Thredfi: stateful, driven by the spec, served in process (no socket).

    ``client()`` gives a ``thredfi.ThredfiClient`` that sends here. Businesses come from
    ``client.businesses.create(...)`` or ``add_business()``; business-scoped calls need one
    (an unknown business is a 404). ``fail()`` injects faults, ``respond()`` fixes an answer.
    ``page_style``: the list pages' shape: ``"both"`` (``count``, ``page_info``, ``next``,
    ``previous``), ``"page_info"`` or ``"drf"``. ``clock`` dates what the fake stores;
    ``token_lifetime`` is the ``expires_in`` of the tokens it issues.
    """

    def __init__(
        self,
        *,
        partner_uuid: str = TEST_PARTNER_UUID,
        api_key: str = TEST_API_KEY,
        base_url: str = TEST_BASE_URL,
        page_style: PageStyle = "both",
        clock: Callable[[], dt.datetime] | None = None,
        token_lifetime: int = 3600,
    ) -> None:
        if page_style not in ("both", "page_info", "drf"):
            raise ValueError(f"page_style must be 'both', 'page_info' or 'drf', got {page_style!r}")
        self.partner_uuid = str(uuid.UUID(partner_uuid))
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.page_style = page_style
        self.token_lifetime = token_lifetime
        self._prefix = base_url_path(self.base_url)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._collections: dict[tuple[str, tuple[str, ...]], dict[str, _Entry]] = {}
        self._tokens: dict[str, _Token] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._answers: dict[str, httpx.Response | Callable[[httpx.Request], httpx.Response]] = {}
        self._replays: dict[tuple[str, tuple[str, ...], str], httpx.Response] = {}
        self._request_ids = itertools.count(1)
        self.requests: list[httpx.Request] = []
        """Every request received, token requests included, in order."""

    # what tests call ----------------------------------------------------------------------
    def client(self, **options: Any) -> ThredfiClient:
        """A ``thredfi.ThredfiClient`` served by this fake (``options`` as for ``ThredfiClient``).

        Credentials default to this fake's; retries wait no real time (``sleep``), so an
        injected 503 is retried at once. Nothing to close: the fake holds no connection.
        """
        from .._client import ThredfiClient

        options.setdefault("partner_uuid", self.partner_uuid)
        options.setdefault("api_key", self.api_key)
        options.setdefault("sleep", _no_wait)
        return ThredfiClient(base_url=self.base_url, transport=self.transport(), **options)

    def transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` to this fake (for ``ThredfiClient(transport=...)`` or an httpx client)."""
        return httpx.MockTransport(self.handler)

    @property
    def calls(self) -> list[httpx.Request]:
        """The requests received other than token requests."""
        return [r for r in self.requests if self.operation_of(r) not in ("get_partner_token", "get_business_token")]

    def operation_of(self, request: httpx.Request) -> str | None:
        """The operationId a request is for, if it is one of the API's operations."""
        found = match(request.method, self._path(request))
        return None if found is None else found[0].operation_id

    def add_business(self, **fields_: Any) -> str:
        """Store a business (as ``client.businesses.create`` would) and return its id."""
        suffix = uuid.uuid4().hex[:8]
        fields_.setdefault("external_id", f"fake-{suffix}")
        fields_.setdefault("legal_name", f"Business {suffix}")
        fields_.setdefault("entity_type", "limited")
        fields_.setdefault("email", f"{suffix}@example.com")
        return str(self.add("businesses.create", **fields_)["id"])

    def add(self, operation: object, business_id: str | uuid.UUID | None = None, /, **fields_: Any) -> dict[str, Any]:
        """Store a record in the collection ``operation`` works on (``"bank_accounts.list"``,
        ``biz.vendors.get``, ...) without a request: for data the API has no create for.

        Returns the record stored (a fresh ``id``, timestamps and the create's defaults added
        where ``fields_`` lacks them). Nested collections take their parent's id as a field
        named like the path parameter (``refund_id=...``).
        """
        op = by_id()[resolve(operation)]
        if not op.collection:
            raise ValueError(f"{op.name} works on no collection the fake stores")
        parents, context = self._seed_parents(op, business_id, fields_)
        record = jsonable(fields_, "fields")
        create = self._create_of(op.collection)
        entry = self._new_entry(create, record, context)
        self._collection(op.collection, parents)[entry.record["id"]] = entry
        return copy.deepcopy(entry.record)

    def records(self, operation: object, business_id: str | uuid.UUID | None = None, /, **parents: Any) -> list[Any]:
        """Copies of the records stored in the collection ``operation`` works on, oldest first."""
        op = by_id()[resolve(operation)]
        keys, _ = self._seed_parents(op, business_id, dict(parents))
        entries = self._collections.get((op.collection, keys), {})
        return [copy.deepcopy(entry.record) for entry in entries.values()]

    def fail(
        self,
        operation: object,
        *,
        status: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        delay: float | None = None,
        reset: bool = False,
        refuse: bool = False,
        applied: bool = False,
        times: int | None = 1,
    ) -> None:
        """Make the next ``times`` requests for ``operation`` fail (``times=None``: every one).

        ``operation`` as users call it (``biz.invoices.create``, ``"invoices.create"``) or an
        operationId or generated module. ``status`` answers that status with ``body`` (default:
        the API's error body) and ``headers`` (``Retry-After``); ``delay`` waits that many seconds
        first (past the request's read timeout: ``httpx.ReadTimeout``); ``reset`` drops the
        connection after the request is sent (``httpx.ReadError``); ``refuse`` refuses it
        (``httpx.ConnectError``). ``applied``: the request is carried out before it fails, as when
        a response is lost (an idempotent retry then finds the first result).
        """
        if status is None and delay is None and not reset and not refuse:
            raise ValueError("a fault needs status=, delay=, reset=True or refuse=True")
        if status is not None and not (isinstance(status, int) and 100 <= status <= 599):
            raise ValueError(f"status must be an HTTP status code, got {status!r}")
        if reset and refuse:
            raise ValueError("reset= and refuse= exclude each other (a refused connection sends nothing)")
        if delay is not None and not delay >= 0:
            raise ValueError(f"delay must be >= 0 seconds, got {delay!r}")
        if times is not None and not (isinstance(times, int) and times >= 1):
            raise ValueError(f"times must be an int >= 1 or None, got {times!r}")
        fault = _Fault(status, body, dict(headers or {}), delay, reset, refuse, applied, times)
        self._faults.setdefault(resolve(operation), []).append(fault)

    def respond(
        self,
        operation: object,
        body: Any = None,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer every later request for ``operation`` with ``body`` (tokens still checked; the newest wins).

        ``body``: a generated model, a dict or list, None for an empty body, an ``httpx.Response``
        or a function of the request returning one. ``clear_responses()`` goes back to the state.
        """
        operation_id = resolve(operation)
        if isinstance(body, httpx.Response) or (callable(body) and not hasattr(body, "to_dict")):
            self._answers[operation_id] = body
        elif body is None:
            self._answers[operation_id] = httpx.Response(status, headers=headers)
        else:
            to_dict = getattr(body, "to_dict", None)
            payload = to_dict() if callable(to_dict) else body
            self._answers[operation_id] = httpx.Response(status, json=payload, headers=headers)

    def clear_responses(self) -> None:
        """Forget the answers ``respond()`` fixed and the faults not yet used."""
        self._answers.clear()
        self._faults.clear()

    def revoke_tokens(self) -> None:
        """Invalidate every token issued so far: the next call gets a 401 (the SDK fetches a new one)."""
        self._tokens.clear()

    # serving ------------------------------------------------------------------------------
    async def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (an ``httpx.MockTransport`` handler; faults may wait or raise)."""
        self.requests.append(request)
        found = match(request.method, self._path(request))
        fault = self._take_fault(found[0].operation_id if found else "")
        if fault is None:
            return self.serve(request)
        if fault.refuse:
            raise httpx.ConnectError("connection refused (a fault injected by FakeThredfi)", request=request)
        if fault.delay:
            timeouts = request.extensions.get("timeout") or {}
            read = timeouts.get("read")
            if isinstance(read, int | float) and fault.delay > read:
                await anyio.sleep(read)
                if fault.applied:
                    self.serve(request)
                raise httpx.ReadTimeout("read timed out (a delay injected by FakeThredfi)", request=request)
            await anyio.sleep(fault.delay)
        response = self.serve(request) if fault.applied or (fault.status is None and not fault.reset) else None
        if fault.reset:
            raise httpx.ReadError("connection reset by peer (a fault injected by FakeThredfi)", request=request)
        if fault.status is not None:
            return self._fault_response(fault, request)
        assert response is not None
        return response

    def serve(self, request: httpx.Request) -> httpx.Response:
        """Answer one request without faults (synchronously): the API's behaviour on the fake's state."""
        request_id = request.headers.get(REQUEST_ID_HEADER) or f"fake-{next(self._request_ids)}"
        try:
            response = self._serve(request)
        except FakeError as error:
            body = {"error_code": error.code, "message": error.message, "detail": error.detail}
            response = httpx.Response(error.status, json={**body, "request_id": request_id})
        if REQUEST_ID_HEADER not in response.headers:
            response.headers[REQUEST_ID_HEADER] = request_id
        return response

    def _serve(self, request: httpx.Request) -> httpx.Response:
        found = match(request.method, self._path(request))
        if found is None:
            raise FakeError(404, "not_found", f"No endpoint for {request.method} {self._path(request)}")
        op, values = found
        values = {name: _canonical(value) for name, value in values.items()}
        if op.kind == "token":
            return self._token(op, request, values)
        business = next(iter(values.values())) if op.route.business_scoped and values else None
        self._authorize(request, op, business)
        answer = self._answers.get(op.operation_id)
        if answer is not None:
            if isinstance(answer, httpx.Response):  # a fresh copy: a response is read once
                return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
            return answer(request)
        call = _Call(request, op, values, business, query=dict(request.url.params))
        self._check_parents(call)
        call.body = self._body(call)
        kinds: dict[str, Callable[[_Call], httpx.Response]] = {
            "create": self._create,
            "list": self._list,
            "get": self._get,
            "update": self._update,
            "delete": self._delete,
            "action": self._action,
            "read": self._read,
        }
        return kinds[op.kind](call)

    # tokens -------------------------------------------------------------------------------
    def _issue(self, business: str | None) -> httpx.Response:
        token = f"fake-{'business' if business else 'partner'}-{secrets.token_urlsafe(18)}"
        self._tokens[token] = _Token(business)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime}
        if business is not None:
            body |= {"scope": "business", "business_id": business}
        return httpx.Response(200, json=body)

    def _token(self, op: Operation, request: httpx.Request, values: dict[str, str]) -> httpx.Response:
        if not values:  # the partner token: Basic partner_uuid:api_key, client credentials
            if not self._basic_ok(request.headers.get("authorization", "")):
                raise FakeError(401, "invalid_client", "Invalid partner credentials")
            form = parse_qs(request.content.decode("utf-8", "replace"))
            if form.get("grant_type") != ["client_credentials"]:
                raise _invalid({"grant_type": ["must be client_credentials"]})
            return self._issue(None)
        token = self._bearer(request)
        if token is None or token.business is not None:
            raise FakeError(401, "invalid_token", "A partner token is required")
        business = next(iter(values.values()))
        if business not in self._collection(BUSINESSES, ()):
            raise FakeError(404, "not_found", "Business not found")
        return self._issue(business)

    def _basic_ok(self, header: str) -> bool:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return secrets.compare_digest(user, self.partner_uuid) and secrets.compare_digest(password, self.api_key)

    def _bearer(self, request: httpx.Request) -> _Token | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None

    def _authorize(self, request: httpx.Request, op: Operation, business: str | None) -> None:
        if not request.headers.get("authorization", "").lower().startswith("bearer "):
            raise FakeError(401, "not_authenticated", "Authentication credentials were not provided")
        token = self._bearer(request)
        if token is None:
            raise FakeError(401, "invalid_token", "Token is invalid or expired")
        if token.business is not None and token.business != business:
            raise FakeError(403, "permission_denied", "This token is scoped to another business")

    # state --------------------------------------------------------------------------------
    def _path(self, request: httpx.Request) -> str:
        path = request.url.path
        return path[len(self._prefix) :] if self._prefix and path.startswith(self._prefix) else path

    def _collection(self, template: str, parents: tuple[str, ...]) -> dict[str, _Entry]:
        return self._collections.setdefault((template, parents), {})

    @staticmethod
    def _create_of(collection: str) -> Operation | None:
        return _create_of(collection)

    @staticmethod
    def _known(collection: str) -> bool:
        return _stored(collection)

    def _parents(self, call: _Call) -> tuple[str, ...]:
        return tuple(call.values.values())[: call.op.collection.count("{}")]

    def _check_parents(self, call: _Call) -> None:
        """Each id the collection's path is under must name a stored record (an unknown business: 404)."""
        collection, values = call.op.collection, list(call.values.values())
        pieces = collection.split("{}")
        for index in range(len(pieces) - 1):
            parent = "{}".join(pieces[: index + 1])
            if not self._known(parent):
                continue
            if values[index] not in self._collection(parent, tuple(values[:index])):
                noun = singular(parent.rstrip("/").rpartition("/")[2]).replace("_", " ")
                raise FakeError(404, "not_found", f"{noun.capitalize()} not found")

    def _seed_parents(
        self, op: Operation, business_id: str | uuid.UUID | None, fields_: dict[str, Any]
    ) -> tuple[tuple[str, ...], dict[str, Any]]:
        depth = op.collection.count("{}")
        names = op.params[:depth]
        values: list[str] = []
        for index, name in enumerate(names):
            value = business_id if index == 0 else fields_.pop(name, None)
            if value is None:
                raise ValueError(f"{op.name}: its records live under a {name}: pass it")
            values.append(_canonical(str(value)))
        context = {name.removesuffix("_path"): value for name, value in zip(names, values, strict=True)}
        if values and values[0] not in self._collection(BUSINESSES, ()):
            raise ValueError(f"no business {values[0]} in this fake: add_business() first")
        return tuple(values), context

    def _new_entry(self, create: Operation | None, record: dict[str, Any], context: dict[str, Any]) -> _Entry:
        now = iso(self._clock())
        if create is not None and create.body is not None:
            for item in fields(create.body):
                if item.default is not MISSING and item.name not in record:
                    record[item.name] = copy.deepcopy(item.default)
        for key, value in INITIAL.get(create.operation_id if create else "", {}).items():
            record.setdefault(key, value)
        record.setdefault("id", str(uuid.uuid4()))
        record.setdefault("created_at", now)
        record.setdefault("updated_at", now)
        return _Entry(record, context)

    def _find(self, call: _Call) -> _Entry:
        item = list(call.values.values())[-1]
        entry = self._collection(call.op.collection, self._parents(call)).get(item)
        if entry is None:
            noun = singular(call.op.collection.rstrip("/").rpartition("/")[2]).replace("_", " ")
            raise FakeError(404, "not_found", f"{noun.capitalize()} not found")
        return entry

    def _body(self, call: _Call) -> Any:
        """The request's JSON body, checked against the operation's body model (400 with field_errors)."""
        content = call.request.content
        model = call.op.body
        if model is None:
            return None
        if not content:
            if call.op.body_required:
                raise _invalid({"non_field_errors": ["A request body is required"]})
            return {}
        try:
            body = json.loads(content)
        except ValueError:
            raise _invalid({"non_field_errors": ["The body is not valid JSON"]}) from None
        errors = field_errors(model, body)
        if errors:
            raise _invalid(errors)
        return body

    # answers ------------------------------------------------------------------------------
    def _context(self, call: _Call, entry: _Entry | None) -> dict[str, Any]:
        """Values a response may take where the record has none: path and query values, names, ids."""
        segment = call.op.collection.rstrip("/").rpartition("/")[2]
        context: dict[str, Any] = {key.removesuffix("_path"): value for key, value in call.values.items()}
        if entry is None:  # a report or a page: the query's values (as_of_date, ...) describe it
            context.update(call.query)
        context["type"] = singular(segment)
        if call.business is not None:
            stored = self._collection(BUSINESSES, ()).get(call.business)
            if stored is not None and stored.record.get("base_currency"):
                context["currency"] = stored.record["base_currency"]
        if entry is not None:
            record = entry.record
            context.update(entry.context)
            context[f"{singular(segment)}_id"] = record.get("id")
            name = next((record[key] for key in NAME_FIELDS if isinstance(record.get(key), str)), None)
            if name is not None:
                context.setdefault("name", name)
                context.setdefault("display_name", name)
        return context

    def _shaper(self, call: _Call) -> Shaper:
        business = call.business

        def embed(name: str, related: Any) -> Mapping[str, Any] | None:
            for (template, parents), entries in self._collections.items():
                segment = template.rstrip("/").rpartition("/")[2]
                if singular(segment) == name and (not parents or parents[0] == business):
                    found = entries.get(_canonical(str(related)))
                    if found is not None:
                        return found.record
            return None

        return Shaper(self._clock(), embed)

    def _answer(
        self, call: _Call, entry: _Entry, status: int | None = None, extra: Mapping[str, Any] | None = None
    ) -> httpx.Response:
        status = status or call.op.statuses[0]
        model = call.op.response
        if model is None:
            return httpx.Response(status)
        shaper = self._shaper(call)
        context = {**self._context(call, entry), **(extra or {})}
        value: Mapping[str, Any] = entry.record
        names = field_names(model)
        envelope = singular(call.op.collection.rstrip("/").rpartition("/")[2])
        if "id" not in names and envelope in names:  # the record in a key (``{"payment": {...}}``)
            nested = next((f for f in fields(model) if f.name == envelope), None)
            inner = next(models_in(nested.type), None) if nested is not None else None
            value = {envelope: shaper.shape(inner, entry.record, context) if inner else entry.record}
        return httpx.Response(status, json=shaper.shape(model, value, context))

    def _replay_key(self, call: _Call) -> tuple[str, tuple[str, ...], str] | None:
        key = call.request.headers.get(IDEMPOTENCY_HEADER)
        if IDEMPOTENCY_HEADER not in call.op.headers or not key:
            return None
        return call.op.operation_id, self._parents(call), key

    # by kind ------------------------------------------------------------------------------
    def _create(self, call: _Call) -> httpx.Response:
        replay = self._replay_key(call)
        if replay is not None and replay in self._replays:
            first = self._replays[replay]
            return httpx.Response(first.status_code, headers=first.headers, content=first.content)
        op, body = call.op, dict(call.body or {})
        parents = self._parents(call)
        context = {name.removesuffix("_path"): value for name, value in call.values.items()}
        if op.verb == "children":  # a child of the account in the path, in the same collection
            parent = self._find(call)
            body["parent_id"] = parent.record["id"]
            if "code" in parent.record:
                body.setdefault("parent_account_code", parent.record["code"])
            body.setdefault("hierarchy_level", int(parent.record.get("hierarchy_level") or 0) + 1)
            parent.record["has_children"] = True
        collection = self._collection(op.collection, parents)
        external_id = body.get("external_id")
        existing = next(
            (e for e in collection.values() if external_id and e.record.get("external_id") == external_id), None
        )
        if existing is not None:  # idempotent on external_id: the stored one, or (payouts) updated
            if op.operation_id == "create_payout":
                if existing.record.get("reconciliation_status") == "reconciled":
                    raise FakeError(409, "conflict", "A reconciled payout cannot be updated")
                existing.record.update(body)
                existing.record["updated_at"] = iso(self._clock())
            return self._answer(call, existing, 200)
        if replay is not None:
            body["idempotency_key"] = replay[2]
        entry = self._new_entry(op, body, context)
        collection[entry.record["id"]] = entry
        extra: dict[str, Any] = {}
        if op.operation_id == "create_vendor_refund_payment":
            extra = self._vendor_refund_of(call, entry)
        response = self._answer(call, entry, 201 if 201 in op.statuses else None, extra)
        if replay is not None:
            self._replays[replay] = response
        return response

    def _vendor_refund_of(self, call: _Call, payment: _Entry) -> dict[str, Any]:
        """The vendor refund a vendor refund payment creates with it (atomically, as the docs say)."""
        create = by_id().get("create_vendor_refund")
        record = payment.record
        amount = record.get("total_amount_cents")
        refund_fields: dict[str, Any] = {
            key: record[key] for key in ("vendor_id", "currency", "refund_type", "description", "memo") if key in record
        }
        refund_fields |= {"total_refunded_amount": amount, "allocated_amount": 0, "unallocated_amount": amount}
        refund = self._new_entry(create, refund_fields, dict(payment.context))
        if create is not None:
            self._collection(create.collection, self._parents(call))[refund.record["id"]] = refund
        record["refund_id"] = refund.record["id"]
        record.setdefault("refunded_amount_cents", amount)
        return {"refund": refund.record, "allocations": record.get("allocations", [])}

    def _get(self, call: _Call) -> httpx.Response:
        return self._answer(call, self._find(call))

    def _update(self, call: _Call) -> httpx.Response:
        entry = self._find(call)
        body = dict(call.body or {})
        allowed = TRANSITIONS.get(call.op.operation_id)
        current, wanted = entry.record.get("status"), body.get("status")
        if allowed is not None and wanted not in (None, current) and wanted not in allowed.get(str(current), ()):
            raise FakeError(409, "conflict", f"Cannot change status from {current} to {wanted}")
        entry.record.update(body)
        entry.record["updated_at"] = iso(self._clock())
        return self._answer(call, entry)

    def _delete(self, call: _Call) -> httpx.Response:
        entry = self._find(call)
        if call.op.response is None:  # removed: 404 afterwards
            del self._collection(call.op.collection, self._parents(call))[entry.record["id"]]
            return httpx.Response(call.op.statuses[0])
        children = [
            e
            for e in self._collection(call.op.collection, self._parents(call)).values()
            if e.record.get("parent_id") == entry.record["id"] and e.record.get("is_active", True)
        ]
        if children:
            raise FakeError(409, "conflict", "An account with active child accounts cannot be archived")
        if entry.record.get("current_balance"):
            raise FakeError(409, "conflict", "An account with a non-zero balance cannot be archived")
        entry.record.update({"is_active": False, "updated_at": iso(self._clock())})
        return self._answer(call, entry)

    def _action(self, call: _Call) -> httpx.Response:
        entry = self._find(call)
        verb, now = call.op.verb, iso(self._clock())
        changes = {key: now if value == "now" else value for key, value in ACTIONS.get(verb, {}).items()}
        extra: dict[str, Any] = {}
        if verb == "delete":  # cancel a payment
            status = str(entry.record.get("status", "pending"))
            if status not in CANCELLABLE:
                raise FakeError(409, "conflict", f"A {status} payment cannot be cancelled")
            label = singular(call.op.route.resource).replace("_", " ").capitalize()
            extra = {"message": f"{label} cancelled"}
        entry.record.update(dict(call.body or {}))
        entry.record.update(changes)
        entry.record["updated_at"] = now
        return self._answer(call, entry, extra=extra)

    def _read(self, call: _Call) -> httpx.Response:
        model = call.op.response
        if model is None:
            return httpx.Response(call.op.statuses[0])
        shaper = self._shaper(call)
        body = shaper.shape(model, {}, self._context(call, None), full=True)
        return httpx.Response(call.op.statuses[0], json=body)

    def _list(self, call: _Call) -> httpx.Response:
        op = call.op
        page, size = self._page_params(call.query)
        entries = [e for e in self._collection(op.collection, self._parents(call)).values() if self._selected(call, e)]
        total = len(entries)
        pages = max(1, math.ceil(total / size))
        if page > pages:
            raise FakeError(404, "not_found", "Invalid page.")
        chosen = entries[(page - 1) * size : page * size]
        shaper = self._shaper(call)
        item = op.item
        results = [shaper.shape(item, e.record, self._context(call, e)) if item else e.record for e in chosen]
        body: dict[str, Any] = {"count": total, "results": results}
        if self.page_style in ("both", "page_info"):
            body["page_info"] = {"total_count": total, "current_page": page, "total_pages": pages, "page_size": size}
        if self.page_style in ("both", "drf"):
            url = call.request.url
            body["next"] = str(url.copy_set_param("page", page + 1)) if page < pages else None
            body["previous"] = str(url.copy_set_param("page", page - 1)) if page > 1 else None
        assert op.response is not None
        return httpx.Response(200, json=shaper.shape(op.response, body, self._context(call, None)))

    @staticmethod
    def _page_params(query: Mapping[str, str]) -> tuple[int, int]:
        errors: dict[str, list[str]] = {}
        numbers = {}
        for name, default, top in (("page", 1, None), ("page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)):
            raw = query.get(name)
            try:
                number = default if raw is None else int(raw)
            except ValueError:
                number = 0
            if number < 1 or (top is not None and number > top):
                limit = f" and at most {top}" if top else ""
                errors[name] = [f"must be an integer of at least 1{limit}"]
            numbers[name] = number
        if errors:
            raise _invalid(errors)
        return numbers["page"], numbers["page_size"]

    def _selected(self, call: _Call, entry: _Entry) -> bool:
        """Whether a record passes the list's documented filters that the fake applies (``filters``)."""
        record = entry.record
        for name, rule in filters(call.op).items():
            wanted = call.query.get(name)
            if rule == "archived":
                archived = record.get("is_archived") is True or str(record.get("status", "")).upper() == "ARCHIVED"
                if archived and (wanted or "").lower() != "true":
                    return False
                continue
            if wanted is None or rule == "ignored":
                continue
            wanted = wanted.lower()
            if rule in ("name", "name contains"):
                names = [str(record[k]).lower() for k in NAME_FIELDS if isinstance(record.get(k), str)]
                hit = wanted in names if rule == "name" else any(wanted in n for n in names)
            elif rule == "contains":
                value = record.get(name.removesuffix("_contains"))
                hit = isinstance(value, str) and wanted in value.lower()
            else:
                key = name if rule == "equals" else f"{name}_id"
                value = record.get(key, entry.context.get(key))
                hit = value is not None and _text(value) == wanted
            if not hit:
                return False
        return True

    # faults -------------------------------------------------------------------------------
    def _take_fault(self, operation_id: str) -> _Fault | None:
        queue = self._faults.get(operation_id)
        if not queue:
            return None
        fault = queue[0]
        if fault.remaining is not None:
            fault.remaining -= 1
            if fault.remaining == 0:
                queue.pop(0)
        return fault

    def _fault_response(self, fault: _Fault, request: httpx.Request) -> httpx.Response:
        assert fault.status is not None
        headers = {REQUEST_ID_HEADER: request.headers.get(REQUEST_ID_HEADER) or f"fake-{next(self._request_ids)}"}
        headers.update(fault.headers)
        body = fault.body
        if body is None:
            code = _ERROR_CODES.get(fault.status, "server_error" if fault.status >= 500 else "error")
            detail: dict[str, Any] = {"field_errors": {}} if fault.status == 400 else {}
            body = {"error_code": code, "message": f"Injected fault ({fault.status})", "detail": detail}
        to_dict = getattr(body, "to_dict", None)
        return httpx.Response(fault.status, json=to_dict() if callable(to_dict) else body, headers=headers)


@functools.cache
def _create_of(collection: str) -> Operation | None:
    """The create of a collection (its defaults and start state apply to records added to it)."""
    return next((op for op in operations() if op.kind == "create" and op.collection == collection), None)


@functools.cache
def _stored(collection: str) -> bool:
    """Whether the fake keeps records in ``collection`` (some operation creates, gets or lists them)."""
    return any(op.collection == collection and op.kind in ("create", "get", "list") for op in operations())


FilterRule = Literal["equals", "equals id", "contains", "name", "name contains", "archived", "ignored"]


@functools.cache
def filters(op: Operation) -> dict[str, FilterRule]:
    """How the fake applies each documented filter of a list operation (``page``/``page_size`` aside).

    A filter named like a plain field of the listed records compares equal (case-insensitive),
    ``<field>_contains`` looks for a substring, ``name``/``name_contains`` match any name field,
    ``include_archived`` keeps archived records; the rest (search, ordering, ranges) are accepted
    and not applied.
    """
    known: dict[str, Any] = {}
    create = _create_of(op.collection)
    for model in (op.item, create.body if create else None):
        for item in fields(model) if model is not None else ():
            known.setdefault(item.name, item.type)
    for param in (create.params if create else op.params)[: op.collection.count("{}")]:
        known.setdefault(param.removesuffix("_path"), str)
    for key, value in INITIAL.get(create.operation_id if create else "", {}).items():
        known.setdefault(key, type(value) if value is not None else str)
    if op.collection.endswith("chart-of-accounts/"):
        known.setdefault("parent_id", str)  # a child account's parent (create_child_account)
    rules: dict[str, FilterRule] = {}
    for name in op.query:
        if name in ("page", "page_size"):
            continue
        base = name.removesuffix("_contains")
        if name == "include_archived":
            rules[name] = "archived"
        elif name in ("name", "name_contains"):
            rules[name] = "name" if name == "name" else "name contains"
        elif name != base and base in known and is_primitive(known[base]):
            rules[name] = "contains"
        elif name in known and is_primitive(known[name]):
            rules[name] = "equals"
        elif f"{name}_id" in known and is_primitive(known[f"{name}_id"]):
            rules[name] = "equals id"
        else:
            rules[name] = "ignored"
    return rules


def _code(items: list[str]) -> str:
    return ", ".join(f"`{item}`" for item in items)


def describe(op: Operation) -> tuple[str, str]:
    """(kind, what the fake does) for one operation: a row of the table in ``docs/testing.md``."""
    nested = op.collection.count("{}") > 1 or op.verb == "children"
    if op.kind == "token":
        if op.params:
            return "token", "a partner token in, a token for that business out (404 for an unknown business)"
        return "token", "Basic `partner_uuid:api_key` (the fake's) in, a partner token out; else 401"
    if op.kind == "create":
        parts = ["stores what is sent with a new `id`, `created_at`/`updated_at` and the spec's defaults"]
        initial = INITIAL.get(op.operation_id)
        if initial:
            parts.append("starts " + ", ".join(f"`{k}` {json.dumps(v)}" for k, v in initial.items()))
        if op.verb == "children":
            parts.append("a child of the account in the path (`parent_id`, `hierarchy_level`)")
        elif nested:
            parts.append("under the record in the path (404 if unknown)")
        if op.operation_id == "create_payout":
            parts.append("the same `external_id` updates it (200; 409 once reconciled)")
        elif op.body is not None and "external_id" in field_names(op.body):
            parts.append("the same `external_id` answers the stored one (200)")
        if IDEMPOTENCY_HEADER in op.headers:
            parts.append("a repeated `Idempotency-Key` replays the first answer")
        if op.operation_id == "create_vendor_refund_payment":
            parts.append("also stores its vendor refund (`refund_id`)")
        return "create", "; ".join(parts)
    if op.kind == "list":
        rules = filters(op)
        applied = [name for name, rule in rules.items() if rule != "ignored"]
        ignored = [name for name, rule in rules.items() if rule == "ignored"]
        text = f"pages of {DEFAULT_PAGE_SIZE} (`page_size` up to {MAX_PAGE_SIZE}), oldest first"
        if nested:
            text += ", under the record in the path (404 if unknown)"
        text += "; filters " + (_code(applied) if applied else "none")
        if ignored:
            text += f"; accepted, not applied: {_code(ignored)}"
        return "list", text
    if op.kind == "get":
        return "get", "the stored record; 404 if there is none"
    if op.kind == "update":
        text = "merges the fields sent (`updated_at` set); 404 if there is none"
        if op.operation_id in TRANSITIONS:
            moves = TRANSITIONS[op.operation_id]
            text += "; `status` moves only " + ", ".join(f"{a} → {'/'.join(sorted(b))}" for a, b in moves.items())
            text += " (409 otherwise)"
        return "update", text
    if op.kind == "delete":
        if op.response is None:
            return "delete", "removes it: 404 afterwards (and for a second delete)"
        return "delete", "soft: `is_active` false; 409 with active child accounts or a non-zero balance"
    if op.kind == "action" and op.verb in ACTIONS:
        if op.verb == "delete":
            return "action", "cancels: `pending` or `failed` → `cancelled` (409 otherwise); answers the cancellation"
        changes = ", ".join(f"`{k}` {'now' if v == 'now' else json.dumps(v)}" for k, v in ACTIONS[op.verb].items())
        return "action", f"{changes}; fields sent are merged"
    if op.kind == "action":
        return "generic", "merges the fields sent; answers the record"
    return "generic", "a body of its model (zeros, empty lists, the path's and query's values)"


def semantics_table() -> str:
    """The table of ``docs/testing.md``: each operation, its kind and what the fake does."""
    rows = ["| Resource method | Request | Kind | What the fake does |", "|---|---|---|---|"]
    for op in sorted(operations(), key=lambda o: (o.name.startswith("get_"), o.name)):
        kind, text = describe(op)
        rows.append(f"| `{op.name}` | `{op.route.method} {op.route.path}` | {kind} | {text} |")
    return "\n".join(rows) + "\n"
