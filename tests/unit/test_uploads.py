"""``_uploads``: which files a document takes, how body fields become form fields, the multipart
body's shape and bounds, the download URL rule, and a download's body bound (decoded within it).
The wire round trip is in tests/integration/test_uploads.py."""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import io
import os
import socket
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
import pytest
import thredfi
from thredfi import _uploads
from thredfi._uploads import BoundedBody, Upload, _OverLimit, _UnknownCoding, as_upload, form_fields, split


def parsed(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, bytes) per part, as a standard multipart parser reads them."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    return [
        (
            str(part.get_param("name", header="content-disposition")),
            part.get_filename(),
            bytes(part.get_payload(decode=True)),
        )
        for part in message.iter_parts()
    ]


def test_form_fields_nest_the_way_django_rest_framework_reads_them() -> None:
    fields = {
        "company_name": "Acme",
        "active": True,
        "limit": 5,
        "skip": None,
        "address": {"city": "Leeds", "lines": ["1 A St", "Floor 2"]},
        "contacts": [{"name": "Jo", "email": "jo@example.com"}],
        "metadata": {"a": 1, "ü": "x"},
        "document": {"description": "Q1"},
    }
    assert form_fields(fields) == [
        ("company_name", "Acme"),
        ("active", "true"),
        ("limit", "5"),
        ("address.city", "Leeds"),
        ("address.lines", "1 A St"),
        ("address.lines", "Floor 2"),
        ("contacts[0]name", "Jo"),
        ("contacts[0]email", "jo@example.com"),
        ("metadata", '{"a":1,"ü":"x"}'),
        ("document.description", "Q1"),
    ]


def test_json_nesting_sends_each_nested_value_as_a_json_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_uploads, "NESTING", "json")
    assert form_fields({"address": {"city": "Leeds"}, "n": 1}) == [("address", '{"city":"Leeds"}'), ("n", "1")]


def test_split_takes_the_file_out_and_leaves_the_source_alone() -> None:
    source = {"company_name": "Acme", "document": {"file": b"%PDF", "description": "Q1"}}
    rest, upload = split(source)
    assert rest == {"company_name": "Acme", "document": {"description": "Q1"}}
    assert isinstance(upload, Upload)
    assert source["document"] == {"file": b"%PDF", "description": "Q1"}


@pytest.mark.parametrize(
    "source", [{"company_name": "Acme"}, {"document": {"file": "already-a-reference"}}, {"document": {}}, None]
)
def test_without_a_file_object_the_body_stays_json(source: Any) -> None:
    assert split(source) == (source, None)


def test_as_upload_names_each_kind_of_file(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF")
    assert (as_upload(path).filename, as_upload(path).mime) == ("receipt.pdf", "application/pdf")
    assert (as_upload(b"x").filename, as_upload(b"x").mime) == ("document", "application/octet-stream")
    with path.open("rb") as stream:
        assert as_upload(stream).filename == "receipt.pdf"
    named = as_upload(("scan.png", io.BytesIO(b"png")))
    assert (named.filename, named.mime) == ("scan.png", "image/png")
    assert as_upload(("x.bin", b"1", "application/x-custom")).mime == "application/x-custom"


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (object(), "got object"),
        (("only-a-name",), "a tuple is"),
        (Path("/nonexistent/receipt.pdf"), "no such file: 'receipt.pdf'"),
    ],
)
def test_as_upload_refuses_what_it_cannot_send(file: Any, message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        as_upload(file)


def test_a_file_known_to_be_too_big_is_refused_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_uploads, "MAX_UPLOAD_BYTES", 3)
    with pytest.raises(ValueError, match="over 3 bytes"):
        as_upload(io.BytesIO(b"four"))


@pytest.mark.asyncio
async def test_the_multipart_body_holds_the_fields_then_the_file() -> None:
    upload = as_upload(('a "quoted"\r\nname.txt', b"hello"))
    body, content_type = await upload.multipart({"company_name": "Acme", "document": {"description": "Q1"}})
    assert content_type.startswith("multipart/form-data; boundary=thredfi-")
    assert parsed(content_type, body) == [
        ("company_name", None, b"Acme"),
        ("document.description", None, b"Q1"),
        ("document", "a %22quoted%22%0D%0Aname.txt", b"hello"),  # no header injection through a name
    ]


@pytest.mark.asyncio
async def test_a_stream_that_grows_past_the_limit_is_stopped_while_read() -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            buffer[:] = b"x" * len(buffer)
            return len(buffer)

    upload = as_upload(Endless())
    with pytest.raises(ValueError, match="over 10 bytes"):
        await upload.multipart({}, limit=10)


