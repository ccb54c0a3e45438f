"""User code with the blocking client, in the README's style: type-checked by ``mypy --strict``
(``make typecheck``) and run against the stand-in by ``tests/integration/test_sync_client.py``."""

from __future__ import annotations

import uuid
from typing import assert_type

import thredfi
from thredfi_api.models import BillPaymentCancelResponse, Vendor


def sync_usage(client: thredfi.Client, business_id: uuid.UUID) -> list[str]:
    biz = client.for_business(business_id)
    cancelled = biz.bill_payments.delete(uuid.uuid4())
    assert_type(cancelled, BillPaymentCancelResponse)
    biz.customer_credits.delete(uuid.uuid4())  # None (204)
    vendor = biz.vendors.create(company_name="Acme Ltd", extra_headers={"X-Job": "nightly"})
    assert_type(vendor, Vendor)
    names = [str(item.company_name) for item in biz.vendors.list(name_contains="Vendor")]
    page = biz.vendors.list(page_size=2).first_page()
    assert_type(page, thredfi.SyncPage[Vendor])
    raw = client.with_raw_response.bill_payments.delete(business_id, uuid.uuid4())
    assert_type(raw, thredfi.RawResponse[BillPaymentCancelResponse])
    token = client.business_token(business_id)
    assert_type(token, thredfi.Token)
    try:
        biz.vendors.get(uuid.uuid4())
    except thredfi.NotFoundError as exc:
        assert_type(exc.request_id, str | None)
    return names
