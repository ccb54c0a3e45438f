"""Secrets never leak: not in logs, reprs or error messages, whatever happened on the way."""

from __future__ import annotations

import logging
import uuid

import pytest
import thredfi
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import API_KEY, Fault, StandIn

pytestmark = pytest.mark.asyncio


async def test_secrets_are_absent_from_logs_reprs_and_errors(
    standin: StandIn, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    standin.fail("delete_customer_credit", Fault(status=503), Fault(reset=True))
    standin.fail("delete_bill_payment", Fault(status=500, body="html"))
    seen: list[str] = []
    async with make_client(standin, fake_time) as client:
        business = client.for_business(BUSINESS)
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=business.api)
        standin.revoke_all()
        await delete_customer_credit.asyncio_detailed(BUSINESS, uuid.uuid4(), client=business.api)
        with pytest.raises(thredfi.InternalServerError) as info:
            await delete_bill_payment.asyncio(BUSINESS, uuid.uuid4(), client=client.api)
        partner, token = await client.partner_token(), await business.token()
        seen += [repr(client), str(client), repr(business), repr(client.api), repr(partner), str(token)]
        seen += [str(info.value), repr(info.value), repr(client._core.tokens)]
    async with make_client(standin, fake_time, api_key=API_KEY + "-wrong") as bad:
        with pytest.raises(thredfi.TokenError) as refused:
            await bad.partner_token()
        seen += [str(refused.value), repr(refused.value), repr(bad)]

    secrets = [API_KEY, *standin.issued()]
    assert len(secrets) >= 5  # the key, two partner tokens, two business tokens
    text = caplog.text + "\n".join(seen)
    for secret in secrets:
        assert secret not in text
    assert "Basic " not in text
    # the generated client's repr shows its placeholder token (the pipeline sets the real one per request)
    assert "Bearer " not in text.replace("'Bearer managed-by-thredfi'", "")


async def test_each_attempt_is_logged_with_method_path_status_attempt_and_request_id(
    standin: StandIn, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    standin.fail("delete_customer_credit", Fault(status=502))
    credit = uuid.uuid4()
    async with make_client(standin, fake_time) as client:
        with thredfi.request_context("req-log"):
            await delete_customer_credit.asyncio_detailed(BUSINESS, credit, client=client.api)
    lines = [r.getMessage() for r in caplog.records if r.name == "thredfi"]
    path = f"/v1/platform/businesses/{BUSINESS}/customer-credits/{credit}/"
    assert f"DELETE {path} -> 502 (attempt 1, " in lines[1]
    assert lines[1].endswith("request_id=req-log)")
    assert lines[2].startswith(f"retrying DELETE {path} in 0.50s (retry 1 of 2, request_id=req-log)")
    assert f"DELETE {path} -> 204 (attempt 2, " in lines[3]
    assert " ms, " in lines[3]
