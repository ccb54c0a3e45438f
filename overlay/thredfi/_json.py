"""Bounded JSON decoding for what servers send: error bodies, token responses, redaction.

``json.loads`` recurses once per level of nesting: ``"[" * 10000`` raises ``RecursionError``
(no ``ValueError``) and a body just shallow enough to decode can still exhaust the stack of the
recursive code that walks it afterwards (``_redact.redact_data``: two frames per level). So a
body nested deeper than ``MAX_DEPTH`` or larger than ``MAX_BYTES`` is refused with a
``ValueError``, which every caller already treats as "not JSON".

The depth is measured only when the text holds more brackets than ``MAX_DEPTH`` (two
``count`` calls otherwise), in C-speed string operations: strings cut out, the running depth
summed by ``itertools.accumulate`` (about a third of what decoding the same text costs).
"""

from __future__ import annotations

import array
import itertools
import json
from typing import Any

MAX_DEPTH = 256
MAX_BYTES = 64 * 1024 * 1024

_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
# brackets to signed steps: an opening one +1, a closing one -1 (0xff as a signed byte)
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


def loads(data: bytes | bytearray | str, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """``json.loads(data)``; a document over ``max_bytes`` or nested deeper than ``max_depth`` is a ``ValueError``."""
    if len(data) > max_bytes:
        raise ValueError(f"JSON document of {len(data)} bytes refused: more than {max_bytes}")
    text = data if isinstance(data, str) else bytes(data).decode(json.detect_encoding(data), "surrogatepass")
    if text.count("[") + text.count("{") > max_depth and depth(text) > max_depth:
        raise ValueError(f"JSON document refused: nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except RecursionError as exc:  # belt and braces: the scan above should have refused it
        raise ValueError("JSON document refused: nested too deep to decode") from exc


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (brackets inside strings not counted)."""
    # without its escaped backslashes and quotes, every '"' left opens or closes a string: the
    # even pieces between them are what lies outside strings
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    outside = "".join(unescaped.split('"')[0::2]).encode("ascii", "ignore")
    steps = array.array("b", outside.translate(_STEPS, _NOT_BRACKETS))
    return max(itertools.accumulate(steps), default=0)