@pytest.mark.asyncio
async def test_a_text_mode_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hi")
    with path.open() as stream, pytest.raises(TypeError, match="binary mode"):  # a text-mode file
        await as_upload(stream).multipart({})


@pytest.mark.parametrize(
    "url", ["http://files.example.com/a.pdf?X-Signature=secret", "ftp://127.0.0.1/a", "file:///etc/passwd", "::"]
)
@pytest.mark.asyncio
async def test_a_download_url_must_be_https_or_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="https URL") as caught:
        await thredfi.download_document(url)
    assert "secret" not in str(caught.value)


@pytest.mark.asyncio
async def test_a_document_without_a_url_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no url"):
        await thredfi.download_document(object())


@pytest.mark.asyncio
async def test_a_refused_connection_is_a_typed_error_without_the_signed_query() -> None:
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(thredfi.APIConnectionError) as caught:
        await thredfi.download_document(f"http://127.0.0.1:{port}/a.pdf?X-Signature=secret")
    assert "secret" not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


@pytest.mark.parametrize("mime", ["text/plain\r\nX-Injected: 1", "pdf", 7])
def test_a_mime_type_that_could_break_its_header_is_refused(mime: Any) -> None:
    with pytest.raises(ValueError, match="MIME type"):
        as_upload(("a.txt", b"x", mime))


@pytest.mark.asyncio
async def test_a_download_that_trickles_past_its_timeout_is_a_typed_timeout() -> None:
    async def trickle(client: anyio.abc.SocketStream) -> None:
        async with client:
            await client.receive()
            await client.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
            for _ in range(100):
                await client.send(b"x")
                await anyio.sleep(0.05)  # the server's pace: a byte every 50 ms, each read on time

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)  # noqa: S610 - anyio, not Django
    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, trickle)
        with pytest.raises(thredfi.APITimeoutError, match="timed out"):
            await thredfi.download_document(f"http://127.0.0.1:{port}/a.pdf?X-Signature=secret", timeout=0.3)
        group.cancel_scope.cancel()


DOCUMENT = b"%PDF-1.7\n" + bytes(range(256)) * 16 + b"\n%%EOF"


def encoded(coding: str, data: bytes) -> bytes:
    if coding in ("gzip", "x-gzip", "GZip"):
        return gzip.compress(data)
    if coding == "deflate":
        return zlib.compress(data)
    if coding == "raw deflate":  # deflate as some servers send it: no zlib wrapper
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        return packer.compress(data) + packer.flush()
    return data


def fed(body: BoundedBody, data: bytes, size: int) -> bytes:
    for start in range(0, len(data), size):
        body.add(data[start : start + size])
    return body.finish()


@pytest.mark.parametrize("coding", ["", "identity", "gzip", "x-gzip", "GZip", "deflate", "raw deflate"])
@pytest.mark.parametrize("size", [1, 7, 1 << 16])
def test_a_body_is_decoded_whole_up_to_its_limit_and_no_further(coding: str, size: int) -> None:
    header = "deflate" if coding == "raw deflate" else coding
    data = encoded(coding, DOCUMENT)
    assert fed(BoundedBody(header, len(DOCUMENT)), data, size) == DOCUMENT  # exactly at the limit
    body = BoundedBody(header, len(DOCUMENT) - 1)
    with pytest.raises(_OverLimit):
        fed(body, data, size)
    assert len(body.kept) <= len(DOCUMENT)  # never more than one byte over


def test_a_gzip_bomb_in_one_chunk_is_never_decoded_past_the_limit() -> None:
    packer = zlib.compressobj(wbits=31)
    bomb = b"".join([packer.compress(bytes(1 << 20)) for _ in range(64)]) + packer.flush()  # 64 MiB of zeros
    body = BoundedBody("gzip", 1000)
    tracemalloc.start()
    try:
        with pytest.raises(_OverLimit):
            body.add(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(body.kept) == 1001
    assert peak < 1024 * 1024, peak  # zlib's output was capped: the 64 MiB were never produced


def test_the_bytes_received_count_against_the_limit_too() -> None:
    incompressible = os.urandom(2000)
    data = gzip.compress(incompressible)
    assert len(data) > 2000  # gzip adds its header to what it cannot shrink
    body = BoundedBody("gzip", 2000)
    with pytest.raises(_OverLimit):
        fed(body, data, 512)
    assert fed(BoundedBody("gzip", len(data)), data, 512) == incompressible


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, gzip", "gzip, br"])
def test_a_coding_whose_output_cannot_be_bounded_here_is_refused(coding: str) -> None:
    with pytest.raises(_UnknownCoding):
        BoundedBody(coding, 1000)


def test_a_body_that_does_not_decode_is_a_zlib_error() -> None:
    with pytest.raises(zlib.error):
        BoundedBody("gzip", 1000).add(b"not gzip at all")
