"""Documents as files: a ``document=`` whose ``file`` is a path, bytes, a binary file or a
``(filename, content[, mime])`` tuple turns its request into multipart/form-data.

The docs pages say "Supports optional document upload via multipart field ``document`` ... JSON-only
requests remain supported when no file is provided". So the file travels as the part ``document``
(with a filename and a MIME type), and every other body field as form fields in the same request,
nested the way Django REST framework's multipart parser reads them (``NESTING``, one switch):
``parent.key`` for an object, ``parent[0]key`` for an object in a list, a repeated name for a list
of values; a free-form object (``metadata``) as a JSON string. Without a file the request stays
JSON.

The body is built once, in memory, the file read into it in chunks in a worker thread (the event
loop never blocks on a disk): every attempt, retries included, sends the same bytes, whatever the
source (a stream that cannot seek is read once). ``MAX_UPLOAD_BYTES`` bounds a file, checked
before anything is read when the size is known.
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
import re
import secrets
import zlib
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, TypeAlias
from urllib.parse import parse_qsl

import anyio
import httpx

if TYPE_CHECKING:
    from ._exceptions import APIStatusError

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
_Content: TypeAlias = "PurePath | bytes | bytearray | memoryview | IO[bytes]"
# what a document's ``file`` takes besides text: the generated TypedDicts type ``file`` with it
FileContent: TypeAlias = "_Content | tuple[str | None, _Content] | tuple[str | None, _Content, str]"
# how nested body fields travel in multipart: as Django REST framework's parser reads them
# ("drf": parent.key, parent[0]key, repeated names), or each nested value as a JSON string ("json")
NESTING: Literal["drf", "json"] = "drf"
FILE_FIELD = "document"  # the multipart field the docs name
_CHUNK = 1 << 20
_ERROR_BODY = 16 * 1024  # what is read of a download's error body (a storage service's XML or JSON)
# the content codings a download decodes (each with its output bounded), and their zlib window bits
_CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "set-cookie"})


class Upload:
    """A document's file, taken out of the body (``split``), written into the multipart body."""

    def __init__(self, source: Any, filename: str, mime: str) -> None:
        self.source, self.filename, self.mime = source, filename, mime

    def _read_into(self, body: io.BytesIO, limit: int) -> None:
        """Append the file's bytes to ``body`` (a worker thread: disk and file reads block)."""
        source = self.source
        if isinstance(source, bytes | bytearray | memoryview):
            _check_size(len(source), limit)
            body.write(source)
            return
        stream: BinaryIO = open(source, "rb") if isinstance(source, PurePath) else source  # noqa: SIM115
        try:
            start = body.tell()
            while chunk := stream.read(_CHUNK):
                if not isinstance(chunk, bytes | bytearray):
                    raise TypeError("document.file must be opened in binary mode ('rb')")
                body.write(chunk)
                _check_size(body.tell() - start, limit)
        finally:
            if stream is not source:
                stream.close()

    async def multipart(self, fields: Mapping[str, Any], limit: int = MAX_UPLOAD_BYTES) -> tuple[bytes, str]:
        """The multipart body (the other fields, then the file) and its Content-Type.

        Written into one ``BytesIO`` whose ``getvalue()`` hands over its buffer (CPython does not
        copy it), so a file is held in memory once, not twice.
        """
        boundary = f"thredfi-{secrets.token_hex(16)}"
        body = io.BytesIO()
        for name, value in form_fields(fields):
            body.write(_part_head(boundary, name) + value.encode() + b"\r\n")
        body.write(_part_head(boundary, FILE_FIELD, self.filename, self.mime))
        await anyio.to_thread.run_sync(self._read_into, body, limit)
        body.write(f"\r\n--{boundary}--\r\n".encode())
        return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def split(source: Any) -> tuple[Any, Upload | None]:
    """``source`` (a body dict) without its document's file object, and that file as an ``Upload``.

    A ``file`` given as text stays in the JSON body, as before. ``source`` itself is not changed.
    """
    if not isinstance(source, Mapping) or FILE_FIELD not in source:
        return source, None
    document = source[FILE_FIELD]
    file = document.get("file") if isinstance(document, Mapping) else getattr(document, "file", None)
    if file is None or isinstance(file, str) or type(file).__name__ == "Unset":
        return source, None
    upload = as_upload(file)
    if isinstance(document, Mapping):
        rest = {key: value for key, value in document.items() if key != "file"}
    else:  # a model: its fields as a dict (``_models.jsonable`` reads it the same way)
        from ._models import jsonable

        rest = {key: value for key, value in jsonable(document, "body.document").items() if key != "file"}
    return {**source, FILE_FIELD: rest}, upload


