"""Report what changed between two versions of the Thredfi API, and whether it breaks users.

Compares two bundled OpenAPI 3.0 specs operation by operation (keyed by METHOD + path):
operations, parameters (by in + name), request bodies and their fields, success responses and
their fields (``$ref`` resolved, nested objects and array items as dotted paths such as
``results[].vendor.id``), and enums. Each change is BREAKING or not; the rules are in
``docs/api-changes.md``. ``--griffe`` adds griffe's breaking-change findings on the Python
packages ``thredfi_api`` (generated/) and ``thredfi`` (overlay/).

Version rule (``--check-version``): when any change is breaking, the version must move to a new
major (``1.4.2`` -> ``2.0.0``); while the major is 0, a new minor is enough (``0.1.3`` ->
``0.2.0``), as 0.x releases use the minor for breaking changes. Otherwise the check fails.

Usage::

    python scripts/api_changes.py OLD_SPEC NEW_SPEC
    python scripts/api_changes.py --git BASE_REF [HEAD_REF]     # openapi/thredfi.yaml at two refs
        [--griffe BASE_REF] [--check-version BASE_REF]
        [--changelog CHANGELOG.md [--date YYYY-MM-DD]] [--repo PATH]

The "new" side is HEAD_REF when given, else the working tree (for the spec, griffe and the
version). The markdown report goes to stdout. Exit codes: 0 fine, 1 a check failed (breaking
change without a version bump), 2 bad input (missing or invalid spec, unknown ref, ...).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from bundle_spec import BundleError, load_document

if TYPE_CHECKING:
    import griffe

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_PATH = "openapi/thredfi.yaml"
PYTHON_PACKAGES = (("thredfi_api", "generated"), ("thredfi", "overlay"))
MAX_DEPTH = 64  # nesting cut-off: a last resort for pathological specs; cycles stop earlier

Kind = Literal["added", "removed", "changed"]
Direction = Literal["request", "response"]


class ApiChangesError(Exception):
    """Bad input: a missing or invalid spec, an unknown git ref, an unreadable version."""


@dataclass(frozen=True)
class Change:
    """One reported difference. ``location`` starts with ``METHOD /path (operationId)``."""

    kind: Kind
    category: str  # operation, parameter, request-body, request-field, response, response-field, enum, python
    location: str
    detail: str
    breaking: bool


def sort_changes(changes: list[Change]) -> list[Change]:
    """Stable order for reports and tests: by location, then category, kind and detail."""
    return sorted(changes, key=lambda c: (c.location, c.category, c.kind, c.detail, c.breaking))


# --- reading specs ---------------------------------------------------------------------------


def _iter_refs(node: Any, depth: int = 0) -> Iterator[str]:
    """Every ``$ref`` string of a document (depth-capped in case of recursive YAML anchors)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _iter_refs(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _iter_refs(value, depth + 1)


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """The target of a local ``$ref`` (``#/a/b``), or raise naming the ref."""
    if not ref.startswith("#/"):
        raise ApiChangesError(f"$ref {ref!r} is not local to the document (bundled specs only)")
    node: Any = spec
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise ApiChangesError(f"$ref {ref!r} does not resolve")
        node = node[key]
    return node


def parse_spec(text: str, source: str) -> dict[str, Any]:
    """Parse a bundled spec and check what the comparison relies on; errors name ``source``."""
    try:
        spec = load_document(text, source)  # dates kept as the strings the spec wrote
    except BundleError as exc:
        raise ApiChangesError(str(exc)) from exc
    if not isinstance(spec.get("paths"), dict):
        raise ApiChangesError(f"{source}: the document has no 'paths' mapping")
    for ref in sorted(set(_iter_refs(spec))):
        try:
            _pointer(spec, ref)
        except ApiChangesError as exc:
            raise ApiChangesError(f"{source}: {exc}") from exc
    return spec


def read_spec_file(path: Path) -> dict[str, Any]:
    """Read and parse a spec file, naming it when it is missing."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ApiChangesError(f"{path}: cannot read the spec: {exc.strerror or exc}") from exc
    return parse_spec(text, str(path))


def _git(repo: Path, *args: str) -> bytes:
    """Run git in ``repo``; a failure becomes an ApiChangesError with git's own message."""
    try:
        result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise ApiChangesError(f"cannot run git: {exc}") from exc
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
        raise ApiChangesError(f"git {' '.join(args)}: {message}")
    return result.stdout


def git_root(path: Path) -> Path:
    """The top of the git work tree containing ``path``."""
    return Path(_git(path, "rev-parse", "--show-toplevel").decode().strip())


def read_at(repo: Path, ref: str | None, relative: str) -> str:
    """A file's text at a git ref, or in the working tree when ``ref`` is None."""
    if ref is None:
        path = repo / relative
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ApiChangesError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return _git(repo, "show", f"{ref}:{relative}").decode("utf-8")
    except ApiChangesError as exc:
        raise ApiChangesError(f"{ref}:{relative}: not readable at ref {ref!r} ({exc})") from exc


def read_spec_at(repo: Path, ref: str | None, relative: str = SPEC_PATH) -> dict[str, Any]:
    """The spec at a git ref (or the working tree), with errors naming ref and file."""
    source = f"{ref}:{relative}" if ref is not None else str(repo / relative)
    return parse_spec(read_at(repo, ref, relative), source)


# --- schemas as flat fields ------------------------------------------------------------------


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


def _tightened(key: str, old: Any, new: Any) -> bool:
    """Whether changing limit ``key`` from ``old`` to ``new`` (None: absent) refuses more values."""
    if new is None:
        return False
    if old is None:
        return True
    if key in LOWER_BOUNDS:
        return bool(new > old)
    if key in UPPER_BOUNDS:
        return bool(new < old)
    return bool(new != old)  # pattern, multipleOf: any change may refuse a value


def _limit_changes(old: Field, new: Field, direction: Direction, location: str) -> list[Change]:
    """Changed limits: breaking when a request value or parameter is refused more often."""
    before, after = dict(old.limits), dict(new.limits)
    changes = []
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        detail = f"`{key}` changed from {was!r} to {now!r}".replace("None", "none")
        breaking = direction == "request" and _tightened(key, was, now)
        changes.append(Change("changed", "limit", location, detail, breaking))
    return changes


def _resolve(node: Any, spec: Mapping[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` to a schema; a loop made only of refs (A -> B -> A) gives ``{}``."""
    followed: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in followed:
            return {}
        followed.append(ref)
        node = _pointer(spec, ref)
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
        pending += [_resolve(member, spec) for member in part.get("allOf") or []]
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
    variants = [_resolve(v, spec) for part in parts for key in ("oneOf", "anyOf") for v in part.get(key) or []]
    for variant in variants:
        for part in _all_of(variant, spec):
            for name, prop in (part.get("properties") or {}).items():
                props.setdefault(str(name), (prop, False))
    return props


def _hidden(prop: Any, spec: Mapping[str, Any], direction: Direction) -> bool:
    """readOnly fields are never sent and writeOnly fields never received: not part of that side."""
    flag = "readOnly" if direction == "request" else "writeOnly"
    return bool((isinstance(prop, dict) and prop.get(flag)) or _resolve(prop, spec).get(flag))


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
    schema = _resolve(node, spec)
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


# --- comparing flat fields -------------------------------------------------------------------


def _describe(field: Field) -> str:
    """``string (uuid)``: the type as a reader would say it."""
    return f"{field.type} ({field.format})" if field.format else field.type


def _values(values: tuple[str, ...]) -> str:
    """Enum values as inline code, in their stable (sorted) order."""
    return ", ".join(f"`{v}`" for v in values)


def _under(path: str, ancestors: set[str]) -> bool:
    """True when ``path`` lies below one of ``ancestors`` (its change already says it all)."""
    return any(path.startswith(a + sep) for a in ancestors for sep in (".", "[]", "{}"))


def _enum_changes(old: Field, new: Field, direction: Direction, location: str) -> list[Change]:
    """Removed enum values break both sides; a new enum restricts requests and loosens responses."""
    if old.enum == new.enum:
        return []
    if old.enum is None and new.enum is not None:
        breaking = direction == "request"
        return [Change("changed", "enum", location, f"now restricted to enum values {_values(new.enum)}", breaking)]
    if new.enum is None:
        breaking = direction == "response"
        return [Change("changed", "enum", location, "no longer restricted to an enum", breaking)]
    assert old.enum is not None
    removed = tuple(v for v in old.enum if v not in new.enum)
    added = tuple(v for v in new.enum if v not in old.enum)
    changes = []
    if removed:
        changes.append(Change("removed", "enum", location, f"enum values removed: {_values(removed)}", True))
    if added:
        changes.append(Change("added", "enum", location, f"enum values added: {_values(added)}", False))
    return changes


def _field_changed(
    old: Field, new: Field, direction: Direction, category: str, noun: str, location: str
) -> list[Change]:
    """Changes of one value present on both sides, classified by the side that reads it."""
    changes = []
    if (old.type, old.format) != (new.type, new.format):
        detail = f"type changed from `{_describe(old)}` to `{_describe(new)}`"
        changes.append(Change("changed", category, location, detail, True))
    if old.required != new.required:
        if direction == "request":
            detail, breaking = (f"{noun} became required", True) if new.required else (f"{noun} became optional", False)
        elif new.required:
            detail, breaking = f"{noun} became required (always present)", False
        else:
            detail, breaking = f"{noun} became optional (may be absent)", True
        changes.append(Change("changed", category, location, detail, breaking))
    if old.nullable != new.nullable:
        if direction == "request":
            detail, breaking = ("now accepts null", False) if new.nullable else ("no longer accepts null", True)
        else:
            detail, breaking = ("may now be null", True) if new.nullable else ("no longer null", False)
        changes.append(Change("changed", category, location, detail, breaking))
    return changes + _enum_changes(old, new, direction, location) + _limit_changes(old, new, direction, location)


def diff_fields(
    old: Mapping[str, Field],
    new: Mapping[str, Field],
    direction: Direction,
    category: str,
    label: Callable[[str], str],
    noun: str = "field",
) -> list[Change]:
    """Compare two flattened schemas.

    Only the top of an added or removed subtree is reported, and nothing below a value whose
    type changed: the type change already says it.
    """
    removed = set(old) - set(new)
    added = set(new) - set(old)
    retyped = {p for p in set(old) & set(new) if (old[p].type, old[p].format) != (new[p].type, new[p].format)}
    changes: list[Change] = []
    for path in sorted(removed):
        if not _under(path, removed | retyped):
            changes.append(Change("removed", category, label(path), f"{noun} removed", True))
    for path in sorted(added):
        if _under(path, added | retyped):
            continue
        field = new[path]
        if direction == "response":
            changes.append(Change("added", category, label(path), f"new {noun}", False))
        elif field.required:
            changes.append(Change("added", category, label(path), f"new required {noun}", True))
        else:
            changes.append(Change("added", category, label(path), f"new optional {noun}", False))
    for path in sorted(set(old) & set(new)):
        changes += _field_changed(old[path], new[path], direction, category, noun, label(path))
    return changes


# --- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation with parameters merged from its path item and ``$ref`` resolved."""

    method: str
    path: str
    operation_id: str
    deprecated: bool
    parameters: dict[str, dict[str, Any]]  # "in name" -> parameter
    request_body: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]

    @property
    def label(self) -> str:
        """How the report names it: ``METHOD /path (operationId)``."""
        return f"{self.method} {self.path} ({self.operation_id})"


def _parameter_key(parameter: Mapping[str, Any]) -> str:
    """``in name``; header names are case-insensitive, so they compare lower-cased."""
    where, name = str(parameter.get("in", "")), str(parameter.get("name", ""))
    return f"{where} {name.lower() if where == 'header' else name}"


def operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], Operation]:
    """Every operation of a spec keyed by (METHOD, path)."""
    found: dict[tuple[str, str], Operation] = {}
    for path, raw_item in (spec.get("paths") or {}).items():
        item = _resolve(raw_item, spec)
        shared = {_parameter_key(p): p for p in (_resolve(q, spec) for q in item.get("parameters") or [])}
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            own = {_parameter_key(p): p for p in (_resolve(q, spec) for q in op.get("parameters") or [])}
            body = op.get("requestBody")
            responses = {str(code): _resolve(r, spec) for code, r in (op.get("responses") or {}).items()}
            found[(method.upper(), str(path))] = Operation(
                method=method.upper(),
                path=str(path),
                operation_id=str(op.get("operationId", "")),
                deprecated=bool(op.get("deprecated")),
                parameters={**shared, **own},
                request_body=_resolve(body, spec) if body is not None else None,
                responses=responses,
            )
    return found


def _parameter_fields(op: Operation, spec: Mapping[str, Any]) -> dict[str, Field]:
    """All parameters of an operation as one flat map rooted at ``in name``."""
    fields: dict[str, Field] = {}
    for key, parameter in sorted(op.parameters.items()):
        schema = parameter.get("schema")
        if schema is None:  # the 'content' form: one media type with a schema
            content = parameter.get("content") or {}
            schema = next((m.get("schema") for m in content.values() if isinstance(m, dict)), {})
        required = bool(parameter.get("required")) or parameter.get("in") == "path"
        fields.update(flatten_schema(schema, spec, "request", root=key, required=required))
    return fields


def _parameter_label(op: Operation) -> Callable[[str], str]:
    """Label ``query limit`` as ``METHOD /path (id): query parameter limit``."""

    def label(path: str) -> str:
        where, _, name = path.partition(" ")
        return f"{op.label}: {where} parameter {name}"

    return label


def _content_fields(
    content: Mapping[str, Any], media: str, spec: Mapping[str, Any], direction: Direction
) -> dict[str, Field]:
    """The flattened schema of one media type of a body (no schema: an untyped root)."""
    media_type = content.get(media) or {}
    return flatten_schema(media_type.get("schema") or {}, spec, direction)


def _media_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], category: str, location: str, what: str
) -> list[Change]:
    """A content type that disappears breaks who used it; a new one is an addition."""
    changes = [
        Change("removed", category, location, f"{what} content type `{media}` removed", True)
        for media in sorted(set(old) - set(new))
    ]
    changes += [
        Change("added", category, location, f"{what} content type `{media}` added", False)
        for media in sorted(set(new) - set(old))
    ]
    return changes


def _body_label(op: Operation, kind: str, media: str, several: bool) -> Callable[[str], str]:
    """Label for request fields / response fields; the media type shows only when it matters."""

    def label(path: str) -> str:
        where = f"{kind} [{media}]" if several else kind
        if not path:
            return f"{op.label}: {where} body"
        return f"{op.label}: {where} field {path}"

    return label


def _request_body_changes(
    old: Operation, new: Operation, old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]
) -> list[Change]:
    """Body presence, required flag, content types and fields of the request."""
    location = f"{new.label}: request body"
    if old.request_body is None and new.request_body is None:
        return []
    if old.request_body is None:
        assert new.request_body is not None
        if new.request_body.get("required"):
            return [Change("added", "request-body", location, "new required request body", True)]
        return [Change("added", "request-body", location, "new optional request body", False)]
    if new.request_body is None:
        return [Change("removed", "request-body", location, "request body removed", True)]
    changes = []
    was, now = bool(old.request_body.get("required")), bool(new.request_body.get("required"))
    if not was and now:
        changes.append(Change("changed", "request-body", location, "request body became required", True))
    if was and not now:
        changes.append(Change("changed", "request-body", location, "request body became optional", False))
    old_content, new_content = old.request_body.get("content") or {}, new.request_body.get("content") or {}
    changes += _media_changes(old_content, new_content, "request-body", location, "request")
    common = sorted(set(old_content) & set(new_content))
    for media in common:
        changes += diff_fields(
            _content_fields(old_content, media, old_spec, "request"),
            _content_fields(new_content, media, new_spec, "request"),
            "request",
            "request-field",
            _body_label(new, "request", media, len(common) > 1),
        )
    return changes


def _is_success(status: str) -> bool:
    """Only 2xx bodies reach the generated parsers (the overlay raises typed errors for others)."""
    return status.upper().startswith("2")


def _response_changes(
    old: Operation, new: Operation, old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]
) -> list[Change]:
    """Success statuses, their content types and their fields."""
    old_codes = {c for c in old.responses if _is_success(c)}
    new_codes = {c for c in new.responses if _is_success(c)}
    changes = [
        Change("removed", "response", f"{new.label}: response {c}", f"success response `{c}` removed", True)
        for c in sorted(old_codes - new_codes)
    ]
    changes += [
        Change("added", "response", f"{new.label}: response {c}", f"success response `{c}` added", False)
        for c in sorted(new_codes - old_codes)
    ]
    for code in sorted(old_codes & new_codes):
        old_content = old.responses[code].get("content") or {}
        new_content = new.responses[code].get("content") or {}
        changes += _media_changes(old_content, new_content, "response", f"{new.label}: response {code}", "response")
        common = sorted(set(old_content) & set(new_content))
        for media in common:
            changes += diff_fields(
                _content_fields(old_content, media, old_spec, "response"),
                _content_fields(new_content, media, new_spec, "response"),
                "response",
                "response-field",
                _body_label(new, f"response {code}", media, len(common) > 1),
            )
    return changes


def _operation_changes(
    old: Operation, new: Operation, old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]
) -> list[Change]:
    """Everything that changed inside one operation present on both sides."""
    changes = []
    if old.operation_id != new.operation_id:
        detail = f"operationId renamed from `{old.operation_id}` to `{new.operation_id}` (the generated module moves)"
        changes.append(Change("changed", "operation", new.label, detail, True))
    if new.deprecated and not old.deprecated:
        changes.append(Change("changed", "operation", new.label, "operation deprecated", False))
    changes += diff_fields(
        _parameter_fields(old, old_spec),
        _parameter_fields(new, new_spec),
        "request",
        "parameter",
        _parameter_label(new),
        noun="parameter",
    )
    changes += _request_body_changes(old, new, old_spec, new_spec)
    changes += _response_changes(old, new, old_spec, new_spec)
    return changes


def diff_specs(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    """All changes from ``old_spec`` to ``new_spec``, classified and sorted."""
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    changes = [
        Change("removed", "operation", old_ops[key].label, "operation removed", True)
        for key in set(old_ops) - set(new_ops)
    ]
    changes += [
        Change("added", "operation", new_ops[key].label, "operation added", False)
        for key in set(new_ops) - set(old_ops)
    ]
    for key in set(old_ops) & set(new_ops):
        changes += _operation_changes(old_ops[key], new_ops[key], old_spec, new_spec)
    return sort_changes(changes)


# --- report ----------------------------------------------------------------------------------


def render_markdown(changes: list[Change]) -> str:
    """The report for a PR body or a changelog entry: breaking changes first, then the rest."""
    if not changes:
        return "No API changes.\n"
    ordered = sort_changes(changes)
    sections = []
    for title, breaking in (("Breaking changes", True), ("Additions", False)):
        lines = [f"- `{c.location}`: {c.detail}" for c in ordered if c.breaking is breaking]
        if lines:
            sections.append(f"### {title}\n\n" + "\n".join(lines) + "\n")
    return "\n".join(sections)


# --- Python surface (griffe) -----------------------------------------------------------------


def require_tar_filters() -> None:
    """Fail clearly where tarfile cannot filter what it extracts (before Python 3.11.4).

    The package itself supports any Python 3.11; only this maintainer check needs the filters.
    """
    if not hasattr(tarfile, "data_filter"):
        raise ApiChangesError(
            f"--griffe needs Python 3.11.4 or newer (tarfile extraction filters); this is {platform.python_version()}"
        )


def export_tree(repo: Path, ref: str, dest: Path, folders: tuple[str, ...]) -> None:
    """Write ``folders`` of ``ref`` into ``dest`` with git archive: the working tree is never touched."""
    require_tar_filters()
    data = _git(repo, "archive", "--format=tar", ref)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = [m for m in tar.getmembers() if any(m.name == f or m.name.startswith(f + "/") for f in folders)]
        tar.extractall(dest, members=members, filter="data")


def load_python_packages(root: Path) -> dict[str, griffe.Object | griffe.Alias]:
    """Load the packages found under ``root`` statically (nothing imported) into one collection."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[root / folder for _, folder in PYTHON_PACKAGES], allow_inspection=False)
    found = {}
    for name, folder in PYTHON_PACKAGES:
        if (root / folder / name / "__init__.py").is_file():
            found[name] = loader.load(name, try_relative_path=False)
    loader.resolve_aliases(implicit=False, external=None)
    return found


def _breakage_change(breakage: griffe.Breakage) -> Change:
    """One griffe finding as a breaking Change, worded without griffe's terminal colours."""
    import griffe

    location = breakage.obj.path
    old, new = breakage.old_value, breakage.new_value
    values = ""
    kind: Kind = "changed"
    if isinstance(breakage, griffe.ParameterAddedRequiredBreakage):
        location, kind = f"{location}({new.name})", "added"
    elif isinstance(
        breakage,
        griffe.ParameterMovedBreakage
        | griffe.ParameterRemovedBreakage
        | griffe.ParameterChangedRequiredBreakage
        | griffe.ParameterChangedKindBreakage
        | griffe.ParameterChangedDefaultBreakage,
    ):
        location = f"{location}({old.name})"
        if isinstance(breakage, griffe.ParameterRemovedBreakage):
            kind = "removed"
        elif isinstance(breakage, griffe.ParameterChangedKindBreakage):
            values = f"{old.kind.value} -> {new.kind.value}"
        elif isinstance(breakage, griffe.ParameterChangedDefaultBreakage):
            values = f"{old.default} -> {new.default}"
    elif isinstance(breakage, griffe.ObjectRemovedBreakage):
        kind = "removed"
    elif isinstance(breakage, griffe.ObjectChangedKindBreakage):
        values = f"{old.value} -> {new.value}"
    elif isinstance(breakage, griffe.ClassRemovedBaseBreakage):
        values = f"[{', '.join(b.canonical_path for b in old)}] -> [{', '.join(b.canonical_path for b in new)}]"
    else:
        values = f"{old} -> {new}"
    detail = breakage.kind.value + (f": `{values}`" if values else "")
    return Change(kind, "python", location, detail, True)


def python_changes(
    old: Mapping[str, griffe.Object | griffe.Alias], new: Mapping[str, griffe.Object | griffe.Alias]
) -> list[Change]:
    """griffe's breaking changes per package, deduplicated; a package new since the base breaks nothing."""
    import griffe

    changes = []
    for name in sorted(old):
        if name not in new:
            changes.append(Change("removed", "python", name, "package removed", True))
            continue
        changes += [_breakage_change(b) for b in griffe.find_breaking_changes(old[name], new[name])]
    return sort_changes(list(set(changes)))  # a re-exported object is found once per package


def griffe_changes(repo: Path, base_ref: str, new_ref: str | None = None) -> list[Change]:
    """Python surface at ``base_ref`` against ``new_ref`` (or the working tree)."""
    folders = tuple(folder for _, folder in PYTHON_PACKAGES)
    with tempfile.TemporaryDirectory(prefix="thredfi-api-changes-") as tmp:
        old_root = Path(tmp) / "old"
        export_tree(repo, base_ref, old_root, folders)
        new_root = repo
        if new_ref is not None:
            new_root = Path(tmp) / "new"
            export_tree(repo, new_ref, new_root, folders)
        return python_changes(load_python_packages(old_root), load_python_packages(new_root))


# --- version and changelog -------------------------------------------------------------------


def read_version(pyproject: str, source: str) -> str:
    """``project.version`` of a pyproject.toml text, naming ``source`` when it is absent."""
    try:
        version = tomllib.loads(pyproject).get("project", {}).get("version")
    except tomllib.TOMLDecodeError as exc:
        raise ApiChangesError(f"{source}: not valid TOML: {exc}") from exc
    if not isinstance(version, str) or not version:
        raise ApiChangesError(f"{source}: no project.version")
    return version


def _major_minor(version: str) -> tuple[int, int]:
    """MAJOR and MINOR of a version; pre-release and local parts do not matter to the rule."""
    match = re.match(r"^\s*v?(\d+)(?:\.(\d+))?", version)
    if not match:
        raise ApiChangesError(f"version {version!r} does not start with MAJOR[.MINOR]")
    return int(match.group(1)), int(match.group(2) or 0)


def breaking_bump_ok(old_version: str, new_version: str) -> bool:
    """A breaking release needs a new major; below 1.0 a new minor counts as one (0.1 -> 0.2)."""
    old_major, old_minor = _major_minor(old_version)
    new_major, new_minor = _major_minor(new_version)
    if new_major != old_major:
        return new_major > old_major
    return old_major == 0 and new_minor > old_minor


def version_problem(changes: list[Change], old_version: str, new_version: str) -> str | None:
    """Why the version is wrong for these changes, or None when it is fine."""
    breaking = [c for c in changes if c.breaking]
    if not breaking or breaking_bump_ok(old_version, new_version):
        return None
    needed = "a new major version" if _major_minor(old_version)[0] > 0 else "a new major or minor version (0.x)"
    return (
        f"{len(breaking)} breaking change(s) but the version went from {old_version} to {new_version}; "
        f"they need {needed} in pyproject.toml"
    )


def changelog_entry(version: str, date: str, report: str) -> str:
    """One changelog entry: a level-2 heading then the report."""
    return f"## {version} ({date})\n\n{report.rstrip()}\n"


def update_changelog(text: str | None, version: str, entry: str) -> str:
    """Put ``entry`` on top of the changelog, replacing an entry of the same version (idempotent)."""
    if not text or not text.strip():
        return f"# Changelog\n\n{entry}"
    lines = text.splitlines(keepends=True)
    heading = re.compile(rf"^## {re.escape(version)}(\s|$)")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    for start in starts:
        if heading.match(lines[start]):
            end = next((i for i in starts if i > start), len(lines))
            rest = "".join(lines[end:])
            return "".join(lines[:start]) + entry + ("\n" + rest if rest else "")
    if starts:
        first = starts[0]
        return "".join(lines[:first]) + entry + "\n" + "".join(lines[first:])
    return text.rstrip("\n") + "\n\n" + entry


# --- command line ----------------------------------------------------------------------------


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line; exactly one spec source (two files or --git)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old_spec", nargs="?", type=Path, help="the older bundled spec")
    parser.add_argument("new_spec", nargs="?", type=Path, help="the newer bundled spec")
    parser.add_argument(
        "--git",
        nargs="+",
        metavar="REF",
        help="BASE_REF [HEAD_REF]: compare the spec at two refs (no HEAD_REF: the working tree)",
    )
    parser.add_argument("--spec-path", default=SPEC_PATH, help=f"spec inside the repository (default {SPEC_PATH})")
    parser.add_argument("--repo", type=Path, default=Path(), help="the git repository (default: current folder)")
    parser.add_argument("--griffe", metavar="BASE_REF", help="add griffe's breaking changes of the Python packages")
    parser.add_argument("--check-version", metavar="BASE_REF", help="fail on a breaking change without a version bump")
    parser.add_argument("--changelog", type=Path, help="prepend (or replace) this version's entry in this file")
    parser.add_argument("--date", default=None, help="date of the changelog entry (default: today)")
    args = parser.parse_args(argv)
    positional = args.old_spec is not None
    if args.git and positional:
        parser.error("give either OLD_SPEC NEW_SPEC or --git BASE_REF [HEAD_REF], not both")
    if not args.git and (not positional or args.new_spec is None):
        parser.error("give OLD_SPEC NEW_SPEC, or --git BASE_REF [HEAD_REF]")
    if args.git and len(args.git) > 2:
        parser.error("--git takes BASE_REF and an optional HEAD_REF")
    return args


def _new_version(root: Path, new_ref: str | None) -> str:
    """``project.version`` of the new side: HEAD_REF when given, else the working tree."""
    source = f"{new_ref}:pyproject.toml" if new_ref else str(root / "pyproject.toml")
    return read_version(read_at(root, new_ref, "pyproject.toml"), source)


def run(args: argparse.Namespace) -> int:
    """Compare, then check the version and update the changelog; every input is read before output."""
    needs_git = bool(args.git or args.griffe or args.check_version)
    root = git_root(args.repo) if needs_git else args.repo
    new_ref: str | None = args.git[1] if args.git and len(args.git) > 1 else None
    if args.git:
        old_spec = read_spec_at(root, args.git[0], args.spec_path)
        new_spec = read_spec_at(root, new_ref, args.spec_path)
    else:
        old_spec, new_spec = read_spec_file(args.old_spec), read_spec_file(args.new_spec)
    changes = diff_specs(old_spec, new_spec)
    if args.griffe:
        changes = sort_changes(changes + griffe_changes(root, args.griffe, new_ref))
    new_version = _new_version(root, new_ref) if args.check_version or args.changelog else ""
    problem = None
    if args.check_version:
        ref = args.check_version
        old_version = read_version(read_at(root, ref, "pyproject.toml"), f"{ref}:pyproject.toml")
        problem = version_problem(changes, old_version, new_version)
    report = render_markdown(changes)
    sys.stdout.write(report)
    if problem:
        print(f"api_changes: version check failed: {problem}", file=sys.stderr)
        if args.changelog:
            print(f"api_changes: {args.changelog} not updated", file=sys.stderr)
        return 1
    if args.changelog:
        path: Path = args.changelog
        entry = changelog_entry(new_version, args.date or datetime.date.today().isoformat(), report)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        path.write_text(update_changelog(current, new_version, entry), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: bad input is one clear line on stderr and exit 2, never a traceback."""
    args = _arguments(argv)
    try:
        return run(args)
    except ApiChangesError as exc:
        print(f"api_changes: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
