"""Comparing flat fields: what changed in a value present on both sides, and which changes break
the side that reads it (requests: the SDK's callers; responses: its parsers)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .changes import Change, Direction
from .schemas import LOWER_BOUNDS, UPPER_BOUNDS, Field


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
