"""Responses tolerant, requests strict: what the generated functions accept from the server.

Each case calls the generated function (through an ``httpx.MockTransport`` answering a body
shaped as the docs show it) and checks what it parsed.
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi_api
import yaml
from generate import HTTP_METHODS, blank_parameters, endpoint_modules
from thredfi_api import Client
from thredfi_api.api.reports import get_ap_aging
from thredfi_api.models import AccountsPayableAging, BillPaymentDetail, CreateBillRequest

from tests.contract.examples import arguments, example, resolve

# the bundled spec, or the one THREDFI_CONTRACT_SPEC names (test_drop_in.py runs these tests on a copy)
ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = Path(os.environ.get("THREDFI_CONTRACT_SPEC") or ROOT / "openapi" / "thredfi.yaml")
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
MODULES = endpoint_modules(Path(thredfi_api.__file__).parent)
REPORTS = [
    (path, item["get"])
    for path, item in SPEC["paths"].items()
    if "get" in item and item["get"].get("tags") == ["Reports"]
]


def client_answering(status: int, body: Any) -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(answer)})


def success(operation: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    for status, response in sorted(operation["responses"].items()):
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if status.startswith("2") and schema:
            return int(status), schema
    return None


def null_every_array(value: Any, schema: dict[str, Any]) -> tuple[Any, int]:
    """``value`` with every nullable array property set to ``None`` (nested ones too); how many."""
    schema = resolve(schema, SPEC)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            schema = resolve(schema[key][0], SPEC)
    if not isinstance(value, dict):
        return value, 0
    nulled = 0
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(prop, SPEC)
        if name not in value:
            continue
        if prop.get("type") == "array" and prop.get("nullable"):
            value[name] = None
            nulled += 1
        else:
            value[name], inner = null_every_array(value[name], prop)
            nulled += inner
    return value, nulled


OPERATIONS_WITH_BODIES = sorted(
    (op["operationId"], method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in HTTP_METHODS and success(op)
)


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation_id", "method", "path"), OPERATIONS_WITH_BODIES)
async def test_null_where_the_docs_show_an_array_parses(operation_id: str, method: str, path: str) -> None:
    operation = SPEC["paths"][path][method.lower()]
    found = success(operation)
    assert found is not None
    status, schema = found
    body, nulled = null_every_array(example(schema, SPEC), schema)
    module = importlib.import_module(MODULES[(method, blank_parameters(path))])
    args, kwargs = arguments(module.asyncio_detailed, operation, SPEC)
    async with client_answering(status, body) as api:
        response = await module.asyncio_detailed(*args, client=api, **kwargs)
    assert response.status_code == status
    assert response.parsed is not None
    if nulled:  # the nulls came through as None, not as an error
        round_trip = response.parsed.to_dict()  # type: ignore[union-attr]
        assert json.dumps(round_trip).count("null") >= nulled


def test_every_array_a_response_can_hold_is_nullable_but_a_page_of_results() -> None:
    """The audit's 55 fields (and the new operations' ones): all nullable, bar DRF's page lists."""
    roots = [success(op)[1] for item in SPEC["paths"].values() for op in item.values() if success(op)]  # type: ignore[index]
    seen: set[str] = set()
    strict: list[str] = []
    nullable: list[str] = []
    todo = list(roots)
    while todo:
        schema = todo.pop()
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                continue
            seen.add(name)
            schema = resolve(schema, SPEC)
            props = schema.get("properties", {})
            for field, prop in props.items():
                if prop.get("type") == "array":
                    (nullable if prop.get("nullable") else strict).append(f"{name}.{field}")
        for value in schema.get("properties", {}).values():
            todo.append(value)
        for key in ("items",):
            if isinstance(schema.get(key), dict):
                todo.append(schema[key])
        for key in ("oneOf", "anyOf", "allOf"):
            todo.extend(schema.get(key, []))
    assert strict
    assert all(name.endswith(".results") for name in strict), strict
    assert len(nullable) + len(strict) >= 55 + 3  # the audit's count, plus AR aging, entries, update
    assert "BillPaymentDetail.allocations" in nullable


