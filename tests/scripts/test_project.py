"""scripts/project.py: what the scripts share is defined there once, and its helpers work."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

from project import HTTP_METHODS, LOOPBACK, ROOT, SPEC, count_operations, free_port

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
SHARED = {"ROOT", "SPEC_PATH", "SPEC", "FRAGMENTS", "HTTP_METHODS", "LOOPBACK", "free_port", "count_operations"}


def defined_names(path: Path) -> set[str]:
    """Names a module binds at its top level by assignment or definition (imports left out)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_the_shared_names_are_defined_in_project_only() -> None:
    scripts = sorted(p for p in SCRIPTS.rglob("*.py") if p.name != "project.py")
    assert len(scripts) > 10
    redefined = {str(p.relative_to(SCRIPTS)): sorted(defined_names(p) & SHARED) for p in scripts}
    assert {name: found for name, found in redefined.items() if found} == {}
    assert defined_names(SCRIPTS / "project.py") >= SHARED


def test_the_paths_point_into_this_repository() -> None:
    assert SCRIPTS.parent == ROOT
    assert SPEC.is_file()
    assert SPEC.relative_to(ROOT).as_posix() == "openapi/thredfi.yaml"


def test_free_port_can_be_bound_on_the_loopback_interface() -> None:
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, port))


def test_count_operations_counts_http_methods_only() -> None:
    document = {"paths": {"/a": {"get": {}, "post": {}, "parameters": []}, "/b": {"summary": "x", "delete": {}}}}
    assert count_operations(document) == 3
    assert count_operations({"paths": {"/a": {method: {} for method in HTTP_METHODS}}}) == len(HTTP_METHODS)


def test_the_change_report_also_runs_as_a_module(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SCRIPTS)}
    result = subprocess.run(
        [sys.executable, "-m", "api_changes", str(spec), str(spec)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "No API changes.\n", "")
