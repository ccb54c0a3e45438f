"""The wheel as a user gets it: built once, installed alone into a fresh virtual environment (its
dependencies from the package registry), then imported and used there against the stand-in on
127.0.0.1, in that environment's own interpreter, with the repository out of sight.

``THREDFI_WHEEL_PYTHON`` picks the interpreter that creates the environment (default: the one
running the tests), to check another Python version by hand or in a CI matrix.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.standin import API_KEY, PARTNER_UUID, StandIn

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
BUSINESS = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BILL_PAYMENT = "8f14e45f-ceea-467e-a5f8-2a7b8e3c0d11"
MAINTAINER_HEADINGS = ("## The spec and regeneration", "## Keeping up with the API", "## Development")
# what the issues ask of the README (13: testing, observability, environments; 14: replicas)
USER_HEADINGS = (
    "## Install",
    "## Quick start",
    "## Using the SDK",
    "## Configuration",
    "## Environments",
    "## Errors",
    "## Retries",
    "## Request ids",
    "## Observability",
    "## Testing your code",
    "## Running many replicas",
    "## Regeneration",
)
# five minutes of reading, code included (CONTRIBUTING.md, "The README")
README_MAX_WORDS = 1500
# the only make targets a user is shown, and the one section that shows them
SETUP_SECTION = "## Quick start"
SETUP_COMMANDS = {"demo", "test"}

# Runs in the fresh environment: one real call, then what a user (or a tool) can see of the package.
PROBE = f"""
import asyncio, importlib.metadata, importlib.resources, json, sys
import thredfi, thredfi_api
from thredfi_api.api.bill_payments import delete_bill_payment

async def call():
    async with thredfi.ThredfiClient(max_retries=0) as client:
        business = client.for_business("{BUSINESS}")
        token = await business.token()
        cancelled = await delete_bill_payment.asyncio("{BUSINESS}", "{BILL_PAYMENT}", client=client.api)
        return token.business_id, cancelled.to_dict()

business_id, cancelled = asyncio.run(call())
meta = importlib.metadata.metadata("thredfi")
print(json.dumps({{
    "version": thredfi.__version__,
    "files": [thredfi.__file__, thredfi_api.__file__],
    "py_typed": [importlib.resources.files(p).joinpath("py.typed").is_file() for p in ("thredfi", "thredfi_api")],
    "business_id": business_id,
    "cancelled": cancelled,
    "python": list(sys.version_info[:2]),
    "metadata": {{
        "version": meta["Version"],
        "requires_python": meta["Requires-Python"],
        "license": meta["License-Expression"],
        "license_files": meta.get_all("License-File"),
        "classifiers": meta.get_all("Classifier"),
        "urls": meta.get_all("Project-URL"),
        "content_type": meta["Description-Content-Type"],
        "description": meta.json["description"],
    }},
}}))
"""


def _clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without anything that would point Python at the repository."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("THREDFI_")}
    env.update(extra)
    return env


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{command!r} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", out, cwd=ROOT)
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (and only what it depends on) installed."""
    root = tmp_path_factory.mktemp("venv")
    base = os.environ.get("THREDFI_WHEEL_PYTHON") or sys.executable
    _run(base, "-m", "venv", root, env=_clean_env())
    python = root / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=root, env=_clean_env())
    return root


@pytest.fixture(scope="session")
def probe(venv: Path) -> Iterator[tuple[dict[str, Any], StandIn]]:
    """Runs PROBE once in the fresh environment against a stand-in; its report and the stand-in."""
    env = _clean_env(THREDFI_BASE_URL="", THREDFI_PARTNER_UUID=PARTNER_UUID, THREDFI_API_KEY=API_KEY)
    with StandIn() as standin:
        env["THREDFI_BASE_URL"] = standin.base_url
        out = _run(venv / "bin" / "python", "-I", "-c", PROBE, cwd=venv, env=env)
        yield json.loads(out.strip().splitlines()[-1]), standin


