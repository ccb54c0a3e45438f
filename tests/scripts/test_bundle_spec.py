"""The bundler: merge identical fragments, reject conflicting ones, stay byte-stable."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from bundle_spec import (
    BundleError,
    Superseded,
    bundle_directory,
    canonical,
    extract_yaml,
    main,
    path_ids,
    report_superseded,
    reports_take_object_or_array,
    uuid_like_pattern,
)
from generate import unverified_names

ROOT = Path(__file__).resolve().parents[2]
FRAGMENTS = ROOT / "openapi" / "fragments"

ERROR_SCHEMA = """\
    ErrorResponse:
      type: object
      properties:
        error_code:
          type: string
        message:
          type: string
          nullable: {nullable}
      required:
        - error_code
        - message
"""


SECURITY_SCHEMES = """\
  securitySchemes:
    A:
      type: http
      scheme: bearer
    B:
      type: http
      scheme: basic
"""


def fragment(op_id: str, path: str, *, nullable: str = "true", security: str = "[A, B]") -> str:
    first, second = (s.strip() for s in security.strip("[]").split(","))
    return (
        textwrap.dedent(
            f"""\
        openapi: 3.0.3
        info:
          title: T
          version: 1.0.0
        paths:
          {path}:
            get:
              operationId: {op_id}
              responses:
                '404':
                  description: missing
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/ErrorResponse'
              security:
                - {first}: []
                - {second}: []
        components:
          schemas:
        """
        )
        + ERROR_SCHEMA.format(nullable=nullable)
        + SECURITY_SCHEMES
    )


def docs_page(yaml_text: str, title: str = "Get thing") -> str:
    fence = "````"
    return (
        "> ## Documentation Index\n> Fetch the complete documentation index.\n\n"
        f"# {title}\n\n> Some prose with ```code``` in it.\n\n## OpenAPI\n\n"
        f"{fence}yaml GET /things/\n{yaml_text}{fence}\n"
    )


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_identical_components_are_merged(tmp_path: Path) -> None:
    write(tmp_path, {"a.yaml": fragment("get_a", "/a/"), "b.yaml": fragment("get_b", "/b/")})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert list(spec["paths"]) == ["/a/", "/b/"]
    assert list(spec["components"]["schemas"]) == ["ErrorResponse"]
    assert list(spec["components"]["securitySchemes"]) == ["A", "B"]


def test_conflicting_component_names_both_files_and_the_key(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"a.yaml": fragment("get_a", "/a/"), "sub/b.md": docs_page(fragment("get_b", "/b/", nullable="false"))},
    )
    with pytest.raises(BundleError) as info:
        bundle_directory(tmp_path)
    message = str(info.value)
    assert "schemas/ErrorResponse" in message
    assert f"{tmp_path.as_posix()}/a.yaml" in message
    assert f"{tmp_path.as_posix()}/sub/b.md" in message
    assert "properties.message.nullable" in message


def test_security_requirement_order_is_not_a_conflict(tmp_path: Path) -> None:
    # the same operation saved twice, its alternatives listed in a different order
    write(tmp_path, {"a.yaml": fragment("get_a", "/a/"), "b.yaml": fragment("get_a", "/a/", security="[B, A]")})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert [list(s) for s in spec["paths"]["/a/"]["get"]["security"]] == [["A"], ["B"]]


def test_conflicting_operation_is_an_error(tmp_path: Path) -> None:
    changed = fragment("get_a", "/a/").replace("description: missing", "description: gone")
    write(tmp_path, {"a.yaml": fragment("get_a", "/a/"), "b.yaml": changed})
    with pytest.raises(
        BundleError, match=r"operation 'GET /a/' differs .*a\.yaml and .*b\.yaml.*responses\.404\.description"
    ):
        bundle_directory(tmp_path)


def test_operation_id_used_twice_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"a.yaml": fragment("get_a", "/a/"), "b.yaml": fragment("get_a", "/b/")})
    with pytest.raises(BundleError, match=r"operationId 'get_a' is used by GET /a/ .* and by GET /b/"):
        bundle_directory(tmp_path)


def test_docs_page_and_plain_yaml_bundle_to_the_same_spec(tmp_path: Path) -> None:
    plain = write(tmp_path / "plain", {"x.yaml": fragment("get_a", "/a/")})
    page = write(tmp_path / "page", {"x.md": docs_page(fragment("get_a", "/a/"))})
    assert bundle_directory(plain) == bundle_directory(page)


def test_seed_page_extracts_to_its_openapi_document() -> None:
    page = (FRAGMENTS / "customer-credits" / "delete-customer-credit.md").read_text(encoding="utf-8")
    document = yaml.safe_load(extract_yaml(page))
    assert document["openapi"] == "3.0.3"
    assert "delete" in document["paths"]["/v1/platform/businesses/{business_id}/customer-credits/{credit_id}/"]


def test_output_is_byte_stable_whatever_the_file_order(tmp_path: Path) -> None:
    first = write(tmp_path / "one", {"a.yaml": fragment("get_a", "/a/"), "b.yaml": fragment("get_b", "/b/")})
    second = write(tmp_path / "two", {"b.yaml": fragment("get_b", "/b/"), "a.yaml": fragment("get_a", "/a/")})
    assert bundle_directory(first) == bundle_directory(first) == bundle_directory(second)
    assert bundle_directory(FRAGMENTS) == bundle_directory(FRAGMENTS)


def test_a_fragment_in_a_group_folder_links_to_its_docs_page(tmp_path: Path) -> None:
    write(tmp_path, {"vendors/list-vendors.md": docs_page(fragment("list_vendors", "/v/"))})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert spec["paths"]["/v/"]["get"]["externalDocs"] == {
        "url": "https://docs.thredfi.com/api-reference/vendors/list-vendors"
    }


def test_the_same_page_saved_under_two_names_still_merges(tmp_path: Path) -> None:
    page = docs_page(fragment("list_vendors", "/v/"))
    write(tmp_path, {"vendors/list-vendors.md": page, "vendors/list-all-vendors.md": page})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    # the first name in sorted order gives the link
    assert spec["paths"]["/v/"]["get"]["externalDocs"]["url"].endswith("/vendors/list-all-vendors")


def test_canonical_ignores_mapping_order_and_unordered_lists_only() -> None:
    assert canonical({"b": 1, "a": 2}) == canonical({"a": 2, "b": 1})
    assert canonical({"required": ["x", "y"]}) == canonical({"required": ["y", "x"]})
    assert canonical({"enum": ["x", "y"]}) != canonical({"enum": ["y", "x"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openapi: [unclosed", "not valid YAML"),
        ("- a list\n", "expected an OpenAPI document"),
        ("openapi: 2.0\npaths: {}\n", "expected 'openapi: 3.0.x'"),
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n", "has no paths"),
    ],
)
def test_bad_fragments_name_the_file_and_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    write(tmp_path, {"broken.yaml": text})
    with pytest.raises(BundleError, match=expected) as info:
        bundle_directory(tmp_path)
    assert "broken.yaml" in str(info.value)


def test_invalid_openapi_is_rejected_by_the_validator(tmp_path: Path) -> None:
    bad = fragment("get_a", "/a/").replace("type: http\n      scheme: basic", "type: nonsense\n      scheme: basic")
    write(tmp_path, {"a.yaml": bad})
    with pytest.raises(BundleError, match="not valid OpenAPI"):
        bundle_directory(tmp_path)


def test_committed_bundle_is_up_to_date() -> None:
    assert main(["--check", str(FRAGMENTS), str(ROOT / "openapi" / "thredfi.yaml")]) == 0


def test_bundle_holds_one_operation_per_fragment_each_linked_to_its_docs_page() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
    links = {
        op["externalDocs"]["url"].removeprefix("https://docs.thredfi.com/api-reference/")
        for item in spec["paths"].values()
        for op in item.values()
    }
    fragments = {p.relative_to(FRAGMENTS).with_suffix("").as_posix() for p in FRAGMENTS.rglob("*.*")}
    assert links == fragments
    assert len(fragments) == 72
    operations = {
        (method.upper(), path, op["operationId"]) for path, item in spec["paths"].items() for method, op in item.items()
    }
    assert {
        ("POST", "/v1/platform/oauth2/token/", "get_partner_token"),
        ("POST", "/v1/platform/{business_id}/oauth2/token/", "get_business_token"),
        ("DELETE", "/v1/platform/businesses/{business_id}/customer-credits/{credit_id}/", "delete_customer_credit"),
        (
            "POST",
            "/v1/platform/businesses/{business_id}/bills/payments/{bill_payment_id}/delete/",
            "delete_bill_payment",
        ),
    } <= operations
    partner = spec["paths"]["/v1/platform/oauth2/token/"]["post"]
    assert partner["security"] == [{"BasicAuth": []}]
    body = partner["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["$ref"]
    assert body.endswith("/OAuth2TokenRequestRequest")
    assert spec["components"]["schemas"]["OAuth2TokenRequestRequest"]["required"] == ["client_id"]
    business = spec["paths"]["/v1/platform/{business_id}/oauth2/token/"]["post"]
    assert "requestBody" not in business
    fields = spec["components"]["schemas"]["BusinessOAuth2TokenResponse"]["properties"]
    assert set(fields) == {"access_token", "token_type", "expires_in", "scope", "business_id"}


def hand_written(text: str) -> str:
    return "x-thredfi-origin: hand-written\n" + text


def test_a_docs_page_wins_over_hand_written_fragments_which_are_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.yaml": hand_written(fragment("get_a", "/a/")),
            "c.yaml": hand_written(fragment("get_c", "/c/")),
            "b.md": docs_page(fragment("get_b", "/b/", nullable="false")),
        },
    )
    superseded: list[Superseded] = []
    spec = yaml.safe_load(bundle_directory(tmp_path, superseded))
    assert spec["components"]["schemas"]["ErrorResponse"]["properties"]["message"]["nullable"] is False
    assert sorted(item.fragment for item in superseded) == [f"{tmp_path.as_posix()}/{n}.yaml" for n in ("a", "c")]
    assert {item.docs_page for item in superseded} == {f"{tmp_path.as_posix()}/b.md"}
    assert {item.keys for item in superseded} == {"properties.message.nullable"}
    report = report_superseded(superseded)
    assert report.startswith("Hand-written fragments to update")
    assert f"- {tmp_path.as_posix()}/a.yaml\n" in report
    assert "component 'schemas/ErrorResponse'" in report


def test_the_docs_page_wins_whatever_the_file_order(tmp_path: Path) -> None:
    page = docs_page(fragment("get_b", "/b/", nullable="false"))
    first = write(tmp_path / "one", {"a.yaml": hand_written(fragment("get_a", "/a/")), "z.md": page})
    second = write(tmp_path / "two", {"z.yaml": hand_written(fragment("get_a", "/a/")), "a.md": page})
    assert bundle_directory(first) == bundle_directory(second)


def test_two_docs_pages_that_disagree_stay_an_error_even_beside_a_hand_written_one(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.yaml": hand_written(fragment("get_a", "/a/")),
            "b.md": docs_page(fragment("get_b", "/b/", nullable="false")),
            "c.md": docs_page(fragment("get_c", "/c/")),
        },
    )
    with pytest.raises(BundleError, match=r"schemas/ErrorResponse' differs between .*b\.md and .*c\.md"):
        bundle_directory(tmp_path)


def test_two_hand_written_fragments_that_disagree_are_an_error(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.yaml": hand_written(fragment("get_a", "/a/")),
            "b.yaml": hand_written(fragment("get_b", "/b/", nullable="false")),
        },
    )
    with pytest.raises(BundleError, match=r"differs between .*a\.yaml and .*b\.yaml"):
        bundle_directory(tmp_path)


def test_main_reports_the_hand_written_fragments_to_update(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        tmp_path / "f",
        {
            "a.yaml": hand_written(fragment("get_a", "/a/")),
            "b.md": docs_page(fragment("get_b", "/b/", nullable="false")),
        },
    )
    assert main([str(tmp_path / "f"), str(tmp_path / "out.yaml")]) == 0
    err = capsys.readouterr().err
    assert "Hand-written fragments to update" in err
    assert "a.yaml" in err


TOLERANCE_DOC = """\
openapi: 3.0.3
info: {title: T, version: 1.0.0}
paths:
  /things/:
    post:
      operationId: create_thing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Thing'}
          multipart/form-data:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ThingList'}
  /tokens/:
    post:
      operationId: get_token
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Plain'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  scopes: {type: array, items: {type: string}}
components:
  schemas:
    Thing:
      type: object
      properties:
        tags: {type: array, items: {type: string}}
        part: {$ref: '#/components/schemas/Part'}
    Part:
      type: object
      properties:
        lines: {type: array, items: {type: integer}}
    Plain:
      type: object
      properties:
        name: {type: string}
    ThingList:
      type: object
      properties:
        count: {type: integer}
        results: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        warnings: {type: array, items: {type: string}}
