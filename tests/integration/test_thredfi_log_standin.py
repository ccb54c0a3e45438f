"""THREDFI_LOG as a user meets it: a fresh interpreter, the variable set, a real call on loopback."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.standin import API_KEY, PARTNER_UUID, StandIn

CALL = """
import asyncio, os, thredfi
from thredfi_api.api.bill_payments import delete_bill_payment

async def main():
    async with thredfi.ThredfiClient(max_retries=0) as client:
        await delete_bill_payment.asyncio(
            "3fa85f64-5717-4562-b3fc-2c963f66afa6", "8f14e45f-ceea-467e-a5f8-2a7b8e3c0d11", client=client.api
        )
    print("ok")

asyncio.run(main())
"""


def _run(standin: StandIn, log: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "THREDFI_LOG"}
    env.update(THREDFI_BASE_URL=standin.base_url, THREDFI_PARTNER_UUID=PARTNER_UUID, THREDFI_API_KEY=API_KEY)
    if log is not None:
        env["THREDFI_LOG"] = log
    return subprocess.run(
        [sys.executable, "-c", CALL], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_thredfi_log_debug_prints_each_attempt_to_stderr_without_secrets() -> None:
    with StandIn() as standin:
        result = _run(standin, "debug")
        tokens = standin.issued()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    lines = result.stderr.splitlines()
    assert any("DEBUG thredfi: POST /v1/platform/oauth2/token/ -> 200" in line for line in lines), result.stderr
    assert any("DEBUG thredfi: POST /v1/platform/businesses/" in line for line in lines), result.stderr
    assert tokens
    for secret in [API_KEY, *tokens]:
        assert secret not in result.stderr


def test_without_thredfi_log_nothing_is_printed() -> None:
    with StandIn() as standin:
        result = _run(standin, None)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_an_unknown_thredfi_log_warns_once_and_the_call_still_works() -> None:
    with StandIn() as standin:
        result = _run(standin, "loud")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert result.stderr.count("RuntimeWarning: THREDFI_LOG must be one of debug, info, warning, error") == 1
    assert "thredfi:" not in result.stderr  # no log line: the logger was left alone
