"""Optional request bodies: the operations whose docs page declares a body without requiring it can
be called without one and then send none; a body, when given, is sent as the SDK serialises it.

archive-customer and unarchive-vendor (the docs declare the resource as a body of a state change),
update-bill and update-business (the docs mark the body optional), through the generated functions
(an ``httpx.MockTransport`` recording what is sent), the resource methods (``thredfi.testing``) and
Prism mocking the spec. update-vendor-refund-payment lets users send ``processing_fee_cents``,
which the page's description names as updatable though its body example lacks it.
"""

from __future__ import annotations

import importlib
import json
import re
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_type_hints

import httpx
import pytest
import pytest_asyncio
import thredfi
import yaml
from generate import blank_parameters, endpoint_modules
from thredfi.testing import MockThredfi
from thredfi_api import AuthenticatedClient
from thredfi_api.api.vendor_refund_payments import update_vendor_refund_payment
from thredfi_api.models import PatchedVendorRefundPaymentUpdateRequest, VendorRefundPaymentResult

from tests.contract.examples import value_for

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
MODULES = endpoint_modules()
BUSINESS_ID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
RESOURCE_ID = uuid.UUID("6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10")
PARTNER_UUID = "00000000-0000-4000-8000-000000000001"


@dataclass(frozen=True)
class Case:
    operation_id: str
    resource: str  # attribute of the partner client
    method: str  # resource method
    business_scoped: bool  # also on client.for_business(id)

    @property
    def route(self) -> tuple[str, str, dict[str, Any]]:
        for path, item in SPEC["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and op.get("operationId") == self.operation_id:
                    return method.upper(), path, op
        raise KeyError(self.operation_id)

    @property
    def module(self) -> Any:
        method, path, _ = self.route
        return importlib.import_module(MODULES[(method, blank_parameters(path))])

    def path_args(self) -> list[uuid.UUID]:
        """business_id, then the resource id when the path has one."""
        return [BUSINESS_ID, RESOURCE_ID][: self.route[1].count("{")]

    def url_path(self) -> str:
        """The path with ``path_args`` filled in."""
        path = self.route[1]
        for value in self.path_args():
            path = re.sub(r"\{\w+\}", str(value), path, count=1)
        return path


OPTIONAL = [
    Case("archive_customer", "customers", "archive", business_scoped=True),
    Case("unarchive_vendor", "vendors", "unarchive", business_scoped=True),
    Case("update_bill", "bills", "update", business_scoped=True),
    Case("update_business", "businesses", "update", business_scoped=False),
]
IDS = [case.operation_id for case in OPTIONAL]
# every resource method of those operations: the partner client's, and the business view's
SCOPED = [
    (case, scope)
    for case in OPTIONAL
    for scope in ("partner", "business")
    if scope == "partner" or case.business_scoped
]


class Recorder:
    """An ``httpx.MockTransport`` handler answering ``answer`` and keeping every request."""

    def __init__(self, answer: Callable[[], Any] = dict) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self._answer())

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url="http://127.0.0.1", token="t", httpx_args={"transport": httpx.MockTransport(self)}
        )


def body_model(case: Case) -> Any:
    """The generated body model, built from an example of the operation's body schema."""
    hint = get_type_hints(case.module.asyncio_detailed)["body"]
    schema = case.route[2]["requestBody"]["content"]["application/json"]["schema"]
    return value_for(hint, schema, SPEC)


@pytest.mark.parametrize("case", OPTIONAL, ids=IDS)
def test_the_spec_declares_the_body_optional(case: Case) -> None:
    body = case.route[2]["requestBody"]
    assert not body.get("required", False)
    assert list(body["content"]) == ["application/json"]


@pytest.mark.asyncio
@pytest.mark.parametrize("case", OPTIONAL, ids=IDS)
async def test_the_generated_function_sends_no_body_without_one(case: Case) -> None:
    recorder = Recorder()
    async with recorder.client() as api:
        response = await case.module.asyncio_detailed(*case.path_args(), client=api)
    assert response.status_code == 200
    assert response.parsed is not None
    (sent,) = recorder.requests
    assert sent.method == case.route[0]
    assert sent.url.path == case.url_path()
    assert sent.content == b""
    assert "content-length" not in sent.headers or sent.headers["content-length"] == "0"


@pytest.mark.asyncio
@pytest.mark.parametrize("case", OPTIONAL, ids=IDS)
async def test_the_generated_function_sends_a_body_when_given(case: Case) -> None:
    recorder = Recorder()
    body = body_model(case)
    async with recorder.client() as api:
        await case.module.asyncio_detailed(*case.path_args(), client=api, body=body)
    (sent,) = recorder.requests
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == body.to_dict()
    assert json.loads(sent.content)  # not an empty object: the example fills every field


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[tuple[MockThredfi, thredfi.ThredfiClient]]:
    mock = MockThredfi()
    async with mock.client() as client:
        yield mock, client


