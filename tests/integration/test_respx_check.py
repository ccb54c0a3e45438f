"""The default sender's per-request respx check: no extra coroutine, and a mock it cannot read is not bypassed."""

from __future__ import annotations

import sys
import types
from collections.abc import Coroutine
from typing import Any

import httpx
import pytest
import respx
from thredfi._request import RequestOptions, build_request
from thredfi._sender import DefaultSender, respx_active

REQUEST = build_request(
    "https://api.thredfi.invalid", RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0), "GET", "/x/"
)


@pytest.fixture
def sender() -> str:
    return "default"  # these tests build their senders themselves


class Recording:
    """A sender that answers at once and says it was used."""

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, request: object, remaining: float) -> httpx.Response:
        self.sent += 1
        return httpx.Response(200)

    async def aclose(self) -> None:
        pass


def default_sender() -> tuple[DefaultSender, Recording, Recording]:
    """A DefaultSender as after its first request on asyncio (aiohttp chosen), with stand-in senders."""
    default = DefaultSender(limits=httpx.Limits(), proxy=None, verify=True)
    chosen, mockable = Recording(), Recording()
    default.chosen = chosen
    default._mockable = mockable  # type: ignore[assignment]  # httpx's transport, under a mock
    return default, chosen, mockable


def run(coroutine: Coroutine[Any, Any, httpx.Response]) -> httpx.Response:
    try:
        coroutine.send(None)
    except StopIteration as done:
        response: httpx.Response = done.value
        return response
    raise AssertionError("the stand-in sender does not suspend")


@pytest.mark.parametrize("respx_loaded", [False, True])
def test_without_a_mock_the_chosen_senders_coroutine_is_returned_as_is(
    monkeypatch: pytest.MonkeyPatch, respx_loaded: bool
) -> None:
    if not respx_loaded:
        monkeypatch.delitem(sys.modules, "respx.mocks")
    assert respx_active() is False
    default, chosen, mockable = default_sender()
    coroutine = default.send(REQUEST, 5.0)
    assert coroutine.cr_code is Recording.send.__code__  # type: ignore[attr-defined]  # no layer of its own
    run(coroutine)
    assert (chosen.sent, mockable.sent) == (1, 0)


def test_a_mock_entered_at_any_time_takes_the_next_request() -> None:
    default, chosen, mockable = default_sender()
    run(default.send(REQUEST, 5.0))
    with respx.mock(assert_all_called=False):
        run(default.send(REQUEST, 5.0))
    run(default.send(REQUEST, 5.0))
    assert (chosen.sent, mockable.sent) == (2, 1)


def test_a_respx_whose_registry_cannot_be_read_is_never_bypassed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "respx.mocks", types.ModuleType("respx.mocks"))  # another respx's layout
    assert respx_active() is True
    default, chosen, mockable = default_sender()
    run(default.send(REQUEST, 5.0))
    assert (chosen.sent, mockable.sent) == (0, 1)  # through httpx's transport, which any respx mock patches
    monkeypatch.undo()
    assert respx_active() is False
