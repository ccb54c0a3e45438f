"""The resource client under trio: seeds, a list walk and a drifted body."""

from __future__ import annotations

import uuid

import pytest
import thredfi
from thredfi_api.models import BillPaymentCancelResponse

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import Fault, StandIn

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "trio"


async def test_resources_under_trio(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 150
    standin.fail("delete_bill_payment", Fault(status=200, payload=b"<html>", content_type="text/html"))
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        with pytest.raises(thredfi.APIResponseValidationError):
            await biz.bill_payments.delete(uuid.uuid4())
        assert isinstance(await biz.bill_payments.delete(uuid.uuid4()), BillPaymentCancelResponse)
        assert await biz.customer_credits.delete(uuid.uuid4()) is None
        ids = [v.id async for v in biz.vendors.list()]
        page = await client.vendors.list(BUSINESS, page_size=100)
        assert page.has_next_page()
        assert len((await page.next_page()).items) == 50
    assert ids == [f"ven-{i}" for i in range(150)]