@pytest.mark.asyncio
@pytest.mark.parametrize(("case", "scope"), SCOPED, ids=[f"{case.operation_id}-{scope}" for case, scope in SCOPED])
async def test_the_resource_method_sends_no_body_without_one(
    case: Case, scope: str, fake: tuple[MockThredfi, thredfi.ThredfiClient]
) -> None:
    mock, client = fake
    mock.respond(case.operation_id, {})
    args: list[Any] = case.path_args()
    if scope == "partner":
        resource = getattr(client, case.resource)
    else:
        resource = getattr(client.for_business(args.pop(0)), case.resource)
    await getattr(resource, case.method)(*args)
    (sent,) = mock.calls
    assert mock.operation_of(sent) == case.operation_id
    assert sent.content == b""


@pytest.mark.asyncio
@pytest.mark.parametrize("case", OPTIONAL, ids=IDS)
async def test_the_resource_method_sends_the_body_it_is_given(
    case: Case, fake: tuple[MockThredfi, thredfi.ThredfiClient]
) -> None:
    mock, client = fake
    mock.respond(case.operation_id, {})
    body = body_model(case)
    await getattr(getattr(client, case.resource), case.method)(*case.path_args(), body=body)
    (sent,) = mock.calls
    assert json.loads(sent.content) == body.to_dict()


@pytest.mark.asyncio
@pytest.mark.parametrize("case", OPTIONAL, ids=IDS)
async def test_prism_accepts_the_call_without_a_body(case: Case, prism_url: str) -> None:
    async with thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="contract-key", base_url=prism_url) as c:
        response = await case.module.asyncio_detailed(*case.path_args(), client=c.api)
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.status_code == 200
    assert response.parsed is not None
    assert type(response.parsed).__name__ not in ("ErrorResponse", "ValidationErrorResponse")


# update-vendor-refund-payment: processing_fee_cents


def test_the_spec_lets_users_send_processing_fee_cents() -> None:
    _, _, op = Case("update_vendor_refund_payment", "vendor_refund_payments", "update", True).route
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    fee = schema["properties"]["processing_fee_cents"]
    assert (fee["type"], fee["minimum"]) == ("integer", 0)
    assert "processing_fee_cents" not in schema.get("required", [])


@pytest.mark.asyncio
async def test_the_generated_function_sends_processing_fee_cents() -> None:
    recorder = Recorder()
    body = PatchedVendorRefundPaymentUpdateRequest(processing_fee_cents=250)
    async with recorder.client() as api:
        response = await update_vendor_refund_payment.asyncio_detailed(BUSINESS_ID, RESOURCE_ID, client=api, body=body)
    assert isinstance(response.parsed, VendorRefundPaymentResult)
    (sent,) = recorder.requests
    assert sent.method == "PATCH"
    assert sent.url.path == f"/v1/platform/businesses/{BUSINESS_ID}/vendor-refunds/payments/{RESOURCE_ID}/"
    assert json.loads(sent.content) == {"processing_fee_cents": 250}


@pytest.mark.asyncio
@pytest.mark.parametrize("scope", ["partner", "business"])
async def test_the_resource_method_sends_processing_fee_cents(
    scope: str, fake: tuple[MockThredfi, thredfi.ThredfiClient]
) -> None:
    mock, client = fake
    mock.respond("update_vendor_refund_payment", {"refund": {}, "payment": {}, "allocations": []})
    if scope == "partner":
        result = await client.vendor_refund_payments.update(
            BUSINESS_ID, RESOURCE_ID, processing_fee_cents=0, status="completed"
        )
    else:
        result = await client.for_business(BUSINESS_ID).vendor_refund_payments.update(
            RESOURCE_ID, processing_fee_cents=0, status="completed"
        )
    assert isinstance(result, VendorRefundPaymentResult)
    (sent,) = mock.calls
    assert json.loads(sent.content) == {"processing_fee_cents": 0, "status": "completed"}


@pytest.mark.asyncio
async def test_prism_accepts_processing_fee_cents(prism_url: str) -> None:
    body = PatchedVendorRefundPaymentUpdateRequest(processing_fee_cents=250)
    async with thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="contract-key", base_url=prism_url) as c:
        response = await update_vendor_refund_payment.asyncio_detailed(
            BUSINESS_ID, RESOURCE_ID, client=c.api, body=body
        )
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.status_code == 200
    assert isinstance(response.parsed, VendorRefundPaymentResult)


@pytest.mark.asyncio
async def test_prism_refuses_a_negative_processing_fee(prism_url: str) -> None:
    """Requests stay strict: the spec's minimum 0 holds, the SDK raises the typed error."""
    body = PatchedVendorRefundPaymentUpdateRequest(processing_fee_cents=-1)
    async with thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="contract-key", base_url=prism_url) as c:
        with pytest.raises(thredfi.UnprocessableEntityError) as info:
            await update_vendor_refund_payment.asyncio(BUSINESS_ID, RESOURCE_ID, client=c.api, body=body)
    assert "processing_fee_cents" in info.value.response.headers["sl-violations"]
