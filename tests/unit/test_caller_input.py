"""Caller mistakes are clear errors before anything is sent, on every resource method (issue 25, item 2).

Parametrised over the generated resource classes, so a new operation is covered by itself:
every path id refuses ``None``, ``True``, bytes and dicts with a ``TypeError`` naming it, and
every date or date-time argument accepts an ISO string (it used to raise ``AttributeError``
from the generated ``to_dict``).
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import thredfi
import thredfi.testing
from thredfi_api.api import BusinessResources

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
ISO = {"datetime.date | str": "2026-01-02", "datetime.datetime | str": "2026-01-02T03:04:05+00:00"}


def business_methods() -> Iterator[tuple[str, str, inspect.Signature]]:
    client = thredfi.ThredfiClient(
        partner_uuid=thredfi.testing.TEST_PARTNER_UUID, api_key="k", base_url=thredfi.testing.TEST_BASE_URL
    )
    biz = client.for_business(BUSINESS)
    for attribute, prop in vars(BusinessResources).items():
        if attribute == "with_raw_response" or not hasattr(prop, "func"):
            continue
        resource = getattr(biz, attribute)
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_"):
                yield attribute, name, inspect.signature(method)


METHODS = sorted(business_methods(), key=lambda m: (m[0], m[1]))
PATH_IDS = [(a, n, p) for a, n, s in METHODS for p in s.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
DATES = [
    (a, n, p.name, ISO[str(p.annotation).removesuffix(" | Unset")])
    for a, n, s in METHODS
    for p in s.parameters.values()
    if str(p.annotation).removesuffix(" | Unset") in ISO
]


def test_the_parametrisation_sees_the_api() -> None:
    assert len(METHODS) >= 60
    assert len(PATH_IDS) >= 25
    assert len(DATES) >= 14  # the issue found 14 fields in 12 operations


def positional(signature: inspect.Signature) -> list[Any]:
    return [uuid.uuid4() for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]


async def call(method: Any, args: list[Any]) -> None:
    result = method(*args)
    if inspect.isawaitable(result):
        await result


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})  # fits every model leniently (missing fields are drift)


@pytest.mark.asyncio
@pytest.mark.parametrize("bad", [None, True, b"id", {"id": 1}, 7.5])
@pytest.mark.parametrize(("attribute", "name", "parameter"), PATH_IDS, ids=lambda v: getattr(v, "name", v))
async def test_a_path_id_of_the_wrong_type_is_a_type_error_naming_it(
    attribute: str, name: str, parameter: inspect.Parameter, bad: object
) -> None:
    recorder = Recorder()
    async with thredfi.testing.client(recorder) as client:
        method = getattr(getattr(client.for_business(BUSINESS), attribute), name)
        args = positional(inspect.signature(method))
        index = list(inspect.signature(method).parameters).index(parameter.name)
        args[index] = bad
        with pytest.raises(TypeError, match=parameter.name):
            await call(method, args)
    assert recorder.requests == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("attribute", "name", "field", "iso"), DATES, ids=lambda v: v if isinstance(v, str) else "")
async def test_a_date_given_as_an_iso_string_is_accepted(attribute: str, name: str, field: str, iso: str) -> None:
    recorder = Recorder()
    async with thredfi.testing.client(recorder) as client:
        method = getattr(getattr(client.for_business(BUSINESS), attribute), name)
        # every date argument of the method as text (a report may require two)
        dates = {n: d for a, m, n, d in DATES if (a, m) == (attribute, name)}
        try:
            result = method(*positional(inspect.signature(method)), **dates)
            if inspect.isawaitable(result):
                await result
            else:
                await result  # a list method: awaiting it fetches the first page
        except (TypeError, ValueError) as exc:  # another required field missing: never the date's fault
            assert field not in str(exc).split(":", 1)[0], exc  # noqa: PT017
            return
        except thredfi.ThredfiError:  # the recorder's 204 fits no model of this operation: sent anyway
            pass
    [sent] = [r for r in recorder.requests if "oauth2" not in r.url.path]
    assert iso.split("T")[0] in sent.url.query.decode() + sent.content.decode()


@pytest.mark.asyncio
async def test_the_issues_examples_send_the_dates_given_as_text() -> None:
    recorder = Recorder()
    async with thredfi.testing.client(recorder) as client:
        biz = client.for_business(BUSINESS)
        await biz.bill_payments.create(vendor_id=str(uuid.uuid4()), amount_cents=1, payment_date="2026-01-02")
        await biz.reports.get_financial_summary(start_date="2026-01-01", end_date="2026-01-31")
    payment, summary = [r for r in recorder.requests if "oauth2" not in r.url.path]
    assert b'"payment_date":"2026-01-02"' in payment.content
    assert summary.url.params["start_date"] == "2026-01-01"
    assert summary.url.params["end_date"] == "2026-01-31"


@pytest.mark.asyncio
@pytest.mark.parametrize("bad", [123, b"key", ["k"]])
async def test_an_idempotency_key_that_is_not_text_is_refused(bad: object) -> None:
    recorder = Recorder()
    async with thredfi.testing.client(recorder) as client:
        with pytest.raises(TypeError, match="idempotency_key must be a str"):
            await client.for_business(BUSINESS).bill_payments.create(
                vendor_id=uuid.uuid4(),
                amount_cents=1,
                idempotency_key=bad,  # type: ignore[arg-type]
            )
    assert recorder.requests == []


def test_an_over_long_business_id_is_a_value_error() -> None:
    client = thredfi.ThredfiClient(
        partner_uuid=thredfi.testing.TEST_PARTNER_UUID, api_key="k", base_url=thredfi.testing.TEST_BASE_URL
    )
    with pytest.raises(ValueError, match="business_id is 1000000 characters long"):
        client.for_business("y" * 1_000_000)
