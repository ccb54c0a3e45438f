"""The in-memory Thredfi (``thredfi._fake``) on its own: operations read from the generated package,
model shapes and body checks, the fake's state, tokens and faults served request by request, the
table of ``docs/testing.md``, and the no-real-calls guard (asserted on a resolver recorder)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp.resolver
import httpx
import pytest
import thredfi.testing
from thredfi._fake import _guard
from thredfi._fake._guard import RealThredfiCallError, is_real_thredfi, no_real_calls
from thredfi._fake._operations import by_id, match, operations, resolve
from thredfi._fake._schema import (
    MISSING,
    NOFIT,
    Shaper,
    allows_extra,
    field_errors,
    fields,
    is_primitive,
    iso,
    known_part,
    singular,
)
from thredfi._fake._server import FakeThredfi, describe, filters, semantics_table
from thredfi.testing import TEST_BASE_URL, MockThredfi
from thredfi_api.api import ROUTES
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.api.invoices import InvoicesResource, create_invoice
from thredfi_api.models import (
    BillPaymentCancelResponse,
    CreateBusinessRequest,
    CreateCustomerRequest,
    CreateInvoiceRequest,
    Customer,
    CustomerMetadataType0,
    Invoice,
    OAuth2TokenResponse,
    PaginatedVendorList,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
BUSINESSES = f"{TEST_BASE_URL}/v1/platform/businesses/"


# the operations ------------------------------------------------------------------------------
def test_every_route_is_an_operation_with_a_kind() -> None:
    built = {op.operation_id: op for op in operations()}
    assert set(built) == {route.operation_id for route in ROUTES}
    for op in built.values():
        assert op.kind in ("token", "create", "list", "get", "update", "delete", "action", "read")
        assert op.statuses, op.operation_id
        assert (op.response is None) == (op.statuses == (204,)), op.operation_id
        if op.kind == "list":
            assert op.item is not None
            assert "results" in {f.name for f in fields(op.response or object)}


@pytest.mark.parametrize(
    ("operation_id", "kind", "collection", "verb"),
    [
        ("create_vendor", "create", "/v1/platform/businesses/{}/vendors/", ""),
        ("list_vendors", "list", "/v1/platform/businesses/{}/vendors/", ""),
        ("get_vendor", "get", "/v1/platform/businesses/{}/vendors/", ""),
        ("unarchive_vendor", "action", "/v1/platform/businesses/{}/vendors/", "unarchive"),
        ("update_bill", "update", "/v1/platform/businesses/{}/bills/", ""),
        ("delete_customer_credit", "delete", "/v1/platform/businesses/{}/customer-credits/", ""),
        ("delete_bill_payment", "action", "/v1/platform/businesses/{}/bills/payments/", "delete"),
        ("create_child_account", "create", "/v1/platform/businesses/{}/general-ledger/chart-of-accounts/", "children"),
        ("create_refund_payment", "create", "/v1/platform/businesses/{}/invoices/refunds/{}/payments/", ""),
        (
            "get_chart_of_accounts_hierarchy",
            "read",
            "/v1/platform/businesses/{}/general-ledger/chart-of-accounts/hierarchy/",
            "",
        ),
        ("get_ar_aging", "read", "/v1/platform/businesses/{}/insights/ar-aging/", ""),
        ("list_businesses", "list", "/v1/platform/businesses/", ""),
        ("get_business", "get", "/v1/platform/businesses/", ""),
        ("get_partner_token", "token", "", ""),
        ("get_business_token", "token", "", ""),
    ],
)
def test_kinds_come_from_the_method_and_path(operation_id: str, kind: str, collection: str, verb: str) -> None:
    op = by_id()[operation_id]
    assert (op.kind, op.collection, op.verb) == (kind, collection, verb)


def test_what_an_operation_sends_is_probed_from_its_module() -> None:
    bank_accounts = by_id()["list_bank_accounts"]
    assert "business_id" in bank_accounts.query  # sent as business_id, named business_id_query in Python
    assert "business_id_query" not in bank_accounts.query
    assert set(by_id()["create_bill_payment"].headers) == {"Idempotency-Key"}
    assert set(by_id()["get_financial_summary"].query) == {"start_date", "end_date", "granularity"}
    create = by_id()["create_vendor"]
    assert create.statuses == (200, 201)
    assert create.body is not None
    assert create.body.__name__ == "CreateVendorRequest"
    assert create.body_required
    void = by_id()["void_invoice"]
    assert void.body is not None
    assert not void.body_required
    assert by_id()["delete_customer_credit"].response is None


def test_requests_match_the_most_literal_path_first() -> None:
    business = str(uuid.uuid4())
    hierarchy = match("GET", f"/v1/platform/businesses/{business}/general-ledger/chart-of-accounts/hierarchy/")
    assert hierarchy is not None
    assert hierarchy[0].operation_id == "get_chart_of_accounts_hierarchy"
    detail = match("get", f"/v1/platform/businesses/{business}/general-ledger/chart-of-accounts/a%2Fb/")
    assert detail is not None
    assert detail[0].operation_id == "get_account_detail"
    assert detail[1] == {"business_id": business, "account_id": "a/b"}
    assert match("GET", "/v1/platform/nowhere/") is None
    assert match("DELETE", f"/v1/platform/businesses/{business}/vendors/") is None


def test_operations_are_named_as_users_call_them() -> None:
    client = MockThredfi().client()
    biz = client.for_business(uuid.uuid4())
    assert resolve(biz.invoices.create) == "create_invoice"
    assert resolve(client.invoices.void) == "void_invoice"
    assert resolve(biz.with_raw_response.invoice_payments.get) == "get_payment"
    assert resolve(InvoicesResource.create) == "create_invoice"
    assert resolve("invoices.create") == "create_invoice"
    assert resolve("invoice_payments.get") == "get_payment"
    assert resolve("get_payment") == "get_payment"
    assert resolve(create_invoice) == "create_invoice"
    assert resolve(create_invoice.asyncio_detailed) == "create_invoice"


@pytest.mark.parametrize(
    ("target", "error", "message"),
    [
        ("nope", ValueError, "'nope' is not an operation"),
        ("invoices.nope", ValueError, "'invoices.nope' is not a resource method"),
        (print, TypeError, "must be a generated operation"),
        (42, TypeError, r"a resource method \(biz.invoices.create\)"),
    ],
)
def test_a_name_that_is_no_operation_is_refused(target: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        resolve(target)


def test_mock_thredfi_takes_methods_too() -> None:
    mock = MockThredfi()
    biz = mock.client().for_business(uuid.uuid4())
    mock.respond(biz.vendors.get, {"id": "v-1"})
    mock.respond("invoices.void", {"id": "i-1"})
    assert set(mock._responses) == {"get_vendor", "void_invoice"}


# shapes and body checks ----------------------------------------------------------------------
def test_fields_are_read_from_the_models() -> None:
    business = {f.name: f for f in fields(CreateBusinessRequest)}
    assert business["legal_name"].required
    assert business["legal_name"].default is MISSING
    assert business["accounting_method"].default == "accrual"
    customer = {f.name: f for f in fields(CreateCustomerRequest)}
    assert customer["tax_exempt"].default is False
    assert {f.name for f in fields(Customer)} >= {"type", "id", "created_at"}  # API names (type_ in Python)
    assert [f.attr for f in fields(Customer) if f.name == "type"] == ["type_"]


def test_only_free_form_models_take_undeclared_keys() -> None:
    assert allows_extra(CustomerMetadataType0)
    assert not allows_extra(Customer)  # a declared model: an unknown key is drift to the SDK


def test_a_shape_fits_its_model_exactly() -> None:
    shaper = Shaper(NOW)
    body = shaper.shape(
        BillPaymentCancelResponse, {"status": "cancelled", "other": 1}, {"payment_id": str(uuid.UUID(int=1))}
    )
    assert body == {
        "message": "",
        "payment_id": "00000000-0000-0000-0000-000000000001",
        "status": "cancelled",
        "updated_at": "2026-03-04T05:06:07Z",
    }
    strict = BillPaymentCancelResponse.from_dict(body)
    assert strict.status == "cancelled"


def test_a_value_that_does_not_fit_is_replaced_or_dropped() -> None:
    shaper = Shaper(NOW)
    assert shaper.fit(int, True) is NOFIT
    assert shaper.fit(str | None, None) is None
    assert shaper.fit(uuid.UUID, "nope") is NOFIT
    assert shaper.fit(dt.date, "2026-01-02") == "2026-01-02"
    assert shaper.fit(list[int], [1, "2"]) is NOFIT
    body = shaper.shape(Customer, {"id": 5, "company_name": "Acme", "metadata": {"k": 1}})
    assert body == {"company_name": "Acme", "metadata": {"k": 1}}  # a bad id is not answered


def test_examples_are_empty_zero_or_now() -> None:
    shaper = Shaper(NOW)
    page = shaper.shape(PaginatedVendorList, {}, full=True)
    assert page["results"] == []
    assert page["count"] == 0
    assert page["next"] is None
    assert page["page_info"] == {"total_count": 0, "current_page": 0, "total_pages": 0, "page_size": 0}
    assert shaper.example(str, "created_at", {}) == iso(NOW)
    assert shaper.example(str, "as_of_date", {}) == "2026-03-04"
    assert shaper.example(str, "currency", {"currency": "EUR"}) == "EUR"
    assert uuid.UUID(shaper.example(str, "vendor_id", {}))
    assert OAuth2TokenResponse.from_dict(shaper.shape(OAuth2TokenResponse, {})).token_type == "Bearer"


def test_a_related_record_is_embedded() -> None:
    customer = {"id": "c-1", "company_name": "Acme"}
    shaper = Shaper(NOW, lambda name, id_: customer if (name, id_) == ("customer", "c-1") else None)
    invoice = shaper.shape(Invoice, {"id": "i-1", "customer_id": "c-1"})
    assert invoice == {"id": "i-1", "customer": customer}


def test_body_errors_name_each_field() -> None:
    errors = field_errors(CreateBusinessRequest, {"legal_name": 5, "entity_type": "limited", "po": "PO-7"})
    assert errors == {
        "external_id": ["required by CreateBusinessRequest, missing"],
        "legal_name": ["expected str, got 5"],
        "email": ["required by CreateBusinessRequest, missing"],
    }
    nested = field_errors(CreateInvoiceRequest, {"line_items": [{"quantity": "two"}], "customer_id": "c"})
    assert nested == {"line_items.quantity": ["expected float, got 'two'"], "customer_id": ["expected UUID, got 'c'"]}
    assert field_errors(CreateInvoiceRequest, {"line_items": [{"quantity": 2, "colour": "red"}]}) == {}
    assert field_errors(CreateInvoiceRequest, [1]) == {"non_field_errors": ["expected a JSON object, got list"]}


def test_the_known_part_of_a_body_drops_undeclared_keys_at_every_level() -> None:
    body = {"line_items": [{"quantity": 2, "colour": "red"}], "metadata": {"free": 1}, "po": "x"}
    assert known_part(CreateInvoiceRequest, body) == {"line_items": [{"quantity": 2}], "metadata": {"free": 1}}


def test_small_helpers() -> None:
    assert singular("bill-payments") == "bill_payment"
    assert singular("business") == "business"
    assert singular("businesses") == "business"
    assert singular("entries") == "entry"
    assert singular("refunds") == "refund"
    assert is_primitive(str | None)
    assert not is_primitive(list[str])
    assert iso(dt.datetime(2026, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))) == "2026-01-01T00:00:00Z"


# the fake, request by request ------------------------------------------------------------------
def basic(fake: FakeThredfi, key: str | None = None) -> str:
    return "Basic " + base64.b64encode(f"{fake.partner_uuid}:{key or fake.api_key}".encode()).decode()


def send(fake: FakeThredfi, method: str, path: str, token: str | None = None, **kwargs: Any) -> httpx.Response:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return fake.serve(httpx.Request(method, f"{TEST_BASE_URL}{path}", headers=headers, **kwargs))


def partner_token(fake: FakeThredfi) -> str:
    response = fake.serve(
        httpx.Request(
            "POST",
            f"{TEST_BASE_URL}/v1/platform/oauth2/token/",
            headers={"Authorization": basic(fake)},
            data={"grant_type": "client_credentials"},
        )
    )
    assert response.status_code == 200
    return str(response.json()["access_token"])


def business_token(fake: FakeThredfi, business: str) -> httpx.Response:
    return send(fake, "POST", f"/v1/platform/{business}/oauth2/token/", partner_token(fake))


@pytest.fixture
def fake() -> FakeThredfi:
    return FakeThredfi(clock=lambda: NOW)


@pytest.fixture
def business(fake: FakeThredfi) -> str:
    return fake.add_business(legal_name="Acme Ltd", base_currency="EUR")


@pytest.fixture
def token(fake: FakeThredfi) -> str:
    return partner_token(fake)


def test_the_partner_token_needs_the_fakes_credentials(fake: FakeThredfi) -> None:
    path = f"{TEST_BASE_URL}/v1/platform/oauth2/token/"
    form = {"grant_type": "client_credentials"}
    wrong = fake.serve(httpx.Request("POST", path, headers={"Authorization": basic(fake, "other")}, data=form))
    assert wrong.status_code == 401
    assert wrong.json()["error_code"] == "invalid_client"
    garbled = fake.serve(httpx.Request("POST", path, headers={"Authorization": "Basic !!"}, data=form))
    assert garbled.status_code == 401
    grant = fake.serve(httpx.Request("POST", path, headers={"Authorization": basic(fake)}, data={"grant_type": "x"}))
    assert grant.status_code == 400
    assert grant.json()["detail"]["field_errors"] == {"grant_type": ["must be client_credentials"]}
    body = fake.serve(httpx.Request("POST", path, headers={"Authorization": basic(fake)}, data=form)).json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert "business_id" not in body


def test_business_tokens_need_a_partner_token_and_a_business(fake: FakeThredfi, business: str) -> None:
    issued = business_token(fake, business)
    assert issued.status_code == 200
    assert issued.json()["business_id"] == business
    assert business_token(fake, str(uuid.uuid4())).status_code == 404
    scoped = issued.json()["access_token"]
    assert send(fake, "POST", f"/v1/platform/{business}/oauth2/token/", scoped).status_code == 401
    assert send(fake, "POST", f"/v1/platform/{business}/oauth2/token/").status_code == 401


def test_calls_need_a_token_the_fake_issued(fake: FakeThredfi, business: str, token: str) -> None:
    vendors = f"/v1/platform/businesses/{business}/vendors/"
    missing = send(fake, "GET", vendors)
    assert (missing.status_code, missing.json()["error_code"]) == (401, "not_authenticated")
    assert send(fake, "GET", vendors, "made-up").json()["error_code"] == "invalid_token"
    assert send(fake, "GET", vendors, token).status_code == 200
    fake.revoke_tokens()
    assert send(fake, "GET", vendors, token).status_code == 401


def test_a_business_token_serves_its_business_only(fake: FakeThredfi, business: str) -> None:
    other = fake.add_business()
    scoped = business_token(fake, business).json()["access_token"]
    assert send(fake, "GET", f"/v1/platform/businesses/{business}/vendors/", scoped).status_code == 200
    denied = send(fake, "GET", f"/v1/platform/businesses/{other}/vendors/", scoped)
    assert (denied.status_code, denied.json()["error_code"]) == (403, "permission_denied")
    assert send(fake, "GET", "/v1/platform/businesses/", scoped).status_code == 403  # partner level


def test_errors_carry_the_request_id(fake: FakeThredfi, token: str) -> None:
    response = send(fake, "GET", "/v1/platform/nowhere/", token, headers={"X-Request-ID": "req-7"})
    assert response.status_code == 404
    assert response.json()["request_id"] == "req-7"
    assert response.headers["X-Request-ID"] == "req-7"
    assert send(fake, "GET", "/v1/platform/businesses/", token).headers["X-Request-ID"].startswith("fake-")


def test_an_unknown_business_or_parent_is_a_404(fake: FakeThredfi, business: str, token: str) -> None:
    unknown = send(fake, "GET", f"/v1/platform/businesses/{uuid.uuid4()}/vendors/", token)
    assert (unknown.status_code, unknown.json()["message"]) == (404, "Business not found")
    refund_payments = f"/v1/platform/businesses/{business}/invoices/refunds/{uuid.uuid4()}/payments/"
    assert send(fake, "GET", refund_payments, token).json()["message"] == "Refund not found"


def test_bodies_are_checked_against_the_spec(fake: FakeThredfi, business: str, token: str) -> None:
    vendors = f"/v1/platform/businesses/{business}/vendors/"
    bad = send(fake, "POST", vendors, token, json={"company_name": 5})
    assert bad.status_code == 400
    assert bad.json()["error_code"] == "validation_error"
    assert bad.json()["detail"]["field_errors"] == {"company_name": ["expected str, got 5"]}
    not_json = send(fake, "POST", vendors, token, content=b"{", headers={"Content-Type": "application/json"})
    assert not_json.json()["detail"]["field_errors"] == {"non_field_errors": ["The body is not valid JSON"]}
    empty = send(fake, "POST", vendors, token)
    assert empty.json()["detail"]["field_errors"] == {"non_field_errors": ["A request body is required"]}
    kept = send(fake, "POST", vendors, token, json={"company_name": "Acme", "po_number": "PO-7"})
    assert kept.status_code == 201
    assert "po_number" not in kept.json()
    assert fake.records("vendors.list", business)[0]["po_number"] == "PO-7"  # but stored


def test_a_create_stores_defaults_and_start_state(fake: FakeThredfi, business: str, token: str) -> None:
    created = send(fake, "POST", f"/v1/platform/businesses/{business}/customers/", token, json={"company_name": "A"})
    body = created.json()
    assert created.status_code == 201
    assert body["tax_exempt"] is False  # the spec's default
    assert (body["status"], body["is_archived"], body["archived_at"]) == ("ACTIVE", False, None)
    assert body["created_at"] == body["updated_at"] == "2026-03-04T05:06:07Z"
    assert body["display_name"] == "A"
    assert body["type"] == "customer"
    assert Customer.from_dict(body).id == body["id"]


def test_external_id_makes_a_create_idempotent(fake: FakeThredfi, business: str, token: str) -> None:
    path = f"/v1/platform/businesses/{business}/vendors/"
    first = send(fake, "POST", path, token, json={"company_name": "A", "external_id": "x-1"})
    again = send(fake, "POST", path, token, json={"company_name": "B", "external_id": "x-1"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert len(fake.records("vendors.list", business)) == 1


def test_a_payout_with_a_known_external_id_is_updated(fake: FakeThredfi, business: str, token: str) -> None:
    path = f"/v1/platform/businesses/{business}/payouts/"
    send(fake, "POST", path, token, json={"external_id": "po-1", "memo": "first"})
    updated = send(fake, "POST", path, token, json={"external_id": "po-1", "memo": "second"})
    assert updated.status_code == 200
    assert updated.json()["memo"] == "second"
    payout_id = updated.json()["id"]
    fake.records("payouts.list", business)  # a copy: changing it changes nothing
    fake.add("payouts.list", business, external_id="po-2", reconciliation_status="reconciled")
    refused = send(fake, "POST", path, token, json={"external_id": "po-2"})
    assert refused.status_code == 409
    assert next(r["id"] for r in fake.records("payouts.list", business)) == payout_id


def test_an_idempotency_key_replays_the_first_answer(fake: FakeThredfi, business: str, token: str) -> None:
    path = f"/v1/platform/businesses/{business}/bills/payments/"
    body = {"vendor_id": str(uuid.uuid4()), "amount_cents": 100}
    first = send(fake, "POST", path, token, json=body, headers={"Idempotency-Key": "k-1"})
    again = send(fake, "POST", path, token, json=body, headers={"Idempotency-Key": "k-1"})
    other = send(fake, "POST", path, token, json=body, headers={"Idempotency-Key": "k-2"})
    assert first.json() == again.json()
    assert first.status_code == again.status_code == 201
    assert other.json()["id"] != first.json()["id"]
    assert [r["idempotency_key"] for r in fake.records("bill_payments.list", business)] == ["k-1", "k-2"]


def test_child_accounts_live_under_their_parent(fake: FakeThredfi, business: str, token: str) -> None:
    accounts = f"/v1/platform/businesses/{business}/general-ledger/chart-of-accounts/"
    parent = send(fake, "POST", accounts, token, json={"code": "1000", "name": "Assets"}).json()
    child = send(fake, "POST", f"{accounts}{parent['id']}/children/", token, json={"code": "1010", "name": "Bank"})
    assert child.status_code == 201
    assert (child.json()["parent_account_code"], child.json()["hierarchy_level"]) == ("1000", 1)
    assert send(fake, "GET", f"{accounts}{parent['id']}/", token).json()["has_children"] is True
    listed = send(fake, "GET", accounts, token, params={"parent": parent["id"]}).json()
    assert [a["code"] for a in listed["results"]] == ["1010"]
    assert send(fake, "POST", f"{accounts}{uuid.uuid4()}/children/", token, json={}).status_code == 404
    refused = send(fake, "DELETE", f"{accounts}{parent['id']}/", token)
    assert refused.status_code == 409
    archived = send(fake, "DELETE", f"{accounts}{child.json()['id']}/", token)
    assert archived.status_code == 200
    assert archived.json()["is_active"] is False
    assert send(fake, "DELETE", f"{accounts}{parent['id']}/", token).status_code == 200
    fake.add("general_ledger.list_chart_of_accounts", business, code="2000", current_balance=5)
    [funded] = [a for a in fake.records("general_ledger.list_chart_of_accounts", business) if a["code"] == "2000"]
    assert (
        send(fake, "DELETE", f"{accounts}{funded['id']}/", token)
        .json()["message"]
        .endswith("balance cannot be archived")
    )


def test_vendor_refund_payments_move_as_documented(fake: FakeThredfi, business: str, token: str) -> None:
    payments = f"/v1/platform/businesses/{business}/vendor-refunds/payments/"
    created = send(fake, "POST", payments, token, json={"vendor_id": str(uuid.uuid4()), "total_amount_cents": 900})
    result = created.json()
    assert result["payment"]["status"] == "pending"
    assert result["refund"]["total_refunded_amount"] == 900
    [refund] = fake.records("vendor_refunds.list", business)
    assert refund["id"] == result["refund"]["id"] == result["payment"]["refund_id"]
    payment = result["payment"]["id"]
    assert send(fake, "PATCH", f"{payments}{payment}/", token, json={"status": "processing"}).status_code == 200
    refused = send(fake, "PATCH", f"{payments}{payment}/", token, json={"status": "pending"})
    assert (refused.status_code, refused.json()["message"]) == (409, "Cannot change status from processing to pending")
    assert send(fake, "POST", f"{payments}{payment}/delete/", token).status_code == 409  # only pending/failed
    assert send(fake, "PATCH", f"{payments}{payment}/", token, json={"status": "failed"}).status_code == 200
    cancelled = send(fake, "POST", f"{payments}{payment}/delete/", token).json()
    assert cancelled["status"] == "cancelled"
    assert cancelled["refund_id"] == refund["id"]
    assert cancelled["message"] == "Vendor refund payment cancelled"


def test_lists_validate_their_page_parameters(fake: FakeThredfi, business: str, token: str) -> None:
    vendors = f"/v1/platform/businesses/{business}/vendors/"
    bad = send(fake, "GET", vendors, token, params={"page": "0", "page_size": "101"})
    assert bad.json()["detail"]["field_errors"] == {
        "page": ["must be an integer of at least 1"],
        "page_size": ["must be an integer of at least 1 and at most 100"],
    }
    assert send(fake, "GET", vendors, token, params={"page": "x"}).status_code == 400
    empty = send(fake, "GET", vendors, token).json()
    assert empty == {
        "results": [],
        "count": 0,
        "page_info": {"total_count": 0, "current_page": 1, "total_pages": 1, "page_size": 20},
        "next": None,
        "previous": None,
    }
    past = send(fake, "GET", vendors, token, params={"page": "2"})
    assert (past.status_code, past.json()["message"]) == (404, "Invalid page.")


@pytest.mark.parametrize(
    ("style", "keys"),
    [
        ("both", {"count", "page_info", "next", "previous"}),
        ("page_info", {"count", "page_info"}),
        ("drf", {"count", "next", "previous"}),
    ],
)
def test_page_styles(style: Any, keys: set[str]) -> None:
    fake = FakeThredfi(page_style=style)
    business = fake.add_business()
    for index in range(3):
        fake.add("vendors.list", business, company_name=f"V{index}")
    page = send(
        fake, "GET", f"/v1/platform/businesses/{business}/vendors/", partner_token(fake), params={"page_size": 2}
    )
    assert set(page.json()) == keys | {"results"}
    if "next" in keys:
        assert httpx.URL(page.json()["next"]).params["page"] == "2"


def test_a_page_style_is_checked() -> None:
    with pytest.raises(ValueError, match="page_style"):
        FakeThredfi(page_style="xml")  # type: ignore[arg-type]


def test_filters_are_read_from_the_list_and_its_records() -> None:
    assert filters(by_id()["list_vendors"]) == {
        "external_id": "equals",
        "external_id_contains": "contains",
        "include_archived": "archived",
        "name": "name",
        "name_contains": "name contains",
    }
    assert filters(by_id()["list_businesses"]) == {
        "country": "equals",
        "entity_type": "equals",
        "is_archived": "equals",
    }
    assert filters(by_id()["list_chart_of_accounts"])["parent"] == "equals id"
    assert filters(by_id()["list_invoice_payments"])["search"] == "ignored"


def test_seeding_checks_what_it_is_given(fake: FakeThredfi, business: str) -> None:
    with pytest.raises(ValueError, match="no business"):
        fake.add("vendors.list", uuid.uuid4(), company_name="A")
    with pytest.raises(ValueError, match="under a business_id"):
        fake.add("vendors.list", company_name="A")
    with pytest.raises(ValueError, match="under a refund_id"):
        fake.add("refund_payments.list", business)
    with pytest.raises(ValueError, match="no collection"):
        fake.add("get_partner_token")
    record = fake.add("bank_accounts.list", business, display_name="Main", balance_cents=10)
    assert record["display_name"] == "Main"
    assert uuid.UUID(record["id"])
    refund = fake.add("refunds.list", business)
    fake.add("refund_payments.list", business, refund_id=refund["id"], memo="m")
    assert [r["memo"] for r in fake.records("refund_payments.list", business, refund_id=refund["id"])] == ["m"]


def test_respond_fixes_an_answer_until_cleared(fake: FakeThredfi, business: str, token: str) -> None:
    vendors = f"/v1/platform/businesses/{business}/vendors/"
    fake.respond("vendors.list", {"results": [], "count": 99})
    assert send(fake, "GET", vendors, token).json() == {"results": [], "count": 99}
    assert send(fake, "GET", vendors).status_code == 401  # the token is still checked
    fake.respond("vendors.list", httpx.Response(418))
    assert send(fake, "GET", vendors, token).status_code == 418
    fake.respond("vendors.list", lambda request: httpx.Response(202, json={"path": request.url.path}))
    assert send(fake, "GET", vendors, token).json() == {"path": vendors}
    fake.respond("vendors.list", None, status=204)
    assert send(fake, "GET", vendors, token).status_code == 204
    fake.respond(
        "vendors.list", BillPaymentCancelResponse(message="m", payment_id=uuid.UUID(int=1), status="s", updated_at=NOW)
    )
    assert send(fake, "GET", vendors, token).json()["message"] == "m"
    fake.clear_responses()
    assert send(fake, "GET", vendors, token).json()["count"] == 0


def test_the_fakes_records_are_copies(fake: FakeThredfi, business: str) -> None:
    fake.add("vendors.list", business, company_name="A")
    fake.records("vendors.list", business)[0]["company_name"] = "changed"
    assert fake.records("vendors.list", business)[0]["company_name"] == "A"


# faults --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "a fault needs"),
        ({"status": 99}, "status must be"),
        ({"reset": True, "refuse": True}, "exclude each other"),
        ({"delay": -1}, "delay must be"),
        ({"status": 500, "times": 0}, "times must be"),
    ],
)
def test_a_fault_is_checked(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FakeThredfi().fail("vendors.list", **kwargs)


def vendors_request(fake: FakeThredfi, business: str, token: str, timeout: float | None = None) -> httpx.Request:
    request = httpx.Request(
        "GET",
        f"{TEST_BASE_URL}/v1/platform/businesses/{business}/vendors/",
        headers={"Authorization": f"Bearer {token}"},
    )
    if timeout is not None:
        request.extensions["timeout"] = {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    return request


@pytest.mark.anyio
async def test_faults_queue_and_run_out(fake: FakeThredfi, business: str, token: str) -> None:
    fake.fail("vendors.list", status=503, headers={"Retry-After": "1"}, times=2)
    fake.fail(delete_bill_payment, status=400)
    fake.fail("vendors.list", status=418, body={"custom": True})
    first = await fake.handler(vendors_request(fake, business, token))
    second = await fake.handler(vendors_request(fake, business, token))
    assert (first.status_code, second.status_code, first.headers["Retry-After"]) == (503, 503, "1")
    assert first.json() == {"error_code": "server_error", "message": "Injected fault (503)", "detail": {}}
    assert (await fake.handler(vendors_request(fake, business, token))).json() == {"custom": True}
    assert (await fake.handler(vendors_request(fake, business, token))).status_code == 200
    assert list(fake._faults["delete_bill_payment"])  # another operation's fault is untouched


@pytest.mark.anyio
async def test_connection_faults_raise_httpx_errors(fake: FakeThredfi, business: str, token: str) -> None:
    fake.fail("vendors.list", refuse=True)
    fake.fail("vendors.list", reset=True)
    fake.fail("vendors.list", delay=5.0)
    with pytest.raises(httpx.ConnectError, match="refused"):
        await fake.handler(vendors_request(fake, business, token))
    with pytest.raises(httpx.ReadError, match="reset"):
        await fake.handler(vendors_request(fake, business, token))
    with pytest.raises(httpx.ReadTimeout):
        await fake.handler(vendors_request(fake, business, token, timeout=0.001))
    fake.fail("vendors.list", delay=0.0, times=None)
    assert (await fake.handler(vendors_request(fake, business, token, timeout=1.0))).status_code == 200
    assert fake.operation_of(fake.requests[-1]) == "list_vendors"
    assert len(fake.calls) == 4


@pytest.mark.anyio
async def test_an_applied_fault_changes_the_state(fake: FakeThredfi, business: str, token: str) -> None:
    fake.fail("vendors.create", reset=True, applied=True)
    request = httpx.Request(
        "POST",
        f"{TEST_BASE_URL}/v1/platform/businesses/{business}/vendors/",
        headers={"Authorization": f"Bearer {token}"},
        json={"company_name": "Kept"},
    )
    with pytest.raises(httpx.ReadError):
        await fake.handler(request)
    assert [v["company_name"] for v in fake.records("vendors.list", business)] == ["Kept"]
    fake.fail("vendors.create", status=500, applied=True)
    assert (await fake.handler(request)).status_code == 500
    assert len(fake.records("vendors.list", business)) == 2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# the docs ------------------------------------------------------------------------------------
def test_the_docs_table_is_the_fakes() -> None:
    docs = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    assert semantics_table() in docs, "docs/testing.md: paste thredfi._fake.semantics_table() over the table"


def test_each_kind_is_described() -> None:
    described = {op.operation_id: describe(op) for op in operations()}
    assert described["void_invoice"] == ("action", '`status` "VOIDED", `voided_at` now; fields sent are merged')
    assert described["get_ar_aging"][0] == "generic"
    assert described["delete_customer_credit"][1].startswith("removes it")
    assert "Idempotency-Key" in described["create_bill_payment"][1]
    assert "409 once reconciled" in described["create_payout"][1]
    assert "pending → cancelled/completed/failed/processing" in described["update_vendor_refund_payment"][1]
    assert {kind for kind, _ in described.values()} == {
        "token",
        "create",
        "list",
        "get",
        "update",
        "delete",
        "action",
        "generic",
    }


# no real calls -------------------------------------------------------------------------------
class Recorder:
    """Stands in for the resolver: records each lookup, answers none (nothing leaves the machine)."""

    def __init__(self) -> None:
        self.hosts: list[object] = []

    def __call__(self, host: object, *args: object, **kwargs: object) -> Any:
        self.hosts.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "recorded, not resolved")


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    recorder = Recorder()
    monkeypatch.setattr(socket, "getaddrinfo", recorder)
    yield recorder
    assert not _guard.installed()


@pytest.mark.parametrize(
    ("host", "real"),
    [
        ("sandbox.thredfi.com", True),
        ("BACKEND.Thredfi.COM.", True),
        (b"thredfi.com", True),
        ("api.thredfi.invalid", False),
        ("thredfi.com.evil.example", False),
        ("notthredfi.com", False),
        (None, False),
    ],
)
def test_which_hosts_are_thredfis(host: object, real: bool) -> None:
    assert is_real_thredfi(host) is real


def test_a_thredfi_name_is_refused_before_the_resolver(resolver: Recorder) -> None:
    with (
        no_real_calls(),
        pytest.raises(RealThredfiCallError, match=r"'sandbox\.thredfi\.com' was blocked before any DNS"),
    ):
        socket.getaddrinfo("sandbox.thredfi.com", 443)
    assert resolver.hosts == []
    with no_real_calls(), pytest.raises(socket.gaierror):
        socket.getaddrinfo("example.invalid", 443)  # another name: resolved as usual
    assert resolver.hosts == ["example.invalid"]
    assert not issubclass(RealThredfiCallError, OSError)  # no client retries it as a network failure
    assert thredfi.testing.RealThredfiCallError is RealThredfiCallError


def test_the_event_loops_and_aiohttps_resolvers_are_refused_too(resolver: Recorder) -> None:
    async def lookups() -> list[str]:
        refused = []
        loop = asyncio.get_running_loop()
        for lookup in (
            loop.getaddrinfo("backend.thredfi.com", 443),
            aiohttp.resolver.ThreadedResolver().resolve("staging-backend.thredfi.com", 443),
        ):
            try:
                await lookup
            except RealThredfiCallError:
                refused.append("refused")
        return refused

    with no_real_calls():
        assert asyncio.run(lookups()) == ["refused", "refused"]
    assert resolver.hosts == []


def test_the_guard_nests_and_restores(resolver: Recorder) -> None:
    original_resolve = aiohttp.resolver.ThreadedResolver.resolve
    with no_real_calls():
        with no_real_calls():
            assert _guard.installed()
        assert _guard.installed()
        assert socket.getaddrinfo is not resolver
    assert socket.getaddrinfo is resolver
    assert aiohttp.resolver.ThreadedResolver.resolve is original_resolve
    _guard.uninstall()  # one too many: nothing happens
    assert socket.getaddrinfo is resolver
