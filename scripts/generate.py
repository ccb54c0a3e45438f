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
from typing import Any

import yaml
from project import HTTP_METHODS, ROOT, SPEC

CONFIG = ROOT / "openapi" / "generator.yaml"
PACKAGE = ROOT / "generated" / "thredfi_api"
TEMPLATES = ROOT / "openapi" / "templates"
API_DOCS = ROOT / "docs" / "api.md"
# the per-call arguments every resource method takes: said once at the top of docs/api.md
PER_CALL_EXTRAS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})
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


UNVERIFIED = "x-thredfi-unverified"  # a parameter or body field no docs page shows by name


def unverified_names(document: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Per operationId, the names marked ``x-thredfi-unverified``: ``parameters`` (query, header,
    path) and ``body`` (the JSON body's top-level fields), each sorted; operations without any left out."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found: dict[str, dict[str, list[str]]] = {}
    for item in document["paths"].values():
        for method, operation in item.items():
            if method not in HTTP_METHODS or "operationId" not in operation:
                continue
            parameters = sorted(
                p["name"] for p in operation.get("parameters") or [] if isinstance(p, dict) and p.get(UNVERIFIED)
            )
            media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            schema = media.get("schema") or {}
            if "$ref" in schema:
                schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
            body = sorted(
                name
                for name, prop in (schema.get("properties") or {}).items()
                if isinstance(prop, dict) and prop.get(UNVERIFIED)
            )
            if parameters or body:
                found[operation["operationId"]] = {"parameters": parameters, "body": body}
    return dict(sorted(found.items()))


def write_templates(folder: Path, spec: Path = SPEC) -> None:
    """The committed custom templates plus ``docs_links.jinja`` (each operation's docs page by
    operationId) and ``unverified.jinja`` (the names each operation marks ``x-thredfi-unverified``)."""
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
    unverified = unverified_names(document)
    names = {name for entry in unverified.values() for kind in entry.values() for name in kind}
    unsafe = sorted(name for name in names if not re.fullmatch(r"[A-Za-z_][\w-]*", name))
    if unsafe:
        raise GenerationError(f"{UNVERIFIED} names that are not plain identifiers: {', '.join(unsafe)}")
    (folder / "unverified.jinja").write_text(
        f"{{# written by scripts/generate.py from the spec's {UNVERIFIED} marks #}}\n"
        f"{{% set UNVERIFIED = {json.dumps(unverified, indent=1)} %}}\n",
        encoding="utf-8",
    )


def check_resources(package: Path) -> list[str]:
    """Every resource module compiles (no duplicate argument), no class defines a method (or two tags
    one attribute) twice, and no template reported an operation it cannot model."""
    problems = []
    for module in [package / "api" / "__init__.py", *sorted((package / "api").glob("*/__init__.py"))]:
        source = module.read_text(encoding="utf-8")
        try:
            tree = ast.parse(source)
            compile(source, str(module), "exec")
        except SyntaxError as exc:
            problems.append(f"{module.relative_to(package)}: {exc}")
            continue
        problems += [
            f"{module.relative_to(package)}: {line.strip().removeprefix('# resource-error: ')}"
            for line in source.splitlines()
            if line.strip().startswith("# resource-error:")
        ]
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
                        " (two operations, or two tags, give one name)"
                    )
    return problems


def api_reference(package: Path = PACKAGE) -> str:
    """docs/api.md: every resource method with its signature and docs page, read from the generated code."""
    mixins = ast.parse((package / "api" / "__init__.py").read_text(encoding="utf-8"))
    attributes = {
        node.name: [(f.name, _return_name(f)) for f in node.body if isinstance(f, ast.FunctionDef)]
        for node in mixins.body
        if isinstance(node, ast.ClassDef)
    }
    business = {name: cls for name, cls in attributes["BusinessResources"] if name != "with_raw_response"}
    lines = [
        "# API reference",
        "",
        "Written by `make generate` from the generated resource classes (`thredfi_api/api/<tag>/__init__.py`);",
        "`make check-generated` fails when it is out of date.",
        "",
        "- `biz = client.for_business(business_id)`: business-scoped methods, `business_id` bound, business token.",
        "- `client.<resource>`: the same methods with `business_id` (str or UUID) as first argument, partner token;",
        "  partner-level resources (`businesses`) only there.",
        "- `client.with_raw_response.<resource>` / `biz.with_raw_response.<resource>`: the same methods returning",
        "  `thredfi.RawResponse[T]`; a list method then returns the raw first page.",
        "- Arguments after `*` are keyword-only. Optional ones default to not sent (`UNSET`); where the spec",
        "  allows null, `None` sends JSON null. A body is given as its fields or as `body=<model>`.",
        "- A list method returns `thredfi.AsyncPaginator[Item]`: `async for` walks every item,",
        "  `await` gives the first `thredfi.AsyncPage[Item]`.",
        "- Nested models and `body=` also take a dict (`<Model>Dict`); ids a `str` or `UUID`; dates an ISO `str`.",
        "- Every method also takes `extra_headers=`, `extra_query=`, `extra_body=` and `timeout=` (that call only);",
        "  they are left out of the signatures below.",
        "",
    ]
    for attribute, partner_class in attributes["PartnerResources"]:
        if attribute == "with_raw_response":
            continue
        scoped = attribute in business
        cls_name = business[attribute] if scoped else partner_class
        module = next(
            path
            for path in sorted((package / "api").glob("*/__init__.py"))
            if f"class {cls_name}(" in path.read_text(encoding="utf-8")
        )
        tree = ast.parse(module.read_text(encoding="utf-8"))
        cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls_name)
        where = f"biz.{attribute}" if scoped else f"client.{attribute}"
        lines += [f"## `{where}`", ""]
        for function in cls.body:
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            doc = ast.get_docstring(function) or ""
            overloads = [
                f
                for f in cls.body
                if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and f.name == function.name and _is_overload(f)
            ]
            if _is_overload(function):
                continue
            summary = doc.splitlines()[0] if doc else ""
            link = next((line.removeprefix("Docs: ") for line in doc.splitlines() if line.startswith("Docs: ")), "")
            lines.append(
                f"### `{where}.{function.name}` ({summary}; [docs]({link}))"
                if link
                else f"### `{where}.{function.name}` ({summary})"
            )
            lines.append("")
            lines.append("```python")
            for signature in overloads or [function]:
                lines.append(_signature(signature))
            lines += ["```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _return_name(function: ast.FunctionDef) -> str:
    return ast.unparse(function.returns) if function.returns else ""


def _signature(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """``async def name(args) -> T``, one argument per line when long; ``builtins.`` dropped."""
    args = function.args
    parts = [_argument(a) for a in args.args[1:]]  # without self
    keywords = [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if a.arg not in PER_CALL_EXTRAS]
    if keywords:
        parts.append("*")
        parts += [_argument(a, d) for a, d in keywords]
    if args.kwarg:
        parts.append(f"**{args.kwarg.arg}")
    prefix = "async def" if isinstance(function, ast.AsyncFunctionDef) else "def"
    returns = ast.unparse(function.returns) if function.returns else "None"
    line = f"{prefix} {function.name}({', '.join(parts)}) -> {returns}"
    if len(line) > 100:
        body = "".join(f"    {part},\n" for part in parts)
        line = f"{prefix} {function.name}(\n{body}) -> {returns}"
    return line.replace("builtins.", "")


def _argument(argument: ast.arg, default: ast.expr | None = None) -> str:
    text = argument.arg
    if argument.annotation is not None:
        text += f": {ast.unparse(argument.annotation)}"
    if default is not None:
        text += f" = {ast.unparse(default)}"
    return text


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
            API_DOCS.write_text(api_reference(PACKAGE), encoding="utf-8")
        else:
            with tempfile.TemporaryDirectory(prefix="thredfi-generate-") as tmp:
                fresh = Path(tmp) / "thredfi_api"
                run_generator(fresh)
                problems = check_operations(fresh) + compare(fresh, PACKAGE)
                committed = API_DOCS.read_text(encoding="utf-8") if API_DOCS.exists() else ""
                if api_reference(fresh) != committed:
                    problems.append("docs/api.md differs from the generated resource classes")
    except GenerationError as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1
    if problems:
        print("generate: error:\n  " + "\n  ".join(problems), file=sys.stderr)
        if args.check:
            print(
                "generate: run 'make generate' and commit generated/ and docs/api.md (never edit them by hand)",
                file=sys.stderr,
            )
        return 1
    count = len(spec_operations())
    print(
        f"generate: {'generated/ is up to date' if args.check else 'wrote generated/thredfi_api'} ({count} operations)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