@pytest.mark.asyncio
async def test_a_bill_payment_with_null_lists_as_the_api_sends_it() -> None:
    body = {
        "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "vendor_name": "Brewery Supplies Ltd",
        "amount_cents": 123,
        "allocations": None,
        "vendor_refund_allocations": None,
        "reconciled_bank_transactions": None,
    }
    parsed = BillPaymentDetail.from_dict(body)
    assert parsed.allocations is None
    assert parsed.vendor_refund_allocations is None
    assert parsed.amount_cents == 123


def test_requests_stay_strict_a_null_list_is_refused() -> None:
    with pytest.raises(TypeError):
        CreateBillRequest.from_dict(
            {**example({"$ref": "#/components/schemas/CreateBillRequest"}, SPEC), "line_items": None}
        )


AP_AGING_AS_THE_DOCS_SHOW_IT = [
    {
        "business_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
        "as_of_date": "2023-12-25",
        "group_by": "vendor",
        "currency": "GBP",
        "total_outstanding_cents": 123,
        "total_aging_buckets": {"current": 123, "days_1_30": 1, "days_31_60": 2, "days_61_90": 3, "over_90_days": 4},
        "vendors": [
            {
                "vendor_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                "vendor_name": "Brewery Supplies Ltd",
                "total_outstanding_cents": 123,
                "aging_buckets": {"current": 123, "days_1_30": 0, "days_31_60": 0, "days_61_90": 0, "over_90_days": 0},
            }
        ],
    }
]


@pytest.mark.asyncio
@pytest.mark.parametrize("shape", ["one-element array (as the docs show it)", "object"])
async def test_ap_aging_parses_as_the_docs_show_it_and_as_an_object(shape: str) -> None:
    body = AP_AGING_AS_THE_DOCS_SHOW_IT if shape.startswith("one") else AP_AGING_AS_THE_DOCS_SHOW_IT[0]
    async with client_answering(200, body) as api:
        parsed = await get_ap_aging.asyncio(
            "3c90c3cc-0d44-4b50-8888-8dd25736052a",  # type: ignore[arg-type]
            client=api,
        )
    report = parsed[0] if isinstance(parsed, list) else parsed
    assert isinstance(report, AccountsPayableAging)
    assert isinstance(parsed, list) == shape.startswith("one")
    assert report.vendors
    assert report.vendors[0].vendor_name == "Brewery Supplies Ltd"
    assert report.total_aging_buckets.over_90_days == 4  # type: ignore[union-attr]


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "operation"), REPORTS, ids=[op["operationId"] for _, op in REPORTS])
async def test_every_report_accepts_an_object_and_a_one_element_array(path: str, operation: dict[str, Any]) -> None:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert [resolve(s, SPEC).get("type") for s in schema["oneOf"]] == ["object", "array"]
    report = example(schema["oneOf"][0], SPEC)
    module = importlib.import_module(MODULES[("GET", blank_parameters(path))])
    args, kwargs = arguments(module.asyncio, operation, SPEC)
    for body in (report, [report]):
        async with client_answering(200, body) as api:
            parsed = await module.asyncio(*args, client=api, **kwargs)
        items = parsed if isinstance(body, list) else [parsed]
        assert isinstance(items, list)
        assert len(items) == 1
        assert type(items[0]).__name__ == schema["oneOf"][0]["$ref"].rsplit("/", 1)[-1]


def test_six_reports() -> None:
    assert sorted(op["operationId"] for _, op in REPORTS) == [
        "get_ap_aging",
        "get_ar_aging",
        "get_balance_sheet",
        "get_cash_flow_statement",
        "get_financial_summary",
        "get_profit_and_loss",
    ]
