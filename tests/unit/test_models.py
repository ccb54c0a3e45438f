"""The generated models' runtime (``thredfi._models``): each drift kind, what is kept, inputs, repr."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from thredfi._models import ResponseDrift, jsonable, parsing
from thredfi_api.models import (
    BillPaymentCancelResponse,
    CreateAccountRequest,
    CreateInvoiceRequest,
    InvoiceLineItemRequest,
    PaginatedVendorList,
    Vendor,
)
from thredfi_api.types import UNSET

GOOD = {
    "message": "cancelled",
    "payment_id": "0b7f6a3e-5d2c-4e1b-9a8f-7c6d5e4f3a2b",
    "status": "cancelled",
    "updated_at": "2026-11-21T10:00:00+00:00",
}


def lenient(model: Any, data: dict[str, Any]) -> tuple[Any, list[ResponseDrift]]:
    with parsing("lenient") as drifts:
        value = model.from_dict(data)
    return value, drifts


def test_a_body_that_fits_parses_typed_with_no_drift() -> None:
    value, drifts = lenient(BillPaymentCancelResponse, GOOD)
    assert drifts == []
    assert value.payment_id == uuid.UUID(GOOD["payment_id"])
    assert value._thredfi_kept is None
    assert value.to_dict() == GOOD


@pytest.mark.parametrize(
    ("change", "field", "kind"),
    [
        ({"payment_id": "bp_123"}, "payment_id", "invalid value"),
        ({"updated_at": "yesterday"}, "updated_at", "invalid value"),
        ({"status": 5}, "status", "wrong type"),
        ({"message": None}, "message", "wrong type"),
    ],
)
def test_a_value_that_does_not_fit_is_kept_as_received_and_reported(
    change: dict[str, Any], field: str, kind: str
) -> None:
    data = GOOD | change
    value, drifts = lenient(BillPaymentCancelResponse, data)
    assert [(d.model, d.field, d.kind) for d in drifts] == [("BillPaymentCancelResponse", field, kind)]
    assert getattr(value, field) == change[field]  # the value received, as received
    assert value.to_dict() == data  # exactly what arrived
    assert json.loads(value.to_json()) == data
    others = {k for k in GOOD if k != field}
    assert all(not isinstance(getattr(value, k), str) or k in ("message", "status") for k in others)


def test_a_missing_required_field_reads_as_absent_and_is_not_invented() -> None:
    data = {k: v for k, v in GOOD.items() if k != "status"}
    value, drifts = lenient(BillPaymentCancelResponse, data)
    assert [(d.field, d.kind) for d in drifts] == [("status", "missing required field")]
    assert value.status is UNSET
    assert value.to_dict() == data


def test_unknown_fields_are_kept_and_reported() -> None:
    data = GOOD | {"new_field": {"a": 1}}
    value, drifts = lenient(BillPaymentCancelResponse, data)
    assert [(d.field, d.kind) for d in drifts] == [("new_field", "unknown field")]
    assert value["new_field"] == {"a": 1}
    assert value.to_dict() == data


def test_an_unknown_enum_value_is_kept_as_its_string() -> None:
    data = {"name": "Cash", "account_type": "crypto-asset", "code": "1000"}
    value, drifts = lenient(CreateAccountRequest, data)
    assert [(d.field, d.kind) for d in drifts] == [("account_type", "unknown enum value")]
    assert value.account_type == "crypto-asset"
    assert value.to_dict()["account_type"] == "crypto-asset"


def test_null_for_an_array_is_kept_and_reported() -> None:
    value, drifts = lenient(PaginatedVendorList, {"count": 0, "results": None})
    assert [(d.field, d.kind) for d in drifts] == [("results", "wrong type")]
    assert value.results is None
    assert value.to_dict() == {"count": 0, "results": None}


def test_a_drift_inside_a_nested_model_keeps_the_rest_of_the_list_typed() -> None:
    good = {"id": "v-1", "company_name": "Acme"}
    bad = good | {"transaction_tags": "not-a-list"}
    value, drifts = lenient(PaginatedVendorList, {"count": 2, "results": [good, bad]})
    assert [(d.model, d.field) for d in drifts] == [("Vendor", "transaction_tags")]
    assert all(isinstance(item, Vendor) for item in value.results)
    assert value.results[1].transaction_tags == "not-a-list"
    assert value.to_dict()["results"][1]["transaction_tags"] == "not-a-list"


def test_a_change_by_the_user_replaces_the_kept_value() -> None:
    value, _ = lenient(BillPaymentCancelResponse, GOOD | {"updated_at": "soon"})
    value.updated_at = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert value.to_dict()["updated_at"] == "2026-01-02T00:00:00+00:00"


def test_strict_mode_and_no_mode_raise_the_parsers_error() -> None:
    with parsing("strict"), pytest.raises(ValueError, match="hexadecimal"):
        BillPaymentCancelResponse.from_dict(GOOD | {"payment_id": "bp_123"})
    with pytest.raises(ValueError, match="hexadecimal"):
        BillPaymentCancelResponse.from_dict(GOOD | {"payment_id": "bp_123"})
    assert BillPaymentCancelResponse.from_dict(GOOD | {"status": 5}).status == 5  # no mode: types unchecked


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({"name": "Cash", "account_type": "asset", "code": 7}, TypeError, "code: expected str, got 7"),
        ({"name": "Cash", "account_type": "crypto", "code": "1"}, TypeError, "account_type: expected"),
        (
            {"name": "Cash", "account_type": "asset", "colour": "red"},
            TypeError,
            "colour: CreateAccountRequest has no such field",
        ),
    ],
)
def test_input_mode_names_the_field(data: dict[str, Any], error: type[Exception], message: str) -> None:
    with parsing("input"), pytest.raises(error, match=message):
        CreateAccountRequest.from_dict(data)


def test_input_mode_parses_ids_and_dates_given_as_text() -> None:
    with parsing("input"):
        invoice = CreateInvoiceRequest.from_dict(
            {"customer_id": "0b7f6a3e-5d2c-4e1b-9a8f-7c6d5e4f3a2b", "due_at": "2026-02-01T00:00:00+00:00"}
        )
    assert invoice.customer_id == uuid.UUID("0b7f6a3e-5d2c-4e1b-9a8f-7c6d5e4f3a2b")
    assert invoice.due_at == dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    with parsing("input"), pytest.raises(ValueError, match="customer_id: expected UUID, got 'acme'"):
        CreateInvoiceRequest.from_dict({"customer_id": "acme"})


def test_jsonable_turns_models_dicts_ids_and_dates_into_json_values() -> None:
    customer = uuid.uuid4()
    line = InvoiceLineItemRequest(description="Beer", quantity=2)
    value = {"customer_id": customer, "due_at": dt.date(2026, 1, 2), "line_items": [line, {"description": "Wine"}]}
    assert jsonable(value) == {
        "customer_id": str(customer),
        "due_at": "2026-01-02",
        "line_items": [{"description": "Beer", "quantity": 2, "discount_amount": 0}, {"description": "Wine"}],
    }
    with pytest.raises(TypeError, match=r"body\.amount: Decimal cannot be sent as JSON"):
        jsonable({"amount": __import__("decimal").Decimal("1.5")})
    with pytest.raises(TypeError, match="keys must be str"):
        jsonable({1: "a"})


def test_repr_shows_only_the_fields_present() -> None:
    vendor = Vendor(id="5b0f", company_name="Acme")
    assert repr(vendor) == "Vendor(id='5b0f', company_name='Acme')"
    value, _ = lenient(BillPaymentCancelResponse, GOOD | {"extra": 1})
    shown = repr(value)
    assert shown.startswith("BillPaymentCancelResponse(message='cancelled', payment_id='0b7f6a3e")
    assert shown.endswith("extra=1)")
    assert "Unset" not in repr(Vendor())
