"""The examples (the quickstart is what `make demo` runs) work against the Prism stand-in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run_example(name: str, base_url: str) -> str:
    env = {**os.environ, "THREDFI_BASE_URL": base_url}
    env.pop("THREDFI_PARTNER_UUID", None)
    env.pop("THREDFI_API_KEY", None)
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_quickstart_gets_tokens_and_calls_both_seed_operations(prism_url: str) -> None:
    out = run_example("quickstart.py", prism_url)
    assert "partner token: Bearer, expires in 3600s" in out
    assert "scope=business_access" in out
    assert "delete_bill_payment -> BillPaymentCancelResponse(" in out
    assert "delete_customer_credit -> HTTP 204" in out
    assert "] vendor " in out
    assert "demo-api-key" not in out


@pytest.mark.parametrize("name", ["list_vendors.py"])
def test_other_examples_run(prism_url: str, name: str) -> None:
    assert "vendors" in run_example(name, prism_url)
