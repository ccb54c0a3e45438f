"""Checks of ``ThredfiClient`` settings: pure functions, run once at construction.

A setting that would only break later (a token request on every call, every call failing, an
``AttributeError`` from deep inside httpx) is refused here with a message naming it.
"""

from __future__ import annotations

import math
import os
import ssl
from typing import Any

import httpx

_TIMEOUT_PARTS = ("connect", "read", "write", "pool")
DEFAULT_MAX_BUSINESS_TOKENS = 10_000


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_int(name: str, value: object, *, minimum: int = 0, maximum: int | None = None) -> int:
    """An int setting (not a bool) within ``minimum``..``maximum``; ``ValueError`` naming it otherwise."""
    bounds = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an int {bounds}, got {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        raise ValueError(f"{name} must be an int {bounds}, got {value!r}")
    return value


def check_seconds(name: str, value: object, *, positive: bool = False) -> float:
    """A number of seconds (not a bool): finite and >= 0 (> 0 when ``positive``); ``ValueError`` naming it."""
    bound = "> 0" if positive else ">= 0"
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"{name} must be a finite number of seconds {bound}, got {value!r}")
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        raise ValueError(f"{name} must be a finite number of seconds {bound}, got {value!r}")
    return float(value)


def check_refresh_margin(value: object) -> float:
    """Seconds before expiry a token is refreshed: a finite number >= 0."""
    if not _is_number(value):
        raise TypeError(f"refresh_margin must be a number of seconds, got {type(value).__name__}")
    assert isinstance(value, int | float)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"refresh_margin must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


def check_timeout(value: object) -> httpx.Timeout:
    """Seconds per attempt, or an ``httpx.Timeout`` whose every part is None or finite and > 0."""
    if isinstance(value, httpx.Timeout):
        for part in _TIMEOUT_PARTS:
            seconds = getattr(value, part)
            if seconds is None:
                continue
            if not _is_number(seconds) or not math.isfinite(seconds) or seconds <= 0:
                raise ValueError(f"timeout.{part} must be None or a finite number of seconds > 0, got {seconds!r}")
        return value
    if not _is_number(value):
        raise ValueError(f"timeout must be a number of seconds > 0 or an httpx.Timeout, got {value!r}")
    assert isinstance(value, int | float)
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"timeout must be a finite number of seconds > 0, got {value!r}")
    return httpx.Timeout(float(value))


def check_transport(value: object) -> httpx.AsyncBaseTransport | None:
    """An async httpx transport (or None for the default); a sync one is named as such."""
    if value is None or isinstance(value, httpx.AsyncBaseTransport):
        return value
    kind = f"{type(value).__module__}.{type(value).__qualname__}"
    if isinstance(value, httpx.BaseTransport):
        raise TypeError(
            f"transport must be an httpx.AsyncBaseTransport (e.g. httpx.AsyncHTTPTransport); {kind} is a sync transport"
        )
    raise TypeError(f"transport must be an httpx.AsyncBaseTransport, got {kind}")


def check_verify(verify: Any) -> bool | ssl.SSLContext | str:
    """``verify=``: True, False, an ``ssl.SSLContext`` or the path of an existing CA bundle file."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if isinstance(verify, str | os.PathLike):
        path = os.fspath(verify)
        if not isinstance(path, str) or not os.path.isfile(path):
            raise ValueError(f"verify= must name an existing CA bundle file (PEM), got {path!r}")
        return path
    raise TypeError(f"verify must be True, False, a CA bundle path or an ssl.SSLContext, got {type(verify).__name__}")


def check_max_business_tokens(value: int) -> int:
    """How many business tokens the cache keeps: an int >= 1."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_business_tokens must be an int, got {type(value).__name__}")
    return check_int("max_business_tokens", value, minimum=1)


def check_partner_uuid(value: str) -> str:
    """The partner UUID (the Basic auth username): a UUID, in its canonical form."""
    import uuid

    try:
        return str(uuid.UUID(value))
    except ValueError:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise ValueError(f"partner_uuid must be a UUID (as the partner dashboard shows it), got {shown!r}") from None
