"""How a non-2xx response becomes a typed exception (pure: the pipeline's ``RaiseForStatus`` raises it).

The generated ``_parse_response`` functions crash on HTML or empty error bodies, on bodies
without ``error_code`` and on undocumented statuses, and return documented errors as values.
The pipeline's last step raising here means none of that reaches a user.

Two error shapes are documented and both are read:
``{error_code, message, detail{field_errors...}, request_id}`` (API reference) and
``{error, error_code, details{field: [messages]}}`` (error-handling guide).
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from . import _json
from ._exceptions import APIStatusError, error_class_for
from ._redact import redact_data, response_secrets
from ._request_id import DEFAULT_REQUEST_ID_HEADER, server_request_id

_MAX_TEXT_MESSAGE = 200


def _decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON (or too deep or large to decode), or None when empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        return _json.loads(content)
    except ValueError:
        return response.text


def _plain_text_message(text: str, content_type: str) -> str | None:
    """A short message from a non-JSON body; HTML pages give nothing readable."""
    if "html" in content_type or text.lstrip().startswith("<"):
        return None
    collapsed = re.sub(r"\s+", " ", text).strip()
    if not collapsed:
        return None
    return collapsed[:_MAX_TEXT_MESSAGE] + ("..." if len(collapsed) > _MAX_TEXT_MESSAGE else "")


def build_status_error(
    response: httpx.Response,
    *,
    request_id_header: str = DEFAULT_REQUEST_ID_HEADER,
    error_class: type[APIStatusError] | None = None,
    sent_request_id: str | None = None,
    secrets: tuple[str, ...] = (),
) -> APIStatusError:
    """Build the typed exception for a (read) non-2xx response, whatever its body.

    ``secrets``: the credential the request carried (the server may echo it), a fact of the call.
    """
    secrets = secrets or response_secrets(response)
    # redacted before anything is cut short: a truncated credential would no longer be recognised
    body = redact_data(_decode_body(response), secrets)
    error_code: str | None = None
    message: str | None = None
    detail: dict[str, Any] = {}
    if isinstance(body, dict):
        code = body.get("error_code")
        error_code = code if isinstance(code, str) and code else None
        for key in ("message", "error", "detail"):
            candidate = body.get(key)
            if isinstance(candidate, str) and candidate:
                message = candidate
                break
        for key in ("detail", "details"):
            candidate = body.get(key)
            if isinstance(candidate, dict):
                detail = candidate
                break
    elif isinstance(body, str):
        message = _plain_text_message(body, response.headers.get("content-type", ""))
    if message is None:
        message = response.reason_phrase or "HTTP error"
    cls = error_class or error_class_for(response.status_code)
    return cls(
        secrets=secrets,
        response=response,
        request_id=server_request_id(response, body, request_id_header, sent_request_id),
        error_code=error_code,
        message=message,
        detail=detail,
        body=body,
    )
