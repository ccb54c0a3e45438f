"""The resource templates on shapes the Thredfi spec is growing into, generated from a small spec:
a ``Report | list[Report]`` response, a query parameter named like the ``business_id`` path
parameter, an optional body; and a method-name collision that must fail generation."""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import thredfi
from generate import CONFIG, GenerationError, run_generator
from thredfi._request import Reply, RequestOptions, build_request, merge_extras
from thredfi._request_id import StampRequestId

SHAPES_SPEC = """\
openapi: 3.0.3
info: {title: Shapes, version: '1'}
paths:
  /v1/platform/businesses/{business_id}/:
    get:
      operationId: get_business
      summary: Get business
      externalDocs: {url: 'https://docs.example.com/business-management/get-business'}
      tags: [Business Management]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Report'}}}
  /v1/platform/businesses/{business_id}/reports/profit-and-loss/:
    get:
      operationId: get_profit_and_loss
      summary: Get profit and loss report
      externalDocs: {url: 'https://docs.example.com/reports/profit-and-loss'}
      tags: [Reports]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: '#/components/schemas/Report'
                  - {type: array, items: {$ref: '#/components/schemas/Report'}}
  /v1/platform/businesses/{business_id}/bank-accounts/:
    get:
      operationId: list_bank_accounts
      summary: List bank accounts
      tags: [Bank Accounts Management]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: business_id, in: query, required: false, schema: {type: string}}
        - {name: page, in: query, required: false, schema: {type: integer}}
        - {name: page_size, in: query, required: false, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/PaginatedReportList'}}}
    post:
      operationId: create_child_account
      summary: Create child account
      tags: [Bank Accounts Management]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string, format: uuid}}
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/ChildAccount'}}}
      responses:
        '204': {description: done}
components:
  schemas:
    Report:
      type: object
      required: [name]
      properties:
        name: {type: string}
        note: {type: string, nullable: true}
    ChildAccount:
      type: object
      properties:
        name: {type: string}
        note: {type: string, nullable: true}
    PaginatedReportList:
      type: object
      required: [count, results]
      properties:
        count: {type: integer}
        results: {type: array, items: {$ref: '#/components/schemas/Report'}}
"""

COLLISION_SPEC = """\
openapi: 3.0.3
info: {title: Collision, version: '1'}
paths:
  /v1/platform/businesses/{business_id}/vendors/{vendor_id}/:
    get:
      operationId: get_vendor
      tags: [Vendors]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string}}
        - {name: vendor_id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: ok}
  /v1/platform/businesses/{business_id}/vendors/{vendor_id}/full/:
    get:
      operationId: retrieve_vendor
      tags: [Vendors]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string}}
        - {name: vendor_id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: ok}
  /v1/platform/businesses/{business_id}/vendors/:
    post:
      operationId: create_vendor
      tags: [Vendors]
      parameters:
        - {name: business_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Vendor'}}}
        '202': {description: accepted, no body}
components:
  schemas:
    Vendor: {type: object, properties: {id: {type: string}}}
"""


class FakeView:
    """A client view answering every request with one canned response."""

    def __init__(
        self, status: int, payload: Any, business_id: str = "3fa85f64-5717-4562-b3fc-2c963f66afa6", strict: bool = False
    ) -> None:
        self.business_id = business_id
        self.strict = strict
        self.status, self.payload = status, payload
        self.sent: list[dict[str, Any]] = []

    async def _request(self, kwargs: dict[str, Any], *, operation: str, parse: Any = None, extras: Any = None) -> Reply:
        if extras is not None:
            kwargs = merge_extras(kwargs, extras)
        self.sent.append(kwargs | {"operation": operation})
        options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)
        call = build_request(
            "http://127.0.0.1", options, kwargs["method"], kwargs["url"], headers={"X-Request-ID": "r-1"}
        )
        StampRequestId().edit(call)  # the id sent: a fact of the call
        answer = httpx.Response(self.status, **({} if self.payload is None else {"json": self.payload}))
        value = None if parse is None else parse(answer, call, strict=self.strict, on_drift=None)
        return Reply(answer, value, call.request_id)

    def _list_prefetch(self) -> int:
        return 4

    def _request_id_of(self, reply: Reply) -> str | None:
        return reply.server_request_id("X-Request-ID")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("shapes")
    spec = folder / "spec.yaml"
    spec.write_text(SHAPES_SPEC, encoding="utf-8")
    run_generator(folder / "shapes_api", spec=spec, config=CONFIG)
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("shapes_api.api")
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == "shapes_api" or n.startswith("shapes_api.")]:
            del sys.modules[name]


def test_attributes_follow_the_override_table(shapes: Any) -> None:
    partner = {n for n in vars(shapes.PartnerResources) if not n.startswith("_")}
    business = {n for n in vars(shapes.BusinessResources) if not n.startswith("_")}
    assert partner == {"bank_accounts", "businesses", "reports", "with_raw_response"}
    assert business == {"bank_accounts", "reports", "with_raw_response"}  # get_business is partner-level


