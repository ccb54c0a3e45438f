"""What the scripts share: where the repository and its spec are, the HTTP methods of an OpenAPI
path item, and the small helpers several scripts need (a free loopback port, an operation count).

Every script runs as ``python scripts/<name>.py`` (or is imported with ``scripts/`` on the path,
as pytest's ``pythonpath`` does), so each imports this module as ``project``.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = "openapi/thredfi.yaml"  # relative to ROOT, as git names it at a ref
SPEC = ROOT / SPEC_PATH
FRAGMENTS = ROOT / "openapi" / "fragments"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOOPBACK = "127.0.0.1"  # every server a script starts listens here only


def free_port() -> int:
    """A TCP port free on the loopback interface right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def count_operations(document: Mapping[str, Any]) -> int:
    """How many operations an OpenAPI document's ``paths`` hold (keys of HTTP_METHODS)."""
    return sum(1 for item in document["paths"].values() for key in item if key in HTTP_METHODS)


# the partner the benchmarks use (any valid UUID: the client checks partner_uuid)
BENCH_PARTNER_UUID = "5e1f0c3a-7b2d-4e8f-9a6c-1d2e3f4a5b6c"
