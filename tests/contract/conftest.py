"""Prism for the contract tests: the bundled spec, or the one ``THREDFI_CONTRACT_SPEC`` names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from prism import run_prism

SPEC = Path(os.environ.get("THREDFI_CONTRACT_SPEC") or Path(__file__).resolve().parents[2] / "openapi" / "thredfi.yaml")


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of `prism mock` serving the contract spec on 127.0.0.1 (static responses)."""
    with run_prism(SPEC) as url:
        yield url


@pytest.fixture(scope="session")
def prism_dynamic_url() -> Iterator[str]:
    """The same, with responses generated from the schemas (fixed seed, so runs repeat)."""
    with run_prism(SPEC, dynamic=True, seed=20261121) as url:
        yield url
