"""The contract test's example builder makes values every schema accepts (checked by a validator)."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from bundle_spec import extract_yaml
from openapi_schema_validator import OAS30Validator
from openapi_schema_validator import oas30_format_checker as format_checker

from tests.contract.examples import (
    FORMAT_EXAMPLES,
    example,
    format_conforms,
    from_pattern,
    is_valid,
    number_example,
    resolve,
    string_example,
    value_for,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
PAGES = Path(__file__).resolve().parent / "docs_pages"


def check(schema: dict[str, Any], spec: dict[str, Any]) -> None:
    value = example(schema, spec)
    resolver_root = {**spec, **schema}
    OAS30Validator(resolver_root, format_checker=format_checker).validate(value)
    for string, fmt in strings_with_formats(value, schema, spec):  # formats as strictly as Prism
        assert STRICT[fmt].fullmatch(string), (fmt, string)


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


# Every constraint at once: a format value fitted to the lengths (never cut into an invalid one),
# uniqueItems honoured, a pattern checked together with the format, enum values checked against
# the other constraints. Formats are checked here independently of the builder, as strictly as
# Prism (ajv-formats) checks them: the validator's own email check only looks for an "@".

STRICT = {
    "email": re.compile(r"[^@\s]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "uri": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+"),
    "hostname": re.compile(
        r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
    ),
    "uuid": re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"),
    "byte": re.compile(r"([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"),
}


def strict_check(schema: dict[str, Any], spec: dict[str, Any] | None = None) -> Any:
    """The builder's value for ``schema``, checked by the validator and the strict formats."""
    spec = spec or {}
    value = example(schema, spec)
    OAS30Validator({**spec, **schema}, format_checker=format_checker).validate(value)
    for string, fmt in strings_with_formats(value, schema, spec):
        assert STRICT[fmt].fullmatch(string), (fmt, string)
    return value


