"""Documents as files (issue 22): a document's file sends the create as multipart/form-data, parsed
here as a multipart parser would; a retry re-sends the same bytes; a download never carries the
credentials. On both senders, against a server on 127.0.0.1."""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import io
import json
import pickle
import threading
import traceback
import tracemalloc
import urllib.parse
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.reachable import reachable_text
from tests.standin import API_KEY, PARTNER_UUID

pytestmark = pytest.mark.asyncio
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF"
# a signed query as storage services write them, and the one a redirect hop carries
SIGNATURE, CREDENTIAL, MOVED_SIGNATURE = "9f8e7d6c5b4a3f2e", "AKIAEXAMPLE/20240101/s3", "5d4c3b2a1f0e9d8c"
SIGNED_QUERY = f"X-Amz-Credential={urllib.parse.quote(CREDENTIAL, safe='')}&X-Amz-Signature={SIGNATURE}"
MOVED_QUERY = f"X-Amz-Signature={MOVED_SIGNATURE}"


def gzipped_zeros(mebibytes: int) -> bytes:
    packer = zlib.compressobj(wbits=31)
    return b"".join([packer.compress(bytes(1 << 20)) for _ in range(mebibytes)]) + packer.flush()


BOMB = gzipped_zeros(64)  # about 64 KiB: decoded a read at a time, one read of it takes 64 MiB
EXPIRED_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired'
    "</Message><CanonicalQueryString>{query}</CanonicalQueryString><Decoded>{decoded}</Decoded></Error>"
)


@dataclass
class Seen:
    bodies: list[bytes] = field(default_factory=list)
    content_types: list[str] = field(default_factory=list)
    download_headers: list[dict[str, str]] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)


