"""List the vendors of a business: every item with ``async for``, or one page with ``await``.

``biz.vendors.list(...)`` is typed: its filters are keyword arguments, its items ``Vendor``.
Run against the local stand-in with ``python scripts/prism.py -- python examples/list_vendors.py``.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import thredfi


async def main() -> None:
    business_id = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    async with thredfi.ThredfiClient(
        partner_uuid=os.environ.get("THREDFI_PARTNER_UUID", "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"),
        api_key=os.environ.get("THREDFI_API_KEY", "demo-api-key"),
        base_url=os.environ.get("THREDFI_BASE_URL", "http://127.0.0.1:4010"),
    ) as client:
        biz = client.for_business(business_id)

        # one page: items, the total and the way to the next page
        page = await biz.vendors.list(page_size=20)
        print(f"first page: {len(page.items)} of {page.total_count} vendors")

        # every vendor, pages of 100 requested as the loop needs them
        count = 0
        async for vendor in biz.vendors.list(include_archived=False):
            count += 1
            print(f"{vendor.id}: {vendor.company_name or vendor.individual_name}")
        print(f"{count} vendors")


if __name__ == "__main__":
    asyncio.run(main())