def strings_with_formats(value: Any, schema: dict[str, Any], spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Every string in ``value`` whose schema names a format checked in STRICT."""
    schema = resolve(schema, spec)
    if isinstance(value, str) and schema.get("format") in STRICT:
        return [(value, schema["format"])]
    if isinstance(value, list):
        return [pair for item in value for pair in strings_with_formats(item, schema.get("items", {}), spec)]
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return [
            pair for key, item in value.items() if key in props for pair in strings_with_formats(item, props[key], spec)
        ]
    return []


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "email", "maxLength": 10},
        {"type": "string", "format": "email", "maxLength": 6},
        {"type": "string", "format": "email", "minLength": 30},
        {"type": "string", "format": "email", "minLength": 100, "maxLength": 120},
        {"type": "string", "format": "email", "minLength": 12, "maxLength": 12},
        {"type": "string", "format": "uri", "maxLength": 12},
        {"type": "string", "format": "uri", "minLength": 40},
        {"type": "string", "format": "hostname", "maxLength": 3},
        {"type": "string", "format": "hostname", "minLength": 70},
        {"type": "string", "format": "date-time", "minLength": 25},
        {"type": "string", "format": "byte", "minLength": 8, "maxLength": 8},
        {"type": "string", "format": "uuid", "minLength": 36, "maxLength": 36},
    ],
    ids=lambda schema: "-".join(f"{key}={value}" for key, value in schema.items() if key != "type"),
)
def test_a_format_value_is_fitted_to_the_lengths_never_cut_into_an_invalid_one(schema: dict[str, Any]) -> None:
    value = strict_check(schema)
    assert schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value))
    cut = FORMAT_EXAMPLES[schema["format"]][: schema.get("maxLength")]
    if cut != FORMAT_EXAMPLES[schema["format"]]:
        assert value != cut


def test_the_old_cut_email_is_what_the_strict_check_refuses() -> None:
    """What the builder used to send for an email of at most 10 characters: not an email."""
    cut = FORMAT_EXAMPLES["email"][:10]
    assert cut == "finance@ex"
    assert format_checker.conforms(cut, "email")  # the validator alone lets it through
    assert not format_conforms("email", cut)
    assert not STRICT["email"].fullmatch(cut)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"type": "string", "enum": ["a", "b", "c"]}, "minItems": 3, "uniqueItems": True},
        {"type": "array", "items": {"type": "string", "format": "uuid"}, "minItems": 4, "uniqueItems": True},
        {"type": "array", "items": {"type": "string", "format": "date"}, "minItems": 5, "uniqueItems": True},
        {
            "type": "array",
            "items": {"type": "string", "format": "email", "maxLength": 12},
            "minItems": 3,
            "uniqueItems": True,
        },
        {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{3}$"}, "minItems": 4, "uniqueItems": True},
        {
            "type": "array",
            "items": {"type": "integer", "minimum": 0, "maximum": 10},
            "minItems": 6,
            "uniqueItems": True,
        },
        {
            "type": "array",
            "items": {"type": "number", "multipleOf": 0.25, "minimum": 0, "maximum": 2},
            "minItems": 4,
            "uniqueItems": True,
        },
        {"type": "array", "items": {"type": "boolean"}, "minItems": 2, "uniqueItems": True},
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"code": {"type": "string", "pattern": "^[A-Z]{2}$"}, "n": {"type": "integer"}},
                "required": ["code", "n"],
            },
            "minItems": 3,
            "uniqueItems": True,
        },
        {
            "type": "array",
            "items": {"type": "array", "items": {"type": "integer", "enum": [1, 2, 3]}, "minItems": 1},
            "minItems": 2,
            "uniqueItems": True,
        },
    ],
    ids=lambda schema: str(resolve(schema["items"], {}).get("format") or resolve(schema["items"], {}).get("type")),
)
def test_unique_items_are_distinct(schema: dict[str, Any]) -> None:
    value = strict_check(schema)
    assert len(value) == schema["minItems"]
    assert len({json.dumps(item, sort_keys=True) for item in value}) == len(value)


def test_unique_items_without_items_enough_raise_instead_of_repeating_one() -> None:
    with pytest.raises(ValueError, match="no example value"):
        example(
            {"type": "array", "items": {"type": "string", "enum": ["only"]}, "minItems": 2, "uniqueItems": True}, {}
        )
    # without uniqueItems the one value may repeat
    assert example({"type": "array", "items": {"type": "string", "enum": ["only"]}, "minItems": 2}, {}) == [
        "only",
        "only",
    ]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "email", "pattern": r"^[a-z]+@corp\.example$"}, r"[a-z]+@corp\.example"),
        ({"type": "string", "format": "email", "pattern": r"^[a-z]+@[a-z]+\.com$", "maxLength": 12}, None),
        ({"type": "string", "format": "uuid", "pattern": "^[0-9A-F-]+$"}, "[0-9A-F-]+"),
        ({"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]+$"}, "[0-9a-f-]+"),
        ({"type": "string", "format": "date", "pattern": r"^\d{4}-01-\d{2}$"}, None),
        ({"type": "string", "format": "date-time", "pattern": r"\+00:00$"}, None),
        ({"type": "string", "format": "uri", "pattern": "^http://"}, "http://.*"),
        ({"type": "string", "format": "hostname", "pattern": r"^[a-z]+\.example\.org$"}, None),
    ],
)
def test_a_format_value_also_matches_the_pattern_of_the_same_field(
    schema: dict[str, Any], expected: str | None
) -> None:
    value = strict_check(schema)
    assert re.search(schema["pattern"], value)
    if expected:
        assert re.fullmatch(expected, value)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "email", "maxLength": 5},  # no email that short
        {"type": "string", "format": "uuid", "maxLength": 20},
        {"type": "string", "format": "date", "minLength": 12},
        {"type": "string", "format": "email", "pattern": "^[A-Z]{3}$"},
        {"type": "string", "enum": ["abc"], "maxLength": 2},
        {"type": "integer", "minimum": 5, "maximum": 4},
    ],
)
def test_an_impossible_combination_raises_rather_than_yield_an_invalid_value(schema: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="no example"):
        example(schema, {})


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "enum": ["x", "ABC"], "pattern": "^[A-Z]{3}$"}, "ABC"),
        ({"type": "string", "enum": ["too long", "ok"], "maxLength": 2}, "ok"),
        ({"type": "integer", "enum": [1, 5, 10], "minimum": 4}, 5),
        ({"type": "string", "enum": ["not-an-email", "a@b.io"], "format": "email"}, "a@b.io"),
    ],
)
def test_an_enum_value_is_checked_against_the_other_constraints(schema: dict[str, Any], expected: Any) -> None:
    assert strict_check(schema) == expected


def test_floats_are_exact_multiples_where_validators_divide() -> None:
    schema = {"type": "number", "multipleOf": 0.01, "minimum": 0.5, "maximum": 0.6, "exclusiveMinimum": True}
    value = strict_check(schema)
    assert 0.5 < value <= 0.6
    assert int(value / 0.01) == value / 0.01


def test_all_of_takes_the_tightest_bounds_and_checks_every_part() -> None:
    schema = {"allOf": [{"type": "string", "maxLength": 8, "format": "email"}, {"maxLength": 7, "pattern": "^[a-c]"}]}
    value = example(schema, {})
    assert len(value) <= 7
    assert re.match("^[a-c]", value)
    assert STRICT["email"].fullmatch(value)


def test_every_constraint_together_in_one_body() -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Code": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}$", "minLength": 4, "maxLength": 4},
                "Body": {
                    "type": "object",
                    "required": ["email", "codes", "fee", "kind", "when"],
                    "properties": {
                        "email": {"type": "string", "format": "email", "maxLength": 16, "pattern": "^[a-z]"},
                        "codes": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Code"},
                            "minItems": 3,
                            "maxItems": 3,
                            "uniqueItems": True,
                        },
                        "fee": {"type": "integer", "minimum": 10, "maximum": 99, "multipleOf": 7},
                        "kind": {"type": "string", "enum": ["lowercase", "UP"], "pattern": "^[A-Z]+$"},
                        "when": {"type": "string", "format": "date-time", "minLength": 25},
                        "site": {"type": "string", "format": "uri", "maxLength": 14},
                    },
                },
            }
        }
    }
    value = strict_check({"$ref": "#/components/schemas/Body"}, spec)
    assert len(set(value["codes"])) == 3
    assert value["kind"] == "UP"
    assert value["fee"] % 7 == 0


def test_a_list_argument_with_unique_items_gets_distinct_typed_values() -> None:
    schema = {"type": "array", "items": {"type": "string", "format": "uuid"}, "minItems": 3, "uniqueItems": True}
    values = value_for(list[uuid.UUID], schema, {})
    assert all(isinstance(item, uuid.UUID) for item in values)
    assert len(set(values)) == 3
    dates = value_for(
        list[dt.date],
        {"type": "array", "items": {"type": "string", "format": "date"}, "minItems": 2, "uniqueItems": True},
        {},
    )
    assert dates == [dt.date(2026, 1, 15), dt.date(2026, 1, 16)]


DATE_TIME_QUERY_PARAMETERS = sorted(
    (op["operationId"], parameter["name"], parameter["schema"])
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
    for parameter in op.get("parameters", [])
    if parameter["in"] == "query" and resolve(parameter.get("schema", {}), SPEC).get("format") == "date-time"
)


def test_the_date_time_filters_the_docs_type_so_are_date_time_in_the_spec() -> None:
    names = {(operation, name) for operation, name, _ in DATE_TIME_QUERY_PARAMETERS}
    assert {
        ("list_invoice_payments", "date_from"),
        ("list_invoice_payments", "date_to"),
        ("list_invoices", "due_at_end"),
        ("list_invoices", "due_at_start"),
        ("list_payouts", "completed_at_end"),
        ("list_payouts", "completed_at_start"),
    } <= names


@pytest.mark.parametrize(("operation", "name", "schema"), DATE_TIME_QUERY_PARAMETERS)
def test_a_date_time_query_parameter_gets_an_aware_datetime_its_schema_accepts(
    operation: str, name: str, schema: dict[str, Any]
) -> None:
    """The generated function sends ``value.isoformat()``: with an offset, as RFC 3339 (and Prism) require."""
    value = value_for(dt.datetime, schema, SPEC)
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    assert format_conforms("date-time", value.isoformat())
    assert is_valid(value.isoformat(), schema, SPEC)
    assert not format_conforms("date-time", value.replace(tzinfo=None).isoformat())  # a naive one would not do
