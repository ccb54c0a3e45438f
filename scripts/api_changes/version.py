"""The version rule: a breaking change needs a new major version (a new minor one while on 0.x)."""

from __future__ import annotations

import re
import tomllib

from .changes import ApiChangesError, Change


def read_version(pyproject: str, source: str) -> str:
    """``project.version`` of a pyproject.toml text, naming ``source`` when it is absent."""
    try:
        version = tomllib.loads(pyproject).get("project", {}).get("version")
    except tomllib.TOMLDecodeError as exc:
        raise ApiChangesError(f"{source}: not valid TOML: {exc}") from exc
    if not isinstance(version, str) or not version:
        raise ApiChangesError(f"{source}: no project.version")
    return version


def _major_minor(version: str) -> tuple[int, int]:
    """MAJOR and MINOR of a version; pre-release and local parts do not matter to the rule."""
    match = re.match(r"^\s*v?(\d+)(?:\.(\d+))?", version)
    if not match:
        raise ApiChangesError(f"version {version!r} does not start with MAJOR[.MINOR]")
    return int(match.group(1)), int(match.group(2) or 0)


def breaking_bump_ok(old_version: str, new_version: str) -> bool:
    """A breaking release needs a new major; below 1.0 a new minor counts as one (0.1 -> 0.2)."""
    old_major, old_minor = _major_minor(old_version)
    new_major, new_minor = _major_minor(new_version)
    if new_major != old_major:
        return new_major > old_major
    return old_major == 0 and new_minor > old_minor


def version_problem(changes: list[Change], old_version: str, new_version: str) -> str | None:
    """Why the version is wrong for these changes, or None when it is fine."""
    breaking = [c for c in changes if c.breaking]
    if not breaking or breaking_bump_ok(old_version, new_version):
        return None
    needed = "a new major version" if _major_minor(old_version)[0] > 0 else "a new major or minor version (0.x)"
    return (
        f"{len(breaking)} breaking change(s) but the version went from {old_version} to {new_version}; "
        f"they need {needed} in pyproject.toml"
    )
