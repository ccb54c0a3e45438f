"""Schemas as flat fields: every value a schema describes, by dotted path, with what a client
relies on (type, format, enum, presence, nullability, limits); ``$ref`` and ``allOf`` resolved."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .changes import MAX_DEPTH, Direction
from .sources import pointer


@dataclass(frozen=True)
class Field:
    """What a client relies on for one value: type, format, enum, presence, nullability, limits."""

    type: str
    format: str | None
    enum: tuple[str, ...] | None  # JSON-encoded values, sorted; None = no enum
    required: bool
    nullable: bool
    limits: tuple[tuple[str, Any], ...] = ()  # (keyword, value) for the keys of LIMIT_KEYWORDS


# Validation limits: a value the server accepted before may be refused once one tightens.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
LIMIT_KEYWORDS = (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "multipleOf")


def _limits_of(parts: list[dict[str, Any]]) -> tuple[tuple[str, Any], ...]:
    found: dict[str, Any] = {}
    for part in parts:
        for key in LIMIT_KEYWORDS:
            if key in part and key not in found:
                found[key] = part[key]
    return tuple(sorted(found.items()))


def resolve(node: Any, spec: Mapping[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` to a schema; a loop made only of refs (A -> B -> A) gives ``{}``."""
    followed: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in followed:
            return {}
        followed.append(ref)
        node = pointer(spec, ref)
    return node if isinstance(node, dict) else {}


def _all_of(schema: dict[str, Any], spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The schema and its ``allOf`` members (recursively), which together describe one value."""
    parts: list[dict[str, Any]] = []
    pending = [schema]
    while pending:
        part = pending.pop(0)
        if any(part is seen for seen in parts):
            continue
        parts.append(part)
        pending += [resolve(member, spec) for member in part.get("allOf") or []]
    return parts


def _first(parts: list[dict[str, Any]], key: str) -> Any:
    """The first value of ``key`` among allOf parts (the schema itself first)."""
    return next((part[key] for part in parts if part.get(key) is not None), None)


def _type_of(parts: list[dict[str, Any]]) -> str:
    """A comparable type name: the declared type, else what the schema's shape implies."""
    declared = _first(parts, "type")
    if isinstance(declared, list):
        return "|".join(sorted(str(t) for t in declared))
    if declared is not None:
        return str(declared)
    if any(part.get("properties") for part in parts):
        return "object"
    for key in ("oneOf", "anyOf"):
        if any(part.get(key) for part in parts):
            return key
    return "any"


def _enum_of(parts: list[dict[str, Any]]) -> tuple[str, ...] | None:
    """Enum values as sorted JSON strings, so 1 and "1" stay different and order is ignored."""
    values = _first(parts, "enum")
    if not isinstance(values, list):
        return None
    return tuple(sorted({json.dumps(v, sort_keys=True, default=str) for v in values}))


def _properties(parts: list[dict[str, Any]], spec: Mapping[str, Any]) -> dict[str, tuple[Any, bool]]:
    """Properties with their required flag; oneOf/anyOf alternatives are merged as optional."""
    required = {str(name) for part in parts for name in part.get("required") or []}
    props = {
        str(name): (prop, str(name) in required)
        for part in reversed(parts)  # the schema's own definition wins over its allOf members
        for name, prop in (part.get("properties") or {}).items()
    }
    variants = [resolve(v, spec) for part in parts for key in ("oneOf", "anyOf") for v in part.get(key) or []]
    for variant in variants:
        for part in _all_of(variant, spec):
            for name, prop in (part.get("properties") or {}).items():
                props.setdefault(str(name), (prop, False))
    return props


def _hidden(prop: Any, spec: Mapping[str, Any], direction: Direction) -> bool:
    """readOnly fields are never sent and writeOnly fields never received: not part of that side."""
    flag = "readOnly" if direction == "request" else "writeOnly"
    return bool((isinstance(prop, dict) and prop.get(flag)) or resolve(prop, spec).get(flag))


def _join(path: str, name: str) -> str:
    """Dotted child path; the root is the empty path."""
    return f"{path}.{name}" if path else name


def flatten_schema(
    schema: Any, spec: Mapping[str, Any], direction: Direction, root: str = "", required: bool = True
) -> dict[str, Field]:
    """Every value a schema describes, by dotted path (``a.b``, ``list[]``, ``map{}``).

    A schema already being expanded higher up the same branch (a tree node holding its
    children, through ``$ref`` or ``allOf``) is recorded but not entered again, so it ends.
    """
    out: dict[str, Field] = {}
    _walk(schema, spec, direction, root, required, frozenset(), out)
    return out


def _walk(
    node: Any,
    spec: Mapping[str, Any],
    direction: Direction,
    path: str,
    required: bool,
    chain: frozenset[int],
    out: dict[str, Field],
) -> None:
    """Record ``node`` at ``path``, then its properties, items and map values (see flatten_schema)."""
    schema = resolve(node, spec)
    parts = _all_of(schema, spec)
    out[path] = Field(
        type=_type_of(parts),
        format=_first(parts, "format"),
        enum=_enum_of(parts),
        required=required,
        nullable=any(bool(part.get("nullable")) for part in parts),
        limits=_limits_of(parts),
    )
    if id(schema) in chain or len(chain) >= MAX_DEPTH:
        return  # a cycle: this very schema is being expanded above
    chain = chain | {id(schema)}
    props = _properties(parts, spec)
    for name in sorted(props):
        prop, prop_required = props[name]
        if not _hidden(prop, spec, direction):
            _walk(prop, spec, direction, _join(path, name), prop_required, chain, out)
    items = _first(parts, "items")
    if items is not None:
        _walk(items, spec, direction, f"{path}[]", True, chain, out)
    extra = _first(parts, "additionalProperties")
    if isinstance(extra, dict) and extra:
        _walk(extra, spec, direction, f"{path}{{}}", True, chain, out)
