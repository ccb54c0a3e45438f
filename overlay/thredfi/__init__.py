"""Async Python SDK for the Thredfi Accounting Platform (Partner) API.

``thredfi_api`` holds the operations generated from the OpenAPI spec; this package adds what a
service needs to call them safely: two-tier OAuth2 tokens, request ids, retries and typed errors.
"""

import typing as _typing

from ._client import BusinessClient, ThredfiClient
from ._drift import ResponseDrift
from ._environments import DEFAULT_BASE_URL, ENVIRONMENTS, Environment
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ChainedError,
    ConflictError,
    EventLoopError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ThredfiError,
    TokenAuthenticationError,
    TokenError,
    TokenPermissionDeniedError,
    UnprocessableEntityError,
)
from ._logging import configure_logging as _configure_logging
from ._pagination import MAX_PAGE_SIZE, AsyncPage, AsyncPaginator, paginate
from ._rate import RateLimit
from ._redis_rate import RedisRateLimiter
from ._redis_store import RedisTokenStore
from ._request_id import current_request_id, request_context
from ._resource import RawResponse
from ._retry import RetryPolicy
from ._token_endpoint import Token
from ._token_store import StoredToken, TokenStore
from ._uploads import FileContent, download_document

_configure_logging()

__all__ = [
    "DEFAULT_BASE_URL",
    "ENVIRONMENTS",
    "MAX_PAGE_SIZE",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BusinessClient",
    "ChainedError",
    "Client",
    "ConflictError",
    "Environment",
    "EventLoopError",
    "FileContent",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RedisRateLimiter",
    "RedisTokenStore",
    "ResponseDrift",
    "RetryPolicy",
    "StoredToken",
    "SyncBusinessClient",
    "SyncPage",
    "SyncPaginator",
    "ThredfiClient",
    "ThredfiError",
    "Token",
    "TokenAuthenticationError",
    "TokenError",
    "TokenPermissionDeniedError",
    "TokenStore",
    "UnprocessableEntityError",
    "__version__",
    "current_request_id",
    "download_document",
    "paginate",
    "request_context",
]


_BLOCKING = frozenset({"Client", "SyncBusinessClient", "SyncPage", "SyncPaginator"})

if _typing.TYPE_CHECKING:
    from ._sync import Client, SyncBusinessClient, SyncPage, SyncPaginator


def __getattr__(name: str) -> _typing.Any:
    """``__version__`` from the installed metadata, and the blocking client, when first asked for
    (the blocking client's module imports asyncio: ``import thredfi`` stays light without it)."""
    if name == "__version__":
        from ._version import installed_version

        return installed_version()
    if name in _BLOCKING:
        from . import _sync

        value = getattr(_sync, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'thredfi' has no attribute {name!r}")
