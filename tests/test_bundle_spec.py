"""The bundler: merge identical fragments, reject conflicting ones, stay byte-stable."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from bundle_spec import BundleError, bundle_directory, canonical, extract_yaml, main

ROOT = Path(__file__).resolve().parent.parent
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
    assert len(fragments) == 65
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
