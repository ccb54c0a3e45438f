"""``thredfi.__version__`` comes from pyproject.toml, and the User-Agent names it."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError
from pathlib import Path

import pytest
import thredfi
from thredfi import _version

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_version_is_pyprojects() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert thredfi.__version__ == project["version"]


def test_user_agent_names_the_sdk_and_python() -> None:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert _version.user_agent() == f"thredfi-python/{thredfi.__version__} python/{python}"
    assert re.fullmatch(r"thredfi-python/\S+ python/3\.\d+", _version.user_agent())


def test_an_uninstalled_source_tree_says_its_version_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise PackageNotFoundError(name)

    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", missing)
    _version.installed_version.cache_clear()
    try:
        assert _version.installed_version() == "0+unknown"
    finally:
        _version.installed_version.cache_clear()
