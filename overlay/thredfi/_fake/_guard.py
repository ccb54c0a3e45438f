"""No accidental real calls: while ``no_real_calls()`` is on, resolving a Thredfi host name fails.

A test that forgot its fake would otherwise look up ``sandbox.thredfi.com`` and send its
credentials there (three times, with the retries). The guard refuses the name itself, before any
resolver runs, with ``RealThredfiCallError``: not an ``OSError``, so no client takes it for a
network failure and retries. It wraps every way a request of the SDK resolves a host:

* ``socket.getaddrinfo`` (httpx on asyncio and trio, any blocking client);
* ``asyncio``'s ``loop.getaddrinfo`` (refused before the resolver's thread is used);
* aiohttp's resolvers (the SDK's default transport; aiodns when installed).

A request through a proxy resolves the proxy, not the Thredfi host: it is not caught here.
"""

from __future__ import annotations

import asyncio.base_events
import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

BLOCKED_DOMAIN = "thredfi.com"


class RealThredfiCallError(AssertionError):
    """A request to a real Thredfi host was made while real calls are off (``thredfi.testing.no_real_calls``)."""


def is_real_thredfi(host: object) -> bool:
    """Whether ``host`` is ``thredfi.com`` or a name under it."""
    if isinstance(host, bytes | bytearray):
        host = bytes(host).decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().rstrip(".").lower()
    return name == BLOCKED_DOMAIN or name.endswith(f".{BLOCKED_DOMAIN}")


def _refuse(host: object) -> None:
    if is_real_thredfi(host):
        shown = host.decode("ascii", "replace") if isinstance(host, bytes | bytearray) else str(host)
        raise RealThredfiCallError(
            f"thredfi: a request to the real Thredfi host {shown!r} was blocked before any DNS lookup"
            " (real calls are off in this test: the thredfi pytest plugin or thredfi.testing.no_real_calls)."
            " Use thredfi.testing.FakeThredfi or MockThredfi; real calls need the thredfi_offline switch off."
        )


_lock = threading.Lock()
_depth = 0
_saved: list[tuple[Any, str, Any]] = []


def _patches() -> list[tuple[Any, str, Any]]:
    """(owner, attribute, replacement) for every resolver the guard wraps."""
    original_socket = socket.getaddrinfo
    original_loop = asyncio.base_events.BaseEventLoop.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        _refuse(host)
        return original_socket(host, *args, **kwargs)

    async def loop_getaddrinfo(self: Any, host: Any, *args: Any, **kwargs: Any) -> Any:
        _refuse(host)
        return await original_loop(self, host, *args, **kwargs)

    patches: list[tuple[Any, str, Any]] = [
        (socket, "getaddrinfo", getaddrinfo),
        (asyncio.base_events.BaseEventLoop, "getaddrinfo", loop_getaddrinfo),
    ]
    try:
        from aiohttp import resolver
    except ImportError:  # pragma: no cover - aiohttp is a dependency of the SDK
        return patches
    for name in ("ThreadedResolver", "AsyncResolver"):
        cls = getattr(resolver, name, None)
        if cls is not None:
            patches.append((cls, "resolve", _guarded_resolve(cls.resolve)))
    return patches


def _guarded_resolve(original: Any) -> Any:
    async def resolve(self: Any, host: str, *args: Any, **kwargs: Any) -> Any:
        _refuse(host)
        return await original(self, host, *args, **kwargs)

    return resolve


def install() -> None:
    """Turn the guard on (counted: each ``install`` needs its ``uninstall``)."""
    global _depth
    with _lock:
        _depth += 1
        if _depth > 1:
            return
        for owner, name, replacement in _patches():
            _saved.append((owner, name, owner.__dict__[name] if name in owner.__dict__ else getattr(owner, name)))
            setattr(owner, name, replacement)


def uninstall() -> None:
    """Turn the guard off when the last ``install`` is undone."""
    global _depth
    with _lock:
        if _depth == 0:
            return
        _depth -= 1
        if _depth:
            return
        while _saved:
            owner, name, original = _saved.pop()
            setattr(owner, name, original)


def installed() -> bool:
    return _depth > 0


@contextlib.contextmanager
def no_real_calls() -> Iterator[None]:
    """Inside the block, any request to ``thredfi.com`` or a host under it fails at once with
    ``RealThredfiCallError``, before a DNS lookup (the fakes' hosts, under ``.invalid``, are not
    touched)."""
    install()
    try:
        yield
    finally:
        uninstall()
