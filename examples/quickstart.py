"""Quickstart: get tokens, call Thredfi's two seed operations and list vendors. One import.

Run with ``make demo``: it starts a local Thredfi stand-in (Prism serving the bundled spec)
and sets THREDFI_BASE_URL, so no credentials or network are needed. Against the real API set
THREDFI_PARTNER_UUID, THREDFI_API_KEY and THREDFI_BASE_URL (an https URL).
"""

from __future__ import annotations

import asyncio
import os
import uuid

import thredfi

DEMO_PARTNER_UUID = "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"
DEMO_API_KEY = "demo-api-key"  # the local stand-in accepts any credentials


async def main() -> None:
    business_id = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    async with thredfi.ThredfiClient(
        partner_uuid=os.environ.get("THREDFI_PARTNER_UUID", DEMO_PARTNER_UUID),
        api_key=os.environ.get("THREDFI_API_KEY", DEMO_API_KEY),
        base_url=os.environ.get("THREDFI_BASE_URL", "http://127.0.0.1:4010"),
        max_retries=2,
        timeout=30.0,
    ) as client:
        partner = await client.partner_token()
        print(f"partner token: {partner.token_type}, expires in {partner.expires_in}s")
        business = client.for_business(business_id)
        token = await business.token()
        print(f"business token for {token.business_id}: scope={token.scope}, expires in {token.expires_in}s")

        # Every request inside carries this request id (retries included); errors report it.
        with thredfi.request_context(f"quickstart-{uuid.uuid4()}") as request_id:
            try:
                # partner token: business-scoped methods take the business id first
                cancelled = await client.bill_payments.delete(business_id, uuid.uuid4())
                print(f"[{request_id}] delete_bill_payment -> {cancelled}")

                # business token: the business view binds the business id
                await business.customer_credits.delete(uuid.uuid4())  # returns None (204)
                raw = await business.with_raw_response.customer_credits.delete(uuid.uuid4())
                print(f"[{request_id}] delete_customer_credit -> HTTP {raw.status_code} (soft-deleted)")

                # every page of the list, fetched as it is needed, items typed (Vendor)
                async for vendor in business.vendors.list(include_archived=True):
                    print(f"[{request_id}] vendor {vendor.id}: {vendor.company_name}")
            except thredfi.APIStatusError as exc:  # NotFoundError, ConflictError, InternalServerError, ...
                print(f"error {exc.status_code} {exc.error_code}: {exc.message} (request_id={exc.request_id})")
                raise
            except thredfi.APIResponseValidationError as exc:  # a 2xx body that does not fit the spec
                print(f"unexpected {exc.status_code} body from {exc.operation} (request_id={exc.request_id})")
                raise


if __name__ == "__main__":
    asyncio.run(main())
