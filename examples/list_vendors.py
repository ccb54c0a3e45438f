"""List every vendor of a business, page by page, with thredfi.paginate.

``paginate`` yields the operation's item model (here ``Vendor``): the type checker knows it.
Run against the local stand-in with ``python scripts/prism.py -- python examples/list_vendors.py``.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import thredfi
from thredfi_api.api.vendors import list_vendors
from thredfi_api.models import Vendor


async def main() -> None:
    business_id = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    async with thredfi.ThredfiClient(
        partner_uuid=os.environ.get("THREDFI_PARTNER_UUID", "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"),
        api_key=os.environ.get("THREDFI_API_KEY", "demo-api-key"),
        base_url=os.environ.get("THREDFI_BASE_URL", "http://127.0.0.1:4010"),
    ) as client:
        business = client.for_business(business_id)
        vendors: list[Vendor] = []
        async for vendor in thredfi.paginate(list_vendors, business_id, client=business.api, page_size=100):
            vendors.append(vendor)
            print(f"{vendor.id}: {vendor.company_name or vendor.individual_name}")
        print(f"{len(vendors)} vendors")


if __name__ == "__main__":
    asyncio.run(main())
