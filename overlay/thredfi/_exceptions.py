"""The exceptions the SDK raises: one class per error status, one for transport failures.

Messages are built only from the status, the error code and the server's message: never
from request headers. What a server sends back may still echo a credential, so every message,
detail and body is redacted here, in the constructors (``_redact``): whoever builds an error,
a credential cannot reach ``str()``, ``repr()`` or the attributes.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any, Self, TypeVar

import httpx

from ._redact import redact_body, redact_data, redact_text, request_secrets, response_secrets

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ChainedError",
    "ConflictError",
    "EventLoopError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ThredfiError",
    "TokenAuthenticationError",
    "TokenError",
    "TokenPermissionDeniedError",
    "UnprocessableEntityError",
]


class ThredfiError(Exception):
    """Base class of every error raised by the SDK.

    Every SDK error pickles (Celery results, multiprocessing) as its attributes and text: the
    keyword-only constructors are not called again, and what is pickled is what was sealed (no
    credential).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self.args, dict(self.__dict__)))


def _rebuilt(cls: type[ThredfiError], args: tuple[Any, ...], state: dict[str, Any]) -> ThredfiError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class EventLoopError(ThredfiError):
    """A ``ThredfiClient`` was used from an event loop it cannot serve: it is busy on another
    loop that still runs (in another thread). Use one ``ThredfiClient`` per event loop, or
    ``thredfi.Client`` (thread-safe) from threads."""


class ChainedError(ThredfiError):
    """Stands in, in the ``__cause__`` chain of an SDK error, for a third-party exception.

    It holds only that exception's type name and redacted text: the original may hold the
    request's headers (aiohttp keeps them), so it never leaves the SDK. Never raised itself.
    """


class _CallOutcome:
    """How a failed call went, set by the pipeline once the call has ended.

    ``attempts`` counts the requests the call sent (retries and the 401 replay included);
    ``maybe_applied`` says whether an attempt that got no definite answer may still have been
    acted on by Thredfi (sent, then the connection dropped or timed out, or a 500/502/504 came
    back). A 404 from a retried DELETE with ``maybe_applied`` may mean an earlier attempt of the
    same call deleted it: the SDK cannot tell that from "it never existed", so it raises and says.
    """

    attempts: int = 0
    maybe_applied: bool = False

    def outcome_of(self, call: Any) -> Self:
        """Take ``attempts`` and ``maybe_applied`` from the call (``_request.Request``) that failed."""
        self.attempts, self.maybe_applied = call.attempts, call.maybe_applied
        return self


class APIConnectionError(_CallOutcome, ThredfiError):
    """The request got no HTTP response: connection refused or reset, TLS failure, timeout."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, request_id: str | None = None) -> None:
        message = redact_text(message, request_secrets(request))
        super().__init__(message)
        self.message = message
        self.request = request
        self.request_id = request_id


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool) or ran out of its overall deadline."""


class APIResponseValidationError(ThredfiError):
    """A 2xx response whose body does not fit the operation's model (or an undocumented 2xx status).

    HTML from a proxy, a missing required field, a bad uuid or date, ``null`` where a list is
    declared: ``body`` holds the start of what was received (at most ``MAX_BODY`` characters).
    A 2xx body may echo a credential as well as an error body can: the body, the parser's
    ``reason`` (which may quote a value of the body) and the request id are redacted, before
    anything is cut short. ``secrets`` are what the request carried (``response_secrets``).
    """

    MAX_BODY = 500
    MAX_REASON = 200

    def __init__(
        self,
        *,
        status_code: int,
        request_id: str | None,
        operation: str,
        body: str,
        reason: str,
        secrets: Iterable[str] = (),
    ) -> None:
        # redacted whole, then truncated: a credential cut in two would no longer be recognised
        redacted, secrets = redact_body(body, secrets)
        self.status_code = status_code
        self.request_id = None if request_id is None else redact_text(request_id, secrets)
        self.operation = operation
        self.body = redacted[: self.MAX_BODY]
        self.reason = redact_text(reason, secrets)[: self.MAX_REASON]
        rid = f" (request_id={self.request_id})" if self.request_id else ""
        super().__init__(f"{operation}: the {status_code} response does not fit the spec: {self.reason}{rid}")

    def __repr__(self) -> str:
        return (
            f"APIResponseValidationError(operation={self.operation!r}, status_code={self.status_code}, "
            f"request_id={self.request_id!r})"
        )


