"""Build valid arguments for any generated operation from the bundled spec and its type hints.

Every parameter (optional ones too) gets a value, so the contract test exercises how the SDK
serialises each of them; request bodies are built from the operation's schema and loaded into
the generated body model, so what is sent is what the SDK itself serialises.

Values honour what a docs page may declare: ``enum``, ``format``, ``pattern``, string lengths,
number ranges (``minimum``/``maximum``, exclusive bounds, ``multipleOf``) and array sizes, so a
real docs page dropped into ``openapi/fragments/`` needs no change here.
"""

from __future__ import annotations

import datetime as dt
import inspect
import math
import re
import types
import typing
import uuid
from collections import Counter
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal, get_args, get_origin, get_type_hints

from thredfi_api.types import Unset

Spec = dict[str, Any]

EXAMPLE_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FORMAT_EXAMPLES = {
    "uuid": EXAMPLE_UUID,
    "date": "2026-01-15",
    "date-time": "2026-01-15T10:00:00Z",
    "time": "10:00:00",
    "email": "finance@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "R0I=",
    "decimal": "1.00",
    "duration": "P1D",
}
# tried in order when a string has no (known) format: the first that fits every constraint wins
PLAIN_CANDIDATES = ("GB", EXAMPLE_UUID, "2026-01-15", "1", "a", "A", "example")


def resolve(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def merge_all_of(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """One schema from an ``allOf``: properties and required names of every part."""
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = resolve(part, spec)
        if "allOf" in part:
            part = merge_all_of(part, spec)
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            else:
                merged.setdefault(key, value)
    return merged


def example(schema: dict[str, Any], spec: Spec, depth: int = 0) -> Any:
    """A value valid for ``schema``: every property filled, constraints respected."""
    schema = resolve(schema, spec)
    if "allOf" in schema:
        return example(merge_all_of(schema, spec), spec, depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(schema[key][0], spec, depth)
    if "enum" in schema:
        return next((value for value in schema["enum"] if value is not None), None)
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
        count = max(int(schema.get("minItems", 1)), 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [example(schema.get("items", {}), spec, depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(number_example(schema, integer=True))
    if kind == "number":
        return float(number_example(schema, integer=False))
    if kind == "boolean":
        return True
    if kind == "string":
        return string_example(schema)
    return "any"


def number_example(schema: dict[str, Any], *, integer: bool) -> float:
    """1 if the schema allows it, else the nearest allowed value (bounds, exclusive bounds, multipleOf)."""
    step = 1.0 if integer else 0.5
    low, high = schema.get("minimum"), schema.get("maximum")
    # OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if exclusive_low is True and low is not None:
        low += step
    elif isinstance(exclusive_low, int | float) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step
    if exclusive_high is True and high is not None:
        high -= step
    elif isinstance(exclusive_high, int | float) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    value = 1.0
    if low is not None:
        value = max(value, math.ceil(low) if integer else low)
    if high is not None:
        value = min(value, math.floor(high) if integer else high)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
        if high is not None and value > high:
            value = math.floor(high / multiple) * multiple
    return value


def string_example(schema: dict[str, Any]) -> str:
    """A string meeting the schema's format, pattern and length limits."""
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    pattern = schema.get("pattern")
    fmt = schema.get("format")
    candidates = [FORMAT_EXAMPLES[fmt]] if fmt in FORMAT_EXAMPLES else list(PLAIN_CANDIDATES)
    if pattern and fmt not in FORMAT_EXAMPLES:
        target = max(minimum, 1)
        candidates += [s for s in (from_pattern(pattern, n) for n in range(1, max(target, 8) + 1)) if s is not None]

    def fits(value: str) -> bool:
        if len(value) < minimum or (maximum is not None and len(value) > int(maximum)):
            return False
        return pattern is None or re.search(pattern, value) is not None

    for candidate in candidates:
        for value in (candidate, candidate.ljust(minimum, "x"), candidate[: int(maximum)] if maximum else candidate):
            if fits(value):
                return value
    raise ValueError(f"no example string found for {schema}")


def from_pattern(pattern: str, repeat: int) -> str | None:
    """A string the regular expression matches, each repetition taken ``repeat`` times (within its bounds)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    try:
        return _emit(list(parsed), repeat)
    except ValueError:
        return None


def _emit(items: list[tuple[Any, Any]], repeat: int) -> str:
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is sre.ANY:
            out.append("a")
        elif op is sre.IN:
            out.append(_class_member(arg))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            count = max(low, min(repeat, high))
            out.append("".join(_emit(list(sub), repeat) for _ in range(count)))
        elif op is sre.SUBPATTERN:
            out.append(_emit(list(arg[-1]), repeat))
        elif op is sre.BRANCH:
            out.append(_emit(list(arg[1][0]), repeat))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"unsupported pattern element {op}")
    return "".join(out)


_CATEGORY_EXAMPLES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _class_member(items: list[tuple[Any, Any]]) -> str:
    if items and items[0][0] is sre.NEGATE:
        rest = items[1:]
        for char in "aA0x_-. ":
            if not _in_class(char, rest):
                return char
        raise ValueError("negated class with no plain member")
    op, arg = items[0]
    if op is sre.LITERAL:
        return str(chr(arg))
    if op is sre.RANGE:
        return str(chr(arg[0]))
    if op is sre.CATEGORY:
        return _CATEGORY_EXAMPLES[str(arg)]
    raise ValueError(f"unsupported class element {op}")


def _in_class(char: str, items: list[tuple[Any, Any]]) -> bool:
    for op, arg in items:
        if op is sre.LITERAL and chr(arg) == char:
            return True
        if op is sre.RANGE and arg[0] <= ord(char) <= arg[1]:
            return True
        if op is sre.CATEGORY and re.fullmatch(_CATEGORY_REGEX[str(arg)], char):
            return True
    return False


_CATEGORY_REGEX = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


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
        items = resolve(schema, spec)
        count = len(example(items, spec)) if items.get("type") == "array" else 1
        return [value_for(get_args(hint)[0], items.get("items", {}), spec) for _ in range(count)]
    if origin in (typing.Union, types.UnionType):
        # a union of models (several body types): the first one's model, built from the first schema
        return value_for(get_args(hint)[0], schema, spec)
    if hint is uuid.UUID:
        return uuid.UUID(EXAMPLE_UUID)
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


def parameter_schemas(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each parameter's schema by its generated Python name.

    openapi-python-client names a parameter whose name another location also uses after its
    location (``business_id`` in path and query: ``business_id_path``, ``business_id_query``).
    """
    parameters = operation.get("parameters", [])
    clashes = Counter(python_name(p["name"]) for p in parameters)
    return {
        python_name(p["name"]) + (f"_{p['in']}" if clashes[python_name(p["name"])] > 1 else ""): p.get("schema", {})
        for p in parameters
    }


def arguments(fn: Any, operation: dict[str, Any], spec: Spec) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keyword arguments (query, header, body) for ``fn``."""
    hints = get_type_hints(fn)
    schemas = parameter_schemas(operation)
    contents = operation.get("requestBody", {}).get("content", {})
    body = next(iter(contents.values()), {}).get("schema", {})
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        if name not in schemas and name != "body":
            raise KeyError(f"{fn.__module__}: parameter {name!r} has no schema in the spec")
        value = value_for(hints[name], body if name == "body" else schemas[name], spec)
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs
