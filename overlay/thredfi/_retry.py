"""Retry policy: pure decisions (retry or not, how long to wait) on a ``Request``, no I/O.

Never duplicate a write. Reads and idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) retry
freely. A POST or PATCH is idempotent by Thredfi's rules only when it carries an
``Idempotency-Key`` header, or is one of the creates Thredfi deduplicates by ``external_id``
(``_idempotency.EXTERNAL_ID_CREATES``) with a JSON body holding one; otherwise it is retried only
when the server proves it did not process it (429, 503) or the request never left (connect
errors, no free connection in the pool).

Wait before retry ``n`` (1-based): ``min(max_backoff, initial_backoff * 2 ** (n - 1))``, reduced
by up to ``jitter`` (a fraction) at random; a ``Retry-After`` header (seconds or HTTP date),
capped at ``max_retry_after``, replaces it. No retry starts if its wait would end past the
operation's deadline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

from ._config import check_int, check_seconds
from ._idempotency import IDEMPOTENCY_KEY_HEADER, deduplicated_by_external_id

if TYPE_CHECKING:
    from ._request import Request

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses that say the server did not act on the request: safe to retry any method.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
IDEMPOTENCY_KEY_HEADER_LOWER = IDEMPOTENCY_KEY_HEADER.lower()

# Exceptions raised before any byte of the request reached the server.
_NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Exceptions after which the server may or may not have acted on the request.
_MAYBE_SENT: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


@dataclasses.dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How failed requests are retried. Immutable; derive one with ``dataclasses.replace``."""

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    deadline: float = 120.0

    def __post_init__(self) -> None:
        check_int("max_retries", self.max_retries)
        for name in ("initial_backoff", "max_backoff", "jitter", "max_retry_after"):
            check_seconds(name, getattr(self, name))
        # 0 would fail every call before its first attempt
        check_seconds("deadline", self.deadline, positive=True)
        if self.jitter > 1:
            raise ValueError(f"jitter must be a fraction between 0 and 1, got {self.jitter!r}")


def is_idempotent(request: Request) -> bool:
    """Whether sending ``request`` twice has the same effect as sending it once."""
    if request.method in IDEMPOTENT_METHODS or request.safe_to_retry:
        return True
    if request.headers.get(IDEMPOTENCY_KEY_HEADER_LOWER):
        return True
    if deduplicated_by_external_id(request.method, request.path):
        external_id = external_id_of(request.headers.get("content-type", ""), request.content or b"")
        return isinstance(external_id, str) and bool(external_id.strip())
    return False


def external_id_of(content_type: str, content: bytes) -> object:
    """The body's top-level ``external_id``: from JSON, or from a multipart form as ``_uploads``
    writes it (a part named ``external_id`` between two of the body's own boundaries)."""
    kind = content_type.lower()
    if "json" in kind:
        try:
            body = json.loads(content)
        except ValueError:
            return None
        return body.get("external_id") if isinstance(body, dict) else None
    if kind.startswith("multipart/form-data") and "boundary=" in kind:
        boundary = content_type[kind.index("boundary=") + len("boundary=") :].split(";")[0].strip().strip('"')
        part = f'--{boundary}\r\nContent-Disposition: form-data; name="external_id"\r\n\r\n'.encode()
        start = content.find(part)
        end = content.find(f"\r\n--{boundary}".encode(), start + len(part)) if start >= 0 else -1
        if end >= 0:
            return content[start + len(part) : end].decode("utf-8", errors="replace")
    return None


def should_retry_status(request: Request, status_code: int) -> bool:
    if status_code in NOT_PROCESSED_STATUSES:
        return True
    return status_code in RETRY_STATUSES and is_idempotent(request)


def never_sent(error: Exception) -> bool:
    """Whether the failure proves no byte of the request reached the server."""
    return isinstance(error, _NEVER_SENT)


def should_retry_error(request: Request, error: Exception) -> bool:
    if never_sent(error):
        return True
    return isinstance(error, _MAYBE_SENT) and is_idempotent(request)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP date); None if unusable.

    ``now`` is the wall-clock time (epoch seconds) an HTTP date is measured from.
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            import email.utils  # only for an HTTP-date Retry-After: keeps `import thredfi` light

            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # asctime dates carry no zone: HTTP dates are always GMT
            when = when.replace(tzinfo=dt.UTC)
        seconds = when.timestamp() - now
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def backoff_delay(
    policy: RetryPolicy, retry_number: int, retry_after: float | None, random: Callable[[], float]
) -> float:
    """Seconds to wait before retry ``retry_number`` (1-based)."""
    if retry_after is not None:
        return min(retry_after, policy.max_retry_after)
    doublings = min(retry_number - 1, 64)  # past 64 the cap has long been reached; avoids overflow
    base = min(policy.max_backoff, policy.initial_backoff * 2.0**doublings)
    return float(base * (1 - policy.jitter * random()))