class APIStatusError(_CallOutcome, ThredfiError):
    """Thredfi answered with a non-2xx status.

    ``error_code``, ``message`` and ``detail`` are what could be read from the body (either of
    the two documented error shapes); they are ``None``/empty when the body was HTML, empty or
    not JSON. ``request_id`` is the server's id when it sent one, else the id we sent.
    ``server_request_id`` is set on token errors: the id the server sent back, kept when
    ``request_id`` is the caller's own (several callers shared the token request).
    """

    server_request_id: str | None = None

    def __init__(
        self,
        *,
        response: httpx.Response,
        request_id: str | None,
        error_code: str | None,
        message: str,
        detail: dict[str, Any],
        body: Any,
        secrets: Iterable[str] = (),
    ) -> None:
        secrets = tuple(secrets) or response_secrets(response)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        self.error_code = None if error_code is None else redact_text(error_code, secrets)
        self.message = redact_text(message, secrets)
        self.detail: dict[str, Any] = redact_data(detail, secrets)
        self.body = redact_data(body, secrets)
        super().__init__(self._summary())

    def _summary(self) -> str:
        code = f" {self.error_code}" if self.error_code else ""
        rid = f" (request_id={self.request_id})" if self.request_id else ""
        return f"{self.status_code}{code}: {self.message}{rid}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request failed validation; ``field_errors`` maps field names to messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        raw = self.detail.get("field_errors", self.detail)
        if not isinstance(raw, dict):
            return {}
        errors: dict[str, list[str]] = {}
        for field, messages in raw.items():
            if isinstance(messages, list):
                errors[str(field)] = [str(m) for m in messages]
            elif isinstance(messages, str):
                errors[str(field)] = [messages]
        return errors


class AuthenticationError(APIStatusError):
    """401: the token was missing, invalid or expired (after one refresh and replay)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not give access to this resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to this partner)."""


class ConflictError(APIStatusError):
    """409: duplicate resource or invalid state transition."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but breaks a business rule."""


class RateLimitError(APIStatusError):
    """429: too many requests (raised once the retries are used up)."""


class InternalServerError(APIStatusError):
    """5xx: Thredfi failed (raised once the retries are used up)."""


class TokenError(APIStatusError):
    """A token endpoint refused to issue a token (bad credentials, unknown business, ...)."""


class TokenAuthenticationError(TokenError, AuthenticationError):
    """A token endpoint refused the credentials (401): a ``TokenError`` and an ``AuthenticationError``."""


class TokenPermissionDeniedError(TokenError, PermissionDeniedError):
    """A token endpoint refused access (403): a ``TokenError`` and a ``PermissionDeniedError``."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


_E = TypeVar("_E", bound=BaseException)


def for_caller(error: _E, own: str | None) -> _E:
    """A copy of a shared token-request error for one caller, carrying that caller's request id.

    Several callers share one token request; raising one object from all of them would mix
    their tracebacks and show the first caller's request id to everyone. The id the server sent
    back stays on ``server_request_id``. ``own`` is the caller's bound request id, if any.
    """
    clone: _E
    if isinstance(error, ThredfiError):  # ours: keyword-only constructors, state in __dict__
        clone = type(error).__new__(type(error))
        clone.__dict__.update(error.__dict__)
        clone.args = error.args
    else:
        try:  # through __reduce_ex__: exception groups and OSErrors copy whole
            clone = copy.copy(error)
        except Exception:  # one that cannot be copied is shared rather than lost
            return error
    clone.__cause__ = error.__cause__
    clone.__context__ = error.__context__
    clone.__suppress_context__ = error.__suppress_context__
    if own is not None and isinstance(clone, APIStatusError):
        clone.request_id = own
        clone.args = (clone._summary(),)
    elif own is not None and isinstance(clone, APIConnectionError):
        clone.request_id = own
    return clone
