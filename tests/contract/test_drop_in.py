"""Real docs pages drop in: saved into a copy of ``openapi/``, they bundle, generate and pass the
contract test with no code change.

The pages under ``docs_pages/`` are written in the exact shape of Thredfi's docs pages (markdown
wrapping one OpenAPI 3.0.3 document between ```` fences) with what real pages carry and our
hand-written fragments do not: ``business_id`` typed by ``pattern``, bodies in three content
types, constrained fields (lengths, ranges, ``multipleOf``, patterns, enums), a report's body
as an array, components that differ from our hand-written ones. Each replaces the hand-written
fragment of the same page, as ``update_spec.py`` does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bundle_spec import BundleError, Superseded, bundle_directory
from generate import run_generator

ROOT = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "docs_pages"
DROPPED = ("chart-of-accounts/archive-account", "reports/get-ap-aging", "vendors/unarchive-vendor")


def openapi_copy_with_pages(tmp_path: Path) -> Path:
    """A copy of ``openapi/`` with the docs pages in place of our fragments for the same pages."""
    copy = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", copy)
    for page in sorted(PAGES.rglob("*.md")):
        name = page.relative_to(PAGES).with_suffix("").as_posix()
        for ours in (copy / "fragments").glob(f"{name}.*"):
            ours.unlink()
        target = copy / "fragments" / f"{name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    return copy


def test_the_pages_are_in_the_docs_shape() -> None:
    names = sorted(p.relative_to(PAGES).with_suffix("").as_posix() for p in PAGES.rglob("*.md"))
    assert names == sorted(DROPPED)
    for page in PAGES.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("> ## Documentation Index\n")
        assert "\n## OpenAPI\n\n````yaml " in text
        assert text.endswith("````\n")


def test_docs_pages_bundle_over_hand_written_neighbours_which_are_reported(tmp_path: Path) -> None:
    copy = openapi_copy_with_pages(tmp_path)
    superseded: list[Superseded] = []
    spec = yaml.safe_load(bundle_directory(copy / "fragments", superseded))
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    assert {"archive_account", "get_ap_aging", "unarchive_vendor", "get_ar_aging"} <= operations
    assert len(operations) == 72
    by_fragment = {Path(item.fragment).relative_to(copy / "fragments").as_posix(): item for item in superseded}
    # AR aging shares AgingBuckets with the AP page; the account detail and the vendor differ too
    assert "reports/get-ar-aging.yaml" in by_fragment
    assert by_fragment["reports/get-ar-aging.yaml"].item == "component 'schemas/AgingBuckets'"
    assert by_fragment["reports/get-ar-aging.yaml"].docs_page.endswith("reports/get-ap-aging.md")
    assert {"chart-of-accounts/create-account.yaml", "chart-of-accounts/create-child-account.yaml"} <= set(by_fragment)
    assert "vendors/get-vendor.yaml" in by_fragment
    schemas = spec["components"]["schemas"]
    assert "additionalProperties" not in schemas["AgingBuckets"]  # the docs page's definition won
    # the tolerance rules apply to docs pages too
    assert schemas["AccountsPayableAging"]["properties"]["vendors"]["nullable"] is True
    unarchive = spec["paths"]["/v1/platform/businesses/{business_id}/vendors/{vendor_id}/unarchive/"]["post"]
    assert list(unarchive["requestBody"]["content"]) == ["application/json"]


def test_two_docs_pages_that_disagree_stop_the_build(tmp_path: Path) -> None:
    copy = openapi_copy_with_pages(tmp_path)
    page = (copy / "fragments" / "reports" / "get-ap-aging.md").read_text(encoding="utf-8")
    other = page.replace("get_ap_aging", "get_ap_aging_copy").replace("/insights/ap-aging/", "/insights/ap-aging-2/")
    other = other.replace("Amount overdue (current) in cents", "Not yet due, in cents")
    (copy / "fragments" / "reports" / "get-ap-aging-copy.md").write_text(other, encoding="utf-8")
    with pytest.raises(BundleError, match=r"'schemas/AgingBuckets' differs between .*get-ap-aging-copy\.md and"):
        bundle_directory(copy / "fragments")


def test_dropped_in_pages_generate_and_pass_the_contract_test(tmp_path: Path) -> None:
    copy = openapi_copy_with_pages(tmp_path)
    spec = copy / "thredfi.yaml"
    spec.write_text(bundle_directory(copy / "fragments"), encoding="utf-8")
    generated = tmp_path / "generated"
    run_generator(generated / "thredfi_api", spec, copy / "generator.yaml")
    operations = ["archive_account", "get_ap_aging", "unarchive_vendor", "get_ar_aging", "create_account", "get_vendor"]
    env = {
        **os.environ,
        "THREDFI_CONTRACT_SPEC": str(spec),
        "PYTHONPATH": os.pathsep.join([str(generated), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    }
    selection = " or ".join([*operations, "every_operation"])
    command = [sys.executable, "-m", "pytest", "tests/contract/test_prism_contract.py", "-v", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*command, "-k", selection], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    # each operation in both Prism modes, and the module check, ran against the copy's client
    for operation in operations:
        for mode in ("static", "dynamic"):
            assert f"test_operation_against_prism[{operation}-{mode}] PASSED" in result.stdout, result.stdout[-3000:]
    assert "test_every_operation_of_the_spec_has_its_generated_module PASSED" in result.stdout
