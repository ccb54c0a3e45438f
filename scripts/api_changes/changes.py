"""The report's vocabulary: a Change, its kind and side, and the error for bad input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
