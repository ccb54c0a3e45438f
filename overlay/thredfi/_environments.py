"""Named Thredfi environments and how a client picks its base URL.

The hosts are the ones Thredfi's docs name: the sandbox is the host of the API reference's
samples, the other three come from the backend integration guide. The choice is a pure function
of the arguments and the environment variables, so it is tested without building a client.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

Environment = Literal["sandbox", "development", "staging", "production"]

ENVIRONMENTS: Mapping[str, str] = MappingProxyType(
    {
        "sandbox": "https://sandbox.thredfi.com",
        "development": "https://dev-backend.thredfi.com",
        "staging": "https://staging-backend.thredfi.com",
        "production": "https://backend.thredfi.com",
    }
)
DEFAULT_ENVIRONMENT: Environment = "sandbox"
DEFAULT_BASE_URL = ENVIRONMENTS[DEFAULT_ENVIRONMENT]

BASE_URL_ENV = "THREDFI_BASE_URL"
ENVIRONMENT_ENV = "THREDFI_ENVIRONMENT"


def environment_base_url(name: str, *, source: str = "environment") -> str:
    """The host of environment ``name`` (case and surrounding spaces ignored).

    ``source`` names where the value came from, for the error message.
    """
    if not isinstance(name, str):
        raise TypeError(f"{source} must be a str, got {type(name).__name__}")
    url = ENVIRONMENTS.get(name.strip().lower())
    if url is None:
        valid = ", ".join(repr(n) for n in ENVIRONMENTS)
        raise ValueError(f"{source} must be one of {valid}, got {name!r}")
    return url


def resolve_base_url(
    base_url: str | None = None,
    environment: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The base URL a client talks to, first match wins:

    1. ``base_url=``; 2. ``$THREDFI_BASE_URL``; 3. ``environment=``; 4. ``$THREDFI_ENVIRONMENT``;
    5. the sandbox.

    A URL always beats an environment name, so a test or demo can point any client at a local
    server with one variable. An environment name that is given is checked even when a URL
    wins: a typo is reported, never silently ignored. The URL itself is validated by the client.
    """
    env = os.environ if environ is None else environ
    named = None
    if environment is not None:
        named = environment_base_url(environment, source="environment")
    elif env.get(ENVIRONMENT_ENV, "").strip():
        named = environment_base_url(env[ENVIRONMENT_ENV], source=ENVIRONMENT_ENV)
    if base_url is not None:
        return base_url
    from_env = env.get(BASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    return named or DEFAULT_BASE_URL
