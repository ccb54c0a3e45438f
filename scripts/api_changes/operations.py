"""Operations: two specs compared operation by operation (keyed by METHOD + path): the
operations themselves, their parameters, request bodies and success responses."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from project import HTTP_METHODS

from .changes import Change, Direction, sort_changes
from .fields import diff_fields
from .schemas import Field, flatten_schema, resolve


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
        item = resolve(raw_item, spec)
        shared = {_parameter_key(p): p for p in (resolve(q, spec) for q in item.get("parameters") or [])}
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            own = {_parameter_key(p): p for p in (resolve(q, spec) for q in op.get("parameters") or [])}
            body = op.get("requestBody")
            responses = {str(code): resolve(r, spec) for code, r in (op.get("responses") or {}).items()}
            found[(method.upper(), str(path))] = Operation(
                method=method.upper(),
                path=str(path),
                operation_id=str(op.get("operationId", "")),
                deprecated=bool(op.get("deprecated")),
                parameters={**shared, **own},
                request_body=resolve(body, spec) if body is not None else None,
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


def _content_changes(
    old_content: Mapping[str, Any],
    new_content: Mapping[str, Any],
    specs: tuple[Mapping[str, Any], Mapping[str, Any]],
    direction: Direction,
    new: Operation,
    kind: str,
) -> list[Change]:
    """The fields of each media type a body has on both sides (``request-field``/``response-field``)."""
    common = sorted(set(old_content) & set(new_content))
    changes: list[Change] = []
    for media in common:
        changes += diff_fields(
            _content_fields(old_content, media, specs[0], direction),
            _content_fields(new_content, media, specs[1], direction),
            direction,
            f"{direction}-field",
            _body_label(new, kind, media, len(common) > 1),
        )
    return changes


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
    return changes + _content_changes(old_content, new_content, (old_spec, new_spec), "request", new, "request")


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
        changes += _content_changes(old_content, new_content, (old_spec, new_spec), "response", new, f"response {code}")
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
