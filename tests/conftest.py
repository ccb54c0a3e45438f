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
