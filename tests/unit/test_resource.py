"""The resource runtime (``thredfi._resource``) on its own: parsing a 2xx body, the request id an
error reports, body arguments, raw responses, and the client mixins' laziness."""

from __future__ import annotations

import subprocess
import sys
import uuid
from typing import Any

import httpx
import pytest
import thredfi
from thredfi._request import Reply, Request, RequestOptions, build_request
from thredfi._request_id import StampRequestId
from thredfi._resource import APIResource, RawAPIResource, parse_success, response_request_id
from thredfi_api.api.bill_payments import delete_bill_payment
from thredfi_api.models import BillPaymentCancelResponse, CreateVendorRequest

SECRET = "Bearer sk-live-secret-token-123"
GOOD = {"message": "ok", "payment_id": str(uuid.uuid4()), "status": "cancelled", "updated_at": "2026-01-01T00:00:00Z"}


def response(status: int, *, content: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers or {})


def sent(sent_id: str = "sent-1") -> Request:
    """The call's facts as the pipeline leaves them: the id sent, the credential it carried."""
    options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=0)
    call = build_request("https://api.example", options, "POST", "/x", headers={"Authorization": SECRET})
    StampRequestId().edit(call)
    call.request_id = call.headers["x-request-id"] = sent_id
    return call


def test_a_good_body_parses_into_its_model() -> None:
    import json

    value = parse_success(
        delete_bill_payment, response(200, content=json.dumps(GOOD).encode()), sent(), operation="op", returns="model"
    )
    assert isinstance(value, BillPaymentCancelResponse)


@pytest.mark.parametrize(
    ("headers", "content", "expected"),
    [
        ({"X-Request-ID": "srv-1"}, b'{"request_id": "body-1"}', "srv-1"),
        ({}, b'{"request_id": "body-1"}', "body-1"),
        ({}, b"<html>", "sent-1"),
        ({}, b'{"request_id": 7}', "sent-1"),
    ],
)
def test_the_request_id_is_the_servers_then_the_bodys_then_the_one_sent(
    headers: dict[str, str], content: bytes, expected: str
) -> None:
    with pytest.raises(thredfi.APIResponseValidationError) as info:
        parse_success(
            delete_bill_payment,
            response(200, content=content, headers=headers),
            sent(),
            operation="op",
            returns="model",
            strict=True,
        )
    assert info.value.request_id == expected


def test_a_response_without_request_has_no_sent_id() -> None:
    assert response_request_id(httpx.Response(200), None) is None


def test_the_error_never_carries_the_request_credentials() -> None:
    with pytest.raises(thredfi.APIResponseValidationError) as info:
        parse_success(
            delete_bill_payment,
            response(200, content=b"{}"),
            sent(),
            operation="delete_bill_payment",
            returns="model",
            strict=True,
        )
    error = info.value
    text = str(error) + repr(error) + error.body + error.reason
    assert "sk-live" not in text
    assert "KeyError" in error.reason
    assert error.status_code == 200
    assert error.operation == "delete_bill_payment"


def test_a_body_echoing_the_requests_credential_is_redacted() -> None:
    """The request's own credential, bare, and the values under credential keys, wherever they recur."""
    import json

    bare = SECRET.removeprefix("Bearer ")
    echoed = {"message": f"token {bare} rejected?", "session": {"refresh_token": "rt-9f8e7d6c"}, "note": "rt-9f8e7d6c"}
    with pytest.raises(thredfi.APIResponseValidationError) as info:
        parse_success(
            delete_bill_payment,
            response(200, content=json.dumps(echoed).encode()),
            sent(),
            operation="delete_bill_payment",
            returns="model",
            strict=True,
        )
    error = info.value
    text = " ".join([str(error), repr(error), error.body, error.reason])
    assert bare not in text
    assert "rt-9f8e7d6c" not in text
    assert error.body.count("[redacted]") == 3


def test_a_validation_error_built_by_hand_is_redacted_too() -> None:
    error = thredfi.APIResponseValidationError(
        status_code=200,
        request_id="Bearer leaked-in-an-id",
        operation="op",
        body='{"access_token": "at-1234 with space", "note": "was at-1234 with space, given-secret"}',
        reason="ValueError: 'at-1234 with space' is not a date",
        secrets=("given-secret",),
    )
    text = " ".join([str(error), repr(error), error.body, error.reason, str(error.request_id)])
    assert "at-1234" not in text
    assert "leaked-in-an-id" not in text
    assert "given-secret" not in text
    assert error.reason.startswith("ValueError: ")


