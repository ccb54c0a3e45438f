"""Reporting response drift (``thredfi._drift``): one WARNING per operation and field, every drift to the hook."""

from __future__ import annotations

import logging

import pytest
from thredfi._drift import ResponseDrift, report


def drift(field: str = "payment_id", kind: str = "invalid value") -> ResponseDrift:
    return ResponseDrift(None, "BillPaymentCancelResponse", field, "UUID", kind)  # type: ignore[arg-type]


def test_each_drift_is_logged_once_per_operation_and_field(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    seen: list[ResponseDrift] = []
    for _ in range(3):
        report("op_once_a", [drift()], seen.append)
    report("op_once_b", [drift()], seen.append)  # another operation: its own warning
    report("op_once_a", [drift("status", "wrong type")], seen.append)  # another field too
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3
    assert warnings[0].startswith("thredfi: op_once_a: BillPaymentCancelResponse.payment_id does not fit the spec")
    assert "expected UUID" in warnings[0]
    assert "strict_responses=True" in warnings[0]
    assert len(seen) == 5  # the hook sees every one, for counting
    assert {d.operation for d in seen} == {"op_once_a", "op_once_b"}


def test_the_value_received_never_reaches_the_log_or_the_hook(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    seen: list[ResponseDrift] = []
    report("op_values", [drift()], seen.append)
    assert "bp_123" not in caplog.text
    assert not any(hasattr(d, "value") for d in seen)


def test_a_hook_that_raises_is_logged_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_: ResponseDrift) -> None:
        raise RuntimeError("counter down")

    report("op_hook", [drift()], broken)
    assert "the on_drift hook raised" in caplog.text
