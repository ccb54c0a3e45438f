"""Every keyword argument the generated operations pass to ``request()`` is one the pipeline handles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import thredfi
from thredfi._client import HANDLED_REQUEST_ARGUMENTS

GENERATED_API = Path(__file__).resolve().parents[2] / "generated" / "thredfi_api" / "api"


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
    assert found <= HANDLED_REQUEST_ARGUMENTS, f"not handled by the pipeline: {found - HANDLED_REQUEST_ARGUMENTS}"


def test_the_scan_would_catch_an_argument_the_pipeline_does_not_handle() -> None:
    source = '_kwargs: dict = {"method": "get", "url": "/x/"}\n_kwargs["cookies"] = cookies\n'
    assert request_arguments(source) - HANDLED_REQUEST_ARGUMENTS == {"cookies"}


@pytest.mark.asyncio
async def test_an_unhandled_argument_is_a_type_error_not_silently_dropped() -> None:
    client = thredfi.ThredfiClient(partner_uuid="p", api_key="k", base_url="https://api.test")
    with pytest.raises(TypeError, match="cookies"):
        await client._request({"method": "get", "url": "/x/", "cookies": {"a": "b"}})
    await client.aclose()
