"""The SDK's version, read from the installed distribution's metadata.

``project.version`` in ``pyproject.toml`` is the one place the version is written: the build
copies it into the wheel's metadata, and this module reads it back. (It stays a static field
because ``scripts/api_changes`` reads it at any git ref to enforce the version rule.)
"""

from __future__ import annotations

import functools
import sys

DISTRIBUTION = "thredfi"
# Running from a source tree that was never installed: there is no metadata to read.
UNKNOWN_VERSION = "0+unknown"


@functools.cache
def installed_version() -> str:
    """Read once, when first asked (``thredfi.__version__`` or the first client): reading the
    metadata costs more than the rest of ``import thredfi``'s own modules."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION


def user_agent() -> str:
    """The ``User-Agent`` the SDK sends: ``thredfi-python/<version> python/<major.minor>``."""
    return f"thredfi-python/{installed_version()} python/{sys.version_info.major}.{sys.version_info.minor}"
