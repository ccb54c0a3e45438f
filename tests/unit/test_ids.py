"""Path values are one segment each (issue 18): the rules of ``thredfi._ids``."""

from __future__ import annotations

import uuid

import pytest
from thredfi._ids import MAX_PATH_VALUE, check_path, normalize_business_id, path_value


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


def test_business_ids_are_stripped_and_hold_no_spaces() -> None:
    assert normalize_business_id("  abc  ") == "abc"
    for bad in ("a b", " .. ", "\t"):
        with pytest.raises(ValueError, match="business_id"):
            normalize_business_id(bad)


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
