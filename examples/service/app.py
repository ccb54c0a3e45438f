"""A small FastAPI service that calls Thredfi, written as a partner would.

- one ``ThredfiClient`` for the app's lifetime (created and closed by the lifespan);
- a middleware binds each incoming ``X-Request-ID`` (or a fresh one) with
  ``thredfi.request_context``, so every Thredfi request made for it carries the same id, and
  echoes it on the response;
- three endpoints through the resource client: cancel a bill payment (a seed operation), list
  vendors (pages fetched as the loop needs them, up to ``limit``), create a bill payment (with
  the caller's ``Idempotency-Key``, or one the SDK makes);
- SDK errors become HTTP answers with the request id in the body (``error_response``): 404,
  409 and 400/422 (as 422) pass through; rate limits and token outages are 503, refused
  credentials and Thredfi failures 502, timeouts 504.

Run it (``pip install thredfi fastapi uvicorn``)::

    THREDFI_PARTNER_UUID=... THREDFI_API_KEY=... uvicorn --app-dir examples/service app:app
"""

from __future__ import annotations

import email.utils
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import thredfi
from fastapi import FastAPI, Header, Request, Response
from fastapi.responses import JSONResponse
from thredfi_api.models import BillPaymentCancelResponse, BillPaymentDetail, CreateBillPaymentRequest

REQUEST_ID_HEADER = "X-Request-ID"
MAX_VENDORS = 1000


# The Thredfi calls, one small function each (they take the client, so tests and other
# transports can pass theirs).
async def cancel_bill_payment(
    client: thredfi.ThredfiClient, business_id: uuid.UUID, payment_id: uuid.UUID
) -> BillPaymentCancelResponse:
    return await client.for_business(business_id).bill_payments.delete(payment_id)


async def vendor_names(client: thredfi.ThredfiClient, business_id: uuid.UUID, limit: int) -> list[dict[str, Any]]:
    vendors: list[dict[str, Any]] = []
    async for vendor in client.for_business(business_id).vendors.list():  # every page, as needed
        vendors.append({"id": str(vendor.id), "company_name": vendor.company_name})
        if len(vendors) >= limit:
            break
    return vendors


async def pay_bill(
    client: thredfi.ThredfiClient,
    business_id: uuid.UUID,
    payment: CreateBillPaymentRequest,
    idempotency_key: str | None,
) -> BillPaymentDetail:
    payments = client.for_business(business_id).bill_payments
    if idempotency_key is None:  # the SDK makes one, the same on every retry of this call
        return await payments.create(body=payment)
    # the caller's own key: its retries of this request are deduplicated too
    return await payments.create(body=payment, idempotency_key=idempotency_key)


