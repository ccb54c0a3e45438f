"""Everything a program holding an exception can read from it, as text.

Walks what an error tracker or ``traceback`` could render, and more: ``str()`` and ``repr()`` of
the exception and of every object reachable from it through ``__cause__``, ``__context__``,
``args``, ``__notes__``, exception-group members, instance attributes (``__dict__`` and slots),
mappings (multidicts and headers included), sequences and bytes. Functions, classes, modules
and tracebacks are not followed (code, not data of this error).
"""

from __future__ import annotations

import types
from collections.abc import Iterator, Mapping
from typing import Any

_SKIP = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.TracebackType,
    types.FrameType,
    types.CodeType,
    int,
    float,
    complex,
    bool,
    type(None),
)


def reachable_text(root: BaseException, limit: int = 50_000) -> Iterator[str]:
    seen: set[int] = set()
    stack: list[Any] = [root]
    while stack and len(seen) < limit:
        item = stack.pop()
        if isinstance(item, _SKIP) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            yield item
            continue
        if isinstance(item, bytes | bytearray | memoryview):
            yield bytes(item).decode("latin-1")
            continue
        for render in (repr, str):
            rendered = _safely(render, item)
            if rendered is not None:
                yield rendered
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, *item.args, *getattr(item, "__notes__", ())]
            if isinstance(item, BaseExceptionGroup):
                stack += list(item.exceptions)
        if isinstance(item, Mapping):
            stack += _safely(lambda m: [*m.keys(), *m.values()], item) or []
        elif isinstance(item, list | tuple | set | frozenset):
            stack += list(item)
        elif hasattr(item, "items") and callable(item.items):
            stack += _safely(lambda m: [part for pair in m.items() for part in pair], item) or []
        stack += list(getattr(item, "__dict__", {}).values())
        for klass in type(item).__mro__:
            for slot in getattr(klass, "__slots__", ()):
                if isinstance(slot, str):
                    stack += _safely(lambda o, name=slot: [getattr(o, name)], item) or []


def _safely(read: Any, item: Any) -> Any:
    """``read(item)``, or None when the object refuses (an unset slot, a repr that raises)."""
    try:
        return read(item)
    except Exception:
        return None


def leaked(error: BaseException, secrets: tuple[str, ...]) -> list[str]:
    """The secrets (by position) found anywhere reachable from ``error``; empty when none."""
    text = "\n".join(reachable_text(error))
    return [f"secret #{i}" for i, secret in enumerate(secrets) if secret in text]
