"""Generate ``generated/thredfi_api`` from the bundled spec, or check that it is up to date.

openapi-python-client exits 0 even when it skips an operation it cannot model; here any
warning it prints is a failure, and so is any operation of the spec without its module.

    python scripts/generate.py            # regenerate generated/thredfi_api
    python scripts/generate.py --check    # regenerate into a temporary folder and compare
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thredfi.yaml"
CONFIG = ROOT / "openapi" / "generator.yaml"
PACKAGE = ROOT / "generated" / "thredfi_api"
TEMPLATES = ROOT / "openapi" / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IGNORED_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})
_WARNING = re.compile(r"warning|error|fail|skipp|unable to|could not|cannot", re.IGNORECASE)


class GenerationError(Exception):
    pass


def run_generator(output: Path, spec: Path = SPEC, config: Path = CONFIG) -> str:
    """Run openapi-python-client into ``output``; return its output; raise on error or warning."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    with tempfile.TemporaryDirectory(prefix="thredfi-templates-") as templates:
        write_templates(Path(templates), spec)
        printed = _run(generator, output, spec, config, Path(templates))
    problems = check_resources(output)
    if problems:
        raise GenerationError("the resource client is inconsistent:\n  " + "\n  ".join(problems))
    return printed


def write_templates(folder: Path, spec: Path = SPEC) -> None:
    """The committed custom templates plus ``docs_links.jinja``: each operation's docs page by operationId."""
    shutil.copytree(TEMPLATES, folder, dirs_exist_ok=True)
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    links = {
        operation["operationId"]: operation["externalDocs"]["url"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS and "operationId" in operation and "url" in operation.get("externalDocs", {})
    }
    unsafe = sorted(op for op, url in links.items() if not re.fullmatch(r"https://[\w./#%~+-]+", url))
    if unsafe:
        raise GenerationError(f"externalDocs url is not a plain https URL: {', '.join(unsafe)}")
    table = json.dumps(dict(sorted(links.items())), indent=1)
    (folder / "docs_links.jinja").write_text(
        f"{{# written by scripts/generate.py from the spec's externalDocs #}}\n{{% set DOCS_LINKS = {table} %}}\n",
        encoding="utf-8",
    )


def check_resources(package: Path) -> list[str]:
    """Every resource module compiles (no duplicate argument) and no class defines a method twice."""
    problems = []
    for module in sorted((package / "api").glob("*/__init__.py")):
        source = module.read_text(encoding="utf-8")
        try:
            tree = ast.parse(source)
            compile(source, str(module), "exec")
        except SyntaxError as exc:
            problems.append(f"{module.relative_to(package)}: {exc}")
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                names = [
                    f.name
                    for f in node.body
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and not _is_overload(f)
                ]
                for name in sorted({n for n in names if names.count(n) > 1}):
                    problems.append(
                        f"{module.relative_to(package)}: {node.name}.{name} is defined twice"
                        " (two operations give one method name)"
                    )
    return problems


def _is_overload(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "overload" for d in function.decorator_list)


def _run(generator: Path, output: Path, spec: Path, config: Path, templates: Path) -> str:
    command = [
        str(generator),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--overwrite",
        "--custom-template-path",
        str(templates),
    ]
    # the post-hooks call ruff by name: make it the one pinned in this environment
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["THREDFI_ROOT"] = str(ROOT)  # the post-hooks find the project's scripts through it
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    printed = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise GenerationError(f"openapi-python-client failed (exit {result.returncode}):\n{printed}")
    # "Generating <output path>" is the one line a clean run prints; the path may hold any word
    lines = [line for line in printed.splitlines() if not line.startswith("Generating ")]
    warnings = [line for line in lines if _WARNING.search(line)]
    if warnings:
        raise GenerationError(
            "openapi-python-client printed warnings (an operation or model may be missing):\n" + printed
        )
    return printed


def package_files(package: Path) -> dict[str, bytes]:
    """Every file of a generated package by relative path, caches left out."""
    return {
        path.relative_to(package).as_posix(): path.read_bytes()
        for path in sorted(package.rglob("*"))
        if path.is_file() and not IGNORED_PARTS.intersection(path.relative_to(package).parts)
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Differences between a fresh generation (``expected``) and the committed package."""
    fresh, committed = package_files(expected), package_files(actual)
    problems = [f"missing from generated/: {name}" for name in sorted(set(fresh) - set(committed))]
    problems += [f"not produced by the generator: {name}" for name in sorted(set(committed) - set(fresh))]
    problems += [
        f"differs from a fresh generation: {name}"
        for name in sorted(fresh)
        if committed.get(name, fresh[name]) != fresh[name]
    ]
    return problems


def spec_operations(spec_path: Path = SPEC) -> set[tuple[str, str]]:
    """(METHOD, path with parameters blanked) for every operation of the spec."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    return {
        (method.upper(), blank_parameters(path))
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


def endpoint_modules(package: Path = PACKAGE) -> dict[tuple[str, str], str]:
    """Dotted module name of every endpoint module, by (METHOD, path with parameters blanked)."""
    found = {}
    for module in sorted((package / "api").rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        method = re.search(r'"method": "(\w+)"', source)
        url = re.search(r'"url": f?"([^"]+)"', source)
        if method and url:
            dotted = ".".join((package.name, *module.relative_to(package).with_suffix("").parts))
            found[(method.group(1).upper(), blank_parameters(url.group(1)))] = dotted
    return found


def blank_parameters(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def generated_operations(package: Path) -> set[tuple[str, str]]:
    """(METHOD, path with parameters blanked) for every endpoint module of a generated package."""
    return set(endpoint_modules(package))


def check_operations(package: Path, spec: Path = SPEC) -> list[str]:
    missing = spec_operations(spec) - generated_operations(package)
    return [f"operation without a generated module: {method} {path}" for method, path in sorted(missing)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a fresh generation with generated/")
    args = parser.parse_args(argv)
    try:
        if not args.check:
            run_generator(PACKAGE)
            problems = check_operations(PACKAGE)
        else:
            with tempfile.TemporaryDirectory(prefix="thredfi-generate-") as tmp:
                fresh = Path(tmp) / "thredfi_api"
                run_generator(fresh)
                problems = check_operations(fresh) + compare(fresh, PACKAGE)
    except GenerationError as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1
    if problems:
        print("generate: error:\n  " + "\n  ".join(problems), file=sys.stderr)
        if args.check:
            print("generate: run 'make generate' and commit generated/ (never edit it by hand)", file=sys.stderr)
        return 1
    count = len(spec_operations())
    print(
        f"generate: {'generated/ is up to date' if args.check else 'wrote generated/thredfi_api'} ({count} operations)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
