"""Report what changed between two versions of the Thredfi API, and whether it breaks users.

Usage::

    python scripts/api_changes OLD_SPEC NEW_SPEC
    python scripts/api_changes --git BASE_REF [HEAD_REF]     # openapi/thredfi.yaml at two refs
        [--griffe BASE_REF] [--check-version BASE_REF]
        [--changelog CHANGELOG.md [--date YYYY-MM-DD]] [--repo PATH]

The "new" side is HEAD_REF when given, else the working tree (for the spec, griffe and the
version). The markdown report goes to stdout. Exit codes: 0 fine, 1 a check failed (breaking
change without a version bump), 2 bad input (missing or invalid spec, unknown ref, ...).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from project import SPEC_PATH

from .changes import ApiChangesError, sort_changes
from .operations import diff_specs
from .python_api import griffe_changes
from .report import changelog_entry, render_markdown, update_changelog
from .sources import git_root, read_at, read_spec_at, read_spec_file
from .version import read_version, version_problem


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line; exactly one spec source (two files or --git)."""
    parser = argparse.ArgumentParser(prog="api_changes", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old_spec", nargs="?", type=Path, help="the older bundled spec")
    parser.add_argument("new_spec", nargs="?", type=Path, help="the newer bundled spec")
    parser.add_argument(
        "--git",
        nargs="+",
        metavar="REF",
        help="BASE_REF [HEAD_REF]: compare the spec at two refs (no HEAD_REF: the working tree)",
    )
    parser.add_argument("--spec-path", default=SPEC_PATH, help=f"spec inside the repository (default {SPEC_PATH})")
    parser.add_argument("--repo", type=Path, default=Path(), help="the git repository (default: current folder)")
    parser.add_argument("--griffe", metavar="BASE_REF", help="add griffe's breaking changes of the Python packages")
    parser.add_argument("--check-version", metavar="BASE_REF", help="fail on a breaking change without a version bump")
    parser.add_argument("--changelog", type=Path, help="prepend (or replace) this version's entry in this file")
    parser.add_argument("--date", default=None, help="date of the changelog entry (default: today)")
    args = parser.parse_args(argv)
    positional = args.old_spec is not None
    if args.git and positional:
        parser.error("give either OLD_SPEC NEW_SPEC or --git BASE_REF [HEAD_REF], not both")
    if not args.git and (not positional or args.new_spec is None):
        parser.error("give OLD_SPEC NEW_SPEC, or --git BASE_REF [HEAD_REF]")
    if args.git and len(args.git) > 2:
        parser.error("--git takes BASE_REF and an optional HEAD_REF")
    return args


def _new_version(root: Path, new_ref: str | None) -> str:
    """``project.version`` of the new side: HEAD_REF when given, else the working tree."""
    source = f"{new_ref}:pyproject.toml" if new_ref else str(root / "pyproject.toml")
    return read_version(read_at(root, new_ref, "pyproject.toml"), source)


def run(args: argparse.Namespace) -> int:
    """Compare, then check the version and update the changelog; every input is read before output."""
    needs_git = bool(args.git or args.griffe or args.check_version)
    root = git_root(args.repo) if needs_git else args.repo
    new_ref: str | None = args.git[1] if args.git and len(args.git) > 1 else None
    if args.git:
        old_spec = read_spec_at(root, args.git[0], args.spec_path)
        new_spec = read_spec_at(root, new_ref, args.spec_path)
    else:
        old_spec, new_spec = read_spec_file(args.old_spec), read_spec_file(args.new_spec)
    changes = diff_specs(old_spec, new_spec)
    if args.griffe:
        changes = sort_changes(changes + griffe_changes(root, args.griffe, new_ref))
    new_version = _new_version(root, new_ref) if args.check_version or args.changelog else ""
    problem = None
    if args.check_version:
        ref = args.check_version
        old_version = read_version(read_at(root, ref, "pyproject.toml"), f"{ref}:pyproject.toml")
        problem = version_problem(changes, old_version, new_version)
    report = render_markdown(changes)
    sys.stdout.write(report)
    if problem:
        print(f"api_changes: version check failed: {problem}", file=sys.stderr)
        if args.changelog:
            print(f"api_changes: {args.changelog} not updated", file=sys.stderr)
        return 1
    if args.changelog:
        path: Path = args.changelog
        entry = changelog_entry(new_version, args.date or datetime.date.today().isoformat(), report)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        path.write_text(update_changelog(current, new_version, entry), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: bad input is one clear line on stderr and exit 2, never a traceback."""
    args = _arguments(argv)
    try:
        return run(args)
    except ApiChangesError as exc:
        print(f"api_changes: error: {exc}", file=sys.stderr)
        return 2
