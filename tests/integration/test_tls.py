"""TLS end to end: the stand-in served over HTTPS on 127.0.0.1, with a certificate made here.

Both senders, each where the SDK picks it by itself: aiohttp under asyncio, httpx's own transport
under trio. ``verify=`` takes a CA bundle path, an ``ssl.SSLContext``, ``False`` (no check) or
``True`` (the system's CAs, which do not know this certificate: a typed ``APIConnectionError``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import ipaddress
import ssl
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from thredfi._settings import validate_base_url

from tests.integration.conftest import BUSINESS, FakeTime
from tests.standin import API_KEY, PARTNER_UUID, StandIn

PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
PROXY_VARIABLES += ("NO_PROXY", "no_proxy")
# the sender the SDK picks by itself under each event loop: aiohttp under asyncio, httpx under trio
CHOSEN = {"asyncio": "AiohttpSender", "trio": "HttpxSender"}
both_senders = pytest.mark.parametrize("anyio_backend", list(CHOSEN))


@dataclasses.dataclass(frozen=True)
class Certificates:
    ca: Path  # the CA bundle a client trusts
    cert: Path  # the server's certificate (127.0.0.1 and localhost), signed by the CA
    key: Path


def make_certificates(directory: Path) -> Certificates:
    """A throwaway CA and a server certificate for 127.0.0.1 it signed (valid for one day)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "thredfi tests CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = Certificates(ca=directory / "ca.pem", cert=directory / "server.pem", key=directory / "server-key.pem")
    paths.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@contextlib.contextmanager
def https_standin(certificates: Certificates) -> Iterator[tuple[StandIn, str]]:
    """The stand-in behind TLS; yields it and its https base URL."""
    server = StandIn()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates.cert, certificates.key)
    # the handshake happens in the request's thread, on its first read, not in the accepting loop
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True, do_handshake_on_connect=False)
    server.server.handle_error = lambda request, address: None  # type: ignore[method-assign]  # refused handshakes
    with server:
        yield server, f"https://127.0.0.1:{server.server.server_address[1]}"


@pytest.fixture
def tls_standin(certificates: Certificates) -> Iterator[tuple[StandIn, str]]:
    with https_standin(certificates) as served:
        yield served


@pytest.fixture
def sender() -> str:
    return "default"  # the SDK chooses: each async test below runs under asyncio and trio (both_senders)


@pytest.fixture(autouse=True)
def no_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def tls_client(base_url: str, fake_time: FakeTime, **options: Any) -> thredfi.ThredfiClient:
    return thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key=API_KEY,
        base_url=base_url,
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        random=lambda: 0.0,
        **options,
    )


async def a_business_call(client: thredfi.ThredfiClient) -> None:
    """A call through a business view: the partner token, the business token, then the call."""
    cancelled = await client.for_business(BUSINESS).bill_payments.delete(uuid.uuid4())
    assert cancelled.status is not None


def chosen_sender(client: thredfi.ThredfiClient) -> str:
    return type(client._core.sender.chosen).__name__  # type: ignore[attr-defined]


@pytest.mark.anyio
@both_senders
@pytest.mark.parametrize("verify", ["ca bundle path", "ssl context", "no verification"])
async def test_https_to_loopback_with_each_verify_form(
    tls_standin: tuple[StandIn, str], certificates: Certificates, fake_time: FakeTime, anyio_backend: str, verify: str
) -> None:
    standin, base_url = tls_standin
    value: str | ssl.SSLContext | bool
    if verify == "ca bundle path":
        value = str(certificates.ca)
    elif verify == "ssl context":
        value = ssl.create_default_context(cafile=str(certificates.ca))
    else:
        value = False
    async with tls_client(base_url, fake_time, verify=value) as client:
        await a_business_call(client)
        assert chosen_sender(client) == CHOSEN[anyio_backend]
    assert [r.route for r in standin.received()] == ["partner_token", "business_token", "delete_bill_payment"]


