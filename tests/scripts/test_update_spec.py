"""update_spec against a docs site served from 127.0.0.1 by the test.

A refresh must add, change and remove docs pages and keep our hand-written fragments; any
failure must leave the fragments folder and the spec byte-for-byte as they were.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from bundle_spec import bundle_directory, parse_fragment
from update_spec import Summary, UpdateError, main, operation_pages, update_spec

ROOT = Path(__file__).resolve().parents[2]
REAL_PAGE = ROOT / "openapi" / "fragments" / "bill-payments" / "delete-bill-payment.md"
# top-level keys must agree between fragments: take them from the real saved page
INFO = parse_fragment(REAL_PAGE.read_text(encoding="utf-8"), str(REAL_PAGE)).document["info"]
BUSINESS_ID = {"in": "path", "name": "business_id", "schema": {"type": "string", "format": "uuid"}, "required": True}


def operation_doc(
    op_id: str,
    method: str,
    path: str,
    schema: str,
    properties: dict[str, Any],
    *,
    error_nullable: bool = True,
    error: str = "WidgetError",
) -> dict[str, Any]:
    """One operation document shaped like Thredfi's (shared error schema and security scheme)."""
    return {
        "openapi": "3.0.3",
        "info": INFO,
        "servers": [],
        "security": [],
        "paths": {
            path: {
                method: {
                    "tags": ["Widgets"],
                    "summary": op_id.replace("_", " ").capitalize(),
                    "operationId": op_id,
                    "parameters": [BUSINESS_ID],
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
                            "description": "",
                        },
                        "404": {
                            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{error}"}}},
                            "description": "Resource not found",
                        },
                    },
                    "security": [{"WidgetAuth": []}],
                }
            }
        },
        "components": {
            "schemas": {
                schema: {"type": "object", "properties": properties, "required": sorted(properties)},
                error: {
                    "type": "object",
                    "properties": {
                        "error_code": {"type": "string"},
                        "message": {"type": "string", "nullable": error_nullable},
                    },
                    "required": ["error_code", "message"],
                },
            },
            "securitySchemes": {"WidgetAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        },
    }


def docs_page(document: dict[str, Any]) -> str:
    """A docs page as Thredfi serves it: markdown preamble, then the YAML between ```` fences."""
    ((path, item),) = document["paths"].items()
    ((method, op),) = item.items()
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    return (
        "> ## Documentation Index\n"
        "> Fetch the complete documentation index at: https://docs.thredfi.com/llms.txt\n"
        "> Use this file to discover all available pages before exploring further.\n\n"
        f"# {op['summary']}\n\n> {op['summary']}.\n\n\n\n## OpenAPI\n\n"
        f"````yaml {method.upper()} {path}\n{body}````"
    )


P = "/v1/platform/businesses/{business_id}/widgets"
LIST = docs_page(operation_doc("list_widgets", "get", f"{P}/", "WidgetList", {"count": {"type": "integer"}}))
WIDGET_V1 = {"id": {"type": "string"}, "name": {"type": "string"}}
WIDGET_V2 = {**WIDGET_V1, "colour": {"type": "string"}}
UPDATE_V1 = docs_page(operation_doc("update_widget", "post", f"{P}/update/", "Widget", WIDGET_V1))
UPDATE_V2 = docs_page(operation_doc("update_widget", "post", f"{P}/update/", "Widget", WIDGET_V2))
DELETE = docs_page(operation_doc("delete_widget", "post", f"{P}/delete/", "WidgetDeleted", {"ok": {"type": "boolean"}}))
CREATE = docs_page(operation_doc("create_widget", "post", f"{P}/create/", "WidgetCreated", {"id": {"type": "string"}}))
TOKEN_DOC = operation_doc(
    "get_token",
    "post",
    "/v1/platform/{business_id}/oauth2/token/",
    "Token",
    {"access": {"type": "string"}},
    error="TokenError",
)
HAND_WRITTEN = "# ours: the docs page could not be read\nx-thredfi-origin: hand-written\n" + yaml.safe_dump(
    TOKEN_DOC, sort_keys=False
)
NOT_OPENAPI = "# Widgets\n\nSee the guide.\n\n```bash\ncurl https://sandbox.thredfi.com/\n```\n"


class DocsSite:
    """Files under ``root`` served at ``url``, with optional queued error statuses and hangs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.url = ""
        self.statuses: dict[str, list[int]] = {}
        self.hang: set[str] = set()
        self.release = threading.Event()
        self.requests: list[str] = []

    def page(self, name: str, text: str) -> None:
        path = self.root / "api-reference" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def index(self, *links: str) -> None:
        lines = ["# Thredfi", "", "## Docs", ""]
        lines += [f"- [{link}]({link if '://' in link else self.url + link}): a page" for link in links]
        (self.root / "llms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _handler(site: DocsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            site.requests.append(path)
            if path in site.hang:
                site.release.wait()  # the client times out first; released at teardown
                return
            queued = site.statuses.get(path)
            if queued:
                self.send_error(queued.pop(0))
                return
            file = site.root / path.lstrip("/")
            if not file.is_file():
                self.send_error(404)
                return
            body = file.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/markdown; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

    return Handler


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DocsSite]:
    """A fake Thredfi docs site on 127.0.0.1, serving files written under tmp_path/site."""
    docs = DocsSite(tmp_path / "site")
    docs.root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(docs))
    docs.url = f"http://127.0.0.1:{server.server_address[1]}"
    # a short poll interval only makes shutdown() at teardown quick
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield docs
    finally:
        docs.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def openapi(tmp_path: Path) -> Path:
    """A copy of a fragments folder and its bundled spec under tmp_path/openapi (never the real one)."""
    source = tmp_path / "source-fragments"
    for name, text in {
        "widgets/list-widgets.md": LIST,
        "widgets/update-widget.md": UPDATE_V1,
        "widgets/delete-widget.md": DELETE,
        "authentication/get-token.yaml": HAND_WRITTEN,
    }.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    (source / "bill-payments").mkdir()
    shutil.copyfile(REAL_PAGE, source / "bill-payments" / "delete-bill-payment.md")
    folder = tmp_path / "openapi"
    shutil.copytree(source, folder / "fragments")
    (folder / "thredfi.yaml").write_text(bundle_directory(folder / "fragments"), encoding="utf-8")
    return folder


@pytest.fixture
def published(site: DocsSite) -> DocsSite:
    """The docs as they are now: list unchanged, update changed, create added, delete gone."""
    site.page("widgets/list-widgets", LIST)
    site.page("widgets/update-widget", UPDATE_V2)
    site.page("widgets/create-widget", CREATE)
    site.page("bill-payments/delete-bill-payment", REAL_PAGE.read_text(encoding="utf-8"))
    site.index(
        "/api-reference/widgets/list-widgets.md",
        "/api-reference/widgets/update-widget.md",
        "/api-reference/widgets/create-widget",  # without .md: same page
        "/api-reference/bill-payments/delete-bill-payment.md",
        "/api-reference/introduction.md",  # not an operation page
        "/guides/quickstart.md",
        "https://elsewhere.example/api-reference/widgets/other.md",  # another site
    )
    return site


def snapshot(folder: Path) -> dict[str, str]:
    """Every file (sha256) and folder below ``folder``: any change, leftover or loss shows."""
    return {
        path.relative_to(folder).as_posix(): "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
    }


def run(site: DocsSite, openapi: Path, **kwargs: Any) -> Summary:
    return update_spec(site.url, openapi / "fragments", openapi / "thredfi.yaml", retry_delay=0, **kwargs)


def test_refresh_adds_changes_removes_and_keeps_hand_written(
    published: DocsSite, openapi: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fragments, spec = openapi / "fragments", openapi / "thredfi.yaml"
    argv = ["--source", published.url + "/", "--fragments", str(fragments), "--output", str(spec)]

    assert main(argv) == 0

    out = capsys.readouterr().out
    assert "4 operation pages listed" in out
    assert "added: 1 (widgets/create-widget)" in out
    assert "changed: 1 (widgets/update-widget)" in out
    assert "removed: 1 (widgets/delete-widget)" in out
    assert "kept hand-written: 1 (authentication/get-token)" in out
    assert "unchanged: 2 (bill-payments/delete-bill-payment, widgets/list-widgets)" in out
    assert (fragments / "widgets" / "create-widget.md").read_text(encoding="utf-8") == CREATE
    assert (fragments / "widgets" / "update-widget.md").read_text(encoding="utf-8") == UPDATE_V2
    assert not (fragments / "widgets" / "delete-widget.md").exists()
    assert (fragments / "authentication" / "get-token.yaml").read_text(encoding="utf-8") == HAND_WRITTEN
    assert (fragments / "bill-payments" / "delete-bill-payment.md").read_bytes() == REAL_PAGE.read_bytes()
    bundled = yaml.safe_load(spec.read_text(encoding="utf-8"))
    assert spec.read_text(encoding="utf-8") == bundle_directory(fragments)
    assert f"{P}/create/" in bundled["paths"]
    assert f"{P}/delete/" not in bundled["paths"]
    assert "colour" in bundled["components"]["schemas"]["Widget"]["properties"]
    assert sorted(p.name for p in openapi.iterdir()) == ["fragments", "thredfi.yaml"]  # no temporary leftovers
    assert "/llms.txt" in published.requests
    assert "/api-reference/widgets/create-widget.md" in published.requests


def test_second_refresh_changes_nothing(published: DocsSite, openapi: Path) -> None:
    run(published, openapi)
    before = snapshot(openapi)

    summary = run(published, openapi)

    assert summary.unchanged == [
        "bill-payments/delete-bill-payment",
        "widgets/create-widget",
        "widgets/list-widgets",
        "widgets/update-widget",
    ]
    assert (summary.added, summary.changed, summary.removed, summary.spec_written) == ([], [], [], False)
    assert snapshot(openapi) == before


def test_published_page_replaces_hand_written_fragment(published: DocsSite, openapi: Path) -> None:
    token_page = docs_page(TOKEN_DOC)
    published.page("authentication/get-token", token_page)
    published.index("/api-reference/authentication/get-token.md", "/api-reference/widgets/list-widgets.md")

    summary = run(published, openapi)

    assert summary.replaced_hand_written == ["authentication/get-token"]
    assert not (openapi / "fragments" / "authentication" / "get-token.yaml").exists()
    assert (openapi / "fragments" / "authentication" / "get-token.md").read_text(encoding="utf-8") == token_page


def test_unreadable_published_page_keeps_hand_written_fragment(published: DocsSite, openapi: Path) -> None:
    published.page("authentication/get-token", NOT_OPENAPI)
    published.index("/api-reference/authentication/get-token.md", "/api-reference/widgets/list-widgets.md")

    summary = run(published, openapi)

    assert summary.kept_hand_written == ["authentication/get-token"]
    assert summary.replaced_hand_written == []
    assert any("authentication/get-token" in note and "no OpenAPI block" in note for note in summary.notes)
    assert (openapi / "fragments" / "authentication" / "get-token.yaml").read_text(encoding="utf-8") == HAND_WRITTEN
    assert not (openapi / "fragments" / "authentication" / "get-token.md").exists()


def test_one_retry_after_a_server_error(published: DocsSite, openapi: Path) -> None:
    page = "/api-reference/widgets/create-widget.md"
    published.statuses[page] = [503]

    summary = run(published, openapi)

    assert summary.added == ["widgets/create-widget"]
    assert published.requests.count(page) == 2


def _malformed(site: DocsSite) -> None:
    site.page("widgets/create-widget", NOT_OPENAPI)


def _missing(site: DocsSite) -> None:
    (site.root / "api-reference" / "widgets" / "create-widget.md").unlink()


def _conflict(site: DocsSite) -> None:
    doc = operation_doc(
        "create_widget", "post", f"{P}/create/", "WidgetCreated", {"id": {"type": "string"}}, error_nullable=False
    )
    site.page("widgets/create-widget", docs_page(doc))


def _invalid(site: DocsSite) -> None:
    doc = operation_doc(
        "create_widget", "post", f"{P}/{{widget_id}}/create/", "WidgetCreated", {"id": {"type": "string"}}
    )
    site.page("widgets/create-widget", docs_page(doc))  # parses, but {widget_id} is never declared


def _server_errors(site: DocsSite) -> None:
    site.statuses["/api-reference/widgets/create-widget.md"] = [500, 502]


def _hangs(site: DocsSite) -> None:
    site.hang.add("/api-reference/widgets/create-widget.md")


def _no_index(site: DocsSite) -> None:
    (site.root / "llms.txt").unlink()


def _empty_index(site: DocsSite) -> None:
    site.index("/guides/quickstart.md", "/api-reference/introduction.md")


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        pytest.param(_malformed, [r"/api-reference/widgets/create-widget\.md: no OpenAPI block"], id="malformed-page"),
        pytest.param(_missing, [r"/api-reference/widgets/create-widget\.md: HTTP 404"], id="page-404"),
        pytest.param(
            _conflict,
            [r"'schemas/WidgetError' differs", r"widgets/create-widget\.md", r"widgets/list-widgets\.md", "nullable"],
            id="conflicting-component",
        ),
        pytest.param(_invalid, [r"not valid OpenAPI", "widget_id"], id="invalid-openapi"),
        pytest.param(_server_errors, [r"/api-reference/widgets/create-widget\.md: HTTP 502"], id="page-5xx-twice"),
        pytest.param(_hangs, [r"/api-reference/widgets/create-widget\.md: timed out"], id="page-timeout"),
        pytest.param(_no_index, [r"/llms\.txt: HTTP 404"], id="index-404"),
        pytest.param(_empty_index, [r"/llms\.txt: lists no operation pages"], id="index-without-operations"),
    ],
)
def test_failure_leaves_fragments_and_spec_untouched(
    published: DocsSite, openapi: Path, breakage: Any, expected: list[str]
) -> None:
    breakage(published)
    before = snapshot(openapi)

    with pytest.raises(UpdateError) as caught:
        run(published, openapi, timeout=1.0)

    message = str(caught.value)
    for pattern in expected:
        assert re.search(pattern, message), (pattern, message)
    assert "thredfi-update-spec-" not in message  # names our fragments folder, not the staging one
    assert snapshot(openapi) == before


def test_failed_swap_is_rolled_back(published: DocsSite, openapi: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(openapi)

    def refuse(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("update_spec.os.replace", refuse)  # the spec write, after the folder swap
    with pytest.raises(UpdateError, match="disk full"):
        run(published, openapi)

    assert snapshot(openapi) == before


def test_an_interrupted_swap_puts_every_fragment_back(
    published: DocsSite, openapi: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(openapi)
    real_rename = Path.rename
    calls = []

    def interrupted(self: Path, target: Any) -> Any:
        calls.append(self)
        if len(calls) == 2:  # after the old folder moved aside, before the new one moved in
            raise KeyboardInterrupt
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(published, openapi)
    monkeypatch.undo()
    assert snapshot(openapi) == before


def test_cli_failure_exits_1_and_names_the_page(
    published: DocsSite, openapi: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _missing(published)
    before = snapshot(openapi)
    argv = ["--source", published.url, "--fragments", str(openapi / "fragments"), "--output", str(openapi / "x.yaml")]

    assert main(argv) == 1

    err = capsys.readouterr().err
    assert f"{published.url}/api-reference/widgets/create-widget.md: HTTP 404" in err
    assert "nothing changed" in err
    assert snapshot(openapi) == before


@pytest.mark.parametrize("source", ["file:///etc", "ftp://127.0.0.1/docs", "127.0.0.1:8000", "http://"])
def test_only_http_sources(source: str, openapi: Path) -> None:
    before = snapshot(openapi)
    with pytest.raises(UpdateError, match="http"):
        update_spec(source, openapi / "fragments", openapi / "thredfi.yaml")
    assert snapshot(openapi) == before


def test_index_links_are_normalised_and_filtered() -> None:
    source = "https://docs.example"
    index = "\n".join(
        [
            "- [A](https://docs.example/api-reference/bills/create-bill.md): create",
            "- [A again](https://docs.example/api-reference/bills/create-bill)",
            '- [B](/api-reference/bills/list-bills "title")',
            "- <https://docs.example/api-reference/vendors/get-vendor.md>",
            "- [query](https://docs.example/api-reference/vendors/list-vendors.md?x=1#y)",
            "- [intro](https://docs.example/api-reference/introduction.md)",
            "- [deep](https://docs.example/api-reference/a/b/c.md)",
            "- [guide](https://docs.example/guides/bills.md)",
            "- [other](https://other.example/api-reference/bills/x.md)",
            "- [http](http://docs.example/api-reference/bills/y.md)",
            "- [escape](https://docs.example/api-reference/../secrets/z.md)",
            "- [dots](https://docs.example/api-reference/bills/..md)",
        ]
    )
    assert operation_pages(index, source) == {
        "bills/create-bill": "https://docs.example/api-reference/bills/create-bill.md",
        "bills/list-bills": "https://docs.example/api-reference/bills/list-bills.md",
        "vendors/get-vendor": "https://docs.example/api-reference/vendors/get-vendor.md",
        "vendors/list-vendors": "https://docs.example/api-reference/vendors/list-vendors.md",
    }


def test_a_mirror_serving_the_real_index_fetches_every_page_from_itself() -> None:
    # Thredfi's own llms.txt names its canonical host: a local mirror must still find the pages
    index = "- [Delete](https://docs.thredfi.com/api-reference/customer-credits/delete-customer-credit.md)\n"
    assert operation_pages(index, "http://127.0.0.1:8000") == {
        "customer-credits/delete-customer-credit": "http://127.0.0.1:8000/api-reference/customer-credits/delete-customer-credit.md"
    }
    assert operation_pages(index.replace("https://", "http://"), "http://127.0.0.1:8000") == {}


def test_a_docs_page_overriding_a_kept_hand_written_fragment_is_listed_for_the_pull_request(
    published: DocsSite, openapi: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the docs now publish an operation whose error schema differs from the hand-written token
    # fragment's (same component name): the docs page's definition wins, ours is listed
    other = operation_doc(
        "get_gadget", "get", f"{P}/gadgets/", "Gadget", {"id": {"type": "string"}}, error="TokenError"
    )
    other["components"]["schemas"]["TokenError"]["properties"]["message"]["nullable"] = False
    published.page("widgets/get-gadget", docs_page(other))
    published.index("/api-reference/widgets/get-gadget.md", "/api-reference/widgets/list-widgets.md")
    fragments, spec = openapi / "fragments", openapi / "thredfi.yaml"

    assert main(["--source", published.url, "--fragments", str(fragments), "--output", str(spec)]) == 0

    out = capsys.readouterr().out
    block = out[out.index("### Hand-written fragments to update") :]
    assert block.splitlines()[-1] == (
        "- `authentication/get-token.yaml`: component 'schemas/TokenError' differs from "
        "`widgets/get-gadget.md` at properties.message.nullable"
    )
    bundled = yaml.safe_load(spec.read_text(encoding="utf-8"))
    assert bundled["components"]["schemas"]["TokenError"]["properties"]["message"]["nullable"] is False
    assert (fragments / "authentication" / "get-token.yaml").read_text(encoding="utf-8") == HAND_WRITTEN
    # the same list, for the pull request's body, from the folder as it now is
    assert main(["--to-update", "--fragments", str(fragments)]) == 0
    assert capsys.readouterr().out == block


def test_to_update_prints_nothing_when_every_fragment_agrees(openapi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--to-update", "--fragments", str(openapi / "fragments")]) == 0
    assert capsys.readouterr().out == ""