"""


def test_response_arrays_are_nullable_and_shared_components_split_so_requests_stay_strict(tmp_path: Path) -> None:
    write(tmp_path, {"things.yaml": TOLERANCE_DOC})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    schemas = spec["components"]["schemas"]
    # requests keep the original, strict components
    assert "nullable" not in schemas["Thing"]["properties"]["tags"]
    assert "nullable" not in schemas["Part"]["properties"]["lines"]
    assert schemas["Thing"]["properties"]["part"]["$ref"].endswith("/Part")
    # responses get tolerant copies, referring to each other
    assert schemas["ThingResponse"]["properties"]["tags"]["nullable"] is True
    assert schemas["ThingResponse"]["properties"]["part"]["$ref"].endswith("/PartResponse")
    assert schemas["PartResponse"]["properties"]["lines"]["nullable"] is True
    assert schemas["ThingList"]["properties"]["results"]["items"]["$ref"].endswith("/ThingResponse")
    assert schemas["ThingList"]["properties"]["warnings"]["nullable"] is True
    # a paginated list's results stay a list (DRF's paginator always sends one)
    assert "nullable" not in schemas["ThingList"]["properties"]["results"]
    # inline response schemas too
    token = spec["paths"]["/tokens/"]["post"]
    inline = token["responses"]["200"]["content"]["application/json"]["schema"]
    assert inline["properties"]["scopes"]["nullable"] is True
    # request bodies offered as JSON keep JSON only; form-only bodies are left alone
    assert list(spec["paths"]["/things/"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert list(token["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]


def test_a_split_that_would_overwrite_a_component_is_an_error(tmp_path: Path) -> None:
    clash = TOLERANCE_DOC + "    PartResponse:\n      type: object\n"
    write(tmp_path, {"things.yaml": clash})
    with pytest.raises(
        BundleError, match=r"'schemas/Part' is used by requests and responses .* 'schemas/PartResponse'"
    ):
        bundle_directory(tmp_path)


def test_the_committed_spec_follows_the_tolerance_rules() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    request_bodies = {
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for item in spec["paths"].values()
        for op in item.values()
        if "application/json" in op.get("requestBody", {}).get("content", {})
    }
    for name in request_bodies:
        for field, prop in schemas[name].get("properties", {}).items():
            if prop.get("type") == "array":
                assert not prop.get("nullable"), f"{name}.{field}: a request array must stay strict"
    assert schemas["Bill"]["properties"]["line_items"]["nullable"] is True
    assert schemas["PaginatedBillList"]["properties"]["results"].get("nullable") is None


def operation_doc(path: str, parameters: str, *, op_id: str = "get_a", description: str = "A thing.") -> str:
    """A one-operation fragment with the given path parameters (YAML list items, one a line)."""
    items = "".join(f"        {line}\n" for line in textwrap.dedent(parameters).splitlines() if line.strip())
    return (
        "openapi: 3.0.3\n"
        "info: {title: T, version: 1.0.0}\n"
        "paths:\n"
        f"  {path}:\n"
        "    get:\n"
        f"      operationId: {op_id}\n"
        f"      description: {description}\n"
        "      parameters:\n"
        f"{items}"
        "      responses:\n"
        "        '204':\n"
        "          description: done\n"
    )


def path_schema(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    parameters = spec["paths"][path]["get"]["parameters"]
    schema: dict[str, Any] = next(p for p in parameters if p["name"] == name)["schema"]
    return schema


@pytest.mark.parametrize(
    ("pattern", "uuid_like"),
    [
        ("^[0-9a-f-]+$", True),
        ("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", True),
        ("^[a-f0-9-]{36}$", True),
        ("^[A-Za-z0-9_-]+$", False),  # a code would match
        ("^[0-9]+$", False),  # refuses a uuid
        ("[", False),  # not an expression
        ("", False),
    ],
)
def test_a_uuid_like_pattern_accepts_uuids_and_nothing_else(pattern: str, uuid_like: bool) -> None:
    assert uuid_like_pattern(pattern) is uuid_like


def test_path_ids_with_a_uuid_pattern_or_format_become_uuids_others_stay(tmp_path: Path) -> None:
    parameters = """\
    - {in: path, name: business_id, required: true, schema: {type: string, pattern: '^[0-9a-f-]+$'}}
    - {in: path, name: thing_id, required: true, schema: {type: string, format: uuid}, description: A thing}
    - {in: path, name: slug_id, required: true, schema: {type: string, pattern: '^[a-z-]+$'}}
    - {in: path, name: name, required: true, schema: {type: string, pattern: '^[0-9a-f-]+$'}}
    """
    path = "/b/{business_id}/t/{thing_id}/{slug_id}/{name}/"
    write(tmp_path, {"a.md": docs_page(operation_doc(path, parameters))})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert path_schema(spec, path, "business_id") == {"type": "string", "format": "uuid"}
    assert path_schema(spec, path, "thing_id") == {"type": "string", "format": "uuid"}
    assert path_schema(spec, path, "slug_id") == {"type": "string", "pattern": "^[a-z-]+$"}  # not uuid-like
    assert path_schema(spec, path, "name") == {"type": "string", "pattern": "^[0-9a-f-]+$"}  # not an *_id


def test_a_path_id_the_docs_say_takes_codes_is_a_string_on_every_operation_of_its_lookup(tmp_path: Path) -> None:
    uuid_id = "- {in: path, name: account_id, required: true, schema: {type: string, format: uuid}}\n"
    other = "- {in: path, name: vendor_id, required: true, schema: {type: string, format: uuid}}\n"
    write(
        tmp_path,
        {
            # the operation's description says so (the archive-account page)
            "archive.md": docs_page(
                operation_doc(
                    "/accounts/{account_id}/",
                    uuid_id,
                    op_id="archive",
                    description="Archives it. account_id accepts UUID, account code, or external_id.",
                )
            ),
            # nothing said here, but the same lookup: a string too
            "children.yaml": operation_doc("/accounts/{account_id}/children/", uuid_id, op_id="children"),
            # another lookup of the same name elsewhere, and a description naming another id: uuids
            "other.yaml": operation_doc("/ledgers/{account_id}/", uuid_id, op_id="ledger"),
            "vendor.yaml": operation_doc(
                "/vendors/{vendor_id}/", other, op_id="vendor", description="account_id accepts a code. Not vendor_id."
            ),
        },
    )
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert path_schema(spec, "/accounts/{account_id}/", "account_id") == {"type": "string"}
    assert path_schema(spec, "/accounts/{account_id}/children/", "account_id") == {"type": "string"}
    assert path_schema(spec, "/ledgers/{account_id}/", "account_id") == {"type": "string", "format": "uuid"}
    assert path_schema(spec, "/vendors/{vendor_id}/", "vendor_id") == {"type": "string", "format": "uuid"}


def test_a_path_id_whose_own_description_names_codes_is_a_string(tmp_path: Path) -> None:
    parameters = (
        "- {in: path, name: account_id, required: true, description: 'Account UUID, code or external_id',"
        " schema: {type: string, format: uuid}}\n"
    )
    write(tmp_path, {"a.yaml": operation_doc("/a/{account_id}/", parameters)})
    spec = yaml.safe_load(bundle_directory(tmp_path))
    assert path_schema(spec, "/a/{account_id}/", "account_id") == {"type": "string"}


REPORT_PAGE = """\
openapi: 3.0.3
info: {{title: T, version: 1.0.0}}
paths:
  /insights/{slug}/:
    get:
      tags: [Insights, Ledger]
      operationId: get_{slug}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {body}
        '404':
          description: missing
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Report'}}
components:
  schemas:
    Report:
      type: object
      properties:
        rows: {{type: array, items: {{type: string}}}}
