"""Reading specs: a bundled spec from a file or at a git ref, checked before any comparison."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bundle_spec import BundleError, load_document
from project import SPEC_PATH

from .changes import MAX_DEPTH, ApiChangesError


def _iter_refs(node: Any, depth: int = 0) -> Iterator[str]:
    """Every ``$ref`` string of a document (depth-capped in case of recursive YAML anchors)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _iter_refs(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _iter_refs(value, depth + 1)


def pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """The target of a local ``$ref`` (``#/a/b``), or raise naming the ref."""
    if not ref.startswith("#/"):
        raise ApiChangesError(f"$ref {ref!r} is not local to the document (bundled specs only)")
    node: Any = spec
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise ApiChangesError(f"$ref {ref!r} does not resolve")
        node = node[key]
    return node


def parse_spec(text: str, source: str) -> dict[str, Any]:
    """Parse a bundled spec and check what the comparison relies on; errors name ``source``."""
    try:
        spec = load_document(text, source)  # dates kept as the strings the spec wrote
    except BundleError as exc:
        raise ApiChangesError(str(exc)) from exc
    if not isinstance(spec.get("paths"), dict):
        raise ApiChangesError(f"{source}: the document has no 'paths' mapping")
    for ref in sorted(set(_iter_refs(spec))):
        try:
            pointer(spec, ref)
        except ApiChangesError as exc:
            raise ApiChangesError(f"{source}: {exc}") from exc
    return spec


def read_spec_file(path: Path) -> dict[str, Any]:
    """Read and parse a spec file, naming it when it is missing."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ApiChangesError(f"{path}: cannot read the spec: {exc.strerror or exc}") from exc
    return parse_spec(text, str(path))


def run_git(repo: Path, *args: str) -> bytes:
    """Run git in ``repo``; a failure becomes an ApiChangesError with git's own message."""
    try:
        result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise ApiChangesError(f"cannot run git: {exc}") from exc
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
        raise ApiChangesError(f"git {' '.join(args)}: {message}")
    return result.stdout


def git_root(path: Path) -> Path:
    """The top of the git work tree containing ``path``."""
    return Path(run_git(path, "rev-parse", "--show-toplevel").decode().strip())


def read_at(repo: Path, ref: str | None, relative: str) -> str:
    """A file's text at a git ref, or in the working tree when ``ref`` is None."""
    if ref is None:
        path = repo / relative
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ApiChangesError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return run_git(repo, "show", f"{ref}:{relative}").decode("utf-8")
    except ApiChangesError as exc:
        raise ApiChangesError(f"{ref}:{relative}: not readable at ref {ref!r} ({exc})") from exc


def read_spec_at(repo: Path, ref: str | None, relative: str = SPEC_PATH) -> dict[str, Any]:
    """The spec at a git ref (or the working tree), with errors naming ref and file."""
    source = f"{ref}:{relative}" if ref is not None else str(repo / relative)
    return parse_spec(read_at(repo, ref, relative), source)
