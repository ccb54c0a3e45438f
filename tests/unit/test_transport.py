"""What both senders share (``thredfi._transport``): TLS settings, the environment's proxy, bounded decoding.

tests/unit/test_sender.py covers reading within the limit through the httpx sender, the size error,
the common decodings and a gzip bomb; test_request.py the four ``verify=`` forms at a glance. Here:
which CA a bundle path trusts, the proxy variables, the limit at its exact edge for each coding,
raw and wrapped deflate past the limit, and the small helpers.
"""

from __future__ import annotations

import datetime as dt
import gzip
import ssl
import zlib
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from thredfi._request import RequestOptions, build_request
from thredfi._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    check_max_response_bytes,
    declared_length,
    decode_content,
    environment_proxy,
    response_limit,
    ssl_context,
    too_large,
)

PROXY_VARIABLES = ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"]


# ---------------------------------------------------------------- ssl_context


def write_ca(path: Path, common_name: str) -> Path:
    """A self-signed CA certificate in PEM, as a private CA bundle would hold."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def test_true_verifies_certificates_and_host_names() -> None:
    context = ssl_context(True)
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.cert_store_stats()["x509_ca"] > 0  # a real trust store, not an empty one


def test_false_turns_verification_off_and_a_context_is_used_as_given() -> None:
    assert ssl_context(False) is False
    mine = ssl.create_default_context()
    mine.minimum_version = ssl.TLSVersion.TLSv1_3
    assert ssl_context(mine) is mine


def test_a_bundle_path_trusts_exactly_that_bundle(tmp_path: Path) -> None:
    bundle = write_ca(tmp_path / "private-ca.pem", "Thredfi Test Private CA")
    context = ssl_context(str(bundle))
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    subjects = [dict(pair[0] for pair in cert["subject"]) for cert in context.get_ca_certs()]
    assert subjects == [{"commonName": "Thredfi Test Private CA"}]  # the system store is not added


def test_a_bundle_path_that_does_not_exist_fails_at_once(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ssl_context(str(tmp_path / "missing.pem"))


# ---------------------------------------------------------------- environment_proxy


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy variable set, in either case, until the test sets one."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)  # a CGI environment makes urllib ignore HTTP_PROXY
    return monkeypatch


def test_no_variable_means_no_proxy(environment: pytest.MonkeyPatch) -> None:
    assert environment_proxy("https://api.example.test") is None


@pytest.mark.parametrize("name", ["HTTPS_PROXY", "https_proxy"])
def test_https_proxy_is_used_for_an_https_base_url(environment: pytest.MonkeyPatch, name: str) -> None:
    environment.setenv(name, "http://proxy.corp.test:3128")
    assert environment_proxy("https://api.example.test/prefix") == "http://proxy.corp.test:3128"


def test_a_proxy_without_a_scheme_gets_http(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("HTTPS_PROXY", "proxy.corp.test:3128")
    assert environment_proxy("https://api.example.test") == "http://proxy.corp.test:3128"


def test_the_proxy_is_chosen_by_the_base_urls_scheme(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("HTTP_PROXY", "http://plain-proxy.test:8080")
    assert environment_proxy("https://api.example.test") is None  # HTTP_PROXY is not for https
    assert environment_proxy("http://127.0.0.1:8000") == "http://plain-proxy.test:8080"


def test_all_proxy_is_the_fallback(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("ALL_PROXY", "socks5://socks.test:1080")
    assert environment_proxy("https://api.example.test") == "socks5://socks.test:1080"
    environment.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    assert environment_proxy("https://api.example.test") == "http://proxy.corp.test:3128"  # the specific one wins


@pytest.mark.parametrize(
    "no_proxy", ["api.example.test", "example.test", ".example.test", "other.test, API.EXAMPLE.TEST", "*"]
)
def test_no_proxy_excludes_the_host_and_its_domains(environment: pytest.MonkeyPatch, no_proxy: str) -> None:
    environment.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    environment.setenv("NO_PROXY", no_proxy)
    assert environment_proxy("https://api.example.test:8443/v1") is None


@pytest.mark.parametrize("no_proxy", ["other.test", "ample.test", "api.example.test.evil", "localhost"])
def test_no_proxy_for_other_hosts_leaves_the_proxy(environment: pytest.MonkeyPatch, no_proxy: str) -> None:
    environment.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    environment.setenv("no_proxy", no_proxy)
    assert environment_proxy("https://api.example.test") == "http://proxy.corp.test:3128"


def test_no_proxy_excludes_a_loopback_address(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("HTTP_PROXY", "http://plain-proxy.test:8080")
    environment.setenv("NO_PROXY", "localhost,127.0.0.1")
    assert environment_proxy("http://127.0.0.1:8000") is None


# ---------------------------------------------------------------- decode_content at the limit


def raw_deflate(data: bytes) -> bytes:
    return zlib.compress(data)[2:-4]


CODINGS = [("gzip", gzip.compress), ("deflate", zlib.compress), ("deflate", raw_deflate)]
CODING_IDS = ["gzip", "deflate", "raw-deflate"]


@pytest.mark.parametrize(("coding", "encode"), CODINGS, ids=CODING_IDS)
def test_a_body_exactly_at_the_limit_decodes_and_one_byte_more_does_not(coding: str, encode: object) -> None:
    limit = 10_000
    at_limit = bytes(range(256)) * (limit // 256) + b"z" * (limit % 256)
    assert len(at_limit) == limit
    assert decode_content(encode(at_limit), coding, limit) == at_limit  # type: ignore[operator]
    with pytest.raises(httpx.ProtocolError, match=f"exceeded {limit} bytes"):
        decode_content(encode(at_limit + b"!"), coding, limit)  # type: ignore[operator]


@pytest.mark.parametrize(("coding", "encode"), CODINGS, ids=CODING_IDS)
def test_a_deflate_or_gzip_bomb_stops_at_the_limit(coding: str, encode: object) -> None:
    bomb = encode(bytes(20_000_000))  # type: ignore[operator]
    assert len(bomb) < 100_000
    with pytest.raises(httpx.ProtocolError, match="exceeded 1000000 bytes") as caught:
        decode_content(bomb, coding, 1_000_000)
    assert not isinstance(caught.value, httpx.DecodingError)  # too large, not undecodable


@pytest.mark.parametrize("coding", [None, "", "identity", "IDENTITY", "br", "zstd"])
def test_a_body_not_decoded_here_is_returned_as_is_whatever_its_size(coding: str | None) -> None:
    # its size is the sender's to check while reading (test_sender.py): decoding never grows it
    body = b"\x00\x01 not compressed " * 1_000
    assert decode_content(body, coding, 10) is body


def test_codings_come_off_in_reverse_order_and_each_is_bounded() -> None:
    data = b'{"x": "' + b"y" * 5_000 + b'"}'
    twice = gzip.compress(zlib.compress(data))  # deflate applied first, then gzip
    assert decode_content(twice, "deflate, gzip", 100_000) == data
    assert decode_content(twice, " Deflate ,GZIP ", 100_000) == data
    with pytest.raises(httpx.ProtocolError, match="exceeded 1000 bytes"):
        decode_content(twice, "deflate, gzip", 1_000)
    with pytest.raises(httpx.DecodingError):
        decode_content(twice, "gzip, deflate", 100_000)  # the wrong order does not decode


def test_an_unknown_coding_in_a_chain_is_skipped() -> None:
    data = b"plain text body"
    assert decode_content(gzip.compress(data), "br, gzip", 1_000) == data


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_limit_of_one_byte_still_reads_a_one_byte_body(coding: str) -> None:
    encode = gzip.compress if coding == "gzip" else zlib.compress
    assert decode_content(encode(b"a"), coding, 1) == b"a"
    assert decode_content(encode(b""), coding, 1) == b""


# ---------------------------------------------------------------- the helpers


def test_too_large_is_a_protocol_error_naming_the_limit_and_the_request() -> None:
    request = httpx.Request("GET", "https://api.example.test/v1/x/")
    error = too_large(123, request)
    assert type(error) is httpx.ProtocolError  # neither a decoding nor a timeout error: never retried
    assert str(error) == "the response exceeded 123 bytes (max_response_bytes): not read further"
    assert error.request is request


def test_the_response_limit_is_the_senders_unless_the_request_has_a_lower_one() -> None:
    request = build_request("https://api.example.test", RequestOptions(httpx.Timeout(1.0), 0), "POST", "/token/")
    assert response_limit(request, 5_000) == 5_000  # no limit of its own
    request.max_response_bytes = 1_000
    assert response_limit(request, 5_000) == 1_000
    request.max_response_bytes = 9_000
    assert response_limit(request, 5_000) == 5_000  # a request never raises the sender's limit


def test_the_response_limit_of_an_object_without_one_is_the_senders() -> None:
    assert response_limit(object(), 42) == 42  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [1, 1_000, DEFAULT_MAX_RESPONSE_BYTES, 2**40])
def test_a_positive_int_is_a_valid_max_response_bytes(value: int) -> None:
    assert check_max_response_bytes(value) == value


@pytest.mark.parametrize("value", [None, 2.0, float("inf"), -(2**40)])
def test_max_response_bytes_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_bytes must be an int >= 1"):
        check_max_response_bytes(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), ("000123", 123), ("9" * 18, 10**18 - 1), ("9" * 19, 10**18), ("1" * 5_000, 10**18)],
)
def test_a_huge_declared_length_is_capped_not_parsed(value: str, expected: int) -> None:
    assert declared_length(value) == expected
