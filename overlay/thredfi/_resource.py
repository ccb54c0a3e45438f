"""Runtime of the generated resource classes (``thredfi_api.api.<tag>``, from openapi/templates).

A resource method builds the request with its endpoint module's ``_get_kwargs``, hands it to
the client view (``_request``: token scope, options, typed errors for non-2xx) and parses the
2xx body with the module's ``_parse_response``. A body that does not fit the model raises
``APIResponseValidationError`` instead of whatever the generated parser happened to raise.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

import httpx

from . import _json
from ._drift import DriftHook
from ._drift import report as report_drift
from ._exceptions import APIResponseValidationError
from ._ids import check_argument, normalize_business_id, path_value, uuid_value
from ._models import ThredfiModel, is_unset, jsonable, parsing, start_parsing, stop_parsing
from ._pagination import AsyncPaginator, check_page_size
from ._redact import request_secrets
from ._request import Reply, Request, RequestExtras, merge_extras
from ._request_id import server_request_id
from ._uploads import Upload, split

T = TypeVar("T")
Parse = Callable[..., Any]  # parse_success with the operation bound: (response, *, strict, on_drift)
REQUEST_ID_HEADER = "X-Request-ID"
Returns = Literal["none", "model", "one"]
_REQUIRED: Any = object()
# each operation's parser of a 2xx body (``APIResource._call``), by (module, operation, returns)
_PARSERS: dict[tuple[Any, str, str], Parse] = {}


class ResourceClient(Protocol):
    """What a generated resource needs from a client view (partner client or business view)."""

    async def _request(
        self,
        kwargs: Mapping[str, Any],
        *,
        operation: str,
        parse: Parse | None = None,
        extras: RequestExtras | None = None,
    ) -> Reply:
        """Send ``kwargs`` (an endpoint module's ``_get_kwargs(...)``) with ``extras`` merged; raise
        for non-2xx; the value is ``parse(response, request, strict=..., on_drift=...)``."""
        ...

    def _request_id_of(self, reply: Reply) -> str | None:
        """The server's request id of a reply (the view knows its header), else the id sent."""
        ...

    def _list_prefetch(self) -> int:
        """Pages a list reads ahead by default (the client's ``list_prefetch``, within its budgets)."""
        ...


class BusinessResourceClient(ResourceClient, Protocol):
    """A business view: its resources bind ``business_id``."""

    @property
    def business_id(self) -> str: ...


class EndpointModule(Protocol):
    """A generated endpoint module (``thredfi_api.api.<tag>.<operation>``)."""

    def _parse_response(self, *, client: Any, response: httpx.Response) -> Any: ...


class _StrictParsing:
    """Stands in for the generated client in ``_parse_response``: undocumented statuses raise."""

    raise_on_unexpected_status = True


_STRICT = _StrictParsing()


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """One call's HTTP response with its parsed value (``with_raw_response``)."""

    http_response: httpx.Response
    parsed: T
    # the server's request id (its response header), else the id this SDK sent
    request_id: str | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self.parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"


def response_request_id(response: httpx.Response, request: Request | None, body: Any = None) -> str | None:
    """The server's id (response header, else the body's ``request_id``), else the id sent; the header
    and the id sent are facts of the ``request``."""
    if request is None:
        return server_request_id(response, body, REQUEST_ID_HEADER, sent="") or None
    return server_request_id(response, body, request.request_id_header, sent=request.request_id)


def parse_success(
    op: EndpointModule,
    response: httpx.Response,
    request: Request | None = None,
    *,
    operation: str,
    returns: Returns,
    strict: bool = False,
    on_drift: DriftHook | None = None,
    secrets: Callable[[], tuple[str, ...]] = tuple,
) -> Any:
    """The value of a 2xx response.

    Lenient by default (``_models``): a value that does not fit its field is kept as received
    and reported (``_drift``). ``strict`` raises ``APIResponseValidationError`` instead. A body
    that is not JSON, or not the JSON shape the operation declares (an object where an object is
    due), raises it either way.
    """
    if returns == "none":
        return None
    drifts, token = start_parsing("strict" if strict else "lenient")
    try:
        try:
            value = op._parse_response(client=_STRICT, response=response)
        finally:
            stop_parsing(token)
        if value is None:
            raise ValueError("no model for this status")
        if returns == "one" and isinstance(value, list):
            if len(value) != 1:
                raise ValueError(f"a list of {len(value)} items where one object was expected")
            value = value[0]
    except Exception as exc:
        raise validation_error(response, request, operation, exc, secrets()) from exc
    if drifts:
        report_drift(operation, drifts, on_drift)
    return value


def validation_error(
    response: httpx.Response,
    request: Request | None,
    operation: str,
    exc: BaseException,
    secrets: tuple[str, ...] = (),
) -> APIResponseValidationError:
    try:
        body: Any = _json.loads(response.content)
    except ValueError:
        body = None
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return APIResponseValidationError(
        status_code=response.status_code,
        request_id=response_request_id(response, request, body),
        operation=operation,
        body=response.content.decode("utf-8", "replace"),
        reason=reason,
        secrets=(*request_secrets(request), *secrets),  # the body may echo a credential: redacted before cut
    )


class APIResource:
    """Base of a generated resource: methods return the parsed model."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    @property
    def _business_id(self) -> Any:
        """The business view's id (``Any``: the generated ``_get_kwargs`` declare ``UUID``, any id works)."""
        return getattr(self._client, "business_id")  # noqa: B009 - only business views have it

    @staticmethod
    def _id(business_id: str | uuid.UUID) -> Any:
        """A ``business_id`` argument, checked: one path segment (``_ids``), no spaces."""
        return normalize_business_id(business_id)

    @staticmethod
    def _path(name: str, value: object) -> Any:
        """A path argument, checked: one path segment (``_ids``); the error names ``name``."""
        return path_value(name, value)

    async def _call(
        self,
        op: EndpointModule,
        kwargs: dict[str, Any],
        *,
        operation: str,
        returns: Returns,
        extras: RequestExtras | None = None,
        upload: Upload | None = None,
    ) -> Any:
        key = (op, operation, returns)
        parse = _PARSERS.get(key)
        if parse is None:  # one per operation: built once, not per call
            parse = _PARSERS[key] = functools.partial(parse_success, op, operation=operation, returns=returns)
        if upload is not None:  # a document's file: the body travels as multipart (``_uploads``)
            kwargs = await multipart_kwargs(merge_extras(kwargs, extras) if extras else kwargs, upload)
            extras = None
        return self._result(await self._client._request(kwargs, operation=operation, parse=parse, extras=extras))

    def _result(self, reply: Reply) -> Any:
        """What a method returns of a call: the parsed value (a raw resource: the whole reply)."""
        return reply.value

    @staticmethod
    def _extras(
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        timeout: float | httpx.Timeout | None,
    ) -> RequestExtras | None:
        """The per-call extras of a resource method (None when none is given: the common case)."""
        if extra_headers is None and extra_query is None and extra_body is None and timeout is None:
            return None
        return RequestExtras(headers=extra_headers, query=extra_query, body=extra_body, timeout=timeout)

    def _paginate(
        self,
        op: EndpointModule,
        kwargs: Callable[[int, int | None], dict[str, Any]],
        *,
        operation: str,
        page: Any,
        page_size: Any,
        extras: RequestExtras | None = None,
    ) -> AsyncPaginator[Any]:
        """A list method's paginator; ``page``/``page_size`` are the caller's (``UNSET`` is falsy)."""
        first = _optional_int(page, "page") or 1
        if first < 1:
            raise ValueError(f"page must be an int >= 1, got {page!r}")
        size = _optional_int(page_size, "page_size")
        if size is not None:
            check_page_size(size)

        async def fetch(number: int, size: int | None) -> Any:
            return await self._call(op, kwargs(number, size), operation=operation, returns="model", extras=extras)

        prefetch = self._client._list_prefetch()
        return AsyncPaginator(fetch, operation=operation, first_page=first, page_size=size, prefetch=prefetch)

    @staticmethod
    def _uuid(name: str, value: object) -> Any:
        """A path argument the spec types as a uuid: ``str | UUID``, checked; the error names ``name``."""
        return uuid_value(name, value)

    @staticmethod
    def _arg(name: str, value: Any, kind: str) -> Any:
        """A query or header argument checked (and converted) by its kind; ``UNSET``/``None`` pass."""
        if value is None or is_unset(value):
            return value
        return check_argument(name, value, kind)

    @staticmethod
    def _body(
        model: type[T],
        body: Any,
        fields: dict[str, Any],
        *,
        defaults: Mapping[str, Any] | None = None,
        absent: Any = _REQUIRED,
    ) -> tuple[Any, Upload | None]:
        """The request body as a model: from ``body=`` (a model or a dict) or from the keyword fields,
        and the document's file when one is given as a file (``_uploads``: the call is then multipart).

        Either way it is rebuilt from JSON values in the ``input`` parsing mode (``_models``), so a
        dict nested anywhere works, ids and dates may be text, and a bad value or an unknown key
        raises ``ValueError``/``TypeError`` naming the field before anything is sent. Keyword
        fields left at their default do not count as given beside ``body=``. An optional body
        (``absent`` is ``UNSET``) given neither way is not sent.
        """
        given = {key: value for key, value in fields.items() if not is_unset(value)}
        defaults = defaults or {}
        extra = sorted(key for key, value in given.items() if key not in defaults or value != defaults[key])
        if body is not None and not is_unset(body):
            if extra:
                raise TypeError(f"pass either body= or body fields, not both (got {', '.join(extra)})")
            if not isinstance(body, Mapping | ThredfiModel):
                expected = getattr(model, "__name__", "model")
                raise TypeError(f"body must be a {expected} or a dict, got {type(body).__name__}")
            source: Any = body
        else:
            if not extra and absent is not _REQUIRED:
                return absent, None  # an optional body with nothing but defaults: not sent
            source = given
        source, upload = split(source)
        values = jsonable(source, "body")
        with parsing("input"):
            return model.from_dict(values), upload  # type: ignore[attr-defined]


def _optional_int(value: Any, name: str) -> int | None:
    """An int argument, or ``None`` when not given (the generated ``UNSET`` and ``None`` are falsy)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not value and value is not False and value != 0:
        return None
    raise ValueError(f"{name} must be an int, got {value!r}")


class RawAPIResource(APIResource):
    """Base of a generated ``...WithRawResponse`` resource: methods return ``RawResponse``."""

    __slots__ = ()

    def _result(self, reply: Reply) -> Any:
        return RawResponse(reply.response, reply.value, self._client._request_id_of(reply))


async def multipart_kwargs(kwargs: Mapping[str, Any], upload: Upload) -> dict[str, Any]:
    """The generated request arguments with their JSON body sent as multipart, the file included."""
    merged = dict(kwargs)
    fields = merged.pop("json", None) or {}
    content, content_type = await upload.multipart(fields)
    merged["content"] = content
    merged["headers"] = {**(merged.get("headers") or {}), "Content-Type": content_type}
    return merged
