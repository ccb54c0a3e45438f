"""The ``thredfi`` pytest plugin (``thredfi.pytest_plugin``): its fixtures, the ``thredfi_offline``
marker and ini switch, each run in a pytest of its own, and its hooks on their own. A blocked
request makes no DNS query: a resolver recorder (under the guard) and an audit hook (every real
``getaddrinfo``) both see none."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from thredfi import pytest_plugin
from thredfi._fake import _guard

RUNS = 120  # seconds a pytest of its own may take at most (it takes about one)
# the entry point pyproject.toml declares ([project.entry-points.pytest11]): named like the module, so
# "-p thredfi.pytest_plugin" or pytest_plugins = ["thredfi.pytest_plugin"] next to it is no second registration
ENTRY_POINT = "thredfi.pytest_plugin = thredfi.pytest_plugin"


def plugin_arguments() -> list[str]:
    """``-p thredfi.pytest_plugin`` until the ``pytest11`` entry point is installed, then nothing."""
    entry_points = importlib.metadata.entry_points(group="pytest11")
    if any(ep.value == "thredfi.pytest_plugin" for ep in entry_points):
        return []
    return ["-p", "thredfi.pytest_plugin"]


def run_pytest(tmp_path: Path, tests: str, ini: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(tests))
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_default_fixture_loop_scope = function\n" + ini)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--strict-markers",
            "-W",
            "error",
            *plugin_arguments(),
            "test_user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=RUNS,
    )


RECORDERS = """\
import socket
import sys

import pytest
import thredfi
import thredfi.testing
from thredfi._fake import _guard

LOOKUPS = []  # every real getaddrinfo, whoever wraps it: Python's audit event
sys.addaudithook(lambda event, args: LOOKUPS.append(args[0]) if event == "socket.getaddrinfo" else None)
RECORDED = []  # the resolver as the guard finds it when it is installed by a fixture or marker
_real = socket.getaddrinfo


def recorder(host, *args, **kwargs):
    RECORDED.append(host)
    raise socket.gaierror(socket.EAI_NONAME, "recorded, not resolved")


socket.getaddrinfo = recorder


async def real_call() -> None:
    async with thredfi.ThredfiClient(partner_uuid="00000000-0000-4000-8000-000000000001", api_key="sk-x") as c:
        await c.for_business("3fa85f64-5717-4562-b3fc-2c963f66afa6").vendors.list()


def thredfi_lookups() -> list:
    return [h for h in LOOKUPS if "thredfi" in str(h)]
"""


def test_the_fixtures_give_a_fake_and_turn_real_calls_off(tmp_path: Path) -> None:
    result = run_pytest(
        tmp_path,
        RECORDERS
        + """

@pytest.mark.asyncio
async def test_fixtures(thredfi_fake, thredfi_client, thredfi_business) -> None:
    assert isinstance(thredfi_fake, thredfi.testing.FakeThredfi)
    assert thredfi_business.business_id in [r["id"] for r in thredfi_fake.records("businesses.list")]
    vendor = await thredfi_business.vendors.create(company_name="Acme")
    assert [v.id async for v in thredfi_client.vendors.list(thredfi_business.business_id)] == [vendor.id]
    assert _guard.installed()
    with pytest.raises(thredfi.testing.RealThredfiCallError, match="before any DNS lookup"):
        await real_call()
    assert RECORDED == [] and thredfi_lookups() == []


def test_afterwards_real_calls_are_on_again() -> None:
    assert not _guard.installed()


def test_each_test_has_its_own_fake(thredfi_fake) -> None:
    assert thredfi_fake.records("businesses.list") == []
""",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_marker_turns_real_calls_off_for_the_tests_it_marks(tmp_path: Path) -> None:
    result = run_pytest(
        tmp_path,
        RECORDERS
        + """

@pytest.mark.thredfi_offline
@pytest.mark.asyncio
async def test_marked() -> None:
    with pytest.raises(thredfi.testing.RealThredfiCallError):
        await real_call()
    assert RECORDED == [] and thredfi_lookups() == []


