"""The SDK's version, read from the installed distribution's metadata.

``project.version`` in ``pyproject.toml`` is the one place the version is written: the build
copies it into the wheel's metadata, and this module reads it back. (It stays a static field
because ``scripts/api_changes.py`` reads it at any git ref to enforce the version rule.)
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "thredfi"
# Running from a source tree that was never installed: there is no metadata to read.
UNKNOWN_VERSION = "0+unknown"


def _installed_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION


__version__ = _installed_version()

_USER_AGENT = f"thredfi-python/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"


def user_agent() -> str:
    """The ``User-Agent`` the SDK sends: ``thredfi-python/<version> python/<major.minor>``."""
    return _USER_AGENT
