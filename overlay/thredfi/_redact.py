"""Keep credentials out of every message, detail and body the SDK puts on an exception.

A server may echo what it was sent (``"invalid credentials: Basic cGFy..."``) or a token in a
field of its error body. Three rules, applied to text and to every string nested in JSON data:

* ``Basic <x>`` / ``Bearer <x>``: the credential after the scheme is replaced;
* ``api_key=<x>``, ``"access_token": "<x>"`` and the like, and the value of such a key in JSON;
* any secret given: the credential of the request's ``Authorization`` header (for Basic auth
  the api key inside it too), and, where an error leaves the SDK (``_chain.seal``), every
  credential the client holds or held; and anything shaped like a JWT.

Over-redacting a harmless word is accepted; leaking a credential is not.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from . import _json

if TYPE_CHECKING:
    from ._request import Request

REDACTED = "[redacted]"
MIN_SECRET = 4  # shorter "secrets" would redact ordinary words
_SCHEME = re.compile(r"\b(Bearer|Basic)(\s+)[^\s\"',;]+", re.IGNORECASE)
_NAMES = r"api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|password|secret|token"
_ASSIGNED = re.compile(rf"\b({_NAMES})(\"?'?\s*[:=]\s*\"?'?)[^\s\"',;&<>]+", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*")
_SECRET_KEYS = re.compile(rf"^({_NAMES}|authorization|x-api-key)$", re.IGNORECASE)


def request_secrets(request: httpx.Request | Request | None) -> tuple[str, ...]:
    """The secrets a request carries: its Authorization credential (and a Basic api key)."""
    if request is None:
        return ()
    return authorization_secrets(request.headers.get("authorization") or "")


def authorization_secrets(authorization: str) -> tuple[str, ...]:
    """The secrets in an Authorization value: its credential (and a Basic api key)."""
    scheme, _, credential = authorization.strip().partition(" ")
    credential = credential.strip()
    found = [credential] if credential else []
    if scheme.lower() == "basic" and credential:
        try:
            decoded = base64.b64decode(credential, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        _, _, api_key = decoded.partition(":")
        if api_key:
            found.append(api_key)
    return tuple(found)


def response_secrets(response: httpx.Response) -> tuple[str, ...]:
    """The secrets carried by the ``httpx.Request`` a response answers (none if it has no request)."""
    try:
        request = response.request
    except RuntimeError:  # a response built without its request (tests, hand-made responses)
        return ()
    return request_secrets(request)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every credential it holds replaced by ``[redacted]``."""
    candidates = {s for s in secrets if len(s) >= MIN_SECRET}
    for secret in sorted(candidates, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _SCHEME.sub(rf"\1\2{REDACTED}", text)
    text = _ASSIGNED.sub(rf"\1\2{REDACTED}", text)
    return _JWT.sub(REDACTED, text)


def secrets_in_data(value: Any) -> tuple[str, ...]:
    """The strings held under a credential's key (``access_token``, ``authorization``, ...) at any depth.

    Known secrets in their own right: wherever else the same text shows up (a bare token echoed
    in a message), it is redacted too.
    """
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if isinstance(key, str) and isinstance(inner, str) and _SECRET_KEYS.match(key):
                    found.append(inner)
                else:
                    stack.append(inner)
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return tuple(found)


def redact_body(text: str, secrets: Iterable[str] = ()) -> tuple[str, tuple[str, ...]]:
    """A response body as text with its credentials redacted, and every secret that was looked for.

    The body keeps its form (it is not re-encoded); when it is JSON, the values of its credential
    keys are redacted wherever they appear. The secrets returned serve to redact other text
    derived from the body (a parser's message quoting a value).
    """
    secrets = tuple(secrets)
    if text.lstrip()[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            secrets += secrets_in_data(_json.loads(text))
    return redact_text(text, secrets), secrets


def redact_data(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of JSON-like ``value`` with credentials redacted in every string, at any depth.

    The string value of a key such as ``authorization`` or ``access_token`` is replaced whole.
    """
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict):
        return {
            key: REDACTED
            if isinstance(key, str) and isinstance(item, str) and _SECRET_KEYS.match(key)
            else redact_data(item, secrets)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact_data(item, secrets) for item in value]
    return value