def test_unmarked() -> None:
    assert not _guard.installed()
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("sandbox.thredfi.com", 443)  # not blocked: it reaches the (recording) resolver
    assert RECORDED == ["sandbox.thredfi.com"]
""",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_the_ini_switch_turns_real_calls_off_for_the_whole_run(tmp_path: Path) -> None:
    result = run_pytest(
        tmp_path,
        RECORDERS.replace("socket.getaddrinfo = recorder\n", "")  # under a session-wide guard: audit only
        + """

@pytest.mark.asyncio
async def test_blocked_without_a_marker() -> None:
    assert _guard.installed()
    with pytest.raises(thredfi.testing.RealThredfiCallError):
        await real_call()
    assert thredfi_lookups() == []


def test_a_blocking_lookup_too() -> None:
    with pytest.raises(thredfi.testing.RealThredfiCallError):
        socket.getaddrinfo("backend.thredfi.com", 443)
    assert thredfi_lookups() == []
""",
        ini="thredfi_offline = true\n",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_the_error_says_what_to_do(tmp_path: Path) -> None:
    result = run_pytest(
        tmp_path,
        """\
import socket

import pytest


@pytest.mark.thredfi_offline
def test_forgot_the_fake() -> None:
    socket.getaddrinfo("sandbox.thredfi.com", 443)
""",
    )
    assert result.returncode == 1
    assert "RealThredfiCallError" in result.stdout
    assert "'sandbox.thredfi.com' was blocked before any DNS lookup" in result.stdout
    assert "FakeThredfi" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "outcome"),
    [
        ([], "1 passed"),  # loaded by its entry point: nothing to write
        (["-p", "thredfi.pytest_plugin"], "1 passed"),  # named as well: no second registration
        (["-p", "no:thredfi.pytest_plugin"], "fixture 'thredfi_fake' not found"),  # turned off
    ],
)
def test_the_entry_point_loads_the_plugin(tmp_path: Path, arguments: list[str], outcome: str) -> None:
    site = tmp_path / "site"
    dist = site / "thredfi_entry_point-0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: thredfi-entry-point\nVersion: 0\n")
    (dist / "entry_points.txt").write_text(f"[pytest11]\n{ENTRY_POINT}\n")
    (tmp_path / "test_user.py").write_text(
        "def test_fake(thredfi_fake) -> None:\n    assert thredfi_fake.calls == []\n"
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "error",
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            *arguments,
            "test_user.py",
        ],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=RUNS,
    )
    assert outcome in result.stdout, result.stdout + result.stderr


class FakeConfig:
    """What ``pytest_configure`` uses of ``pytest.Config``."""

    def __init__(self, offline: bool) -> None:
        self.offline = offline
        self.lines: list[tuple[str, str]] = []
        self.cleanups: list[Callable[[], Any]] = []

    def addinivalue_line(self, name: str, line: str) -> None:
        self.lines.append((name, line))

    def getini(self, name: str) -> bool:
        assert name == "thredfi_offline"
        return self.offline

    def add_cleanup(self, cleanup: Callable[[], Any]) -> None:
        self.cleanups.append(cleanup)


@pytest.mark.parametrize("offline", [True, False])
def test_configure_registers_the_marker_and_reads_the_switch(offline: bool) -> None:
    config = FakeConfig(offline)
    pytest_plugin.pytest_configure(config)  # type: ignore[arg-type]
    assert [name for name, _ in config.lines] == ["markers"]
    assert config.lines[0][1].startswith("thredfi_offline:")
    assert _guard.installed() is offline
    for cleanup in config.cleanups:
        cleanup()
    assert not _guard.installed()


def test_the_switch_is_an_ini_bool() -> None:
    added: list[tuple[str, str, Any, Any]] = []

    class Parser:
        def addini(self, name: str, help: str, type: Any = None, default: Any = None) -> None:
            added.append((name, help, type, default))

    pytest_plugin.pytest_addoption(Parser())  # type: ignore[arg-type]
    assert [(name, kind, default) for name, _, kind, default in added] == [("thredfi_offline", "bool", False)]