@pytest.mark.anyio
@both_senders
async def test_an_untrusted_certificate_is_a_typed_connection_error(
    tls_standin: tuple[StandIn, str], fake_time: FakeTime, anyio_backend: str
) -> None:
    standin, base_url = tls_standin
    async with tls_client(base_url, fake_time, verify=True) as client:
        with pytest.raises(thredfi.APIConnectionError) as info:
            await a_business_call(client)
        assert chosen_sender(client) == CHOSEN[anyio_backend]
    assert certificate_refused(info.value)
    # httpx under trio raises a ConnectError with no text: the message takes its cause's
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert not isinstance(info.value, thredfi.APITimeoutError)
    assert API_KEY not in str(info.value)
    assert standin.received() == []  # no request got through the handshake


@pytest.mark.anyio
@both_senders
async def test_a_context_for_another_ca_is_refused_too(
    tls_standin: tuple[StandIn, str], tmp_path: Path, fake_time: FakeTime, anyio_backend: str
) -> None:
    other = make_certificates(tmp_path)  # a CA that did not sign the server's certificate
    standin, base_url = tls_standin
    async with tls_client(base_url, fake_time, verify=ssl.create_default_context(cafile=str(other.ca))) as client:
        with pytest.raises(thredfi.APIConnectionError) as info:
            await client.partner_token()
    assert certificate_refused(info.value)
    assert standin.received() == []


def certificate_refused(error: BaseException) -> bool:
    """Whether the chain of causes names the TLS verification failure (both senders keep it).

    The chain is sealed (``thredfi.ChainedError`` stands in for each third-party exception,
    with its type name and text), so the failure is read from there.
    """
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@pytest.mark.parametrize(
    ("base_url", "accepted"),
    [
        ("https://127.0.0.1:8443", True),
        ("https://localhost:8443/", True),
        ("https://api.example.test", True),
        ("http://127.0.0.1:8080", True),
        ("http://api.example.test", False),
    ],
)
def test_https_is_required_except_for_loopback(base_url: str, accepted: bool) -> None:
    if accepted:
        assert validate_base_url(base_url) == base_url.rstrip("/")
    else:
        with pytest.raises(ValueError, match="https"):
            validate_base_url(base_url)


# ---------------------------------------------------------------- settings checked at construction


def construct(**options: Any) -> thredfi.ThredfiClient:
    return thredfi.ThredfiClient(partner_uuid=PARTNER_UUID, api_key="k", base_url="https://api.example.test", **options)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("verify", False),
        ("verify", "/etc/ssl/certs/ca-certificates.crt"),
        ("verify", ssl.create_default_context()),
        ("limits", httpx.Limits(max_connections=5)),
        ("proxy", "http://127.0.0.1:3128"),
    ],
)
def test_options_of_the_sdks_own_transport_are_refused_with_a_transport(option: str, value: Any) -> None:
    with pytest.raises(ValueError, match=rf"{option}=.*transport="):
        construct(transport=httpx.AsyncHTTPTransport(), **{option: value})


def test_a_transport_alone_or_with_the_defaults_is_fine() -> None:
    construct(transport=httpx.AsyncHTTPTransport())
    construct(transport=httpx.AsyncHTTPTransport(), verify=True)


def test_a_missing_ca_bundle_is_refused_at_construction(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="CA bundle"):
        construct(verify=str(tmp_path / "missing.pem"))
    with pytest.raises(ValueError, match="CA bundle"):
        construct(verify=str(tmp_path))  # a directory is no bundle file


@pytest.mark.parametrize(("option", "value"), [("verify", 1), ("verify", None), ("limits", {"max_connections": 5})])
def test_settings_of_the_wrong_type_are_refused(option: str, value: Any) -> None:
    with pytest.raises(TypeError, match=option):
        construct(**{option: value})


def test_a_ca_bundle_path_object_is_accepted(certificates: Certificates) -> None:
    client = construct(verify=certificates.ca)  # type: ignore[arg-type]  # os.PathLike works at run time
    assert client._core.sender._verify == str(certificates.ca)  # type: ignore[attr-defined]
