"""The contract test's example builder makes values every schema accepts (checked by a validator)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from bundle_spec import extract_yaml
from openapi_schema_validator import OAS30Validator
from openapi_schema_validator import oas30_format_checker as format_checker

from tests.contract.examples import example, from_pattern, number_example, string_example

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
PAGES = Path(__file__).resolve().parent / "docs_pages"


def check(schema: dict[str, Any], spec: dict[str, Any]) -> None:
    value = example(schema, spec)
    resolver_root = {**spec, **schema}
    OAS30Validator(resolver_root, format_checker=format_checker).validate(value)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^[0-9a-f-]+$"},
        {"type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3},
        {"type": "string", "pattern": r"^[A-Z]{2}[0-9A-Z]{2,12}$"},
        {"type": "string", "pattern": r"^\d{2}-\d{2}-\d{2}$"},
        {"type": "string", "pattern": "^(GB|IE)[0-9]+$"},
        {"type": "string", "pattern": "^[^@]+@[^@]+$"},
        {"type": "string", "minLength": 10},
        {"type": "string", "maxLength": 1},
        {"type": "string", "minLength": 40, "maxLength": 40},
        {"type": "string", "format": "uuid"},
        {"type": "string", "format": "date"},
        {"type": "string", "format": "date-time"},
        {"type": "string", "format": "email", "maxLength": 254},
        {"type": "string", "enum": ["ACTIVE", "INACTIVE"]},
        {"type": "string", "enum": ["", "debit_positive"]},
        {"type": "integer", "minimum": 100, "multipleOf": 50},
        {"type": "integer", "minimum": 0, "maximum": 0},
        {"type": "integer", "minimum": 5, "exclusiveMinimum": True},
        {"type": "integer", "maximum": -3},
        {"type": "number", "minimum": 0.25, "maximum": 0.75},
        {"type": "number", "maximum": 0, "exclusiveMaximum": True},
        {"type": "array", "items": {"type": "string", "minLength": 2}, "minItems": 3, "maxItems": 5},
        {"type": "array", "items": {"type": "integer"}, "maxItems": 0},
        {
            "type": "object",
            "properties": {"code": {"type": "string", "maxLength": 4}, "n": {"type": "integer", "minimum": 7}},
            "required": ["code", "n"],
        },
        {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"required": ["a"]}]},
    ],
)
def test_example_meets_every_constraint(schema: dict[str, Any]) -> None:
    check(schema, {})


def test_pattern_strings_match_their_pattern() -> None:
    assert from_pattern("^[0-9a-f-]+$", 3) == "000"
    assert from_pattern(r"^\d{2}-\d{2}$", 1) == "11-11"
    assert string_example({"pattern": "^x{4,}$"}) == "xxxx"
    assert number_example({"minimum": 3}, integer=True) == 3


def request_schemas(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for parameter in op.get("parameters", []):
                found.append((f"{method.upper()} {path} {parameter['name']}", parameter["schema"]))
            for media, content in op.get("requestBody", {}).get("content", {}).items():
                found.append((f"{method.upper()} {path} body {media}", content["schema"]))
    return found


@pytest.mark.parametrize(("where", "schema"), request_schemas(SPEC), ids=lambda v: v if isinstance(v, str) else "")
def test_every_request_schema_of_the_spec_gets_a_valid_example(where: str, schema: dict[str, Any]) -> None:
    check(schema, SPEC)


def test_every_request_schema_of_the_docs_pages_gets_a_valid_example() -> None:
    for page in sorted(PAGES.rglob("*.md")):
        document = yaml.safe_load(extract_yaml(page.read_text(encoding="utf-8")))
        for _, schema in request_schemas(document):
            check(schema, document)
