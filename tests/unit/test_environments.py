"""Named environments: which base URL a client talks to, and the errors for bad names."""

from __future__ import annotations

import pytest
import thredfi
from thredfi._environments import resolve_base_url

DOCUMENTED_HOSTS = {
    "sandbox": "https://sandbox.thredfi.com",
    "development": "https://dev-backend.thredfi.com",
    "staging": "https://staging-backend.thredfi.com",
    "production": "https://backend.thredfi.com",
}
LOCAL = "http://127.0.0.1:4010"


def test_the_environments_are_the_documented_hosts() -> None:
    assert dict(thredfi.ENVIRONMENTS) == DOCUMENTED_HOSTS
    assert DOCUMENTED_HOSTS["sandbox"] == thredfi.DEFAULT_BASE_URL


def test_the_environments_mapping_is_read_only() -> None:
    with pytest.raises(TypeError):
        thredfi.ENVIRONMENTS["production"] = LOCAL  # type: ignore[index]


def test_nothing_given_is_the_sandbox() -> None:
    assert resolve_base_url(environ={}) == "https://sandbox.thredfi.com"


@pytest.mark.parametrize(("name", "url"), sorted(DOCUMENTED_HOSTS.items()))
def test_each_environment_name_gives_its_host(name: str, url: str) -> None:
    assert resolve_base_url(environment=name, environ={}) == url
    assert resolve_base_url(environ={"THREDFI_ENVIRONMENT": name}) == url


@pytest.mark.parametrize("name", ["Production", " production ", "PRODUCTION"])
def test_case_and_surrounding_spaces_are_ignored(name: str) -> None:
    assert resolve_base_url(environment=name, environ={}) == "https://backend.thredfi.com"


@pytest.mark.parametrize(
    ("base_url", "environment", "environ", "expected"),
    [
        # base_url= beats everything
        (LOCAL, "production", {"THREDFI_BASE_URL": "https://other.example", "THREDFI_ENVIRONMENT": "staging"}, LOCAL),
        # $THREDFI_BASE_URL beats both environment names
        (None, "production", {"THREDFI_BASE_URL": LOCAL, "THREDFI_ENVIRONMENT": "staging"}, LOCAL),
        # environment= beats $THREDFI_ENVIRONMENT
        (None, "production", {"THREDFI_ENVIRONMENT": "staging"}, "https://backend.thredfi.com"),
        # empty variables count as unset
        (None, None, {"THREDFI_BASE_URL": " ", "THREDFI_ENVIRONMENT": ""}, "https://sandbox.thredfi.com"),
    ],
)
def test_a_url_beats_a_name_and_an_argument_beats_a_variable(
    base_url: str | None, environment: str | None, environ: dict[str, str], expected: str
) -> None:
    assert resolve_base_url(base_url, environment, environ) == expected


@pytest.mark.parametrize("name", ["prod", "local", "", "sandbox.thredfi.com"])
def test_an_unknown_environment_is_a_value_error_naming_the_valid_ones(name: str) -> None:
    with pytest.raises(ValueError, match="environment must be one of") as caught:
        resolve_base_url(environment=name, environ={})
    for valid in DOCUMENTED_HOSTS:
        assert repr(valid) in str(caught.value)
    assert repr(name) in str(caught.value)


def test_an_unknown_environment_variable_is_a_value_error_naming_the_variable() -> None:
    with pytest.raises(ValueError, match=r"THREDFI_ENVIRONMENT must be one of .*got 'prod'"):
        resolve_base_url(environ={"THREDFI_ENVIRONMENT": "prod"})


def test_an_unknown_environment_is_reported_even_when_a_url_wins() -> None:
    with pytest.raises(ValueError, match="environment must be one of"):
        resolve_base_url(LOCAL, "prod", {})


def test_an_environment_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="environment must be a str, got int"):
        resolve_base_url(environment=3, environ={})  # type: ignore[arg-type]


# --- through the client -------------------------------------------------------------------------


def _client(monkeypatch: pytest.MonkeyPatch, **options: object) -> thredfi.ThredfiClient:
    monkeypatch.delenv("THREDFI_BASE_URL", raising=False)
    monkeypatch.delenv("THREDFI_ENVIRONMENT", raising=False)
    return thredfi.ThredfiClient(partner_uuid="1b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c01", api_key="k-1", **options)  # type: ignore[arg-type]


def test_the_client_defaults_to_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _client(monkeypatch).base_url == "https://sandbox.thredfi.com"


def test_the_client_takes_an_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _client(monkeypatch, environment="production").base_url == "https://backend.thredfi.com"


def test_the_client_reads_thredfi_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREDFI_BASE_URL", raising=False)
    monkeypatch.setenv("THREDFI_ENVIRONMENT", "staging")
    client = thredfi.ThredfiClient(partner_uuid="1b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c01", api_key="k-1")
    assert client.base_url == "https://staging-backend.thredfi.com"


def test_the_client_base_url_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _client(monkeypatch, environment="production", base_url=LOCAL).base_url == LOCAL


def test_the_client_rejects_an_unknown_environment_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="environment must be one of 'sandbox', 'development', 'staging'"):
        _client(monkeypatch, environment="prod")


def test_an_empty_base_url_argument_is_an_error_not_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="base_url"):
        _client(monkeypatch, base_url="")
