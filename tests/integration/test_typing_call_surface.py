"""The call surface type-checks as a user writes it, under mypy --strict and pyright, and a misspelt
dict key, a wrong id type or an unknown keyword is an error in both (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import StandIn
from tests.typing.call_surface import call_surface

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sender() -> str:
    return "default"  # type checks need one run, not one per sender


PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
USER_CODE = ROOT / "tests" / "typing" / "call_surface.py"

MISTAKES = """\
import uuid
import thredfi
from thredfi_api.models import InvoiceLineItemRequestDict

async def mistakes(client: thredfi.ThredfiClient, business_id: uuid.UUID) -> None:
    biz = client.for_business(business_id)
    await biz.invoices.create(line_items=[{"descripton": "Beer", "quantity": 2}])
    await biz.vendors.get(42)
    await biz.vendors.create(company_name="A", colour="red")
    await biz.vendors.create(body={"company_name": 5})
    line: InvoiceLineItemRequestDict = {"descripton": "Beer"}
"""


@pytest.mark.asyncio
async def test_the_call_surface_code_runs(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        result = await call_surface(client, BUSINESS)
    assert json.loads(result["vendor"])["company_name"] == "Acme Ltd"
    assert standin.received("create_vendor")[0].header("X-Correlation") == "c-1"


def pyright(*paths: Path) -> dict[int, list[str]]:
    """pyright's errors by line (pyright's npm package, installed by make test)."""
    env = {**os.environ, "PYRIGHT_PYTHON_FORCE_VERSION": ""}
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", str(ROOT / ".venv" / "bin" / "python"), *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    report = json.loads(result.stdout)
    errors: dict[int, list[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            errors.setdefault(diagnostic["range"]["start"]["line"] + 1, []).append(diagnostic["message"])
    return errors


def test_user_code_type_checks_under_mypy_strict_and_pyright() -> None:
    out, _, status = mypy_api.run(["--strict", "--config-file", str(ROOT / "pyproject.toml"), str(USER_CODE)])
    assert status == 0, out
    assert pyright(USER_CODE) == {}


def test_mistakes_are_errors_under_mypy_strict_and_pyright(tmp_path: Path) -> None:
    user_code = tmp_path / "mistakes.py"
    user_code.write_text(textwrap.dedent(MISTAKES), encoding="utf-8")
    out, _, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(user_code)]
    )
    assert status == 1, out
    errors = [line for line in out.splitlines() if ": error:" in line]
    # mypy names the misspelt key when the dict stands alone, not always inside a list (line 6)
    for line, word in ((7, "List item 0"), (8, "int"), (9, "colour"), (10, "create"), (11, "descripton")):
        assert any(f":{line}:" in e and word in e for e in errors), (line, out)
    found = pyright(user_code)
    assert sorted(found) == [7, 8, 9, 10, 11], found
    assert "descripton" in " ".join(found[11])
