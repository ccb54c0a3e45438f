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

import re
import uuid
from urllib.parse import unquote

MAX_PATH_VALUE = 512
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DOTS = frozenset({".", ".."})


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
    """A business id: one path segment, surrounding spaces removed, none inside."""
    if isinstance(business_id, str):
        business_id = business_id.strip()
        if any(c.isspace() for c in business_id):
            raise ValueError(f"business_id must not hold spaces, got {business_id[:40]!r}")
    return path_value("business_id", business_id)


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
