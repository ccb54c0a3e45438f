"""Path values: each one is exactly one segment of the URL path, checked before anything is sent.

The generated code percent-encodes a path value (``/``, ``?``, ``#`` and ``%`` included), but
``.`` and ``..`` survive encoding as whole segments, and HTTP clients, proxies and servers
normalise those away: ``vendors.get("..")`` would reach another route (the list, or a token
endpoint). So a path value is refused when it is empty, ``.`` or ``..``, longer than
``MAX_PATH_VALUE`` characters, or holds a control character; a value of any type but ``str``
or ``UUID`` is refused too (``None`` would otherwise be sent as ``"None"``). The error names the
parameter. ``check_path`` is the pipeline's own guard for paths built elsewhere (the generated
functions, a hand-written path): no empty, ``.`` or ``..`` segment, even percent-encoded.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from urllib.parse import unquote

MAX_PATH_VALUE = 512
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DOTS = frozenset({".", ".."})
# a uuid already in its canonical text: ``str(uuid.UUID(value)) == value``, every check passes
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch


def path_value(name: str, value: object) -> str:
    """``value`` as the text of one path segment (not yet percent-encoded), or a clear error."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or UUID, got {type(value).__name__}")
    if value in _DOTS or not value:
        raise ValueError(f"{name} must be one path segment: not empty, '.' or '..' (got {value!r})")
    if len(value) > MAX_PATH_VALUE:
        raise ValueError(f"{name} is {len(value)} characters long: at most {MAX_PATH_VALUE}")
    if _CONTROL.search(value):
        raise ValueError(f"{name} holds a control character: {value[:40]!r}")
    return value


def normalize_business_id(business_id: object) -> str:
    """A business id: a UUID (every operation's spec says so), in its canonical text."""
    return uuid_value("business_id", business_id)


def uuid_value(name: str, value: object) -> str:
    """A ``str | UUID`` argument the spec types as a uuid, as canonical text; else an error naming ``name``."""
    if value.__class__ is str and _CANONICAL_UUID(value):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    text = path_value(name, value.strip() if isinstance(value, str) else value)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueError(f"{name} must be a UUID, got {text[:40]!r}") from None


def check_path(path: str) -> None:
    """Refuse a request path with an empty, ``.`` or ``..`` segment (encoded or not) before the end."""
    if "/." not in path and "//" not in path and "%2" not in path:
        return  # the common case, decided without splitting
    segments = path.split("/")[1:]
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        if (not segment and not last) or unquote(segment) in _DOTS:
            raise ValueError(
                f"the request path {path!r} has an empty, '.' or '..' segment: each path value must be one segment"
            )


def check_argument(name: str, value: object, kind: str) -> object:
    """A query or header argument of a JSON ``kind`` (uuid, date, datetime, str, int, float, bool, list).

    Ids and dates may be given as text (parsed here, so a bad one fails before sending); any
    other type is a ``TypeError`` naming the argument (``idempotency_key=123`` is not sent as
    ``"123"``).
    """
    if kind == "uuid":
        return uuid_value(name, value)
    if kind in ("date", "datetime"):
        return _date_value(name, value, kind)
    if kind == "list":
        if not isinstance(value, list | tuple):
            raise TypeError(f"{name} must be a list, got {type(value).__name__}")
        return list(value)
    expected = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}[kind]
    if not isinstance(value, expected) or (isinstance(value, bool) and kind != "bool"):
        raise TypeError(f"{name} must be {_ARTICLES[kind]}, got {type(value).__name__}")
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError(f"{name} holds a control character")
    return value


_ARTICLES = {"str": "a str", "int": "an int", "float": "a number", "bool": "a bool"}


def _date_value(name: str, value: object, kind: str) -> object:
    if kind == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if kind == "datetime" and isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        wanted = "datetime.date" if kind == "date" else "datetime.datetime"
        raise TypeError(f"{name} must be a {wanted} or an ISO 8601 str, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value) if kind == "date" else dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{name} must be an ISO 8601 {kind.replace('datetime', 'date-time')}, got {value[:40]!r}"
        ) from None