def test_an_operation_without_a_model_ignores_the_body() -> None:
    assert (
        parse_success(delete_bill_payment, response(200, content=b"<html>"), sent(), operation="op", returns="none")
        is None
    )


def test_body_fields_or_model() -> None:
    built, upload = APIResource._body(CreateVendorRequest, None, {"company_name": "Acme"})
    assert isinstance(built, CreateVendorRequest)
    assert built.company_name == "Acme"
    assert upload is None  # no document file: the body stays JSON
    given = CreateVendorRequest(company_name="B")
    assert APIResource._body(CreateVendorRequest, given, {}) == (given, None)  # rebuilt, checked
    assert APIResource._body(CreateVendorRequest, {"company_name": "B"}, {}) == (given, None)
    with pytest.raises(TypeError, match="not both"):
        APIResource._body(CreateVendorRequest, given, {"email": "x"})
    with pytest.raises(TypeError, match=r"colour: CreateVendorRequest has no such field"):
        APIResource._body(CreateVendorRequest, None, {"colour": "red"})
    with pytest.raises(TypeError, match=r"colour: CreateVendorRequest.*extra_body"):
        APIResource._body(CreateVendorRequest, {"company_name": "B", "colour": "red"}, {})
    absent = object()
    assert APIResource._body(CreateVendorRequest, None, {}, absent=absent) == (absent, None)


@pytest.mark.parametrize("business_id", ["", ".", "..", " .. ", "a b", "a\nb", "x" * 513, 7, None, b"id"])
def test_a_bad_business_id_argument_is_refused(business_id: Any) -> None:
    with pytest.raises((ValueError, TypeError), match="business_id"):
        APIResource._id(business_id)


class Recorder:
    business_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

    def __init__(self, answer: httpx.Response) -> None:
        self.answer = answer
        self.calls: list[tuple[dict[str, Any], str]] = []

    async def _request(self, kwargs: dict[str, Any], *, operation: str, parse: Any = None, extras: Any = None) -> Reply:
        self.calls.append((kwargs, operation))
        call = sent()
        value = None if parse is None else parse(self.answer, call, strict=False, on_drift=None)
        return Reply(self.answer, value, call.request_id)

    def _list_prefetch(self) -> int:
        return 4

    def _request_id_of(self, reply: Reply) -> str | None:
        return reply.server_request_id("X-Request-ID")


@pytest.mark.asyncio
async def test_raw_resource_wraps_the_response() -> None:
    import json

    view = Recorder(response(200, content=json.dumps(GOOD).encode(), headers={"X-Request-ID": "srv-2"}))
    raw = await RawAPIResource(view)._call(delete_bill_payment, {"method": "post"}, operation="op", returns="model")
    assert isinstance(raw, thredfi.RawResponse)
    assert raw.request_id == "srv-2"
    assert isinstance(raw.parsed, BillPaymentCancelResponse)
    assert "sk-live" not in repr(raw)
    assert view.calls == [({"method": "post"}, "op")]


@pytest.mark.asyncio
async def test_the_client_views_expose_the_resources_and_send_through_request() -> None:
    async with thredfi.ThredfiClient(
        partner_uuid="0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d", api_key="k", base_url="http://127.0.0.1:9"
    ) as client:
        biz = client.for_business("3fa85f64-5717-4562-b3fc-2c963f66afa6")
        assert biz.vendors is biz.vendors  # one resource object per view
        assert client.vendors is not biz.vendors
        assert type(biz.vendors).__name__ == "VendorsResource"
        assert type(client.vendors).__name__ == "PartnerVendorsResource"
        assert type(biz.with_raw_response.vendors).__name__ == "VendorsResourceWithRawResponse"
        assert hasattr(client, "businesses")
        assert not hasattr(biz, "businesses")  # partner-level: only on the partner client
        assert not hasattr(client, "oauth_2_authentication_unscoped_and_scoped")


def test_import_thredfi_loads_no_resource_module_and_no_generated_client() -> None:
    code = "import sys, thredfi; print(sorted(m for m in sys.modules if m.startswith('thredfi_api.') or m == 'attrs'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['thredfi_api.api']"
    code = "import sys, thredfi; thredfi.ThredfiClient; print('thredfi_api.api.vendors' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