class Server:
    """Tokens, a vendor create that reads multipart or JSON, and a file to download."""

    def __init__(self) -> None:
        self.seen = Seen()
        seen = self.seen
        self.release = release = threading.Event()  # held answers give up (the fixture's end)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def answer(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                seen.download_headers.append({k.lower(): v for k, v in self.headers.items()})
                if self.path.startswith("/away"):  # a redirect off https and off loopback
                    self.send_response(302)
                    self.send_header("Location", "http://files.invalid/a.pdf?X-Signature=abc")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path.startswith("/missing"):
                    return self.answer(404, b"no")
                if self.path.startswith("/moved"):  # a hop to another signed URL, on loopback
                    self.send_response(302)
                    self.send_header("Location", f"/expired?{MOVED_QUERY}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path.startswith("/expired"):  # as S3 answers an expired URL: echoing what was signed
                    query = self.path.partition("?")[2]
                    self.send_response(403)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("X-Echo", self.path)
                    self.send_header("Set-Cookie", f"seen={query}")
                    body = EXPIRED_XML.format(query=query, decoded=urllib.parse.unquote(query)).encode()
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if self.path.startswith("/encoded/"):  # compressed although identity was asked
                    coding = self.path.split("/")[2]
                    body = BOMB if self.path.endswith("/bomb") else gzip.compress(PDF)
                    self.send_response(200)
                    self.send_header("Content-Type", "application/pdf")
                    self.send_header("Content-Encoding", coding)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if self.path.startswith("/announced-big"):  # says how big, then holds the body
                    self.send_response(200)
                    self.send_header("Content-Length", str(10 * 1024 * 1024))
                    self.end_headers()
                    self.wfile.flush()
                    release.wait()
                    self.close_connection = True
                    return
                self.answer(200, PDF, "application/pdf")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.path.endswith("/oauth2/token/"):
                    return self.answer(200, json.dumps({"access_token": "tok-up-1", "expires_in": 3600}).encode())
                seen.bodies.append(body)
                seen.content_types.append(self.headers.get("Content-Type", ""))
                if seen.fail_next:
                    return self.answer(seen.fail_next.pop(0), b"{}")
                self.answer(201, json.dumps({"id": str(uuid.uuid4()), "company_name": "Acme"}).encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    running.thread.start()
    yield running
    running.release.set()
    running.server.shutdown()
    running.server.server_close()


def parts(content_type: str, body: bytes) -> dict[str, tuple[str | None, str | None, bytes]]:
    """name -> (filename, content type, bytes), as a multipart parser reads the request."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    found: dict[str, tuple[str | None, str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        found[str(name)] = (part.get_filename(), part.get_content_type(), bytes(part.get_payload(decode=True)))
    return found


def client_for(server: Server, fake_time: FakeTime) -> thredfi.ThredfiClient:
    class Fake:
        base_url = server.base_url

    return make_client(Fake(), fake_time)  # type: ignore[arg-type]


@pytest.mark.parametrize("form", ["path", "bytes", "file object", "tuple"])
async def test_a_document_file_sends_the_create_as_multipart(
    server: Server, fake_time: FakeTime, tmp_path: Path, form: str
) -> None:
    path = tmp_path / "invoice-4711.pdf"
    path.write_bytes(PDF)
    file: Any = {
        "path": path,
        "bytes": PDF,
        "file object": io.BytesIO(PDF),
        "tuple": ("scan.pdf", PDF, "application/pdf"),
    }[form]
    async with client_for(server, fake_time) as client:
        vendor = await client.for_business(BUSINESS).vendors.create(
            company_name="Acme",
            transaction_tags=["ap", "eu"],
            document={"file": file, "document_type": "vendor_document", "tags": ["w9"], "metadata": {"k": 1}},
        )
    assert vendor.company_name == "Acme"
    [content_type], [body] = server.seen.content_types, server.seen.bodies
    assert content_type.startswith("multipart/form-data; boundary=")
    found = parts(content_type, body)
    filename, mime, data = found["document"]
    assert data == PDF
    assert filename == {"path": "invoice-4711.pdf", "bytes": "document", "file object": "document"}.get(
        form, "scan.pdf"
    )
    assert mime == ("application/pdf" if form in ("path", "tuple") else "application/octet-stream")
    assert found["company_name"][2] == b"Acme"
    assert found["document.document_type"][2] == b"vendor_document"
    assert found["document.metadata"][2] == b'{"k":1}'  # a free-form object: JSON
    assert found["document.tags"][2] == b"w9"
    tags = [payload for name, (_, _, payload) in found.items() if name == "transaction_tags"]
    assert tags  # a list of values: the name repeated (the parser above keeps the last)


async def test_without_a_file_the_request_stays_json(server: Server, fake_time: FakeTime) -> None:
    async with client_for(server, fake_time) as client:
        await client.for_business(BUSINESS).vendors.create(
            company_name="Acme", document={"file": "ZGF0YQ==", "document_type": "w9"}
        )
    assert server.seen.content_types == ["application/json"]
    assert json.loads(server.seen.bodies[0])["document"] == {"file": "ZGF0YQ==", "document_type": "w9"}


async def test_a_retried_upload_sends_the_same_bytes(server: Server, fake_time: FakeTime) -> None:
    server.seen.fail_next = [503]  # the server did not act: any method is retried
    stream = io.BytesIO(PDF)
    async with client_for(server, fake_time) as client:
        await client.for_business(BUSINESS).vendors.create(company_name="Acme", document={"file": stream})
    first, second = server.seen.bodies
    assert first == second
    assert PDF in first


async def test_an_upload_with_an_external_id_is_resent_after_a_500_and_one_without_is_not(
    server: Server, fake_time: FakeTime
) -> None:
    """A 500 may have been acted on: only a create Thredfi deduplicates (its external_id) is resent."""
    async with client_for(server, fake_time) as client:
        vendors = client.for_business(BUSINESS).vendors
        server.seen.fail_next = [500]
        await vendors.create(company_name="Acme", external_id="vendor-7", document={"file": PDF})
        assert len(server.seen.bodies) == 2
        server.seen.fail_next = [500]
        with pytest.raises(thredfi.InternalServerError) as caught:
            await vendors.create(company_name="Acme", document={"file": PDF})
    assert len(server.seen.bodies) == 3  # not resent
    assert caught.value.maybe_applied is True


async def test_a_file_over_the_limit_is_refused_before_sending(
    server: Server, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("thredfi._uploads.MAX_UPLOAD_BYTES", 1000)
    async with client_for(server, fake_time) as client:
        with pytest.raises(ValueError, match=r"document\.file is over 1000 bytes"):
            await client.for_business(BUSINESS).vendors.create(company_name="Acme", document={"file": PDF})
    assert server.seen.bodies == []


async def test_a_download_never_carries_the_credentials(server: Server, fake_time: FakeTime, tmp_path: Path) -> None:
    async with client_for(server, fake_time) as client:
        await client.partner_token()  # the client holds a token: none of it may travel to the file's host
        data = await thredfi.download_document(f"{server.base_url}/files/a.pdf?X-Signature=abc")
        written = await thredfi.download_document(
            {"url": f"{server.base_url}/files/a.pdf"}["url"], to=tmp_path / "a.pdf"
        )
    assert data == PDF
    assert isinstance(written, Path)
    assert written.read_bytes() == PDF
    for headers in server.seen.download_headers:
        assert "authorization" not in headers
        assert "x-request-id" not in headers
        assert API_KEY not in json.dumps(headers)
        assert PARTNER_UUID not in json.dumps(headers)


async def test_a_download_over_its_limit_is_a_typed_error(server: Server) -> None:
    with pytest.raises(thredfi.APIConnectionError, match="over 100 bytes"):
        await thredfi.download_document(f"{server.base_url}/files/a.pdf", max_bytes=100)


async def test_a_download_compressed_anyway_is_decoded(server: Server) -> None:
    assert await thredfi.download_document(f"{server.base_url}/encoded/gzip/a.pdf") == PDF
    assert await thredfi.download_document(f"{server.base_url}/encoded/gzip/a.pdf", max_bytes=len(PDF)) == PDF
    with pytest.raises(thredfi.APIConnectionError, match=f"over {len(PDF) - 1} bytes"):
        await thredfi.download_document(f"{server.base_url}/encoded/gzip/a.pdf", max_bytes=len(PDF) - 1)


async def test_a_compressed_download_is_never_decoded_past_its_limit(server: Server) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(thredfi.APIConnectionError, match="over 1000 bytes"):
            await thredfi.download_document(f"{server.base_url}/encoded/gzip/bomb", max_bytes=1000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # decoded a read at a time, one read (64 KiB of it) would have taken 64 MiB; bounded, a few KiB
    assert peak < 8 * 1024 * 1024, peak


async def test_a_download_in_a_coding_it_cannot_decode_is_refused(server: Server) -> None:
    with pytest.raises(thredfi.APIConnectionError, match="encoded as 'br', which is not decoded"):
        await thredfi.download_document(f"{server.base_url}/encoded/br/a.pdf")


async def test_a_download_announced_over_its_limit_is_refused_before_its_body_is_read(server: Server) -> None:
    # the server holds the body: reading it would end in the timeout, not in this error
    with pytest.raises(thredfi.APIConnectionError, match="over 1000 bytes") as caught:
        await thredfi.download_document(f"{server.base_url}/announced-big", max_bytes=1000, timeout=60)
    assert not isinstance(caught.value, thredfi.APITimeoutError)


async def test_a_download_redirected_off_https_is_refused_before_it_goes(server: Server) -> None:
    with pytest.raises(ValueError, match="https URL") as caught:
        await thredfi.download_document(f"{server.base_url}/away")
    assert "X-Signature" not in str(caught.value)
    assert len(server.seen.download_headers) == 1  # the hop to files.invalid was never made


async def test_a_download_from_https_is_never_redirected_to_loopback() -> None:
    from thredfi._uploads import _check_download_url

    assert _check_download_url("https://files.example.com/a.pdf", loopback=True) is False
    with pytest.raises(ValueError, match="https URL"):
        _check_download_url("http://127.0.0.1:6379/", loopback=False)  # a hop after an https start
    with pytest.raises(ValueError, match="https URL"):
        _check_download_url("https://localhost/admin", loopback=False)


@pytest.mark.parametrize(
    ("path", "kind", "code", "message"),
    [
        ("/expired", thredfi.PermissionDeniedError, "AccessDenied", "Request has expired"),
        ("/moved", thredfi.PermissionDeniedError, "AccessDenied", "Request has expired"),  # after a hop
        ("/missing", thredfi.NotFoundError, None, "no"),
    ],
)
async def test_a_download_error_status_is_that_statuss_error_without_the_signed_query(
    server: Server, path: str, kind: type[thredfi.APIStatusError], code: str | None, message: str
) -> None:
    with pytest.raises(kind) as caught:
        await thredfi.download_document(f"{server.base_url}{path}?{SIGNED_QUERY}")
    error = caught.value
    assert not isinstance(error, thredfi.APIConnectionError)  # it had an HTTP response
    assert (error.status_code, error.error_code) == (403 if kind is thredfi.PermissionDeniedError else 404, code)
    assert error.message == f"document download from 127.0.0.1: {message}"
    assert str(error) == f"{error.status_code}{' ' + code if code else ''}: {error.message}"
    assert error.response.status_code == error.status_code
    final_path = "/expired" if path == "/moved" else path
    assert str(error.response.request.url) == f"{server.base_url}{final_path}"  # no query, no header
    assert "set-cookie" not in error.response.headers
    assert error.__cause__ is None
    assert error.__suppress_context__
    shown = [
        *reachable_text(error),
        *traceback.format_exception(error),
        pickle.dumps(error).decode("latin-1"),
        pickle.loads(pickle.dumps(error)).response.text,  # noqa: S301 - our own bytes
    ]
    for secret in (SIGNATURE, CREDENTIAL, urllib.parse.quote(CREDENTIAL, safe=""), SIGNED_QUERY, MOVED_SIGNATURE):
        assert not [text for text in shown if secret in text], secret
    if code is not None:  # the echoes were there to be hidden: the body and the echo header were kept, redacted
        assert "[redacted]" in error.response.text
        assert error.response.headers["x-echo"].startswith(final_path + "?")


@pytest.mark.parametrize("bad", [object(), "relative/path", ("a",)])
async def test_a_file_of_another_kind_is_a_clear_error(server: Server, fake_time: FakeTime, bad: object) -> None:
    async with client_for(server, fake_time) as client:
        call = (
            thredfi.download_document(bad)
            if isinstance(bad, str)
            else client.for_business(BUSINESS).vendors.create(company_name="A", document={"file": bad})  # type: ignore[call-overload]
        )
        with pytest.raises((TypeError, ValueError), match=r"document\.file|document url"):
            await call
    assert server.seen.bodies == []


async def test_httpx_reads_the_multipart_the_same(server: Server, fake_time: FakeTime) -> None:
    async with client_for(server, fake_time) as client:
        await client.for_business(BUSINESS).vendors.create(company_name="Acme", document={"file": ("x.txt", b"hi")})
    request = httpx.Request(
        "POST", "http://x/", content=server.seen.bodies[0], headers={"Content-Type": server.seen.content_types[0]}
    )
    assert parts(request.headers["content-type"], request.read())["document"] == ("x.txt", "text/plain", b"hi")
