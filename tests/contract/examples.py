"""Build valid arguments for any generated operation from the bundled spec and its type hints.

Every parameter (optional ones too) gets a value, so the contract test exercises how the SDK
serialises each of them; request bodies are built from the operation's schema and loaded into
the generated body model, so what is sent is what the SDK itself serialises.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import types
import typing
import uuid
from typing import Any, Literal, get_args, get_origin, get_type_hints

from thredfi_api.types import Unset

Spec = dict[str, Any]


def resolve(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def example(schema: dict[str, Any], spec: Spec, depth: int = 0) -> Any:
    """A value valid for ``schema``: every property filled, constraints respected."""
    schema = resolve(schema, spec)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(resolve(part, spec))
        return example(merged, spec, depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(schema[key][0], spec, depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 6:
            return {}
        return {
            name: example(prop, spec, depth + 1)
            for name, prop in schema.get("properties", {}).items()
            if not resolve(prop, spec).get("readOnly")
        }
    if kind == "array":
        return [example(schema.get("items", {}), spec, depth + 1)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(max(schema.get("minimum", 1), 1))
    if kind == "boolean":
        return True
    if kind == "string":
        return string_example(schema)
    return "any"


def string_example(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    value = {
        "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "date": "2026-01-15",
        "date-time": "2026-01-15T10:00:00Z",
        "email": "finance@example.com",
        "uri": "https://example.com/x",
    }.get(fmt or "", "GB")
    minimum, maximum = schema.get("minLength", 0), schema.get("maxLength")
    value = value.ljust(minimum, "x")
    return value[:maximum] if maximum else value


def python_name(name: str) -> str:
    return re.sub(r"\W+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower()


def _strip_unset(hint: Any) -> Any:
    if get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not Unset and a is not type(None)]
        return options[0] if len(options) == 1 else typing.Union[tuple(options)]  # noqa: UP007
    return hint


def value_for(hint: Any, schema: dict[str, Any], spec: Spec) -> Any:
    """A Python value of the generated parameter's type, valid for its spec schema."""
    hint = _strip_unset(hint)
    origin = get_origin(hint)
    if origin is Literal:
        return get_args(hint)[0]
    if origin is list:
        return [value_for(get_args(hint)[0], resolve(schema, spec).get("items", {}), spec)]
    if hint is uuid.UUID:
        return uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    if hint is dt.date:
        return dt.date(2026, 1, 15)
    if hint is dt.datetime:
        return dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    if hint is bool:
        return True
    if hint in (int, float):
        return hint(example(schema, spec))
    if hasattr(hint, "from_dict"):
        return hint.from_dict(example(schema, spec))
    return example(schema, spec)


def arguments(fn: Any, operation: dict[str, Any], spec: Spec) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keyword arguments (query, header, body) for ``fn``."""
    hints = get_type_hints(fn)
    schemas = {python_name(p["name"]): p.get("schema", {}) for p in operation.get("parameters", [])}
    contents = operation.get("requestBody", {}).get("content", {})
    body = next(iter(contents.values()), {}).get("schema", {})
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        value = value_for(hints[name], body if name == "body" else schemas.get(name, {}), spec)
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs
