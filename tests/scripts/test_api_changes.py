"""The change report: every category classified, $ref and nesting, checks, changelog, git and griffe."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from api_changes import (
    ApiChangesError,
    Change,
    Kind,
    breaking_bump_ok,
    diff_specs,
    flatten_schema,
    main,
    parse_spec,
    render_markdown,
    sort_changes,
    update_changelog,
    version_problem,
)

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "api_changes"  # a package run as a folder, as make api-changes does
GIT = shutil.which("git") or "git"

LIST = "GET /things (list_things)"
CREATE = "POST /things (create_thing)"


# --- small specs -----------------------------------------------------------------------------


def make_spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    spec["components"] = {"schemas": schemas or {}, **components}
    return spec


def ok(schema: Any = None) -> dict[str, Any]:
    """A 200 response, with a JSON body when ``schema`` is given."""
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def list_things(parameters: list[Any] | None = None, response: Any = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": "list_things", "responses": ok(response), **extra}
    if parameters is not None:
        op["parameters"] = parameters
    return make_spec({"/things": {"get": op}})


def create_thing(body: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": "create_thing", "responses": ok(), **extra}
    if body is not None:
        op["requestBody"] = body
    return make_spec({"/things": {"post": op}})


def json_body(schema: Any, required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def obj(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def query(name: str, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {"in": "query", "name": name, "required": required, "schema": schema or {"type": "string"}}


STR = {"type": "string"}
INT = {"type": "integer"}


def change(kind: Kind, category: str, location: str, detail: str, breaking: bool) -> Change:
    return Change(kind, category, location, detail, breaking)


# --- operations ------------------------------------------------------------------------------


def test_identical_specs_have_no_changes() -> None:
    spec = list_things([query("limit", **INT)], obj(id=STR))
    assert diff_specs(spec, copy.deepcopy(spec)) == []


def test_operation_added_is_additive_and_removed_is_breaking() -> None:
    empty = make_spec({})
    added = [change("added", "operation", LIST, "operation added", False)]
    assert diff_specs(empty, list_things()) == added
    assert diff_specs(list_things(), empty) == [change("removed", "operation", LIST, "operation removed", True)]


def test_operations_are_keyed_by_method_and_path() -> None:
    old = list_things()
    new = make_spec({"/things": {"put": old["paths"]["/things"]["get"]}})
    assert diff_specs(old, new) == [
        change("removed", "operation", LIST, "operation removed", True),
        change("added", "operation", "PUT /things (list_things)", "operation added", False),
    ]


def test_operation_id_rename_is_breaking_and_deprecation_is_additive() -> None:
    old, new = list_things(), list_things(deprecated=True)
    new["paths"]["/things"]["get"]["operationId"] = "get_things"
    where = "GET /things (get_things)"
    assert diff_specs(old, new) == [
        change("changed", "operation", where, "operation deprecated", False),
        change(
            "changed",
            "operation",
            where,
            "operationId renamed from `list_things` to `get_things` (the generated module moves)",
            True,
        ),
    ]


# --- parameters ------------------------------------------------------------------------------

PARAM = f"{LIST}: query parameter limit"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param([query("limit")], [], [("removed", "parameter removed", True)], id="removed"),
        pytest.param([], [query("limit", required=True)], [("added", "new required parameter", True)], id="new-req"),
        pytest.param([], [query("limit")], [("added", "new optional parameter", False)], id="new-optional"),
        pytest.param(
            [query("limit")],
            [query("limit", required=True)],
            [("changed", "parameter became required", True)],
            id="req",
        ),
        pytest.param(
            [query("limit", required=True)],
            [query("limit")],
            [("changed", "parameter became optional", False)],
            id="opt",
        ),
        pytest.param(
            [query("limit", **STR)],
            [query("limit", **INT)],
            [("changed", "type changed from `string` to `integer`", True)],
            id="type",
        ),
        pytest.param(
            [query("limit", type="string", format="uuid")],
            [query("limit", type="string", format="date")],
            [("changed", "type changed from `string (uuid)` to `string (date)`", True)],
            id="format",
        ),
    ],
)
def test_parameter_changes(old: list[Any], new: list[Any], expected: list[tuple[str, str, bool]]) -> None:
    assert diff_specs(list_things(old), list_things(new)) == [
        change(kind, "parameter", PARAM, detail, breaking) for kind, detail, breaking in expected
    ]


def test_parameter_enum_values_removed_break_and_added_do_not() -> None:
    old = list_things([query("limit", type="string", enum=["a", "b"])])
    new = list_things([query("limit", type="string", enum=["b", "c"])])
    assert diff_specs(old, new) == [
        change("added", "enum", PARAM, 'enum values added: `"c"`', False),
        change("removed", "enum", PARAM, 'enum values removed: `"a"`', True),
    ]


def test_parameters_by_in_and_name_with_refs_and_path_level_parameters() -> None:
    old = make_spec(
        {
            "/things": {
                "parameters": [{"$ref": "#/components/parameters/Limit"}],
                "get": {"operationId": "list_things", "responses": ok()},
            }
        },
        parameters={"Limit": query("limit", **INT)},
    )
    new = copy.deepcopy(old)
    new["components"]["parameters"]["Limit"]["in"] = "header"  # same name, other place: a different parameter
    old["paths"]["/things"]["get"]["parameters"] = [{"in": "header", "name": "X-Trace", "schema": STR}]
    new["paths"]["/things"]["get"]["parameters"] = [{"in": "header", "name": "x-trace", "schema": STR}]
    assert diff_specs(old, new) == [
        change("added", "parameter", f"{LIST}: header parameter limit", "new optional parameter", False),
        change("removed", "parameter", f"{LIST}: query parameter limit", "parameter removed", True),
    ]


def test_path_parameters_are_always_required() -> None:
    old = make_spec({"/things/{id}": {"get": {"operationId": "get_thing", "responses": ok()}}})
    new = copy.deepcopy(old)
    new["paths"]["/things/{id}"]["get"]["parameters"] = [{"in": "path", "name": "id", "schema": STR}]
    assert diff_specs(old, new) == [
        change("added", "parameter", "GET /things/{id} (get_thing): path parameter id", "new required parameter", True)
    ]


# --- request bodies --------------------------------------------------------------------------

BODY = f"{CREATE}: request body"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(None, json_body(obj()), [("added", "new required request body", True)], id="new-required"),
        pytest.param(None, json_body(obj(), False), [("added", "new optional request body", False)], id="new-optional"),
        pytest.param(json_body(obj()), None, [("removed", "request body removed", True)], id="removed"),
        pytest.param(
            json_body(obj(), False), json_body(obj()), [("changed", "request body became required", True)], id="req"
        ),
        pytest.param(
            json_body(obj()), json_body(obj(), False), [("changed", "request body became optional", False)], id="opt"
        ),
        pytest.param(
            json_body(obj()),
            {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": obj()}}},
            [
                ("added", "request content type `application/x-www-form-urlencoded` added", False),
                ("removed", "request content type `application/json` removed", True),
            ],
            id="content-type",
        ),
    ],
)
def test_request_body_changes(
    old: dict[str, Any] | None, new: dict[str, Any] | None, expected: list[tuple[str, str, bool]]
) -> None:
    assert diff_specs(create_thing(old), create_thing(new)) == [
        change(kind, "request-body", BODY, detail, breaking) for kind, detail, breaking in expected
    ]


# --- fields of request and response bodies ---------------------------------------------------

NAME = {"name": STR}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(obj(**NAME), obj(), [("removed", "field removed", True)], id="removed"),
        pytest.param(obj(), obj(["name"], **NAME), [("added", "new required field", True)], id="new-required"),
        pytest.param(obj(), obj(**NAME), [("added", "new optional field", False)], id="new-optional"),
        pytest.param(obj(**NAME), obj(["name"], **NAME), [("changed", "field became required", True)], id="req"),
        pytest.param(obj(["name"], **NAME), obj(**NAME), [("changed", "field became optional", False)], id="opt"),
        pytest.param(
            obj(**NAME), obj(name=INT), [("changed", "type changed from `string` to `integer`", True)], id="type"
        ),
        pytest.param(
            obj(**NAME),
            obj(name={"type": "string", "format": "date"}),
            [("changed", "type changed from `string` to `string (date)`", True)],
            id="format",
        ),
        pytest.param(
            obj(name={"type": "string", "nullable": True}),
            obj(**NAME),
            [("changed", "no longer accepts null", True)],
            id="not-nullable",
        ),
        pytest.param(
            obj(**NAME),
            obj(name={"type": "string", "nullable": True}),
            [("changed", "now accepts null", False)],
            id="nullable",
        ),
    ],
)
def test_request_field_changes(old: dict[str, Any], new: dict[str, Any], expected: list[tuple[str, str, bool]]) -> None:
    assert diff_specs(create_thing(json_body(old)), create_thing(json_body(new))) == [
        change(kind, "request-field", f"{CREATE}: request field name", detail, breaking)
        for kind, detail, breaking in expected
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(obj(**NAME), obj(), [("removed", "field removed", True)], id="removed"),
        pytest.param(obj(), obj(["name"], **NAME), [("added", "new field", False)], id="new-required"),
        pytest.param(obj(), obj(**NAME), [("added", "new field", False)], id="new-optional"),
        pytest.param(
            obj(**NAME), obj(["name"], **NAME), [("changed", "field became required (always present)", False)], id="req"
        ),
        pytest.param(
            obj(["name"], **NAME), obj(**NAME), [("changed", "field became optional (may be absent)", True)], id="opt"
        ),
        pytest.param(
            obj(**NAME), obj(name=INT), [("changed", "type changed from `string` to `integer`", True)], id="type"
        ),
        pytest.param(
            obj(name={"type": "string", "format": "uuid"}),
            obj(**NAME),
            [("changed", "type changed from `string (uuid)` to `string`", True)],
            id="format",
        ),
        pytest.param(
            obj(**NAME),
            obj(name={"type": "string", "nullable": True}),
            [("changed", "may now be null", True)],
            id="null",
        ),
        pytest.param(
            obj(name={"type": "string", "nullable": True}), obj(**NAME), [("changed", "no longer null", False)], id="nn"
        ),
    ],
)
def test_response_field_changes(
    old: dict[str, Any], new: dict[str, Any], expected: list[tuple[str, str, bool]]
) -> None:
    assert diff_specs(list_things(response=old), list_things(response=new)) == [
        change(kind, "response-field", f"{LIST}: response 200 field name", detail, breaking)
        for kind, detail, breaking in expected
    ]


STATUS = {"type": "string", "enum": ["open", "paid"]}


@pytest.mark.parametrize(
    ("old", "new", "request_expected", "response_expected"),
    [
        pytest.param(
            STATUS,
            {"type": "string", "enum": ["open"]},
            [("removed", 'enum values removed: `"paid"`', True)],
            [("removed", 'enum values removed: `"paid"`', True)],
            id="value-removed",
        ),
        pytest.param(
            STATUS,
            {"type": "string", "enum": ["paid", "void", "open"]},
            [("added", 'enum values added: `"void"`', False)],
            [("added", 'enum values added: `"void"`', False)],
            id="value-added",
        ),
        pytest.param(
            STR,
            STATUS,
            [("changed", 'now restricted to enum values `"open"`, `"paid"`', True)],
            [("changed", 'now restricted to enum values `"open"`, `"paid"`', False)],
            id="enum-introduced",
        ),
        pytest.param(
            STATUS,
            STR,
            [("changed", "no longer restricted to an enum", False)],
            [("changed", "no longer restricted to an enum", True)],
            id="enum-dropped",
        ),
    ],
)
def test_enum_changes_in_requests_and_responses(
    old: dict[str, Any],
    new: dict[str, Any],
    request_expected: list[tuple[str, str, bool]],
    response_expected: list[tuple[str, str, bool]],
) -> None:
    in_request = diff_specs(create_thing(json_body(obj(status=old))), create_thing(json_body(obj(status=new))))
    in_response = diff_specs(list_things(response=obj(status=old)), list_things(response=obj(status=new)))
    assert in_request == [
        change(kind, "enum", f"{CREATE}: request field status", d, b) for kind, d, b in request_expected
    ]
    assert in_response == [
        change(kind, "enum", f"{LIST}: response 200 field status", d, b) for kind, d, b in response_expected
    ]


def test_body_root_type_change_is_breaking() -> None:
    assert diff_specs(list_things(response=obj()), list_things(response={"type": "array", "items": obj()})) == [
        change("changed", "response-field", f"{LIST}: response 200 body", "type changed from `object` to `array`", True)
    ]


def test_read_only_fields_are_not_part_of_requests_and_write_only_not_of_responses() -> None:
    old = obj(id={"type": "string", "readOnly": True}, secret={"type": "string", "writeOnly": True})
    new = obj()
    assert diff_specs(create_thing(json_body(old)), create_thing(json_body(new))) == [
        change("removed", "request-field", f"{CREATE}: request field secret", "field removed", True)
    ]
    assert diff_specs(list_things(response=old), list_things(response=new)) == [
        change("removed", "response-field", f"{LIST}: response 200 field id", "field removed", True)
    ]


def test_success_statuses_are_compared_and_error_responses_ignored() -> None:
    old = list_things()
    new = copy.deepcopy(old)
    responses = new["paths"]["/things"]["get"]["responses"]
    responses["201"] = responses.pop("200")
    responses["404"] = {"description": "not found", "content": {"application/json": {"schema": obj()}}}
    assert diff_specs(old, new) == [
        change("removed", "response", f"{LIST}: response 200", "success response `200` removed", True),
        change("added", "response", f"{LIST}: response 201", "success response `201` added", False),
    ]
    no_body, with_body = list_things(), list_things(response=obj())
    assert diff_specs(with_body, no_body) == [
        change("removed", "response", f"{LIST}: response 200", "response content type `application/json` removed", True)
    ]
    assert diff_specs(no_body, with_body) == [
        change("added", "response", f"{LIST}: response 200", "response content type `application/json` added", False)
    ]


# --- $ref, nesting and cycles ----------------------------------------------------------------

PAGE = obj(["results"], results={"type": "array", "items": {"$ref": "#/components/schemas/Bill"}})


def bills_spec(vendor: dict[str, Any]) -> dict[str, Any]:
    spec = list_things(response={"$ref": "#/components/schemas/Page"})
    spec["components"]["schemas"] = {
        "Page": PAGE,
        "Bill": obj(["id"], id=STR, vendor={"$ref": "#/components/schemas/Vendor"}),
        "Vendor": vendor,
    }
    return spec


def test_refs_are_resolved_into_nested_and_array_paths() -> None:
    spec = bills_spec(obj(["id"], id={"type": "string", "format": "uuid"}, name=STR))
    paths = flatten_schema(
        spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"], spec, "response"
    )
    assert sorted(paths) == [
        "",
        "results",
        "results[]",
        "results[].id",
        "results[].vendor",
        "results[].vendor.id",
        "results[].vendor.name",
    ]
    assert paths["results[].vendor.id"].format == "uuid"
    assert paths["results[].vendor.id"].required
    assert not paths["results[].vendor.name"].required

    changed = bills_spec(obj(["id"], id=INT))
    assert diff_specs(spec, changed) == [
        change(
            "changed",
            "response-field",
            f"{LIST}: response 200 field results[].vendor.id",
            "type changed from `string (uuid)` to `integer`",
            True,
        ),
        change("removed", "response-field", f"{LIST}: response 200 field results[].vendor.name", "field removed", True),
    ]


def test_only_the_top_of_an_added_or_removed_subtree_is_reported() -> None:
    old = create_thing(json_body(obj()))
    new = create_thing(json_body(obj(vendor=obj(["id"], id=STR, tags={"type": "array", "items": STR}))))
    assert diff_specs(old, new) == [
        change("added", "request-field", f"{CREATE}: request field vendor", "new optional field", False)
    ]
    assert diff_specs(new, old) == [
        change("removed", "request-field", f"{CREATE}: request field vendor", "field removed", True)
    ]


def test_a_new_required_field_inside_an_optional_object_is_still_breaking_for_requests() -> None:
    old = create_thing(json_body(obj(vendor=obj(name=STR))))
    new = create_thing(json_body(obj(vendor=obj(["id"], name=STR, id=STR))))
    assert diff_specs(old, new) == [
        change("added", "request-field", f"{CREATE}: request field vendor.id", "new required field", True)
    ]


def test_all_of_members_merge_and_a_shared_base_is_not_taken_for_a_cycle() -> None:
    spec = list_things(response={"$ref": "#/components/schemas/Invoice"})
    spec["components"]["schemas"] = {
        "Stamped": obj(["created"], created={"type": "string", "format": "date-time"}),
        "Line": {"allOf": [{"$ref": "#/components/schemas/Stamped"}, obj(amount=INT)]},
        "Invoice": {
            "allOf": [
                {"$ref": "#/components/schemas/Stamped"},
                obj(lines={"type": "array", "items": {"$ref": "#/components/schemas/Line"}}),
            ]
        },
    }
    flat = flatten_schema({"$ref": "#/components/schemas/Invoice"}, spec, "response")
    assert sorted(flat) == ["", "created", "lines", "lines[]", "lines[].amount", "lines[].created"]
    assert flat[""].type == "object"
    assert flat["lines[].created"].required


def test_one_of_alternatives_are_merged_as_optional_fields() -> None:
    schema = {"oneOf": [obj(["card"], card=STR), obj(["iban"], iban=STR)]}
    flat = flatten_schema(schema, make_spec({}), "request")
    assert flat[""].type == "oneOf"
    assert {path: field.required for path, field in flat.items()} == {"": True, "card": False, "iban": False}


def test_ref_cycles_terminate() -> None:
    schemas = {
        "Node": obj(name=STR, children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}}),
        "A": obj(b={"$ref": "#/components/schemas/B"}),
        "B": obj(a={"$ref": "#/components/schemas/A"}, n=INT),
        "Loop1": {"$ref": "#/components/schemas/Loop2"},
        "Loop2": {"$ref": "#/components/schemas/Loop1"},
        "Self": {"allOf": [{"$ref": "#/components/schemas/Self"}, obj(me={"$ref": "#/components/schemas/Self"})]},
    }
    spec = make_spec({}, schemas)
    assert sorted(flatten_schema({"$ref": "#/components/schemas/Node"}, spec, "response")) == [
        "",
        "children",
        "children[]",
        "name",
    ]
    assert sorted(flatten_schema({"$ref": "#/components/schemas/A"}, spec, "response")) == ["", "b", "b.a", "b.n"]
    assert flatten_schema({"$ref": "#/components/schemas/Loop1"}, spec, "response")[""].type == "any"
    assert sorted(flatten_schema({"$ref": "#/components/schemas/Self"}, spec, "response")) == ["", "me"]

    old = list_things(response={"$ref": "#/components/schemas/Node"})
    old["components"]["schemas"] = schemas
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Node"]["properties"]["name"]
    assert diff_specs(old, new) == [
        change("removed", "response-field", f"{LIST}: response 200 field name", "field removed", True)
    ]


def test_changes_are_sorted_deterministically() -> None:
    old = list_things([query("a"), query("b")], obj(x=STR, y=STR))
    new = list_things([], obj())
    changes = diff_specs(old, new)
    assert changes == sort_changes(list(reversed(changes)))
    assert [c.location.split(": ", 1)[1] for c in changes] == [
        "query parameter a",
        "query parameter b",
        "response 200 field x",
        "response 200 field y",
    ]


# --- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("openapi: [unclosed", "old.yaml: not valid YAML"),
        ("- a list", "old.yaml: expected an OpenAPI document"),
        ("openapi: 3.1.0\npaths: {}\n", "old.yaml: expected 'openapi: 3.0.x', found '3.1.0'"),
        ("openapi: 3.0.3\n", "old.yaml: the document has no 'paths' mapping"),
        (
            "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/Nope'}]\n",
            "old.yaml: $ref '#/components/parameters/Nope' does not resolve",
        ),
    ],
)
def test_invalid_specs_are_rejected_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(ApiChangesError) as caught:
        parse_spec(text, "old.yaml")
    assert message in str(caught.value)


# --- rendering -------------------------------------------------------------------------------


def test_render_markdown() -> None:
    assert render_markdown([]) == "No API changes.\n"
    changes = [
        change("added", "operation", "GET /b (b)", "operation added", False),
        change("removed", "operation", "GET /a (a)", "operation removed", True),
        change("added", "enum", "GET /c (c): query parameter s", 'enum values added: `"x"`', False),
    ]
    assert render_markdown(changes) == (
        "### Breaking changes\n"
        "\n"
        "- `GET /a (a)`: operation removed\n"
        "\n"
        "### Additions\n"
        "\n"
        "- `GET /b (b)`: operation added\n"
        '- `GET /c (c): query parameter s`: enum values added: `"x"`\n'
    )
    assert render_markdown(changes[:1]) == "### Additions\n\n- `GET /b (b)`: operation added\n"


# --- version rule and changelog --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "ok_for_breaking"),
    [
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("1.4.2", "1.4.2", False),
        ("1.4.2", "0.9.0", False),
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "1.0.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.1.0", "0.1.0", False),
        ("2.0.0", "3.0.0rc1", True),
    ],
)
def test_breaking_changes_need_a_new_major_or_below_1_0_a_new_minor(old: str, new: str, ok_for_breaking: bool) -> None:
    assert breaking_bump_ok(old, new) is ok_for_breaking


def test_version_problem_only_when_something_breaks() -> None:
    additive = [change("added", "operation", "GET /a (a)", "operation added", False)]
    breaking = [change("removed", "operation", "GET /a (a)", "operation removed", True)]
    assert version_problem(additive, "1.0.0", "1.0.0") is None
    assert version_problem(breaking, "1.0.0", "2.0.0") is None
    problem = version_problem(breaking, "1.0.0", "1.1.0")
    assert problem is not None
    assert "1.0.0 to 1.1.0" in problem
    assert "a new major version" in problem


def test_update_changelog_creates_prepends_and_replaces_the_same_version() -> None:
    first = update_changelog(None, "0.2.0", "## 0.2.0 (2026-01-02)\n\nNo API changes.\n")
    assert first == "# Changelog\n\n## 0.2.0 (2026-01-02)\n\nNo API changes.\n"
    second = update_changelog(first, "0.3.0", "## 0.3.0 (2026-02-01)\n\n### Additions\n\n- `x`: y\n")
    assert second == (
        "# Changelog\n\n## 0.3.0 (2026-02-01)\n\n### Additions\n\n- `x`: y\n\n"
        "## 0.2.0 (2026-01-02)\n\nNo API changes.\n"
    )
    replaced = update_changelog(second, "0.3.0", "## 0.3.0 (2026-02-03)\n\nNo API changes.\n")
    assert (
        replaced
        == "# Changelog\n\n## 0.3.0 (2026-02-03)\n\nNo API changes.\n\n## 0.2.0 (2026-01-02)\n\nNo API changes.\n"
    )
    assert update_changelog(replaced, "0.3.0", "## 0.3.0 (2026-02-03)\n\nNo API changes.\n") == replaced
    older_last = update_changelog(replaced, "0.2.0", "## 0.2.0 (2026-01-09)\n\nNo API changes.\n")
    assert older_last.endswith("## 0.2.0 (2026-01-09)\n\nNo API changes.\n")
    assert older_last.count("## 0.2.0") == 1
    assert update_changelog("# Changelog\n\nIntro.\n", "1.0.0", "## 1.0.0 (d)\n\nX\n") == (
        "# Changelog\n\nIntro.\n\n## 1.0.0 (d)\n\nX\n"
    )
    assert update_changelog("# Changelog\n\n## 1.0.1 (d)\n", "1.0.0", "## 1.0.0 (d)\n\nX\n").count("## 1.0.1") == 1


# --- command line: files, git refs, checks, changelog, griffe --------------------------------


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def git(repo: Path, *args: str) -> str:
    result = subprocess.run([GIT, "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message)


def write_project(repo: Path, spec: dict[str, Any], version: str) -> None:
    write_yaml(repo / "openapi" / "thredfi.yaml", spec)
    (repo / "pyproject.toml").write_text(f'[project]\nname = "t"\nversion = "{version}"\n', encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository whose first commit (tagged ``base``) has list_things at 1.0.0."""
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q")
    write_project(path, list_things([query("limit")]), "1.0.0")
    commit(path, "base")
    git(path, "tag", "base")
    return path


def test_cli_compares_two_spec_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_yaml(tmp_path / "old.yaml", list_things())
    new = write_yaml(tmp_path / "new.yaml", make_spec({}))
    assert main([str(old), str(new)]) == 0
    assert capsys.readouterr().out == f"### Breaking changes\n\n- `{LIST}`: operation removed\n"


def test_cli_errors_name_the_missing_or_invalid_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_yaml(tmp_path / "good.yaml", list_things())
    assert main([str(tmp_path / "missing.yaml"), str(good)]) == 2
    assert f"{tmp_path / 'missing.yaml'}: cannot read the spec" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 2.0\npaths: {}\n", encoding="utf-8")
    assert main([str(good), str(bad)]) == 2
    assert f"{bad}: expected 'openapi: 3.0.x'" in capsys.readouterr().err


def test_cli_runs_as_a_script(tmp_path: Path) -> None:
    spec = write_yaml(tmp_path / "spec.yaml", list_things())
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(spec), str(spec)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (0, "No API changes.\n")


def test_git_mode_between_two_refs_and_against_the_working_tree(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_project(repo, list_things([query("limit"), query("page")]), "1.0.0")
    commit(repo, "add page")
    write_project(repo, list_things([query("page")]), "1.0.0")  # uncommitted: limit removed

    assert main(["--repo", str(repo), "--git", "base", "HEAD"]) == 0
    assert capsys.readouterr().out == f"### Additions\n\n- `{LIST}: query parameter page`: new optional parameter\n"
    assert main(["--repo", str(repo), "--git", "HEAD"]) == 0
    assert capsys.readouterr().out == f"### Breaking changes\n\n- `{LIST}: query parameter limit`: parameter removed\n"
    assert main(["--repo", str(repo / "openapi"), "--git", "HEAD", "HEAD"]) == 0  # any folder of the repository
    assert capsys.readouterr().out == "No API changes.\n"


def test_git_mode_errors_name_the_ref_and_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(repo), "--git", "no-such-ref"]) == 2
    err = capsys.readouterr().err
    assert "no-such-ref:openapi/thredfi.yaml: not readable at ref 'no-such-ref'" in err
    assert main(["--repo", str(repo), "--git", "base", "--spec-path", "openapi/other.yaml"]) == 2
    assert "base:openapi/other.yaml: not readable" in capsys.readouterr().err
    (repo / "openapi" / "thredfi.yaml").write_text("openapi: 3.0.3\npaths: [\n", encoding="utf-8")
    assert main(["--repo", str(repo), "--git", "base"]) == 2
    assert f"{repo / 'openapi' / 'thredfi.yaml'}: not valid YAML" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("new_spec", "new_version", "status"),
    [
        pytest.param(list_things(), "1.0.0", 1, id="breaking-no-bump"),
        pytest.param(list_things(), "1.9.0", 1, id="breaking-minor-bump"),
        pytest.param(list_things(), "2.0.0", 0, id="breaking-major-bump"),
        pytest.param(list_things([query("limit"), query("page")]), "1.0.0", 0, id="additive-only"),
        pytest.param(list_things([query("limit")]), "1.0.0", 0, id="no-change"),
    ],
)
def test_version_check(
    repo: Path, capsys: pytest.CaptureFixture[str], new_spec: dict[str, Any], new_version: str, status: int
) -> None:
    write_project(repo, new_spec, new_version)
    assert main(["--repo", str(repo), "--git", "base", "--check-version", "base"]) == status
    err = capsys.readouterr().err
    if status:
        assert f"version check failed: 1 breaking change(s) but the version went from 1.0.0 to {new_version}" in err
    else:
        assert err == ""


