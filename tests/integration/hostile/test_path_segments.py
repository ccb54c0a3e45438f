"""Every path value is one segment, sent exactly as built; header names are tokens (issue 18).

Against a raw server on 127.0.0.1 that records each request target byte for byte, on both
senders and under asyncio and trio: values that would escape their segment are refused before
anything is sent, and the others arrive percent-encoded, never normalised.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import thredfi
from thredfi_api.api.vendors import get_vendor

from tests.hostile import API_KEY, PARTNER_UUID, HostileServer, hostile_server

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PREFIX = f"/v1/platform/businesses/{BUSINESS}"


pytestmark = pytest.mark.anyio


def client_for(server: HostileServer, sender: str) -> thredfi.ThredfiClient:
    options: dict[str, Any] = {"max_retries": 0}
    if sender == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    return thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key=API_KEY, base_url=server.base_url, **options)


@pytest.mark.parametrize("value", ["..", ".", "", "x" * 513, "a\x00b", "a\r\nb"])
async def test_path_values_that_escape_their_segment_are_refused_before_sending(
    value: str, run: tuple[str, str]
) -> None:
    with hostile_server("ok") as server:
        async with client_for(server, run[1]) as client:
            biz = client.for_business(BUSINESS)
            with pytest.raises(ValueError, match="vendor_id"):
                await biz.vendors.get(value)  # type: ignore[arg-type]
            with pytest.raises(ValueError, match="account_id"):
                await biz.general_ledger.get_account_detail(value)
            with pytest.raises(ValueError, match="account_id"):
                await client.general_ledger.get_account_detail(BUSINESS, value)
            with pytest.raises(ValueError, match="business_id"):
                client.for_business(value)
            with pytest.raises(ValueError, match="business_id"):
                await client.vendors.get(value, uuid.uuid4())
            with pytest.raises(ValueError, match="business_id"):
                await client.business_token(value)
            if value in ("..", ".", ""):  # generated functions: the pipeline refuses the path itself
                with pytest.raises(ValueError, match="segment"):
                    await get_vendor.asyncio_detailed(BUSINESS, value, client=biz.api)  # type: ignore[arg-type]
    assert server.received == []  # not even a token request


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("100%", "100%25"),
        ("...", "..."),
        (".a.", ".a."),
        ("%2e%2e", "%252e%252e"),
        ("1200 Sales", "1200%20Sales"),
    ],
)
async def test_other_path_values_arrive_percent_encoded_exactly_as_built(
    value: str, encoded: str, run: tuple[str, str]
) -> None:
    with hostile_server("ok") as server:
        async with client_for(server, run[1]) as client:
            await client.for_business(BUSINESS).general_ledger.get_account_detail(value)
    assert server.targets() == [f"{PREFIX}/general-ledger/chart-of-accounts/{encoded}/"]


async def test_ids_the_spec_types_as_uuids_must_be_uuids_before_anything_is_sent(run: tuple[str, str]) -> None:
    with hostile_server("ok") as server:
        async with client_for(server, run[1]) as client:
            for bad in ("a/b", "biz-1", "%2e%2e"):
                with pytest.raises(ValueError, match="business_id must be a UUID"):
                    client.for_business(bad)
                with pytest.raises(ValueError, match="vendor_id must be a UUID"):
                    await client.for_business(BUSINESS).vendors.get(bad)
            await client.for_business(str(BUSINESS).upper()).vendors.get(str(uuid.UUID(int=1)).upper())
    assert [r.target for r in server.received] == [
        "/v1/platform/oauth2/token/",
        f"/v1/platform/{BUSINESS}/oauth2/token/",
        f"/v1/platform/businesses/{BUSINESS}/vendors/{uuid.UUID(int=1)}/",  # canonical text
    ]


@pytest.mark.parametrize("name", ["X-Evil:", "X Evil", "X-Evil\r\nX-Other", "", "Ä"])
async def test_header_names_that_are_not_tokens_are_refused(name: str, run: tuple[str, str]) -> None:
    with hostile_server("ok") as server:
        async with client_for(server, run[1]) as client:
            with pytest.raises(ValueError, match=r"RFC 9110|line break"):
                client.with_options(headers={name: "1"})
            biz = client.for_business(BUSINESS)
            with pytest.raises(ValueError, match="idempotency_key holds a control character"):
                await biz.bill_payments.create(vendor_id=uuid.uuid4(), amount_cents=100, idempotency_key="k\x00")
    assert server.targets() == []