def retry_after(exc: thredfi.APIStatusError) -> dict[str, str]:
    """Thredfi's ``Retry-After`` (seconds or an HTTP date), passed on when it is one."""
    value = (exc.response.headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return {"Retry-After": value}
    try:
        email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return {}
    return {"Retry-After": value}


def error_response(exc: thredfi.ThredfiError) -> JSONResponse:
    """An SDK error as this service's HTTP answer, with the caller's request id in the body.

    What the caller can fix or act on passes through (404, 409, 400/422 as 422 with Thredfi's
    detail); what is Thredfi's or this service's trouble is a 5xx with a plain message: 503 (with
    Thredfi's Retry-After) when Thredfi asks to slow down or cannot issue a token right now, 502
    when Thredfi refuses this service's credentials, fails, or cannot be reached, 504 when it does
    not answer in time. ``maybe_applied`` tells the caller a retry should reuse its Idempotency-Key.
    """
    status, error, message = 502, "thredfi_error", "Thredfi could not complete the request"
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    if isinstance(exc, thredfi.TokenError):  # a token endpoint's answer, whatever its status
        if exc.status_code == 429 or exc.status_code >= 500:
            status, error, message = 503, "thredfi_unavailable", "Thredfi cannot issue a token right now; retry later"
            headers = retry_after(exc)
        elif exc.status_code >= 400:  # else a 2xx without a usable token: a Thredfi failure
            error, message = "thredfi_auth_failed", "Thredfi refused this service's credentials"
    elif isinstance(exc, thredfi.AuthenticationError | thredfi.PermissionDeniedError):
        error, message = "thredfi_auth_failed", "Thredfi refused this service's credentials"
    elif isinstance(exc, thredfi.NotFoundError):
        status, error, message = 404, "not_found", exc.message
    elif isinstance(exc, thredfi.ConflictError):
        status, error, message = 409, "conflict", exc.message
    elif isinstance(exc, thredfi.BadRequestError | thredfi.UnprocessableEntityError):
        status, error, message = 422, "invalid_request", exc.message
        body["detail"] = exc.detail
    elif isinstance(exc, thredfi.RateLimitError):
        status, error, message = 503, "rate_limited", "Thredfi is rate limiting this service; retry later"
        headers = retry_after(exc)
    elif isinstance(exc, thredfi.APITimeoutError):  # before APIConnectionError: a subclass of it
        status, error, message = 504, "thredfi_timeout", "Thredfi did not answer in time"
    elif isinstance(exc, thredfi.APIConnectionError):
        error, message = "thredfi_unreachable", "Thredfi could not be reached"
    body = {"error": error, "message": message, "request_id": thredfi.current_request_id(), **body}
    if isinstance(exc, thredfi.APIStatusError):
        body["thredfi_status"] = exc.status_code
    thredfi_request_id = getattr(exc, "request_id", None)
    if thredfi_request_id and thredfi_request_id != body["request_id"]:
        body["thredfi_request_id"] = thredfi_request_id
    if status >= 500 and getattr(exc, "maybe_applied", False):
        body["maybe_applied"] = True  # an attempt may have been acted on: retry with the same key
    return JSONResponse(body, status_code=status, headers=headers)


def create_app(**client_options: Any) -> FastAPI:
    """The service; ``client_options`` go to ``ThredfiClient`` (credentials default to the environment)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with thredfi.ThredfiClient(**client_options) as client:
            app.state.thredfi = client
            yield

    app = FastAPI(title="Thredfi example service", lifespan=lifespan)

    def thredfi_client(request: Request) -> thredfi.ThredfiClient:
        client: thredfi.ThredfiClient = request.app.state.thredfi
        return client

    @app.middleware("http")
    async def bind_request_id(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        # an incoming id the SDK cannot send is replaced by a fresh one: never a 500 for a header
        with thredfi.request_context(request.headers.get(REQUEST_ID_HEADER), untrusted=True) as request_id:
            response = await call_next(request)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response

    @app.exception_handler(thredfi.ThredfiError)
    async def thredfi_error(request: Request, exc: thredfi.ThredfiError) -> JSONResponse:
        return error_response(exc)

    @app.post("/businesses/{business_id}/bill-payments/{payment_id}/cancel")
    async def cancel(business_id: uuid.UUID, payment_id: uuid.UUID, request: Request) -> dict[str, Any]:
        cancelled = await cancel_bill_payment(thredfi_client(request), business_id, payment_id)
        return cancelled.to_dict()

    @app.get("/businesses/{business_id}/vendors")
    async def vendors(business_id: uuid.UUID, request: Request, limit: int = 100) -> dict[str, Any]:
        found = await vendor_names(thredfi_client(request), business_id, max(1, min(limit, MAX_VENDORS)))
        return {"vendors": found}

    @app.post("/businesses/{business_id}/bill-payments", status_code=201)
    async def create(
        business_id: uuid.UUID,
        payment: dict[str, Any],
        request: Request,
        idempotency_key: str | None = Header(default=None),
    ) -> Any:
        try:
            body = CreateBillPaymentRequest.from_dict(payment)
        except (KeyError, TypeError, ValueError) as exc:
            return JSONResponse(
                {"error": "invalid_payment", "message": str(exc), "request_id": thredfi.current_request_id()},
                status_code=422,
            )
        created = await pay_bill(thredfi_client(request), business_id, body, idempotency_key)
        return created.to_dict()

    return app


app = create_app()
