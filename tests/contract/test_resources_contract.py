"""Contract tests of the resource client: every operation of the spec, called through its resource
method (``client.<resource>.<method>`` with the partner token, ``client.for_business(id).<resource>``
with the business token), against Prism mocking the spec. Prism answers 4xx with an
``sl-violations`` header when a request breaks the spec, and the SDK raises on any 4xx, so a
returned value means the request was accepted; the value is then checked against its model."""

from __future__ import annotations

import importlib
import inspect
import re
import uuid
from typing import Any

import attrs
import pytest
import thredfi
from generate import blank_parameters, endpoint_modules
from thredfi_api.api import BusinessResources, PartnerResources
from thredfi_api.types import Unset

from tests.contract.examples import arguments
from tests.contract.test_prism_contract import BUSINESS_ID, OPERATIONS, PARTNER_UUID, SPEC_DOC

MODULES = endpoint_modules()
TOKEN_OPERATIONS = {"get_partner_token", "get_business_token"}  # the SDK's own machinery, not resources


def resource_methods(mixin: type) -> dict[str, tuple[str, str]]:
    """operationId -> (resource attribute, method name), read from the generated resource classes."""
    found: dict[str, tuple[str, str]] = {}
    for attribute, prop in vars(mixin).items():
        if attribute == "with_raw_response" or not hasattr(prop, "func"):
            continue
        resource = inspect.signature(prop.func).return_annotation
        module = importlib.import_module(f"thredfi_api.api.{_tag_module(prop.func)}")
        cls = getattr(module, resource)
        for name, method in vars(cls).items():
            if callable(method) and not name.startswith("_"):
                operation = re.search(r'operation="(\w+)"', inspect.getsource(method))
                assert operation, f"{cls.__name__}.{name} names no operation"
                found[operation.group(1)] = (attribute, name)
    return found


def _tag_module(func: Any) -> str:
    match = re.search(r"from \.(\w+) import", inspect.getsource(func))
    assert match
    return match.group(1)


PARTNER_METHODS = resource_methods(PartnerResources)
BUSINESS_METHODS = resource_methods(BusinessResources)
RESOURCE_OPERATIONS = sorted(set(OPERATIONS) - TOKEN_OPERATIONS)


def is_business_scoped(operation_id: str) -> bool:
    path = OPERATIONS[operation_id][1]
    prefix = "/v1/platform/businesses/{business_id}/"
    return path.startswith(prefix) and len(path) > len(prefix)


def test_every_operation_has_one_partner_method_and_business_scoped_ones_a_business_method() -> None:
    assert set(PARTNER_METHODS) == set(RESOURCE_OPERATIONS)
    assert set(BUSINESS_METHODS) == {op for op in RESOURCE_OPERATIONS if is_business_scoped(op)}
    assert BUSINESS_METHODS["delete_bill_payment"] == ("bill_payments", "delete")
    assert BUSINESS_METHODS["delete_customer_credit"] == ("customer_credits", "delete")
    assert PARTNER_METHODS["list_businesses"] == ("businesses", "list")


def test_token_operations_are_no_resource() -> None:
    assert not TOKEN_OPERATIONS & set(PARTNER_METHODS)
    assert not hasattr(PartnerResources, "oauth_2_authentication_unscoped_and_scoped")


def field_arguments(body: Any) -> dict[str, Any]:
    """The body model's set fields as keyword arguments (the form without ``body=``)."""
    return {
        field.name: getattr(body, field.name)
        for field in attrs.fields(type(body))
        if field.name != "additional_properties" and not isinstance(getattr(body, field.name), Unset)
    }


def check_value(value: Any, operation_id: str) -> None:
    success = next(r for status, r in OPERATIONS[operation_id][2]["responses"].items() if status.startswith("2"))
    if isinstance(value, thredfi.AsyncPage):
        assert isinstance(value.items, list)
        assert all(attrs.has(type(item)) for item in value.items)
        assert attrs.has(type(value.result))
    elif "content" in success:
        assert attrs.has(type(value)), value
        assert type(value).__name__ not in ("ErrorResponse", "ValidationErrorResponse")
    else:
        assert value is None


# every operation through the partner client; the business-scoped ones through a business view too
# (a partner-level operation has no business method: the test above holds the two sets to the spec)
SCOPED_CASES = [
    pytest.param(operation_id, scope, id=f"{operation_id}-{scope}")
    for operation_id in RESOURCE_OPERATIONS
    for scope in ("partner", "business")
    if scope == "partner" or operation_id in BUSINESS_METHODS
]


def test_the_cases_are_the_applicable_ones() -> None:
    business = [case.values[0] for case in SCOPED_CASES if case.values[1] == "business"]
    partner = [case.values[0] for case in SCOPED_CASES if case.values[1] == "partner"]
    assert partner == RESOURCE_OPERATIONS
    assert sorted(business) == sorted(BUSINESS_METHODS)
    assert len(business) < len(partner)  # the partner-level operations have no business case


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation_id", "scope"), SCOPED_CASES)
async def test_operation_through_its_resource_method(operation_id: str, scope: str, prism_url: str) -> None:
    method_name, path, operation = OPERATIONS[operation_id]
    module = importlib.import_module(MODULES[(method_name, blank_parameters(path))])
    args, kwargs = arguments(module.asyncio_detailed, operation, SPEC_DOC)
    async with thredfi.ThredfiClient(partner_uuid=str(PARTNER_UUID), api_key="contract-key", base_url=prism_url) as c:
        if scope == "partner":
            attribute, name = PARTNER_METHODS[operation_id]
            call = getattr(getattr(c, attribute), name)
        else:
            attribute, name = BUSINESS_METHODS[operation_id]
            assert args[0] == BUSINESS_ID
            call = getattr(getattr(c.for_business(args.pop(0)), attribute), name)
            takes_fields = "fields" in inspect.signature(call).parameters
            if takes_fields and "body" in kwargs and attrs.has(type(kwargs["body"])):
                kwargs.update(field_arguments(kwargs.pop("body")))  # the keyword-fields form
        value = await call(*args, **kwargs)
        check_value(value, operation_id)
        # the business view used the business token, the partner client only the partner token
        assert c.token_requests_sent == (2 if scope == "business" else 1)


@pytest.mark.asyncio
async def test_seed_operations_return_their_models(prism_url: str) -> None:
    async with thredfi.ThredfiClient(partner_uuid=str(PARTNER_UUID), api_key="contract-key", base_url=prism_url) as c:
        biz = c.for_business(BUSINESS_ID)
        cancelled = await biz.bill_payments.delete(uuid.uuid4())
        assert cancelled.status
        assert cancelled.message
        assert await biz.customer_credits.delete(uuid.uuid4()) is None
        assert type(await c.bill_payments.delete(BUSINESS_ID, uuid.uuid4())).__name__ == "BillPaymentCancelResponse"


@pytest.mark.asyncio
async def test_a_bad_business_id_is_refused_before_any_request(prism_url: str) -> None:
    async with thredfi.ThredfiClient(partner_uuid=str(PARTNER_UUID), api_key="contract-key", base_url=prism_url) as c:
        with pytest.raises(ValueError, match="business_id"):
            await c.bill_payments.delete("..", uuid.uuid4())
        assert c.token_requests_sent == 0
