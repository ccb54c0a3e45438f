"""The generated package's one door into the SDK (``thredfi._runtime``): it exports exactly what
``generated/thredfi_api`` imports from it, nothing it does not use, and the templates that write
the generated code ask for nothing it lacks.

That the generated code imports no other overlay module is tests/unit/test_layering.py's.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import thredfi._runtime as runtime
from thredfi import _models, _pagination, _resource, _sync, _uploads

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "thredfi_api"
TEMPLATES = ROOT / "openapi" / "templates"


def runtime_imports() -> dict[str, set[Path]]:
    """Each name imported ``from thredfi._runtime`` in the generated package, with the files importing it."""
    names: dict[str, set[Path]] = {}
    for path in sorted(GENERATED.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.module == "thredfi._runtime":
                for alias in node.names:
                    names.setdefault(alias.name, set()).add(path.relative_to(ROOT))
    return names


def test_the_scan_sees_the_generated_package() -> None:
    imports = runtime_imports()
    assert len({path for paths in imports.values() for path in paths}) > 100  # models and resources
    assert "ThredfiModel" in imports
    assert "APIResource" in imports


def test_runtime_exports_exactly_what_the_generated_package_imports() -> None:
    imported = set(runtime_imports())
    exported = set(runtime.__all__)
    assert sorted(imported - exported) == [], "imported by generated code but not exported"
    assert sorted(exported - imported) == [], "exported but no generated module uses it"


def test_no_generated_module_star_imports_the_runtime() -> None:
    """A ``*`` import would hide what is used from the scan above."""
    assert "*" not in runtime_imports()


def test_every_template_import_is_exported() -> None:
    """What a regeneration would import: the templates' ``from thredfi._runtime import ...`` lines."""
    asked: set[str] = set()
    for path in sorted(TEMPLATES.rglob("*.jinja")):
        for line in re.findall(r"from thredfi\._runtime import ([^\n{]+)", path.read_text(encoding="utf-8")):
            for item in line.split(","):
                asked.add(item.split(" as ")[0].strip().strip("()"))
    assert asked, "no template imports from thredfi._runtime"
    assert sorted(asked - set(runtime.__all__)) == []


@pytest.mark.parametrize("name", sorted(runtime.__all__))
def test_each_export_is_the_defining_modules_object(name: str) -> None:
    value = getattr(runtime, name)
    homes = [
        module for module in (_models, _pagination, _resource, _sync, _uploads) if getattr(module, name, None) is value
    ]
    assert homes, f"{name} is not the object of the overlay module that defines it"


def test_all_has_no_duplicates_and_a_star_import_gives_exactly_it() -> None:
    assert len(set(runtime.__all__)) == len(runtime.__all__)
    namespace: dict[str, object] = {}
    exec("from thredfi._runtime import *", namespace)  # noqa: S102 - a fixed string
    assert sorted(name for name in namespace if name != "__builtins__") == sorted(runtime.__all__)
