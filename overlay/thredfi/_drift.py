"""Telling the user, once, that a response did not fit the spec (``_models``' lenient parsing).

Each drift is logged at WARNING on the ``thredfi`` logger once per process, operation, model
and field (the field's name and the type the spec declares, never the value), added as an
event to the call's span (the parse runs inside it), and handed to the client's ``on_drift``
hook every time, so a service can count them.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any, Literal

DriftKind = Literal["wrong type", "invalid value", "unknown enum value", "missing required field", "unknown field"]


@dataclasses.dataclass(frozen=True, slots=True)
class ResponseDrift:
    """A value of a 2xx response that does not fit the spec (the value itself is never kept here).

    ``kind``: a value of the wrong JSON type, an invalid value (a bad uuid or date), an enum value
    the spec does not list, a required field missing, or a field the spec does not declare.
    """

    operation: str | None
    model: str
    field: str
    expected: str
    kind: DriftKind


logger = logging.getLogger("thredfi")

DriftHook = Callable[[ResponseDrift], object]
_MAX_REMEMBERED = 10_000  # distinct (operation, model, field, kind) warned about: bounded
_warned: set[tuple[str | None, str, str, str]] = set()
_lock = threading.Lock()


def report(operation: str, drifts: Iterable[ResponseDrift], hook: DriftHook | None) -> None:
    span = _current_span()
    for drift in drifts:
        drift = dataclasses.replace(drift, operation=operation)
        key = (operation, drift.model, drift.field, drift.kind)
        with _lock:
            first = key not in _warned and len(_warned) < _MAX_REMEMBERED
            if first:
                _warned.add(key)
        if first:
            logger.warning(
                "thredfi: %s: %s.%s does not fit the spec (%s; expected %s): the value received is kept "
                "(logged once; strict_responses=True raises instead)",
                operation,
                drift.model,
                drift.field,
                drift.kind,
                drift.expected,
            )
        if span is not None:
            span.add_event(
                "thredfi.response_drift",
                {"thredfi.model": drift.model, "thredfi.field": drift.field, "thredfi.drift": drift.kind},
            )
        if hook is not None:
            try:
                hook(drift)
            except Exception:
                logger.exception("thredfi: the on_drift hook raised (ignored)")


def _current_span() -> Any:
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    span = trace.get_current_span()
    return span if span.is_recording() else None