def test_the_wheel_holds_both_packages_their_markers_and_the_license(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "thredfi/py.typed" in names
    assert "thredfi_api/py.typed" in names
    assert f"thredfi-{PROJECT['version']}.dist-info/licenses/LICENSE" in names
    assert sorted({n.split("/")[0] for n in names}) == [
        "thredfi",
        f"thredfi-{PROJECT['version']}.dist-info",
        "thredfi_api",
    ]


def test_a_call_works_from_the_installed_wheel(probe: tuple[dict[str, Any], StandIn], venv: Path) -> None:
    report, standin = probe
    assert report["business_id"] == BUSINESS
    assert report["cancelled"]["payment_id"] == BILL_PAYMENT
    assert report["cancelled"]["status"] == "cancelled"
    assert standin.count("partner_token") == 1
    assert standin.count("business_token") == 1
    assert standin.count("delete_bill_payment") == 1
    for file in report["files"]:  # imported from the fresh environment, never from the repository
        assert Path(file).is_relative_to(venv)


def test_the_installed_package_is_typed_and_knows_its_version(probe: tuple[dict[str, Any], StandIn]) -> None:
    report, _ = probe
    assert report["py_typed"] == [True, True]
    assert report["version"] == report["metadata"]["version"] == PROJECT["version"]


def test_the_installed_metadata(probe: tuple[dict[str, Any], StandIn]) -> None:
    meta = probe[0]["metadata"]
    assert meta["requires_python"] == ">=3.11"
    assert meta["license"] == "MIT"
    assert meta["license_files"] == ["LICENSE"]
    for classifier in (
        "Typing :: Typed",
        "Framework :: AsyncIO",
        "Framework :: Trio",
        "Operating System :: OS Independent",
    ):
        assert classifier in meta["classifiers"]
    python = "Programming Language :: Python :: {}.{}".format(*probe[0]["python"])
    assert python in meta["classifiers"], "the Python this ran on is not among the classifiers"
    assert all(url.split(", ", 1)[1].startswith("https://docs.thredfi.com") for url in meta["urls"])


def test_the_long_description_is_the_readme(probe: tuple[dict[str, Any], StandIn]) -> None:
    meta = probe[0]["metadata"]
    assert meta["content_type"] == "text/markdown"
    assert meta["description"].strip() == (ROOT / "README.md").read_text(encoding="utf-8").strip()


def _sections(markdown: str) -> dict[str, str]:
    """Each ``## `` section's heading and body (the text before the first one under ``""``)."""
    parts = re.split(r"^(## .*)$", markdown, flags=re.MULTILINE)
    sections = {"": parts[0]}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        sections[heading] = body
    return sections


def _make_targets(markdown: str) -> list[str]:
    """``make X`` as a command: a line of a fenced block, or a code span in the prose."""
    fenced = re.findall(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.MULTILINE | re.DOTALL)
    prose = re.sub(r"^```[^\n]*\n.*?^```", "", markdown, flags=re.MULTILINE | re.DOTALL)
    in_blocks = [m for block in fenced for m in re.findall(r"^\s*make +(\S+)", block, flags=re.MULTILINE)]
    return in_blocks + re.findall(r"`make +([^`]+)`", prose)


def test_the_readme_is_for_users_only() -> None:
    """The README is the long description on the package index: only what a user of the wheel can use."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for heading in USER_HEADINGS:
        assert re.search(rf"^{re.escape(heading)}$", readme, flags=re.MULTILINE), f"README lacks {heading!r}"
    for heading in MAINTAINER_HEADINGS:
        assert heading not in readme, f"maintainer section {heading!r} belongs in CONTRIBUTING.md"
    words = len(readme.split())
    assert words <= README_MAX_WORDS, f"README has {words} words (at most {README_MAX_WORDS}: five minutes)"

    # a relative link would point at a file that does not ship (the package index shows it broken)
    relative = re.findall(r"\]\((?!https://|#)([^)]*)\)", readme)
    assert relative == [], relative

    # nor may the text name one: a path into a top-level directory of the repository, a top-level
    # file other than the README and the LICENSE (both ship), or a Python source file
    text = re.sub(r"https://\S+", "", readme)  # links are absolute, checked above
    directories = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != ".git")
    files = sorted(p.name for p in ROOT.iterdir() if p.is_file() and p.name not in ("README.md", "LICENSE"))
    paths = re.findall(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, directories))})/[\w./{{}}<>-]*", text)
    assert paths == [], f"{paths}: repository paths do not ship; link docs.thredfi.com or say it in words"
    names = re.findall(rf"(?<![\w./-])(?:{'|'.join(map(re.escape, files))})(?![\w/-])", text)
    assert names == [], f"{names}: repository files do not ship; say 'in the source repository' in words"
    sources = re.findall(r"[\w/.-]+\.py\b", text)
    assert sources == [], f"{sources}: source files are not the user's API"

    # the two set-up commands, in their one section, and no other make target
    sections = _sections(readme)
    assert sorted(_make_targets(sections[SETUP_SECTION])) == sorted(SETUP_COMMANDS)
    elsewhere = {h: targets for h, body in sections.items() if h != SETUP_SECTION and (targets := _make_targets(body))}
    assert elsewhere == {}, f"make targets outside {SETUP_SECTION!r}: {elsewhere}"
