"""Shared fixtures: paths of the project and a Prism stand-in serving the bundled spec."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prism import run_prism

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thredfi.yaml"


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of `prism mock openapi/thredfi.yaml` on 127.0.0.1 (static responses)."""
    with run_prism(SPEC) as url:
        yield url


@pytest.fixture(scope="session")
def prism_dynamic_url() -> Iterator[str]:
    """The same, with responses generated from the schemas (fixed seed, so runs repeat)."""
    with run_prism(SPEC, dynamic=True, seed=20261121) as url:
        yield url
