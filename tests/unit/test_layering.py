"""Imports run one way (issue 20): the facade uses the pipeline steps and the token manager, they use
the pure rules, never the reverse; no cycles; the generated package uses only ``thredfi._runtime``.

Read with ``ast`` from the source, function-level imports included (a lazy import is still a
dependency); imports under ``if TYPE_CHECKING:`` are type annotations only and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = ROOT / "overlay" / "thredfi"
GENERATED = ROOT / "generated" / "thredfi_api"

# the layers, lowest first: a module imports only modules of its own layer or lower ones
LAYERS: dict[str, set[str]] = {
    "pure rules and values": {
        "_version",
        "_json",
        "_ids",
        "_config",
        "_environments",
        "_logging",
        "_drift",
        "_idempotency",
        "_request_id",
        "_token_store",
        "_models",
        "_redact",
        "_exceptions",
        "_retry",
        "_rate",
        "_errors",
        "_chain",
        "_request",
        "_transport",
    },
    "pipeline steps, senders, tokens": {
        "_pipeline",
        "_flight",
        "_uploads",
        "_attempts",
        "_auth",
        "_sender",
        "_aiohttp_sender",
        "_telemetry",
        "_token_endpoint",
        "_tokens",
        "_redis_link",
        "_redis_rate",
        "_redis_store",
        "_pagination",
        "_settings",
    },
    "facade": {
        "_assembly",
        "_sync",
        "_resource",
        "_generated_bridge",
        "_runtime",
        "_client",
        "testing",
        "_fake",
        "pytest_plugin",
        "__init__",
    },
}
RANK = {module: rank for rank, modules in enumerate(LAYERS.values()) for module in modules}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(OVERLAY).with_suffix("").parts)
    return parts[0] if parts != ["__init__"] else "__init__"  # a subpackage counts as one module


def dependencies(path: Path) -> set[str]:
    """The overlay modules ``path`` imports (relative or ``thredfi.``), outside TYPE_CHECKING blocks."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level >= 1 and child.module:
                    found.add(child.module.split(".")[0])
                elif child.level >= 1:
                    found.update(alias.name for alias in child.names)
                elif child.module and child.module.startswith("thredfi."):
                    found.add(child.module.split(".")[1])
            elif isinstance(child, ast.Import):
                found.update(a.name.split(".")[1] for a in child.names if a.name.startswith("thredfi."))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in sorted(OVERLAY.rglob("*.py")):
        name = module_name(path)
        edges.setdefault(name, set()).update(dependencies(path) - {name})
    return edges


def test_every_overlay_module_has_a_layer() -> None:
    assert sorted(set(graph()) - set(RANK)) == []


@pytest.mark.parametrize("module", sorted(graph()))
def test_a_module_imports_nothing_from_a_higher_layer(module: str) -> None:
    above = sorted(d for d in graph()[module] if RANK.get(d, 0) > RANK[module])
    assert above == [], f"{module} imports {above} from a higher layer"


def test_the_imports_have_no_cycle() -> None:
    edges = graph()
    done: set[str] = set()

    def walk(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            raise AssertionError(" -> ".join((*path[path.index(module) :], module)))
        if module in done:
            return
        for dependency in sorted(edges.get(module, ())):
            walk(dependency, (*path, module))
        done.add(module)

    for module in sorted(edges):
        walk(module, ())


def test_the_generated_package_uses_only_the_runtime_module() -> None:
    used: set[str] = set()
    for path in GENERATED.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "thredfi":
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.split(".")[0] == "thredfi")
    assert used == {"thredfi._runtime"}


def test_the_layering_check_would_catch_a_reverse_import(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from ._client import ThredfiClient\n", encoding="utf-8")
    assert dependencies(source) == {"_client"}
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._client import X\n")
    assert dependencies(source) == set()
