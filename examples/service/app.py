"""A small FastAPI service that calls Thredfi, written as a partner would.

- one ``ThredfiClient`` for the app's lifetime (created and closed by the lifespan);
- a middleware binds each incoming ``X-Request-ID`` (or a fresh one) with
  ``thredfi.request_context``, so every Thredfi request made for it carries the same id, and
  echoes it on the response;
- three endpoints through the resource client: cancel a bill payment (a seed operation), list
  vendors (every page), create a bill payment (with the caller's ``Idempotency-Key``, or one
  the SDK makes);
- SDK errors become HTTP answers with the request id in the body.

Run it (``pip install thredfi fastapi uvicorn``)::

    THREDFI_PARTNER_UUID=... THREDFI_API_KEY=... uvicorn --app-dir examples/service app:app
"""

from __future__ import annotations

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


def error_response(exc: Exception) -> JSONResponse:
    """An SDK error as this service's HTTP answer."""
    status = 502
    if isinstance(exc, thredfi.NotFoundError):
        status = 404
    elif isinstance(exc, thredfi.BadRequestError | thredfi.UnprocessableEntityError):
        status = 422
    elif isinstance(exc, thredfi.APITimeoutError):  # before APIConnectionError: a subclass of it
        status = 504
    body: dict[str, Any] = {
        "error": getattr(exc, "error_code", None) or type(exc).__name__,
        "message": getattr(exc, "message", None) or str(exc),
        "request_id": thredfi.current_request_id(),
    }
    thredfi_request_id = getattr(exc, "request_id", None)
    if thredfi_request_id and thredfi_request_id != body["request_id"]:
        body["thredfi_request_id"] = thredfi_request_id
    return JSONResponse(body, status_code=status)


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