def test_version_check_needs_a_readable_pyproject_at_the_base_ref(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "pyproject.toml").write_text("[project]\nname = 't'\n", encoding="utf-8")
    commit(repo, "no version")
    (repo / "pyproject.toml").write_text("[project]\nname = 't'\nversion = '2.0.0'\n", encoding="utf-8")
    assert main(["--repo", str(repo), "--git", "HEAD", "--check-version", "HEAD"]) == 2
    assert "HEAD:pyproject.toml: no project.version" in capsys.readouterr().err


def test_changelog_entry_is_created_then_replaced_not_duplicated(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    write_project(repo, list_things([query("limit"), query("page")]), "1.1.0")
    args = ["--repo", str(repo), "--git", "base", "--check-version", "base", "--changelog", str(changelog)]
    assert main([*args, "--date", "2026-03-01"]) == 0
    entry = f"## 1.1.0 (2026-03-01)\n\n### Additions\n\n- `{LIST}: query parameter page`: new optional parameter\n"
    assert changelog.read_text(encoding="utf-8") == f"# Changelog\n\n{entry}"

    write_project(repo, list_things([query("limit"), query("page"), query("sort")]), "1.1.0")
    assert main([*args, "--date", "2026-03-02"]) == 0
    text = changelog.read_text(encoding="utf-8")
    assert text.count("## 1.1.0") == 1
    assert text.startswith("# Changelog\n\n## 1.1.0 (2026-03-02)\n\n### Additions\n")
    assert "query parameter sort`: new optional parameter" in text
    assert main([*args, "--date", "2026-03-02"]) == 0
    assert changelog.read_text(encoding="utf-8") == text

    write_project(repo, list_things(), "1.1.0")  # breaking without a major bump: check fails, file untouched
    assert main([*args, "--date", "2026-03-03"]) == 1
    assert changelog.read_text(encoding="utf-8") == text
    assert f"{changelog} not updated" in capsys.readouterr().err


PACKAGE_V1 = "def list_things(client: object, limit: int = 10) -> list[str]:\n    return []\n"
PACKAGE_V2 = "def list_things(client: object) -> list[str]:\n    return []\n"
OVERLAY = """\
from thredfi_api.api import list_things

__all__ = ["Client", "list_things"]


class Client:
    def __init__(self, *, timeout: float = 30.0) -> None:
        self.timeout = timeout
"""


def write_packages(repo: Path, api_source: str, overlay_source: str = OVERLAY) -> None:
    api = repo / "generated" / "thredfi_api"
    (api / "api").mkdir(parents=True, exist_ok=True)
    (api / "__init__.py").write_text('"""Generated."""\n', encoding="utf-8")
    (api / "api" / "__init__.py").write_text(api_source, encoding="utf-8")
    overlay = repo / "overlay" / "thredfi"
    overlay.mkdir(parents=True, exist_ok=True)
    (overlay / "__init__.py").write_text(overlay_source, encoding="utf-8")


def test_griffe_reports_a_removed_parameter_as_breaking(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_packages(repo, PACKAGE_V1)
    commit(repo, "packages")
    head_before = git(repo, "rev-parse", "HEAD")
    assert main(["--repo", str(repo), "--git", "HEAD", "--griffe", "HEAD"]) == 0
    assert capsys.readouterr().out == "No API changes.\n"

    write_packages(repo, PACKAGE_V2, OVERLAY.replace("*, timeout: float = 30.0", "*, timeout: float"))
    status = main(["--repo", str(repo), "--git", "HEAD", "--griffe", "HEAD", "--check-version", "HEAD"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == (
        "### Breaking changes\n\n"
        "- `thredfi.Client.__init__(timeout)`: Parameter is now required\n"
        "- `thredfi_api.api.list_things(limit)`: Parameter was removed\n"
    )
    assert "2 breaking change(s)" in captured.err
    # the base was read from git archive: the working tree and HEAD are as they were
    assert git(repo, "rev-parse", "HEAD") == head_before
    assert (
        "def list_things(client: object) -> list[str]" in (repo / "generated/thredfi_api/api/__init__.py").read_text()
    )
    changed = {line.split()[-1] for line in git(repo, "status", "--porcelain").splitlines()}
    assert changed == {"generated/thredfi_api/api/__init__.py", "overlay/thredfi/__init__.py"}


def test_griffe_between_two_refs_and_with_a_package_new_since_the_base(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_packages(repo, PACKAGE_V1)
    commit(repo, "packages")
    assert main(["--repo", str(repo), "--git", "base", "HEAD", "--griffe", "base"]) == 0  # nothing to break at base
    assert capsys.readouterr().out == "No API changes.\n"
    write_packages(repo, PACKAGE_V2)
    commit(repo, "drop limit")
    write_packages(repo, PACKAGE_V1)  # the working tree is not the new side when HEAD_REF is given
    assert main(["--repo", str(repo), "--git", "HEAD~1", "HEAD", "--griffe", "HEAD~1"]) == 0
    assert "`thredfi_api.api.list_things(limit)`: Parameter was removed" in capsys.readouterr().out


def test_griffe_on_a_python_without_tar_filters_fails_clearly(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python 3.11.0-3.11.3 have no tarfile extraction filters; the package supports them, this check does not.
    import tarfile

    write_packages(repo, PACKAGE_V1)
    commit(repo, "packages")
    monkeypatch.delattr(tarfile, "data_filter")
    assert main(["--repo", str(repo), "--git", "HEAD", "--griffe", "HEAD"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--griffe needs Python 3.11.4 or newer (tarfile extraction filters)" in captured.err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="nothing-to-compare"),
        pytest.param(["old.yaml"], id="one-file"),
        pytest.param(["old.yaml", "new.yaml", "--git", "base"], id="files-and-git"),
        pytest.param(["--git", "a", "b", "c"], id="three-refs"),
    ],
)
def test_cli_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


# --- limits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "breaking"),
    [
        ({"maximum": 100}, {"maximum": 10}, True),  # page_size 100 would now be refused
        ({"maximum": 10}, {"maximum": 100}, False),
        ({}, {"maximum": 100}, True),
        ({"maximum": 100}, {}, False),
        ({"minimum": 1}, {"minimum": 5}, True),
        ({"minimum": 5}, {"minimum": 1}, False),
        ({"maxLength": 20}, {"maxLength": 10}, True),
        ({"minItems": 0}, {"minItems": 1}, True),
        ({}, {"pattern": "^[a-z]+$"}, True),
        ({"pattern": "^[a-z]+$"}, {"pattern": "^[a-z0-9]+$"}, True),  # cannot tell: treated as tighter
        ({"pattern": "^[a-z]+$"}, {}, False),
    ],
)
def test_tighter_limits_on_a_parameter_are_breaking(old: dict[str, Any], new: dict[str, Any], breaking: bool) -> None:
    before = list_things([query("page_size", **INT, **old)])
    after = list_things([query("page_size", **INT, **new)])
    (found,) = diff_specs(before, after)
    assert (found.category, found.breaking) == ("limit", breaking)
    assert found.location == f"{LIST}: query parameter page_size"


def test_tighter_limits_on_a_request_field_break_but_on_a_response_field_do_not() -> None:
    request = diff_specs(
        create_thing(json_body(obj(name={"type": "string", "maxLength": 50}))),
        create_thing(json_body(obj(name={"type": "string", "maxLength": 20}))),
    )
    response = diff_specs(
        list_things(response=obj(name={"type": "string", "maxLength": 50})),
        list_things(response=obj(name={"type": "string", "maxLength": 20})),
    )
    assert [(c.category, c.breaking) for c in request] == [("limit", True)]
    assert [(c.category, c.breaking) for c in response] == [("limit", False)]
    assert "`maxLength` changed from 50 to 20" in request[0].detail
