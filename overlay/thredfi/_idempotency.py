"""Idempotency keys for the operations whose spec declares an ``Idempotency-Key`` header.

Thredfi deduplicates those creates by the key. When the caller gives none, a request hook
supplies a fresh uuid4 once per call; retries and the 401 replay reuse the same request
object, so every attempt of one call carries the same key (and the retry layer then treats
the POST as idempotent). ``tests/unit/test_idempotency.py`` keeps this table equal to the spec.
"""

from __future__ import annotations

import re
import uuid

import httpx

from ._retry import IDEMPOTENCY_KEY_HEADER

_B = "/v1/platform/businesses/[^/]+"
IDEMPOTENCY_KEY_OPERATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("POST", re.compile(rf"^{_B}/invoices/payments/$")),  # create-payment (invoice payments)
    ("POST", re.compile(rf"^{_B}/bills/payments/$")),  # create-bill-payment
    ("POST", re.compile(rf"^{_B}/vendor-refunds/payments/$")),  # create-vendor-refund-payment
)


def declares_idempotency_key(method: str, path: str) -> bool:
    return any(method == m and pattern.match(path) for m, pattern in IDEMPOTENCY_KEY_OPERATIONS)


class IdempotencyKeyHook:
    """httpx request hook: give such a request a fresh key unless the caller set one."""

    async def __call__(self, request: httpx.Request) -> None:
        if IDEMPOTENCY_KEY_HEADER not in request.headers and declares_idempotency_key(request.method, request.url.path):
            request.headers[IDEMPOTENCY_KEY_HEADER] = str(uuid.uuid4())
