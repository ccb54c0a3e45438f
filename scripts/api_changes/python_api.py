"""The Python surface: griffe's breaking changes of ``thredfi_api`` (generated/) and ``thredfi``
(overlay/) between a git ref and another ref or the working tree, loaded statically."""

from __future__ import annotations

import io
import platform
import tarfile
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .changes import ApiChangesError, Change, Kind, sort_changes
from .sources import run_git

if TYPE_CHECKING:
    import griffe

PYTHON_PACKAGES = (("thredfi_api", "generated"), ("thredfi", "overlay"))


def require_tar_filters() -> None:
    """Fail clearly where tarfile cannot filter what it extracts (before Python 3.11.4).

    The package itself supports any Python 3.11; only this maintainer check needs the filters.
    """
    if not hasattr(tarfile, "data_filter"):
        raise ApiChangesError(
            f"--griffe needs Python 3.11.4 or newer (tarfile extraction filters); this is {platform.python_version()}"
        )


def export_tree(repo: Path, ref: str, dest: Path, folders: tuple[str, ...]) -> None:
    """Write ``folders`` of ``ref`` into ``dest`` with git archive: the working tree is never touched."""
    require_tar_filters()
    data = run_git(repo, "archive", "--format=tar", ref)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = [m for m in tar.getmembers() if any(m.name == f or m.name.startswith(f + "/") for f in folders)]
        tar.extractall(dest, members=members, filter="data")


def load_python_packages(root: Path) -> dict[str, griffe.Object | griffe.Alias]:
    """Load the packages found under ``root`` statically (nothing imported) into one collection."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[root / folder for _, folder in PYTHON_PACKAGES], allow_inspection=False)
    found = {}
    for name, folder in PYTHON_PACKAGES:
        if (root / folder / name / "__init__.py").is_file():
            found[name] = loader.load(name, try_relative_path=False)
    loader.resolve_aliases(implicit=False, external=None)
    return found


def _breakage_change(breakage: griffe.Breakage) -> Change:
    """One griffe finding as a breaking Change, worded without griffe's terminal colours."""
    import griffe

    location = breakage.obj.path
    old, new = breakage.old_value, breakage.new_value
    values = ""
    kind: Kind = "changed"
    if isinstance(breakage, griffe.ParameterAddedRequiredBreakage):
        location, kind = f"{location}({new.name})", "added"
    elif isinstance(
        breakage,
        griffe.ParameterMovedBreakage
        | griffe.ParameterRemovedBreakage
        | griffe.ParameterChangedRequiredBreakage
        | griffe.ParameterChangedKindBreakage
        | griffe.ParameterChangedDefaultBreakage,
    ):
        location = f"{location}({old.name})"
        if isinstance(breakage, griffe.ParameterRemovedBreakage):
            kind = "removed"
        elif isinstance(breakage, griffe.ParameterChangedKindBreakage):
            values = f"{old.kind.value} -> {new.kind.value}"
        elif isinstance(breakage, griffe.ParameterChangedDefaultBreakage):
            values = f"{old.default} -> {new.default}"
    elif isinstance(breakage, griffe.ObjectRemovedBreakage):
        kind = "removed"
    elif isinstance(breakage, griffe.ObjectChangedKindBreakage):
        values = f"{old.value} -> {new.value}"
    elif isinstance(breakage, griffe.ClassRemovedBaseBreakage):
        values = f"[{', '.join(b.canonical_path for b in old)}] -> [{', '.join(b.canonical_path for b in new)}]"
    else:
        values = f"{old} -> {new}"
    detail = breakage.kind.value + (f": `{values}`" if values else "")
    return Change(kind, "python", location, detail, True)


def python_changes(
    old: Mapping[str, griffe.Object | griffe.Alias], new: Mapping[str, griffe.Object | griffe.Alias]
) -> list[Change]:
    """griffe's breaking changes per package, deduplicated; a package new since the base breaks nothing."""
    import griffe

    changes = []
    for name in sorted(old):
        if name not in new:
            changes.append(Change("removed", "python", name, "package removed", True))
            continue
        changes += [_breakage_change(b) for b in griffe.find_breaking_changes(old[name], new[name])]
    return sort_changes(list(set(changes)))  # a re-exported object is found once per package


def griffe_changes(repo: Path, base_ref: str, new_ref: str | None = None) -> list[Change]:
    """Python surface at ``base_ref`` against ``new_ref`` (or the working tree)."""
    folders = tuple(folder for _, folder in PYTHON_PACKAGES)
    with tempfile.TemporaryDirectory(prefix="thredfi-api-changes-") as tmp:
        old_root = Path(tmp) / "old"
        export_tree(repo, base_ref, old_root, folders)
        new_root = repo
        if new_ref is not None:
            new_root = Path(tmp) / "new"
            export_tree(repo, new_ref, new_root, folders)
        return python_changes(load_python_packages(old_root), load_python_packages(new_root))
