"""Generation drift: a fresh generation must match generated/ byte for byte, skip nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from generate import CONFIG, PACKAGE, GenerationError, check_operations, compare, run_generator

SKIPPED_OPERATION_SPEC = """\
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a/:
    post:
      operationId: post_a
      requestBody:
        content:
          application/xml:
            schema: {type: object}
      responses:
        '200': {description: ok}
  /b/:
    get:
      operationId: get_b
      responses:
        '200': {description: ok}
"""


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("fresh") / "thredfi_api"
    run_generator(output)
    return output


def test_fresh_generation_matches_the_committed_package(fresh: Path) -> None:
    assert compare(fresh, PACKAGE) == []
    assert check_operations(fresh) == []
    assert (fresh / "py.typed").exists()
    assert not any(part.endswith("cache") for path in fresh.rglob("*") for part in path.parts)


def test_hand_edits_added_and_removed_files_are_all_caught(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "thredfi_api"
    shutil.copytree(PACKAGE, edited, ignore=shutil.ignore_patterns("__pycache__"))
    assert compare(fresh, edited) == []
    with (edited / "client.py").open("a", encoding="utf-8") as handle:
        handle.write("# a hand edit\n")
    (edited / "models" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    (edited / "types.py").unlink()
    assert compare(fresh, edited) == [
        "missing from generated/: types.py",
        "not produced by the generator: models/extra.py",
        "differs from a fresh generation: client.py",
    ]


def test_an_operation_without_its_module_is_reported(fresh: Path, tmp_path: Path) -> None:
    package = tmp_path / "thredfi_api"
    shutil.copytree(fresh, package)
    (package / "api" / "bill_payments" / "delete_bill_payment.py").unlink()
    assert check_operations(package) == [
        "operation without a generated module: POST /v1/platform/businesses/{}/bills/payments/{}/delete/"
    ]


def test_a_skipped_operation_fails_generation_although_the_generator_exits_0(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SKIPPED_OPERATION_SPEC, encoding="utf-8")
    with pytest.raises(GenerationError, match="Endpoint will not be generated"):
        run_generator(tmp_path / "out", spec=spec, config=CONFIG)


def test_the_coverage_table_is_current() -> None:
    import coverage_table

    assert coverage_table.main(["--check"]) == 0
