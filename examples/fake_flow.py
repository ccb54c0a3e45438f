"""A chained flow on the in-memory fake Thredfi: what `make demo` runs (no credentials, no network).

Each step uses the id the previous one returned: a customer is invoiced, the invoice voided and
listed, a vendor's bill payment cancelled and a customer credit deleted, all on
`thredfi.testing.FakeThredfi`, which keeps what each call stores.

    python examples/fake_flow.py
"""

from __future__ import annotations

import asyncio

import thredfi
from thredfi.testing import FakeThredfi
from thredfi_api.types import Unset


def need(value: str | Unset, what: str) -> str:
    """A response field the flow chains on: present, or the demo stops saying which."""
    if isinstance(value, Unset) or not value:
        raise SystemExit(f"the fake answered without {what}")
    return value


async def main() -> None:
    fake = FakeThredfi()
    business_id = fake.add_business(legal_name="Demo Trading Ltd", base_currency="GBP")
    async with fake.client() as client:
        biz = client.for_business(business_id)

        customer = await biz.customers.create(company_name="Acme Ltd", email="ap@acme.example")
        customer_id = need(customer.id, "a customer id")
        print(f"customer   {customer_id}  {customer.company_name}  {customer.status}")

        invoice = await biz.invoices.create(
            customer_id=customer_id,
            invoice_number="INV-1001",
            line_items=[{"description": "Consulting", "quantity": 3, "unit_price": 12_500}],
        )
        invoice_id = need(invoice.id, "an invoice id")
        print(f"invoice    {invoice_id}  {invoice.status}  {invoice.invoice_number}")

        voided = await biz.invoices.void(invoice_id)
        print(f"voided     {need(voided.id, 'an invoice id')}  {voided.status}  at {voided.voided_at}")

        async for listed in biz.invoices.list(customer_id=customer_id):
            print(f"listed     {listed.id}  {listed.status}")

        vendor = await biz.vendors.create(company_name="Paper Supplies Ltd")
        payment = await biz.bill_payments.create(
            vendor_id=need(vendor.id, "a vendor id"), amount_cents=4_200, payment_method="bank_transfer"
        )
        payment_id = need(payment.id, "a bill payment id")
        print(f"payment    {payment_id}  {payment.status}  {payment.amount_cents} cents")
        cancelled = await biz.bill_payments.delete(payment_id)
        print(f"cancelled  {cancelled.payment_id}  {cancelled.status}  ({cancelled.message})")

        credit = await biz.customer_credits.create(
            customer_id=customer_id, line_items=[{"amount": 1_000, "memo": "Goodwill"}]
        )
        credit_id = need(credit.id, "a customer credit id")
        await biz.customer_credits.delete(credit_id)
        try:
            await biz.customer_credits.delete(credit_id)
        except thredfi.NotFoundError:
            print(f"deleted    {credit_id}  (a second delete: 404)")

        remaining = [c.id async for c in biz.customer_credits.list()]
        print(f"credits    {len(remaining)} left; {len(fake.calls)} calls served by the fake")


if __name__ == "__main__":
    asyncio.run(main())
