"""The bounded JSON decoder: what json.loads accepts, minus documents too deep or too large."""

from __future__ import annotations

import json

import pytest
from thredfi import _json
from thredfi._redact import redact_data

DEEP = "[" * 10_000 + "]" * 10_000  # the issue's reproduction: RecursionError from json.loads


def test_the_issue_case_a_document_nested_10000_deep_is_a_value_error_not_a_recursion_error() -> None:
    # (json.loads raises RecursionError on it under the default recursion limit: not asserted,
    # since another test of the session may have raised that limit)
    for data in (DEEP, DEEP.encode(), '{"a":' * 10_000 + "1" + "}" * 10_000):
        with pytest.raises(ValueError, match="nested deeper than 256"):
            _json.loads(data)


def test_a_document_at_the_depth_limit_decodes_and_the_recursive_redaction_can_walk_it() -> None:
    text = "[" * _json.MAX_DEPTH + '"x"' + "]" * _json.MAX_DEPTH
    value = _json.loads(text)
    assert redact_data(value) == value  # two frames per level: the limit leaves room for them
    with pytest.raises(ValueError, match="deeper"):
        _json.loads("[" + text + "]")


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "b": [true, null, 2.5], "c": {"d": "e"}}',
        '["[[[[[[", "{{{{", "\\\\", "\\"[", "]]]]"]',  # brackets, quotes and backslashes inside strings
        json.dumps([{"id": n, "tags": [[], {}], "note": "[" * 50} for n in range(200)]),  # many brackets, shallow
        '"just a string"',
        "42",
    ],
)
def test_ordinary_documents_decode_as_json_loads_does(text: str) -> None:
    assert _json.loads(text) == json.loads(text)
    assert _json.loads(text.encode("utf-8")) == json.loads(text)
    assert _json.loads(text.encode("utf-16")) == json.loads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("1", 0),
        ("[]", 1),
        ('{"a": {"b": [1]}}', 3),
        ('"[[[["', 0),
        ('["\\\\", ["]"]]', 2),  # an escaped backslash ends before the quote that closes the string
        ('["\\"[[["]', 1),  # an escaped quote does not end the string
        ("[" * 300, 300),  # unbalanced: still measured
    ],
)
def test_depth_counts_only_brackets_outside_strings(text: str, expected: int) -> None:
    assert _json.depth(text) == expected


def test_invalid_and_oversized_documents_are_value_errors() -> None:
    for data in (b"\xff\xfe\xfd", b"{", "[1,]", "<html></html>"):
        with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)):  # both ValueErrors
            _json.loads(data)
    with pytest.raises(ValueError, match="more than 10"):
        _json.loads(b"[" + b"1," * 10 + b"1]", max_bytes=10)


def test_a_shallow_document_full_of_brackets_in_strings_is_not_refused() -> None:
    text = json.dumps({"message": "[" * 100_000})
    assert _json.loads(text) == {"message": "[" * 100_000}