def test_method_names(shapes: Any) -> None:
    reports = importlib.import_module("shapes_api.api.reports")
    accounts = importlib.import_module("shapes_api.api.bank_accounts_management")
    business = importlib.import_module("shapes_api.api.business_management")
    assert {n for n in vars(reports.ReportsResource) if not n.startswith("_")} == {"get_profit_and_loss"}
    assert {n for n in vars(accounts.BankAccountsResource) if not n.startswith("_")} == {
        "list",
        "create_child_account",
    }
    assert "get" in vars(business.PartnerBusinessesResource)
    assert "Docs: https://docs.example.com/reports/profit-and-loss" in (
        reports.ReportsResource.get_profit_and_loss.__doc__
    )


@pytest.mark.asyncio
async def test_a_model_or_list_response_returns_the_model(shapes: Any) -> None:
    reports = importlib.import_module("shapes_api.api.reports")
    signature = inspect.signature(reports.ReportsResource.get_profit_and_loss)
    assert signature.return_annotation == "Report"
    one = await reports.ReportsResource(FakeView(200, {"name": "P&L"})).get_profit_and_loss()
    assert one.name == "P&L"
    unwrapped = await reports.ReportsResource(FakeView(200, [{"name": "only"}])).get_profit_and_loss()
    assert unwrapped.name == "only"
    for payload in ([], [{"name": "a"}, {"name": "b"}]):
        with pytest.raises(thredfi.APIResponseValidationError, match="list of") as info:
            await reports.ReportsResource(FakeView(200, payload)).get_profit_and_loss()
        assert info.value.request_id == "r-1"


@pytest.mark.asyncio
async def test_a_query_parameter_named_like_the_business_path_parameter(shapes: Any) -> None:
    accounts = importlib.import_module("shapes_api.api.bank_accounts_management")
    partner = inspect.signature(accounts.PartnerBankAccountsResource.list)
    assert list(partner.parameters)[:2] == ["self", "business_id"]
    assert "business_id_query" in partner.parameters
    view = FakeView(200, {"count": 1, "results": [{"name": "acc"}]}, business_id="biz-9")
    page = await accounts.BankAccountsResource(view).list(business_id_query="other")
    assert [r.name for r in page.items] == ["acc"]
    assert view.sent[0]["url"] == "/v1/platform/businesses/biz-9/bank-accounts/"
    assert view.sent[0]["params"] == {"business_id": "other", "page": 1}
    view = FakeView(200, {"count": 0, "results": []})
    other = "5b0f8c2e-1d3a-4e5f-9a7b-6c8d9e0f1a2b"
    await accounts.PartnerBankAccountsResource(view).list(other, business_id_query="q")
    assert view.sent[0]["url"] == f"/v1/platform/businesses/{other}/bank-accounts/"


@pytest.mark.asyncio
async def test_an_optional_body_is_sent_only_when_given(shapes: Any) -> None:
    accounts = importlib.import_module("shapes_api.api.bank_accounts_management")
    view = FakeView(204, None)
    resource = accounts.BankAccountsResource(view)
    assert await resource.create_child_account() is None
    assert await resource.create_child_account(name="child", note=None) is None
    assert "json" not in view.sent[0]
    assert view.sent[1]["json"] == {"name": "child", "note": None}  # None sends JSON null


def test_a_method_name_collision_or_mixed_2xx_responses_fail_generation(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(COLLISION_SPEC, encoding="utf-8")
    with pytest.raises(GenerationError, match=r"VendorsResource\.get is defined twice") as info:
        run_generator(tmp_path / "out", spec=spec, config=CONFIG)
    assert "create_vendor has 2xx responses of different types (Vendor, None)" in str(info.value)


def test_the_api_reference_is_current_and_links_every_method() -> None:
    from generate import API_DOCS, PACKAGE, api_reference

    text = API_DOCS.read_text(encoding="utf-8")
    assert api_reference(PACKAGE) == text
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert len(headings) == 70  # every operation but the two token ones
    assert all("[docs](https://docs.thredfi.com/" in line for line in headings)
    assert "### `biz.bill_payments.delete`" in text
    assert "async def delete(bill_payment_id: str | UUID) -> BillPaymentCancelResponse" in text
    assert "extra_headers" not in text.split("## ", 1)[1]  # said once above, not in every signature


def test_two_tags_with_one_attribute_are_reported(tmp_path: Path) -> None:
    import shutil

    from generate import PACKAGE, check_resources

    package = tmp_path / "pkg"
    shutil.copytree(PACKAGE / "api", package / "api", ignore=shutil.ignore_patterns("__pycache__"))
    assert check_resources(package) == []
    mixins = package / "api" / "__init__.py"
    source = mixins.read_text(encoding="utf-8")
    twice = "    @functools.cached_property\n    def vendors(self) -> PartnerVendorsResource:"
    assert twice in source
    mixins.write_text(
        source.replace(twice, f"{twice}\n        raise NotImplementedError\n\n{twice}", 1), encoding="utf-8"
    )
    assert check_resources(package) == [
        "api/__init__.py: PartnerResources.vendors is defined twice (two operations, or two tags, give one name)"
    ]