def as_upload(file: Any) -> Upload:
    """An ``Upload`` for a path, bytes, a binary file object or a ``(filename, content[, mime])`` tuple."""
    if isinstance(file, tuple):
        if len(file) not in (2, 3) or not isinstance(file[0], str | None):
            raise TypeError("document.file as a tuple is (filename, content) or (filename, content, mime)")
        filename, content = file[0] or FILE_FIELD, file[1]
        mime = _checked_mime(file[2]) if len(file) == 3 else _guess(filename)
        inner = as_upload(content)
        return Upload(inner.source, filename, mime)
    if isinstance(file, str | os.PathLike) and not isinstance(file, PurePath):
        raise TypeError("document.file as text is sent as it is (JSON); pass a pathlib.Path for a file on disk")
    if isinstance(file, PurePath):
        path = Path(file)
        if not path.is_file():
            raise ValueError(f"document.file: no such file: {path.name!r}")
        _check_size(path.stat().st_size, MAX_UPLOAD_BYTES)
        return Upload(path, path.name, _guess(path.name))
    if isinstance(file, bytes | bytearray | memoryview):
        _check_size(len(file), MAX_UPLOAD_BYTES)
        return Upload(bytes(file), FILE_FIELD, "application/octet-stream")
    if callable(getattr(file, "read", None)):
        name = getattr(file, "name", None)
        filename = os.path.basename(name) if isinstance(name, str) and name else FILE_FIELD
        size = _known_size(file)
        if size is not None:
            _check_size(size, MAX_UPLOAD_BYTES)
        return Upload(file, filename, _guess(filename))
    raise TypeError(
        "document.file must be text (JSON), a pathlib.Path, bytes, a binary file object or a"
        f" (filename, content[, mime]) tuple, got {type(file).__name__}"
    )


