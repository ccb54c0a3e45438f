"""The ``thredfi`` pytest plugin: a fake Thredfi per test, and no accidental real calls.

Loaded by pytest through the ``pytest11`` entry point of the ``thredfi`` distribution, named
like this module, so ``-p thredfi.pytest_plugin`` or ``pytest_plugins = ["thredfi.pytest_plugin"]``
beside it changes nothing (and loads it where plugin autoloading is off);
``-p no:thredfi.pytest_plugin`` turns it off. It adds:

* ``thredfi_offline = true`` (an ini setting, in ``[tool.pytest.ini_options]``): for the whole
  run, any request to a real Thredfi host (``thredfi.com`` and the names under it) fails at once
  with ``thredfi.testing.RealThredfiCallError``, before any DNS lookup;
* the ``thredfi_offline`` marker: the same for the tests it marks
  (``pytestmark = pytest.mark.thredfi_offline`` for a module);
* fixtures, each also turning real calls off for its test: ``thredfi_fake`` (a fresh
  ``thredfi.testing.FakeThredfi``), ``thredfi_client`` (a ``thredfi.ThredfiClient`` served by
  it) and ``thredfi_business`` (a business view of that client, for a business the fake holds).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._client import BusinessClient, ThredfiClient
from ._fake._guard import install, no_real_calls, uninstall
from ._fake._server import FakeThredfi

INI_OFFLINE = "thredfi_offline"
MARKER = "thredfi_offline"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        INI_OFFLINE,
        "thredfi: make any request to a real Thredfi host fail at once, before DNS (the whole run)",
        type="bool",
        default=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: thredfi: any request to a real Thredfi host fails at once, before DNS"
    )
    if config.getini(INI_OFFLINE):
        install()
        config.add_cleanup(uninstall)


@pytest.fixture(autouse=True)
def _thredfi_offline_marker(request: pytest.FixtureRequest) -> Iterator[None]:
    """Real calls off for a test marked ``thredfi_offline``."""
    if request.node.get_closest_marker(MARKER) is None:
        yield
        return
    with no_real_calls():
        yield


@pytest.fixture
def thredfi_fake() -> Iterator[FakeThredfi]:
    """A fresh in-memory Thredfi for this test (real calls off meanwhile)."""
    with no_real_calls():
        yield FakeThredfi()


@pytest.fixture
def thredfi_client(thredfi_fake: FakeThredfi) -> ThredfiClient:
    """A ``thredfi.ThredfiClient`` served by ``thredfi_fake`` (nothing to close: no connection)."""
    return thredfi_fake.client()


@pytest.fixture
def thredfi_business(thredfi_fake: FakeThredfi, thredfi_client: ThredfiClient) -> BusinessClient:
    """A business view of ``thredfi_client`` for a business ``thredfi_fake`` holds."""
    return thredfi_client.for_business(thredfi_fake.add_business())
