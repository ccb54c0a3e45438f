"""Testing your code: thredfi.testing, httpx.MockTransport and respx, and the README's section run as is."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
import thredfi
import thredfi.testing
from thredfi._request import RequestOptions, build_request
from thredfi._sender import DefaultSender
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit

PARTNER_UUID = "0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d"  # any valid UUID: the client checks partner_uuid

ROOT = Path(__file__).resolve().parents[2]
BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PAYMENT = uuid.UUID("9b2f4c1e-0c4d-4a8e-8f7e-1d2c3b4a5f60")
OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)


@pytest.fixture
def sender() -> str:
    return "default"  # these tests choose their transports themselves


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A loopback port that is ours but not listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def readme_testing_section() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Testing your code", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 1, "the README's 'Testing your code' shows one test file"
    return str(blocks[0])


def test_the_readme_testing_section_runs_as_shown(tmp_path: Path) -> None:
    test_file = tmp_path / "test_readme_testing.py"
    test_file.write_text(readme_testing_section())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            "-W",
            "error",
            str(test_file),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


@pytest.mark.asyncio
async def test_a_request_nobody_registered_fails_loudly() -> None:
    fake = thredfi.testing.MockThredfi()
    async with fake.client() as client:
        with pytest.raises(AssertionError, match=r"no response for POST .*delete_bill_payment"):
            await delete_bill_payment.asyncio(business_id=BUSINESS, bill_payment_id=PAYMENT, client=client.api)
    assert [request.url.host for request in fake.requests] == [thredfi.testing.TEST_HOST] * 2  # token, call


@pytest.mark.asyncio
async def test_business_views_get_business_tokens_from_the_fake() -> None:
    fake = thredfi.testing.MockThredfi()
    fake.respond(delete_customer_credit, status=204)
    async with fake.client() as client:
        business = client.for_business(BUSINESS)
        response = await delete_customer_credit.asyncio_detailed(
            business_id=BUSINESS, credit_id=uuid.uuid4(), client=business.api
        )
        token = await business.token()
    assert response.status_code == 204
    assert token.business_id == str(BUSINESS)
    [call] = fake.calls
    assert call.headers["authorization"] == f"Bearer {token.access_token}"
    assert fake.operation_of(call) == "delete_customer_credit"


def test_respond_names_what_is_wrong() -> None:
    fake = thredfi.testing.MockThredfi()
    with pytest.raises(ValueError, match="'cancel_everything' is not an operation"):
        fake.respond("cancel_everything", {})
    with pytest.raises(TypeError, match="must be a generated operation"):
        fake.respond(print, {})


@pytest.mark.asyncio
async def test_respx_sees_a_client_first_used_outside_the_mock(refusing_url: str) -> None:
    sender = DefaultSender(limits=httpx.Limits(max_connections=5), proxy=None, verify=True)
    with pytest.raises(httpx.ConnectError):  # outside respx: aiohttp, to a refusing port
        await sender.send(build_request(refusing_url, OPTIONS, "GET", "/x/"), 5.0)
    with respx.mock() as mock:
        route = mock.get(f"{refusing_url}/x/").respond(200, json={"ok": True})
        response = await sender.send(build_request(refusing_url, OPTIONS, "GET", "/x/"), 5.0)
    assert response.json() == {"ok": True}
    assert route.call_count == 1
    await sender.aclose()


@pytest.mark.asyncio
async def test_respx_fails_a_request_it_has_no_route_for() -> None:
    async with thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key="k",
        base_url=thredfi.testing.TEST_BASE_URL,
        max_retries=0,
    ) as client:
        with respx.mock(assert_all_called=False) as mock:
            with pytest.raises(AssertionError, match="not mocked"):
                await client.partner_token()
            assert mock.calls.call_count == 0


@pytest.mark.asyncio
async def test_respx_mocking_httpx_clients_is_refused_not_bypassed() -> None:
    async with thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID, api_key="k", base_url=thredfi.testing.TEST_BASE_URL
    ) as client:
        with respx.mock(using="httpx", assert_all_called=False), pytest.raises(RuntimeError, match="using='httpx'"):
            await client.partner_token()


@pytest.mark.asyncio
async def test_respx_mocking_httpx_clients_is_refused_with_httpx_transport_too() -> None:
    async with thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key="k",
        base_url=thredfi.testing.TEST_BASE_URL,
        transport=httpx.AsyncHTTPTransport(),
    ) as client:
        with respx.mock(using="httpx", assert_all_called=False), pytest.raises(RuntimeError, match="using='httpx'"):
            await client.partner_token()


@pytest.mark.asyncio
async def test_respx_sees_the_documented_setting() -> None:
    async with thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key="k",
        base_url=thredfi.testing.TEST_BASE_URL,
        transport=httpx.AsyncHTTPTransport(),
    ) as client:
        with respx.mock() as mock:
            mock.route(host=thredfi.testing.TEST_HOST).mock(side_effect=thredfi.testing.MockThredfi().handler)
            token = await client.partner_token()
            assert mock.calls.call_count == 1
    assert token.access_token == "test-token-1"
