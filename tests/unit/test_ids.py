"""Path values are one segment each (issue 18): the rules of ``thredfi._ids``."""

from __future__ import annotations

import uuid

import pytest
from thredfi._ids import MAX_PATH_VALUE, check_argument, check_path, normalize_business_id, path_value, uuid_value


@pytest.mark.parametrize("value", ["", ".", "..", "x" * (MAX_PATH_VALUE + 1), "a\x00b", "a\nb", "a\x7fb", "\x85"])
def test_values_that_are_not_one_segment_are_refused_naming_the_parameter(value: str) -> None:
    with pytest.raises(ValueError, match="vendor_id"):
        path_value("vendor_id", value)


@pytest.mark.parametrize("value", [None, True, 7, b"id", {"id": 1}, ["a"], 1.5])
def test_values_of_other_types_are_refused_naming_the_parameter(value: object) -> None:
    with pytest.raises(TypeError, match="vendor_id must be a str or UUID"):
        path_value("vendor_id", value)


@pytest.mark.parametrize("value", ["a/b", "a?b", "a#b", "a%2Fb", "...", ".a", "a.", "~", "x" * MAX_PATH_VALUE, "é"])
def test_values_that_encode_to_one_segment_are_kept_as_given(value: str) -> None:
    assert path_value("account_id", value) == value


def test_a_uuid_becomes_its_text() -> None:
    value = uuid.uuid4()
    assert path_value("vendor_id", value) == str(value)


def test_business_ids_are_uuids_in_canonical_text() -> None:
    value = uuid.uuid4()
    assert normalize_business_id(f"  {str(value).upper()}  ") == str(value)
    assert normalize_business_id(value) == str(value)
    for bad in ("a b", " .. ", "\t", "biz-1", "a/b"):
        with pytest.raises(ValueError, match="business_id"):
            normalize_business_id(bad)


def test_uuid_text_gives_the_canonical_text_whatever_its_form() -> None:
    value = uuid.uuid4()
    canonical = str(value)

    class Text(str):
        pass

    forms = [canonical, canonical.upper(), f"{{{canonical}}}", f"urn:uuid:{canonical}", value.hex, f"{canonical}\n"]
    for form in [*forms, Text(canonical)]:
        result = uuid_value("vendor_id", form)
        assert result == canonical
        assert type(result) is str
    for bad in (canonical[:-1] + "g", canonical + "0", f"{canonical}\x00", canonical.replace("-", "_")):
        with pytest.raises(ValueError, match="vendor_id"):
            uuid_value("vendor_id", bad)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("uuid", "6F1C1C8E-3C2B-4E0A-9D67-2A4F5B7C9E10", "6f1c1c8e-3c2b-4e0a-9d67-2a4f5b7c9e10"),
        ("date", "2026-01-02", __import__("datetime").date(2026, 1, 2)),
        (
            "datetime",
            "2026-01-02T03:04:05+00:00",
            __import__("datetime").datetime.fromisoformat("2026-01-02T03:04:05+00:00"),
        ),
        ("str", "abc", "abc"),
        ("int", 3, 3),
        ("float", 3, 3),
        ("bool", False, False),
        ("list", ("a", "b"), ["a", "b"]),
    ],
)
def test_arguments_are_checked_and_converted_by_kind(kind: str, value: object, expected: object) -> None:
    assert check_argument("x", value, kind) == expected


@pytest.mark.parametrize(
    ("kind", "value", "error"),
    [
        ("uuid", "not-a-uuid", ValueError),
        ("uuid", 7, TypeError),
        ("date", "yesterday", ValueError),
        ("date", 20260102, TypeError),
        ("datetime", "2026-13-40T00:00:00", ValueError),
        ("str", 123, TypeError),
        ("str", b"k", TypeError),
        ("str", "a\nb", ValueError),
        ("int", True, TypeError),
        ("int", "3", TypeError),
        ("bool", 1, TypeError),
        ("list", "ab", TypeError),
    ],
)
def test_bad_arguments_name_the_argument(kind: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="idempotency_key"):
        check_argument("idempotency_key", value, kind)


@pytest.mark.parametrize(
    "path",
    ["/v1/x/../y/", "/v1/x/./y/", "/v1/x//y/", "/v1/x/..", "/v1/x/.", "/v1/x/%2e%2E/", "/v1/x/%2E/", "//v1/"],
)
def test_paths_with_dot_or_empty_segments_are_refused(path: str) -> None:
    with pytest.raises(ValueError, match="segment"):
        check_path(path)


@pytest.mark.parametrize("path", ["/v1/x/", "/v1/x/y", "/v1/x/...", "/v1/x/.a/", "/v1/x/a%2Fb/", "/v1/x/%252e%252e/"])
def test_ordinary_paths_pass(path: str) -> None:
    check_path(path)
