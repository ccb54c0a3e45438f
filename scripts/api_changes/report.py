"""The markdown report, and the changelog entry made of it."""

from __future__ import annotations

import re

from .changes import Change, sort_changes


def render_markdown(changes: list[Change]) -> str:
    """The report for a PR body or a changelog entry: breaking changes first, then the rest."""
    if not changes:
        return "No API changes.\n"
    ordered = sort_changes(changes)
    sections = []
    for title, breaking in (("Breaking changes", True), ("Additions", False)):
        lines = [f"- `{c.location}`: {c.detail}" for c in ordered if c.breaking is breaking]
        if lines:
            sections.append(f"### {title}\n\n" + "\n".join(lines) + "\n")
    return "\n".join(sections)


def changelog_entry(version: str, date: str, report: str) -> str:
    """One changelog entry: a level-2 heading then the report."""
    return f"## {version} ({date})\n\n{report.rstrip()}\n"


def update_changelog(text: str | None, version: str, entry: str) -> str:
    """Put ``entry`` on top of the changelog, replacing an entry of the same version (idempotent)."""
    if not text or not text.strip():
        return f"# Changelog\n\n{entry}"
    lines = text.splitlines(keepends=True)
    heading = re.compile(rf"^## {re.escape(version)}(\s|$)")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    for start in starts:
        if heading.match(lines[start]):
            end = next((i for i in starts if i > start), len(lines))
            rest = "".join(lines[end:])
            return "".join(lines[:start]) + entry + ("\n" + rest if rest else "")
    if starts:
        first = starts[0]
        return "".join(lines[:first]) + entry + "\n" + "".join(lines[first:])
    return text.rstrip("\n") + "\n\n" + entry
