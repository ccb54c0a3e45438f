"""Idempotency keys for the operations whose spec declares an ``Idempotency-Key`` header.

Thredfi deduplicates those creates by the key. When the caller gives none, a pipeline step
supplies a fresh uuid4 once per call; retries and the 401 replay reuse the same request
object, so every attempt of one call carries the same key (and the retry step then treats
the POST as idempotent). ``tests/unit/test_idempotency.py`` keeps this table equal to the spec.
The creates Thredfi deduplicates by ``external_id`` are listed here too: the retry policy asks.
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._request import Request

IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
_HEADER = IDEMPOTENCY_KEY_HEADER.lower()
_B = "/v1/platform/businesses/[^/]+"
IDEMPOTENCY_KEY_OPERATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("POST", re.compile(rf"{_B}/invoices/payments/$")),  # create-payment (invoice payments)
    ("POST", re.compile(rf"{_B}/bills/payments/$")),  # create-bill-payment
    ("POST", re.compile(rf"{_B}/vendor-refunds/payments/$")),  # create-vendor-refund-payment
)


# Creates that Thredfi deduplicates by the body's ``external_id`` (docs: implementation/idempotency:
# businesses, invoices, customers, vendors, credits, payouts, accounts). Other creates may carry
# an external_id as a plain reference, so a POST elsewhere is not idempotent because of it.
EXTERNAL_ID_CREATES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"/v1/platform/businesses/$",
        rf"{_B}/invoices/$",
        rf"{_B}/customers/$",
        rf"{_B}/vendors/$",
        rf"{_B}/vendor-credits/$",
        rf"{_B}/customer-credits/$",
        rf"{_B}/payouts/$",
        rf"{_B}/general-ledger/chart-of-accounts/$",
    )
)


def deduplicated_by_external_id(method: str, path: str) -> bool:
    """Whether Thredfi answers a repeated ``method path`` with the same ``external_id`` idempotently."""
    return method == "POST" and any(pattern.search(path) for pattern in EXTERNAL_ID_CREATES)


def declares_idempotency_key(method: str, path: str) -> bool:
    # matched at the end of the path: a base_url may carry a prefix before /v1/
    return any(method == m and pattern.search(path) for m, pattern in IDEMPOTENCY_KEY_OPERATIONS)


class AddIdempotencyKey:
    """Editing step: ``add_idempotency_key`` in a pipeline list."""

    def edit(self, request: Request) -> None:
        add_idempotency_key(request)


def add_idempotency_key(request: Request) -> None:
    """Pipeline step: give a create that declares the header a fresh key unless it has one."""
    if (
        request.method == "POST"
        and _HEADER not in request.headers
        and declares_idempotency_key(request.method, request.path)
    ):
        request.headers[_HEADER] = str(uuid.uuid4())
