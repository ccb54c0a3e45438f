"""The short soak (``make soak`` runs the long one): a few hundred calls at concurrency 20 against
the fault-injecting server in its own process, on asyncio and on trio, bounded in time.

Each loop runs once per session (``scripts/soak.py`` as a subprocess, one JSON summary); the
tests below read its checks. Every check has its own test so a failure names what broke.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CALLS, CONCURRENCY = 300, 20


def soak(loop: str) -> dict[str, Any]:
    command = [sys.executable, str(ROOT / "scripts" / "soak.py"), "--loops", loop]
    # a higher fault rate than make soak's: a few hundred calls still meet every kind of fault
    command += ["--calls", str(CALLS), "--concurrency", str(CONCURRENCY), "--fault-rate", "0.2"]
    command += ["--max-seconds", "240"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=420, check=False, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr[-3000:]  # 2: it overran its bound
    summary: dict[str, Any] = json.loads(done.stdout)
    [run] = summary["runs"]
    assert summary["ok"] == (done.returncode == 0)
    return run


@pytest.fixture
def sender() -> str:
    return "default"  # the soak picks its senders itself: aiohttp under asyncio, httpx under trio


@pytest.fixture(scope="module")
def asyncio_run() -> dict[str, Any]:
    return soak("asyncio")


@pytest.fixture(scope="module")
def trio_run() -> dict[str, Any]:
    return soak("trio")


@pytest.fixture(params=["asyncio", "trio"])
def run(request: pytest.FixtureRequest) -> dict[str, Any]:
    result: dict[str, Any] = request.getfixturevalue(f"{request.param}_run")
    return result


def test_every_call_ran_and_faults_were_injected(run: dict[str, Any]) -> None:
    assert sum(run["outcomes"].values()) == CALLS
    assert sum(run["faults_injected"].values()) >= 20
    assert run["writes_applied"] > 0
    assert run["tokens_issued"] > 1  # 2-5 s lifetimes: tokens were refreshed during the run


def test_no_write_was_applied_twice(run: dict[str, Any]) -> None:
    assert run["duplicated_writes"] == 0


def test_every_exception_was_typed(run: dict[str, Any]) -> None:
    assert run["untyped_exceptions"] == 0, run["untyped_examples"]


def test_no_secret_in_logs_or_exceptions(run: dict[str, Any]) -> None:
    assert run["debug_log_bytes"] > 0
    assert run["secrets_found"] == {}


def test_no_socket_or_task_left_after_close(run: dict[str, Any]) -> None:
    assert run["leaked_sockets"] == 0
    assert run["leaked_tasks"] == 0


def test_memory_is_flat_between_the_first_and_last_tenth(run: dict[str, Any]) -> None:
    assert run["memory_growth_bytes"] <= run["memory_limit_bytes"]


def test_every_request_is_an_attempt_the_sdk_counted_trio(trio_run: dict[str, Any]) -> None:
    assert trio_run["requests_unattributed"] == 0
    assert trio_run["requests_not_counted"] == 0
    assert trio_run["requests_sent_twice"] == 0, trio_run["examples_sent_twice"]
    assert trio_run["failures"] == []


def test_every_request_is_an_attempt_the_sdk_counted_asyncio(asyncio_run: dict[str, Any]) -> None:
    assert asyncio_run["requests_unattributed"] == 0
    assert asyncio_run["requests_not_counted"] == 0
    assert asyncio_run["requests_sent_twice"] == 0, asyncio_run["examples_sent_twice"]
    assert asyncio_run["failures"] == []


def test_every_check_passes(run: dict[str, Any]) -> None:
    assert run["failures"] == []
