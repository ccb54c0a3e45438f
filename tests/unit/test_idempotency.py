"""The table of operations that get an automatic Idempotency-Key matches the spec."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import pytest
import yaml
from thredfi._idempotency import IDEMPOTENCY_KEY_OPERATIONS, IdempotencyKeyHook, declares_idempotency_key

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "thredfi.yaml"


def test_the_table_lists_exactly_the_operations_whose_spec_declares_the_header() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    declared = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if any(p["in"] == "header" and p["name"] == "Idempotency-Key" for p in op.get("parameters", []))
    }
    assert len(declared) == len(IDEMPOTENCY_KEY_OPERATIONS) == 3
    for method, path in declared:
        concrete = re.sub(r"\{[^}]*\}", str(uuid.uuid4()), path)
        assert declares_idempotency_key(method, concrete), (method, path)
    others = [
        (method.upper(), re.sub(r"\{[^}]*\}", str(uuid.uuid4()), path))
        for path, item in spec["paths"].items()
        for method in item
        if (method.upper(), path) not in declared
    ]
    assert not any(declares_idempotency_key(m, p) for m, p in others)


@pytest.mark.asyncio
async def test_the_hook_adds_a_fresh_key_only_when_missing() -> None:
    hook = IdempotencyKeyHook()
    url = f"https://api.test/v1/platform/businesses/{uuid.uuid4()}/invoices/payments/"
    first, second = httpx.Request("POST", url), httpx.Request("POST", url)
    mine = httpx.Request("POST", url, headers={"Idempotency-Key": "mine"})
    listing = httpx.Request("GET", url)
    for request in (first, second, mine, listing):
        await hook(request)
    assert uuid.UUID(first.headers["Idempotency-Key"]).version == 4
    assert first.headers["Idempotency-Key"] != second.headers["Idempotency-Key"]
    assert mine.headers["Idempotency-Key"] == "mine"
    assert "Idempotency-Key" not in listing.headers
    key = first.headers["Idempotency-Key"]
    await hook(first)  # a retry or replay of the same request keeps its key
    assert first.headers["Idempotency-Key"] == key


def test_a_base_url_with_a_path_prefix_still_gets_keys() -> None:
    assert declares_idempotency_key("POST", f"/api/v1/platform/businesses/{uuid.uuid4()}/bills/payments/")
    assert not declares_idempotency_key("POST", f"/v1/platform/businesses/{uuid.uuid4()}/bills/payments/x/")
