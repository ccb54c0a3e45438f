"""Every keyword argument the generated operations pass to ``request()`` is one the pipeline handles.

"Handled" is read from the code, not kept by hand here: the parameters of ``View._send`` (where
every call enters the pipeline) are what it handles; ``PipelineHttpxClient.request`` (what the
generated code calls) must forward each of them and refuse every other argument httpx takes.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._client import HANDLED_REQUEST_ARGUMENTS, View
from thredfi._generated_bridge import PipelineHttpxClient
from thredfi._request import Reply, RequestArguments

GENERATED_API = Path(__file__).resolve().parents[2] / "generated" / "thredfi_api" / "api"


def handled_by_the_pipeline() -> set[str]:
    """The arguments ``View._send`` takes as httpx would (``RequestArguments``, with the method and URL)."""
    assert "arguments" in inspect.signature(View._send).parameters
    return {"method", "url", *RequestArguments.__annotations__}


def request_arguments(source: str) -> set[str]:
    """The keys a module's ``_get_kwargs`` puts into ``_kwargs`` (the dict passed as ``request(**kwargs)``)."""
    keys: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            for target in targets:
                if isinstance(target, ast.Name) and target.id == "_kwargs" and isinstance(node.value, ast.Dict):
                    keys |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "_kwargs"
                    and isinstance(target.slice, ast.Constant)
                ):
                    keys.add(target.slice.value)
    return keys


def test_the_scan_sees_what_the_generated_code_passes() -> None:
    modules = sorted(GENERATED_API.rglob("*.py"))
    found = set().union(*(request_arguments(m.read_text(encoding="utf-8")) for m in modules))
    assert {"method", "url", "params", "json", "data", "headers"} <= found  # the scan works
    handled = handled_by_the_pipeline()
    assert found <= handled, f"not handled by the pipeline: {found - handled}"


def test_the_check_of_request_arguments_is_the_pipelines_signature() -> None:
    """``View._request`` refuses what is not in ``HANDLED_REQUEST_ARGUMENTS``: it must be ``_send``'s own list."""
    assert handled_by_the_pipeline() == HANDLED_REQUEST_ARGUMENTS


def test_the_scan_would_catch_an_argument_the_pipeline_does_not_handle() -> None:
    source = '_kwargs: dict = {"method": "get", "url": "/x/"}\n_kwargs["cookies"] = cookies\n'
    assert request_arguments(source) - handled_by_the_pipeline() == {"cookies"}


@pytest.mark.asyncio
async def test_an_unhandled_argument_is_a_type_error_not_silently_dropped() -> None:
    client = thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", base_url="https://api.test"
    )
    with pytest.raises(TypeError, match="cookies"):
        await client._request({"method": "get", "url": "/x/", "cookies": {"a": "b"}})
    await client.aclose()


class RecordingView:
    """Stands in for a client view: records what ``PipelineHttpxClient.request`` hands the pipeline."""

    base_url = "https://api.test"

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def _send(self, method: str, url: str, **kwargs: Any) -> Reply:
        self.sent.append({"method": method, "url": url, **kwargs})
        return Reply(httpx.Response(204), None)


FORWARDED: dict[str, Any] = {
    "params": {"page": 2},
    "json": {"amount_cents": 100},
    "data": {"grant_type": "client_credentials"},
    "files": {"file": ("a.pdf", b"%PDF", "application/pdf")},
    "content": b"raw",
    "headers": {"X-Custom": "1"},
    "timeout": 3.0,
}
# what httpx's request() takes that the SDK does not do: refused, never dropped
REFUSED: dict[str, Any] = {
    "cookies": {"session": "x"},
    "auth": ("user", "password"),
    "follow_redirects": True,
    "extensions": {"trace": print},
}


def request_parameters() -> set[str]:
    return set(inspect.signature(PipelineHttpxClient.request).parameters) - {"self", "method", "url"}


def test_every_argument_of_request_is_either_forwarded_or_refused() -> None:
    handled = handled_by_the_pipeline() - {"method", "url"}
    assert set(FORWARDED) == handled
    assert set(REFUSED) == request_parameters() - handled
    assert request_parameters() == set(inspect.signature(httpx.AsyncClient.request).parameters) - {
        "self",
        "method",
        "url",
    }  # the same arguments as httpx's own request()


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(FORWARDED))
async def test_request_forwards_each_handled_argument(name: str) -> None:
    view = RecordingView()
    client = PipelineHttpxClient(view)  # type: ignore[arg-type]
    await client.request("POST", "/v1/x/", **{name: FORWARDED[name]})
    [sent] = view.sent
    assert sent[name] == FORWARDED[name]
    assert {key for key, value in sent.items() if value is not None} == {"method", "url", name}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(REFUSED))
async def test_request_refuses_each_argument_the_sdk_does_not_handle_by_name(name: str) -> None:
    view = RecordingView()
    client = PipelineHttpxClient(view)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=f"{name}="):
        await client.request("GET", "/v1/x/", **{name: REFUSED[name]})
    assert view.sent == []


@pytest.mark.asyncio
async def test_the_verb_helpers_pass_their_defaults_without_a_refusal() -> None:
    view = RecordingView()
    client = PipelineHttpxClient(view)  # type: ignore[arg-type]
    await client.get("/v1/x/")
    await client.post("/v1/x/", json={"a": 1}, follow_redirects=False, extensions={})
    assert [s["method"] for s in view.sent] == ["GET", "POST"]
