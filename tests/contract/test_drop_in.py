"""Real docs pages drop in: saved into a copy of ``openapi/``, they bundle, generate and pass the
contract test with no code change.

The pages under ``docs_pages/`` are written in the exact shape of Thredfi's docs pages (markdown
wrapping one OpenAPI 3.0.3 document between ```` fences) with what real pages carry and our
hand-written fragments do not: ``business_id`` typed by ``pattern``, bodies in three content
types, constrained fields (lengths, ranges, ``multipleOf``, patterns, enums), a report's body
as an array (AP aging) or as one object (AR aging), a list operation's page (list-vendors), an
account id the page says also takes a code, components that differ from our hand-written ones.
Each replaces the hand-written fragment of the same page, as ``update_spec.py`` does; the
bundler's tolerance rules (``scripts/bundle_spec.py``) must make each one what the SDK needs with
no hand edit and no code change.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bundle_spec import BundleError, Superseded, bundle_directory, extract_yaml
from generate import run_generator

ROOT = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).resolve().parent / "docs_pages"
DROPPED = (
    "chart-of-accounts/archive-account",
    "reports/get-ap-aging",
    "reports/get-ar-aging",
    "vendors/list-vendors",
    "vendors/unarchive-vendor",
)
AR_AGING = "/v1/platform/businesses/{business_id}/insights/ar-aging/"
VENDORS = "/v1/platform/businesses/{business_id}/vendors/"
ACCOUNT = "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/"


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
    # the aging buckets are the two pages' own; the account detail and the vendor differ from ours
    assert not any(name.startswith("reports/") for name in by_fragment)
    assert {"chart-of-accounts/create-account.yaml", "chart-of-accounts/create-child-account.yaml"} <= set(by_fragment)
    assert "vendors/get-vendor.yaml" in by_fragment
    schemas = spec["components"]["schemas"]
    assert "additionalProperties" not in schemas["AgingBuckets"]  # the docs page's definition won
    # the tolerance rules apply to docs pages too
    assert schemas["AccountsPayableAging"]["properties"]["vendors"]["nullable"] is True
    assert schemas["AccountsReceivableAging"]["properties"]["customers"]["nullable"] is True
    assert schemas["Vendor"]["properties"]["transaction_tags"]["nullable"] is True
    assert "nullable" not in schemas["PaginatedVendorList"]["properties"]["results"]
    unarchive = spec["paths"]["/v1/platform/businesses/{business_id}/vendors/{vendor_id}/unarchive/"]["post"]
    assert list(unarchive["requestBody"]["content"]) == ["application/json"]


def test_the_bundler_makes_the_pages_what_the_sdk_needs(tmp_path: Path) -> None:
    """The AR aging page as the docs publish it (business_id by pattern, a 200 of one object, tagged
    Insights), a list page and the account page: no hand edit, the bundler's rules do it."""
    pages = {name: yaml.safe_load(extract_yaml((PAGES / f"{name}.md").read_text(encoding="utf-8"))) for name in DROPPED}
    page_ar = pages["reports/get-ar-aging"]["paths"][AR_AGING]["get"]
    assert page_ar["tags"] == ["Insights", "Accounts Receivable"]
    assert page_ar["parameters"][0]["schema"] == {"type": "string", "pattern": "^[0-9a-f-]+$"}
    assert page_ar["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/AccountsReceivableAging"
    }
    copy = openapi_copy_with_pages(tmp_path)
    spec = yaml.safe_load(bundle_directory(copy / "fragments"))
    ar = spec["paths"][AR_AGING]["get"]
    assert ar["tags"] == ["Reports"]
    assert ar["parameters"][0]["schema"] == {"type": "string", "format": "uuid"}
    report = {"$ref": "#/components/schemas/AccountsReceivableAging"}
    assert ar["responses"]["200"]["content"]["application/json"]["schema"] == {
        "oneOf": [report, {"type": "array", "items": report}]
    }
    vendors = spec["paths"][VENDORS]["get"]
    assert vendors["parameters"][0]["schema"] == {"type": "string", "format": "uuid"}
    # the archive page says account_id "accepts UUID, account code, or external_id": a string on
    # every operation of that lookup, the entries and the children included
    for path, item in spec["paths"].items():
        if path.startswith(ACCOUNT):
            for operation in item.values():
                account = next(p for p in operation["parameters"] if p["name"] == "account_id")
                assert account["schema"] == {"type": "string"}, operation["operationId"]


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
    operations = [
        "archive_account",
        "get_ap_aging",
        "unarchive_vendor",
        "get_ar_aging",
        "list_vendors",
        "create_account",
        "get_vendor",
    ]
    env = {
        **os.environ,
        "THREDFI_CONTRACT_SPEC": str(spec),
        "PYTHONPATH": os.pathsep.join([str(generated), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    }
    selection = " or ".join([*operations, "every_operation", "every_report", "six_reports"])
    tests = ["tests/contract/test_prism_contract.py", "tests/contract/test_tolerance.py"]
    command = [sys.executable, "-m", "pytest", *tests, "-v", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*command, "-k", selection], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    # each operation in both Prism modes, and the module check, ran against the copy's client
    for operation in operations:
        for mode in ("static", "dynamic"):
            assert f"test_operation_against_prism[{operation}-{mode}] PASSED" in result.stdout, result.stdout[-3000:]
    assert "test_every_operation_of_the_spec_has_its_generated_module PASSED" in result.stdout
    # the tolerance tests ran on the copy: every report (AR aging's page declared one object)
    # parses an object and a one-element array, and a null list in a vendor of the page parses
    assert "test_every_report_accepts_an_object_and_a_one_element_array[get_ar_aging] PASSED" in result.stdout
    assert "test_six_reports PASSED" in result.stdout
    null_lists = f"test_null_where_the_docs_show_an_array_parses[list_vendors-GET-{VENDORS}] PASSED"
    assert null_lists in result.stdout, result.stdout[-3000:]
    # the resource client the copy generates: AR aging under client.reports, ids typed as the docs say
    resources = generated / "thredfi_api" / "api"
    assert "async def get_ar_aging(" in (resources / "reports" / "__init__.py").read_text(encoding="utf-8")
    ledger = ast.parse((resources / "general_ledger" / "__init__.py").read_text(encoding="utf-8"))
    methods = [
        f
        for cls in ledger.body
        if isinstance(cls, ast.ClassDef) and cls.name == "GeneralLedgerResource"
        for f in cls.body
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for name in ("archive_account", "create_child_account", "get_account_entries", "get_account_detail"):
        found = [f for f in methods if f.name == name]
        assert found, sorted(f.name for f in methods)
        for function in found:
            account = next(a for a in function.args.args if a.arg == "account_id")
            assert ast.unparse(account.annotation) == "str", name  # type: ignore[arg-type]
