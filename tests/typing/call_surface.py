"""User code of the call surface (issue 19), type-checked by ``mypy --strict`` (``make typecheck``)
and by pyright (``tests/integration/test_typing_call_surface.py``), and run against the stand-in.

Dicts for nested models and bodies, ids from one call passed straight into the next (one
narrowing for an optional id), per-call extras, ``to_json()`` and the escape hatch.
"""

from __future__ import annotations

import uuid
from typing import Any, assert_type

import thredfi
from thredfi_api.models import InvoiceLineItemRequestDict, Vendor


async def call_surface(client: thredfi.ThredfiClient, business_id: uuid.UUID) -> dict[str, Any]:
    biz = client.for_business(str(business_id))  # a str or a UUID

    vendor = await biz.vendors.create(
        company_name="Acme Ltd",
        document={"document_type": "w9", "file": "ZGF0YQ=="},  # a dict where a model is declared
        extra_headers={"X-Correlation": "c-1"},
    )
    assert_type(vendor, Vendor)
    if vendor.id:  # response ids may be absent: one narrowing, then straight into the next call
        again = await biz.vendors.get(vendor.id, timeout=10)
        assert_type(again, Vendor)

    line: InvoiceLineItemRequestDict = {"description": "Beer", "quantity": 2, "unit_price": 500}
    assert line["description"] == "Beer"

    strict = client.with_options(strict_responses=True)
    assert strict.strict_responses

    found = await biz.request("GET", f"/v1/platform/businesses/{business_id}/vendors/", params={"name": "Acme"})
    return {"vendor": vendor.to_json(), "found": found}
