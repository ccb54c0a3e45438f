"""Generator post-hook: make ``thredfi_api/models/__init__.py`` load each model on first use.

openapi-python-client writes a models package whose ``__init__`` imports every model, so
importing one operation module (which imports ``..models.<its model>``, running the package
``__init__`` first) loads all of them: about 200 modules for 65 operations. This hook, run by
the generator itself (openapi/generator.yaml) before ruff formats the output, rewrites that
``__init__`` to resolve names lazily (PEP 562 ``__getattr__``). ``from thredfi_api.models import X``
and ``thredfi_api.models.X`` work as before; type checkers see the same names.

    python scripts/lazy_models.py models/__init__.py
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TEMPLATE = '''"""Contains all the data models used in inputs/outputs.

Models are imported on first use (rewritten by scripts/lazy_models.py, a generator post-hook).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULE_OF = {{
{module_of}
}}


def __getattr__(name: str) -> Any:
    import importlib

    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
{all_names}
)
'''


def rewrite(source: str, folder: Path | None = None) -> str:
    """The lazy form of a generated models ``__init__`` (its ``from .x import Y`` lines).

    With the models' ``folder``, each model's input dict (``YDict``, openapi/templates/model.py.jinja)
    is exported beside it.
    """
    tree = ast.parse(source)
    imports: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                imports.append((f".{node.module}", alias.name))
                if folder is not None and _defines(folder / f"{node.module}.py", f"{alias.name}Dict"):
                    imports.append((f".{node.module}", f"{alias.name}Dict"))
    if not imports:
        raise ValueError("no 'from .module import Name' lines: not a generated models __init__")
    return TEMPLATE.format(
        type_imports="\n".join(f"    from {module} import {name}" for module, name in imports),
        module_of="\n".join(f'    "{name}": "{module}",' for module, name in imports),
        all_names="\n".join(f'    "{name}",' for _, name in imports),
    )


def _defines(module: Path, name: str) -> bool:
    """Whether ``module`` defines ``name`` at its top level (a class or an assignment)."""
    if not module.exists():
        return False
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return True
    return False


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: lazy_models.py PATH/TO/models/__init__.py", file=sys.stderr)
        return 2
    path = Path(argv[0])
    path.write_text(rewrite(path.read_text(encoding="utf-8"), path.parent), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
