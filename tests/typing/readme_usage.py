"""User code in the README's style, type-checked by ``mypy --strict`` (``make typecheck``) and run
against the stand-in by ``tests/integration/test_typing_usage.py``.

No ``isinstance``, ``cast`` or ``UNSET``: the resource methods return the documented models.
``assert_type`` pins what a user's editor and type checker see.
"""

from __future__ import annotations

import uuid
from collections.abc import Coroutine
from typing import Any, assert_type

import thredfi
from thredfi_api.models import BillPaymentCancelResponse, PaginatedVendorList, Vendor


async def readme_usage(client: thredfi.ThredfiClient, business_id: uuid.UUID) -> list[str]:
    biz = client.for_business(business_id)

    cancelled = await biz.bill_payments.delete(uuid.uuid4())
    assert_type(cancelled, BillPaymentCancelResponse)
    print(cancelled.status, cancelled.updated_at.isoformat())

    # a 204 operation returns None (mypy refuses to bind a None result, so pin the coroutine)
    await assert_type(biz.customer_credits.delete(uuid.uuid4()), Coroutine[Any, Any, None])

    # partner scope: business-scoped methods take the business id first
    assert_type(await client.bill_payments.delete(business_id, uuid.uuid4()), BillPaymentCancelResponse)

    vendor = await biz.vendors.create(company_name="Acme Ltd", email="ap@acme.example")
    assert_type(vendor, Vendor)

    names: list[str] = []
    async for item in biz.vendors.list(name_contains="Acme"):
        assert_type(item, Vendor)
        names.append(str(item.company_name))

    page = await biz.vendors.list(page_size=10)
    assert_type(page, thredfi.AsyncPage[Vendor])
    assert_type(page.items, list[Vendor])
    assert_type(page.total_count, int | None)
    while page.has_next_page():
        page = await page.next_page()
        assert_type(page, thredfi.AsyncPage[Vendor])

    raw = await biz.with_raw_response.bill_payments.delete(uuid.uuid4())
    assert_type(raw, thredfi.RawResponse[BillPaymentCancelResponse])
    assert_type(raw.parsed, BillPaymentCancelResponse)
    assert_type(raw.request_id, str | None)
    assert_type(await biz.with_raw_response.vendors.list(), thredfi.RawResponse[PaginatedVendorList])

    try:
        await biz.vendors.get(uuid.uuid4())
    except thredfi.NotFoundError as exc:
        assert_type(exc.request_id, str | None)
    except thredfi.APIResponseValidationError as exc:
        assert_type(exc.body, str)
    return names
