"""The table of operations that get an automatic Idempotency-Key matches the spec."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import yaml
from thredfi._idempotency import IDEMPOTENCY_KEY_OPERATIONS, add_idempotency_key, declares_idempotency_key
from thredfi._request import Request, RequestOptions, build_request

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "thredfi.yaml"
OPTIONS = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)


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


def test_the_step_adds_a_fresh_key_only_when_missing() -> None:
    path = f"/v1/platform/businesses/{uuid.uuid4()}/invoices/payments/"

    def make(method: str, headers: dict[str, str] | None = None) -> Request:
        return build_request("https://api.test", OPTIONS, method, path, headers=headers)

    first, second = make("POST"), make("POST")
    mine = make("POST", {"Idempotency-Key": "mine"})
    listing = make("GET")
    for request in (first, second, mine, listing):
        add_idempotency_key(request)
    assert uuid.UUID(str(first.header("Idempotency-Key"))).version == 4
    assert first.header("Idempotency-Key") != second.header("Idempotency-Key")
    assert mine.header("Idempotency-Key") == "mine"
    assert listing.header("Idempotency-Key") is None
    key = first.header("Idempotency-Key")
    add_idempotency_key(first)  # a retry or replay of the same request keeps its key
    assert first.header("Idempotency-Key") == key


def test_a_base_url_with_a_path_prefix_still_gets_keys() -> None:
    assert declares_idempotency_key("POST", f"/api/v1/platform/businesses/{uuid.uuid4()}/bills/payments/")
    assert not declares_idempotency_key("POST", f"/v1/platform/businesses/{uuid.uuid4()}/bills/payments/x/")
