"""Runtime of the generated resource classes (``thredfi_api.api.<tag>``, from openapi/templates).

A resource method builds the request with its endpoint module's ``_get_kwargs``, hands it to
the client view (``_request``: token scope, options, typed errors for non-2xx) and parses the
2xx body with the module's ``_parse_response``. A body that does not fit the model raises
``APIResponseValidationError`` instead of whatever the generated parser happened to raise.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

import httpx

from ._chain import seal
from ._errors import REQUEST_ID_HEADER as REQUEST_ID_HEADER_KEY
from ._errors import SENT_REQUEST_ID
from ._exceptions import APIResponseValidationError
from ._ids import normalize_business_id, path_value
from ._pagination import AsyncPaginator, check_page_size
from ._redact import response_secrets

T = TypeVar("T")
REQUEST_ID_HEADER = "X-Request-ID"
Returns = Literal["none", "model", "one"]
_REQUIRED: Any = object()


class ResourceClient(Protocol):
    """What a generated resource needs from a client view (partner client or business view)."""

    async def _request(self, kwargs: dict[str, Any], *, operation: str) -> httpx.Response:
        """Send ``kwargs`` (an endpoint module's ``_get_kwargs(...)``); raise for non-2xx; body read."""
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

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (response header), else the id this SDK sent."""
        return response_request_id(self.http_response)

    def parse(self) -> T:
        return self.parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"


def response_request_id(response: httpx.Response, body: Any = None) -> str | None:
    """The server's id from the response header, else the body's ``request_id``, else the id sent.

    The pipeline records on each 2xx response which header carries request ids (the client's
    ``request_id_header``) and the id it sent.
    """
    extensions = response.extensions
    value = response.headers.get(extensions.get(REQUEST_ID_HEADER_KEY) or REQUEST_ID_HEADER)
    if value:
        return str(value)
    if isinstance(body, Mapping) and isinstance(body.get("request_id"), str):
        return str(body["request_id"])
    sent = extensions.get(SENT_REQUEST_ID)
    return str(sent) if sent else None


def parse_success(op: EndpointModule, response: httpx.Response, *, operation: str, returns: Returns) -> Any:
    """The value of a 2xx response; ``APIResponseValidationError`` when it does not fit the spec."""
    if returns == "none":
        return None
    try:
        value = op._parse_response(client=_STRICT, response=response)
        if value is None:
            raise ValueError("no model for this status")
        if returns == "one" and isinstance(value, list):
            if len(value) != 1:
                raise ValueError(f"a list of {len(value)} items where one object was expected")
            value = value[0]
    except Exception as exc:
        raise validation_error(response, operation, exc) from exc
    return value


def validation_error(response: httpx.Response, operation: str, exc: BaseException) -> APIResponseValidationError:
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return APIResponseValidationError(
        status_code=response.status_code,
        request_id=response_request_id(response, body),
        operation=operation,
        body=response.content.decode("utf-8", "replace"),
        reason=reason,
        secrets=response_secrets(response),  # the request's credential, when the response carries it
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

    async def _call(self, op: EndpointModule, kwargs: dict[str, Any], *, operation: str, returns: Returns) -> Any:
        response = await self._client._request(kwargs, operation=operation)
        return self._parse(op, response, operation=operation, returns=returns)

    def _parse(self, op: EndpointModule, response: httpx.Response, *, operation: str, returns: Returns) -> Any:
        try:
            return parse_success(op, response, operation=operation, returns=returns)
        except Exception as exc:  # the parser's own error, chained, may quote the body
            seal(exc, self._client._secrets() if hasattr(self._client, "_secrets") else ())
            raise

    def _paginate(
        self,
        op: EndpointModule,
        kwargs: Callable[[int, int | None], dict[str, Any]],
        *,
        operation: str,
        page: Any,
        page_size: Any,
    ) -> AsyncPaginator[Any]:
        """A list method's paginator; ``page``/``page_size`` are the caller's (``UNSET`` is falsy)."""
        first = _optional_int(page, "page") or 1
        if first < 1:
            raise ValueError(f"page must be an int >= 1, got {page!r}")
        size = _optional_int(page_size, "page_size")
        if size is not None:
            check_page_size(size)

        async def fetch(number: int, size: int | None) -> Any:
            return await self._call(op, kwargs(number, size), operation=operation, returns="model")

        return AsyncPaginator(fetch, operation=operation, first_page=first, page_size=size)

    @staticmethod
    def _body(model: Callable[..., T], body: T | None, fields: dict[str, Any], *, absent: Any = _REQUIRED) -> Any:
        """The body model instance given as ``body=``, or one built from keyword fields.

        An optional body (``absent`` is the generated ``UNSET``) given neither way is not sent.
        """
        if body is not None:
            if fields:
                raise TypeError(f"pass either body= or body fields, not both (got {', '.join(sorted(fields))})")
            return body
        if not fields and absent is not _REQUIRED:
            return absent
        name = getattr(model, "__name__", "body")
        try:
            return model(**fields)
        except TypeError as exc:
            raise TypeError(f"{name}: {exc}") from None


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

    async def _call(self, op: EndpointModule, kwargs: dict[str, Any], *, operation: str, returns: Returns) -> Any:
        response = await self._client._request(kwargs, operation=operation)
        return RawResponse(response, self._parse(op, response, operation=operation, returns=returns))
