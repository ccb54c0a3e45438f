"""The README-style user code of ``tests/typing`` runs against the stand-in, and a typo in a filter
or a wrong argument is a ``mypy --strict`` error (the resource methods are typed, not ``Any``)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import StandIn
from tests.typing.readme_usage import readme_usage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.asyncio
async def test_the_readme_style_code_runs(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 3
    async with make_client(standin, fake_time) as client:
        names = await readme_usage(client, BUSINESS)
    assert names == ["Vendor 0", "Vendor 1", "Vendor 2"]
    assert standin.count("create_vendor") == 1


MISTAKES = """\
import uuid
import thredfi

async def mistakes(client: thredfi.ThredfiClient, business_id: uuid.UUID) -> None:
    biz = client.for_business(business_id)
    biz.vendors.list(name_contians="Acme")
    await biz.bill_payments.delete(42)
    await biz.vendors.create(company_name=42)
    await client.businesses.get()
    biz.businesses
"""


def test_typos_and_wrong_types_are_type_errors(tmp_path: Path) -> None:
    user_code = tmp_path / "mistakes.py"
    user_code.write_text(textwrap.dedent(MISTAKES), encoding="utf-8")
    out, _, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(user_code)]
    )
    assert status == 1, out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert any(":6:" in e and "name_contians" in e for e in errors), out
    assert any(":7:" in e and '"int"' in e and '"str | UUID"' in e for e in errors), out
    assert any(":8:" in e for e in errors), out
    assert any(":9:" in e and "business_id" in e for e in errors), out
    assert any(":10:" in e and "businesses" in e for e in errors), out


def test_the_readme_program_type_checks_strictly(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using the SDK", 1)[1]
    program = section.split("```python\n", 1)[1].split("```", 1)[0]
    for forbidden in ("isinstance", "cast(", "UNSET", "thredfi_api"):
        assert forbidden not in program
    user_code = tmp_path / "readme_program.py"
    user_code.write_text(program, encoding="utf-8")
    out, _, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(user_code)]
    )
    assert status == 0, out