"""
REF = "{$ref: '#/components/schemas/Report'}"


@pytest.mark.parametrize(
    "body",
    [REF, f"{{type: array, items: {REF}}}", f"{{oneOf: [{REF}, {{type: array, items: {REF}}}]}}"],
    ids=["one object", "an array", "already both"],
)
def test_a_report_takes_an_object_or_a_one_element_array_whatever_its_page_declared(tmp_path: Path, body: str) -> None:
    write(
        tmp_path,
        {
            "reports/get-aging.md": docs_page(REPORT_PAGE.format(slug="aging", body=body)),
            "vendors/get-other.md": docs_page(REPORT_PAGE.format(slug="other", body=REF)),
        },
    )
    spec = yaml.safe_load(bundle_directory(tmp_path))
    report = spec["paths"]["/insights/aging/"]["get"]
    ref = {"$ref": "#/components/schemas/Report"}
    assert report["responses"]["200"]["content"]["application/json"]["schema"] == {
        "oneOf": [ref, {"type": "array", "items": ref}]
    }
    assert report["tags"] == ["Reports"]  # one module, one resource for every report
    assert report["responses"]["404"]["content"]["application/json"]["schema"] == ref  # errors untouched
    # an operation of another docs group is no report, whatever its shape
    other = spec["paths"]["/insights/other/"]["get"]
    assert other["responses"]["200"]["content"]["application/json"]["schema"] == ref
    assert other["tags"] == ["Insights", "Ledger"]
    # and the report's arrays are nullable like every response's
    assert spec["components"]["schemas"]["Report"]["properties"]["rows"]["nullable"] is True


def test_the_transforms_are_idempotent_on_the_committed_spec() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
    before = copy.deepcopy(spec)
    assert path_ids(spec) == []
    reports_take_object_or_array(spec)
    assert spec == before


def test_the_committed_spec_types_account_ids_and_reports_as_the_docs_say() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
    accounts = "/v1/platform/businesses/{business_id}/general-ledger/chart-of-accounts/{account_id}/"
    account_ops = {
        op["operationId"]: next(p for p in op["parameters"] if p["name"] == "account_id")["schema"]
        for path, item in spec["paths"].items()
        if path.startswith(accounts)
        for op in item.values()
    }
    names = ["archive_account", "create_child_account", "get_account_detail", "get_account_entries"]
    assert account_ops == {name: {"type": "string"} for name in names}
    other_ids = [
        p["schema"]
        for item in spec["paths"].values()
        for op in item.values()
        for p in op.get("parameters", [])
        if p["in"] == "path" and p["name"].endswith("_id") and p["name"] != "account_id"
    ]
    assert all(schema == {"type": "string", "format": "uuid"} for schema in other_ids)
    reports = [op for item in spec["paths"].values() for op in item.values() if op.get("tags") == ["Reports"]]
    assert len(reports) == 6
    for op in reports:
        assert op["externalDocs"]["url"].startswith("https://docs.thredfi.com/api-reference/reports/")
        assert "oneOf" in op["responses"]["200"]["content"]["application/json"]["schema"]


def test_the_names_no_docs_page_shows_are_marked_unverified() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thredfi.yaml").read_text(encoding="utf-8"))
    found = unverified_names(spec)
    assert found["list_invoice_payments"]["parameters"] == ["method", "order", "processor", "sort_by"]
    assert found["list_payouts"]["parameters"] == ["processor", "search", "status"]
    assert found["create_vendor_credit"]["body"] == ["allocations", "line_items"]
    payments = spec["paths"]["/v1/platform/businesses/{business_id}/invoices/payments/"]["get"]
    dates = {p["name"]: p["schema"] for p in payments["parameters"] if p["name"] in ("date_from", "date_to")}
    assert dates == {name: {"type": "string", "format": "date-time"} for name in ("date_from", "date_to")}
    # the documented names are not marked
    marked = {p["name"] for p in payments["parameters"] if p.get("x-thredfi-unverified")}
    assert marked == {"method", "order", "processor", "sort_by"}