def form_fields(fields: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """JSON body fields as multipart form fields (``NESTING``); ``None`` and absent values are left out."""
    pairs: list[tuple[str, str]] = []
    for key, value in fields.items():
        name = f"{prefix}.{key}" if prefix and not prefix.endswith("]") else f"{prefix}{key}"
        pairs += _field(name, value)
    return pairs


def _field(name: str, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, bool):
        return [(name, "true" if value else "false")]
    if isinstance(value, str | int | float):
        return [(name, str(value))]
    if NESTING == "json" or (isinstance(value, Mapping) and name.rsplit(".", 1)[-1] == "metadata"):
        return [(name, json.dumps(value, separators=(",", ":"), ensure_ascii=False))]
    if isinstance(value, Mapping):
        return form_fields(value, name)
    if isinstance(value, list):
        if all(not isinstance(item, Mapping | list) for item in value):
            return [pair for item in value for pair in _field(name, item)]  # a repeated name
        return [pair for index, item in enumerate(value) for pair in _item(f"{name}[{index}]", item)]
    return [(name, json.dumps(value))]


def _item(name: str, value: Any) -> list[tuple[str, str]]:
    return form_fields(value, name) if isinstance(value, Mapping) else _field(name, value)


def _part_head(boundary: str, name: str, filename: str | None = None, mime: str | None = None) -> bytes:
    disposition = f'form-data; name="{_quoted(name)}"'
    if filename is not None:
        disposition += f'; filename="{_quoted(filename)}"'
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    if mime is not None:
        head += f"Content-Type: {mime}\r\n"
    return (head + "\r\n").encode()


def _quoted(text: str) -> str:
    """A header parameter value: quotes and line breaks escaped as browsers do (WHATWG)."""
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def _checked_mime(mime: object) -> str:
    """A MIME type as ``type/subtype`` (parameters allowed), with no character that could break its header."""
    if not isinstance(mime, str) or "/" not in mime or any(ord(c) < 32 or ord(c) == 127 for c in mime):
        raise ValueError(f"document.file's MIME type must be text like 'application/pdf', got {mime!r}")
    return mime


def _guess(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _known_size(stream: Any) -> int | None:
    try:
        if not stream.seekable():
            return None
        here = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(here)
        return int(end - here)
    except (AttributeError, OSError, ValueError):
        return None


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ValueError(f"document.file is over {limit} bytes (MAX_UPLOAD_BYTES): not sent")


async def download_document(
    document: Any,
    to: str | os.PathLike[str] | None = None,
    *,
    max_bytes: int = 64 * 1024 * 1024,
    timeout: float = 60.0,  # noqa: ASYNC109 - the download's own timeout, not a wait
) -> bytes | Path:
    """Download a document's file from its temporary ``url`` (a ``DocumentSummary`` or the URL).

    The URL is another host's (a storage service's): the request carries no Thredfi credential, no
    request id and no cookie. Returns the bytes, or writes them to ``to`` and returns that path.
    An error status (a 403 or 404 for an expired or revoked URL) raises that status's
    ``APIStatusError`` (``PermissionDeniedError``, ``NotFoundError``, ...), with the storage
    service's error code and message when its body has them. A failed connection, a timeout or a
    body over ``max_bytes`` is an ``APIConnectionError`` (``APITimeoutError`` for the timeout).
    No error shows the URL's signed query. ``max_bytes`` bounds the bytes received and the bytes
    kept: a body compressed although identity was asked (gzip, deflate) is decoded within it,
    and another ``Content-Encoding`` is refused.
    """
    from ._exceptions import APIConnectionError, APITimeoutError

    url = document if isinstance(document, str) else getattr(document, "url", None)
    if not isinstance(url, str) or not url:
        raise ValueError("the document has no url to download (a DocumentSummary's url, or the URL itself)")
    loopback = _check_download_url(url, loopback=True)

    async def each_hop(request: httpx.Request) -> None:  # a redirect: https, and loopback only from loopback
        _check_download_url(str(request.url), loopback=loopback)

    try:
        with anyio.fail_after(timeout):  # the whole download, not each read
            async with (
                httpx.AsyncClient(
                    timeout=timeout, follow_redirects=True, event_hooks={"request": [each_hop]}
                ) as client,
                client.stream("GET", url, headers={"Accept": "*/*", "Accept-Encoding": "identity"}) as response,
            ):
                if not 200 <= response.status_code < 300:
                    raise _status_error(response, await _error_body(response), url) from None
                body = await _document_body(response, max_bytes)
    except (httpx.TimeoutException, TimeoutError) as exc:  # typed, and without the signed URL (a credential)
        raise APITimeoutError(f"the document download timed out: {type(exc).__name__}") from None
    except httpx.HTTPError as exc:
        raise APIConnectionError(f"the document download failed: {type(exc).__name__}") from None
    if to is None:
        return body
    path = Path(to)
    await anyio.Path(path).write_bytes(body)
    return path


class _OverLimit(Exception):
    """A body went past its limit: in the bytes received or in the bytes decoded from them."""


class _UnknownCoding(Exception):
    """A ``Content-Encoding`` the download does not decode (anything but identity, gzip, deflate)."""


class BoundedBody:
    """A response body kept up to ``limit`` bytes, decoded (gzip, deflate) as it arrives.

    The download asks for identity, but a server may compress anyway. Each chunk is decoded with
    zlib's output capped at the room left plus one byte, so no chunk expands past the limit
    however well it compresses (a gzip of zeros): the bytes kept never exceed ``limit + 1``, and
    the bytes received count against ``limit`` too. Past either, ``_OverLimit``.
    """

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [part.strip().lower() for part in content_encoding.split(",")]
        codings = [coding for coding in codings if coding not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in _CODINGS):
            raise _UnknownCoding(content_encoding)
        self.coding = codings[0] if codings else None
        self.limit = limit
        self.received = 0
        self.kept = bytearray()
        self._decoder = None if self.coding is None else zlib.decompressobj(_CODINGS[self.coding])
        # "deflate" comes zlib-wrapped or raw: its 2-byte zlib header tells, kept here until it has
        self._header: bytearray | None = bytearray() if self.coding == "deflate" else None

    def add(self, raw: bytes) -> None:
        """Keep ``raw``'s bytes, decoded; ``_OverLimit`` past the limit, ``zlib.error`` if they do not decode."""
        self.received += len(raw)
        if self._decoder is None:
            self._keep(raw)
        else:
            room = self.limit - len(self.kept) + 1  # one byte more than fits: enough to know it is over
            try:
                decoded = self._decoder.decompress(raw, room)
            except zlib.error:
                if self._header is None:
                    raise
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # a raw deflate stream, as some servers send
                raw, self._header = bytes(self._header) + raw, None
                decoded = self._decoder.decompress(raw, room)
            if self._header is not None:
                self._header += raw
                if len(self._header) >= 2:  # the zlib header checked out
                    self._header = None
            self._keep(decoded)  # shorter than ``room``: zlib consumed every byte given
        if self.received > self.limit:
            raise _OverLimit

    def finish(self) -> bytes:
        """The body kept. ``add`` left no input unconsumed, so what zlib still holds is small."""
        if self._decoder is not None:
            self._keep(self._decoder.flush())
        return bytes(self.kept)

    def _keep(self, data: bytes) -> None:
        self.kept += data[: self.limit + 1 - len(self.kept)]  # never more than one byte over
        if len(self.kept) > self.limit:
            raise _OverLimit


async def _document_body(response: httpx.Response, max_bytes: int) -> bytes:
    """The document's bytes: at most ``max_bytes`` received and kept, else ``APIConnectionError``."""
    from ._exceptions import APIConnectionError

    over = f"the document is over {max_bytes} bytes (max_bytes): not kept"
    encoding = response.headers.get("content-encoding", "")
    try:
        body = BoundedBody(encoding, max_bytes)
    except _UnknownCoding:
        raise APIConnectionError(
            f"the document came encoded as {encoding[:40]!r}, which is not decoded (identity was asked): not kept"
        ) from None
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:  # known too big: nothing is read
        raise APIConnectionError(over)
    try:
        async for raw in response.aiter_raw():
            body.add(raw)
        return body.finish()
    except _OverLimit:
        raise APIConnectionError(over) from None
    except zlib.error:
        raise APIConnectionError(f"the document download failed: its {body.coding} body does not decode") from None


async def _error_body(response: httpx.Response) -> bytes:
    """The start of an error answer's body (``_ERROR_BODY`` bytes), decoded within that bound; empty
    when it does not decode."""
    try:
        body = BoundedBody(response.headers.get("content-encoding", ""), _ERROR_BODY)
    except _UnknownCoding:
        return b""
    try:
        async for raw in response.aiter_raw():
            body.add(raw[: _ERROR_BODY + 1 - body.received])  # what is read past the bound is not looked at
        return body.finish()
    except _OverLimit:
        return bytes(body.kept[:_ERROR_BODY])
    except zlib.error:
        return b""


def _status_error(response: httpx.Response, body: bytes, url: str) -> APIStatusError:
    """The typed error of a download answered with an error status, as the pipeline's
    ``RaiseForStatus`` builds it, from a copy of the response that holds no signed query: its
    request is the URL without its query and with no header; the query (whole and each value), as
    sent and as the last hop had it, is redacted from the headers and the body kept."""
    from ._chain import seal
    from ._errors import build_status_error
    from ._redact import redact_text

    hidden = _signed_query_secrets(url, str(response.url))
    headers = [
        (name, redact_text(value, hidden))
        for name, value in response.headers.multi_items()
        if name.lower() not in _DROPPED_HEADERS
    ]
    safe = httpx.Response(
        response.status_code,
        headers=headers,
        content=redact_text(body.decode("utf-8", "replace"), hidden).encode(),
        request=httpx.Request("GET", response.url.copy_with(query=None, fragment=None)),
        extensions={key: value for key, value in response.extensions.items() if key == "http_version"},
    )
    error = build_status_error(safe, secrets=hidden)
    if error.error_code is None and isinstance(error.body, str):  # a storage service's XML error
        code, message = (_xml_field(error.body, tag) for tag in ("Code", "Message"))
        error.error_code = code
        error.message = message or error.message
    error.message = f"document download from {safe.url.host}: {error.message}"
    error.attempts = 1
    error.args = (error._summary(),)
    seal(error, hidden)
    return error


def _signed_query_secrets(*urls: str) -> tuple[str, ...]:
    """Each URL's query, whole and each value (as sent and decoded): what the error must not show."""
    found: set[str] = set()
    for url in urls:
        query = url.split("?", 1)[1].split("#", 1)[0] if "?" in url else ""
        found.add(query)
        for part in query.split("&"):
            found.add(part.partition("=")[2])
        found.update(value for _, value in parse_qsl(query, keep_blank_values=True))
    return tuple(secret for secret in found if len(secret) >= 4)


def _xml_field(body: str, tag: str) -> str | None:
    """The text of ``<tag>`` in an XML error body (S3, Google Cloud Storage, Azure), if short and plain."""
    match = re.search(rf"<{tag}>([^<]{{1,300}})</{tag}>", body)
    return (match.group(1).strip() or None) if match else None


def _check_download_url(url: str, *, loopback: bool) -> bool:
    """https only, plain http to loopback only when ``loopback`` (tests, stand-ins); whether it is loopback.

    A signed query is never shown."""
    from ._settings import LOOPBACK_HOSTS

    try:
        target = httpx.URL(url)
    except httpx.InvalidURL:
        target = httpx.URL("invalid:")
    is_loopback = target.host in LOOPBACK_HOSTS
    scheme_ok = target.scheme == "https" or (target.scheme == "http" and is_loopback)
    if not target.host or not scheme_ok or (is_loopback and not loopback):
        shown = url.split("?", 1)[0][:80]
        raise ValueError(f"a document url must be an https URL (http only to loopback), got {shown!r}")
    return is_loopback
