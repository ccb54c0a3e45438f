"""The API's operations as the fake sees them, read from the generated package at run time.

The route table (``thredfi_api.api.ROUTES``) gives each operation's method, path, operationId
and resource method; its endpoint module gives the rest: the request body's model
(``_get_kwargs``' annotation), the query and header names it sends (``_get_kwargs`` probed), the
2xx statuses and the success model (``_parse_response``). From the path and the method each
operation gets a kind:

* ``create``: POST to a collection (``/vendors/``) by a ``create*`` method, or to an item's
  ``children/`` (a child in the same collection);
* ``list``: GET of a collection answering a page (a model with ``results``);
* ``get``/``update``/``delete``: GET, PATCH or PUT, DELETE of an item (``/vendors/{id}/``);
* ``action``: POST to an item's verb (``/invoices/{id}/void/``);
* ``read``: any other GET (reports, trees): answered with a body of its model;
* ``token``: the two token endpoints.

A new operation in the spec gets a kind, and so a behaviour, without a change here.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin
from urllib.parse import unquote

import httpx

from .._models import parsing
from ._schema import alternatives, fields, is_model

Kind = Literal["token", "create", "list", "get", "update", "delete", "action", "read"]
API_PACKAGE = "thredfi_api.api"
_PARAM = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True, slots=True, eq=False)
class Operation:
    """One operation of the API, with what the fake needs to serve it."""

    route: Any  # thredfi_api.api.Route
    module: types.ModuleType
    pattern: re.Pattern[str]
    params: tuple[str, ...]  # path parameters in order, as the template names them
    query: Mapping[str, Any]  # query parameter (as sent) -> its annotation
    headers: Mapping[str, Any]  # header parameter (as sent) -> its annotation
    body: type | None  # the request body's model
    body_required: bool
    statuses: tuple[int, ...]  # the 2xx statuses its docs declare
    response: type | None  # the success model; None for an empty (204) body
    kind: Kind
    collection: str  # the collection's template with "{}" for each parameter ("" for none)
    verb: str  # an action's last segment ("void"); "children" for a child create
    item: type | None  # a list's item model

    @property
    def operation_id(self) -> str:
        return str(self.route.operation_id)

    @property
    def name(self) -> str:
        """``resource.method`` as users call it (``invoices.void``), else the operationId."""
        route = self.route
        return f"{route.resource}.{route.method_name}" if route.resource else self.operation_id

    def path_values(self, path: str) -> dict[str, str] | None:
        """The path parameters of ``path`` (by their template names), or None when it is not this path."""
        found = self.pattern.fullmatch(path)
        if found is None:
            return None
        return dict(zip(self.params, (unquote(value) for value in found.groups()), strict=True))


def _normalise(parts: list[str]) -> str:
    return "/" + "".join(f"{'{}' if _PARAM.fullmatch(part) else part}/" for part in parts) if parts else ""


def _is_param(part: str) -> bool:
    return _PARAM.fullmatch(part) is not None


class _Body:
    """Stands in for a request body model while ``_get_kwargs`` is probed."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _dummy(annotation: Any, variant: int) -> Any:
    """A value of ``annotation`` that ``_get_kwargs`` accepts; the two variants differ (to see a name sent)."""
    for tp in alternatives(annotation):
        if get_origin(tp) is Literal:
            return get_args(tp)[variant % len(get_args(tp))]
        if get_origin(tp) is list:
            return [_dummy(get_args(tp)[0], variant)]
        value: Any = {
            bool: bool(variant),
            int: 7 + variant,
            float: 7.5 + variant,
            str: f"probe{variant}",
            uuid.UUID: uuid.UUID(int=7 + variant),
            dt.date: dt.date(2001, 2, 3 + variant),
            dt.datetime: dt.datetime(2001, 2, 3 + variant, tzinfo=dt.UTC),
        }.get(tp)
        if value is not None:
            return value
    return f"probe{variant}"


def _sent_names(get_kwargs: Callable[..., dict[str, Any]], hints: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """(query names, header names), each mapped to its annotation, as ``_get_kwargs`` sends them."""
    signature = inspect.signature(get_kwargs)
    base: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "body":
            base[name] = _Body()
        elif parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            base[name] = "p"  # a path parameter
        elif parameter.default is inspect.Parameter.empty:
            base[name] = _dummy(hints.get(name), 0)
    baseline = get_kwargs(**base)
    query: dict[str, Any] = {}
    headers: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "body" or parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        for variant in (0, 1):
            probed = get_kwargs(**{**base, name: _dummy(hints.get(name), variant)})
            for key, sink in (("params", query), ("headers", headers)):
                before, after = baseline.get(key) or {}, probed.get(key) or {}
                for sent in after:
                    if sent not in before or before[sent] != after[sent]:
                        sink[sent] = hints.get(name)
    return query, headers


class _Client:
    raise_on_unexpected_status = True


def _statuses(module: types.ModuleType) -> tuple[int, ...]:
    from thredfi_api.errors import UnexpectedStatus

    found = []
    for status in (200, 201, 202, 204):
        try:
            with parsing("lenient"):
                module._parse_response(client=_Client(), response=httpx.Response(status, json={}))
        except UnexpectedStatus:
            continue
        except Exception:  # a parser that fails on the probe's empty body still handles the status
            found.append(status)
            continue
        found.append(status)
    return tuple(found)


def _success_model(hints: Mapping[str, Any]) -> type | None:
    for tp in alternatives(hints.get("return")):
        if is_model(tp) and tp.__name__ not in ("ErrorResponse", "ValidationErrorResponse"):
            return typing.cast(type, tp)
    return None


def _item_model(page: type | None) -> type | None:
    for field in fields(page) if page is not None else ():
        if field.name == "results":
            for tp in alternatives(field.type):
                if get_origin(tp) is list and is_model(get_args(tp)[0]):
                    return typing.cast(type, get_args(tp)[0])
    return None


def _classify(route: Any, response: type | None) -> tuple[Kind, str, str, type | None]:
    """(kind, collection template, verb, a list's item model) of a route."""
    parts = route.path.strip("/").split("/")
    method, name = route.method.upper(), route.method_name
    item = _item_model(response)
    if not route.resource:
        return "token", "", "", None
    if _is_param(parts[-1]):
        kinds: dict[str, Kind] = {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}
        return kinds.get(method, "action"), _normalise(parts[:-1]), "", None
    if method == "POST" and len(parts) > 1 and _is_param(parts[-2]):
        if name.startswith("create"):
            if parts[-1] == "children":
                return "create", _normalise(parts[:-2]), "children", None
            return "create", _normalise(parts), "", None
        return "action", _normalise(parts[:-2]), parts[-1], None
    if method == "POST" and name.startswith("create"):
        return "create", _normalise(parts), "", None
    if method == "GET" and item is not None:
        return "list", _normalise(parts), "", item
    return "read", _normalise(parts), "", None


def _pattern(path: str) -> re.Pattern[str]:
    pieces = re.split(r"(\{[^{}/]+\})", path)
    return re.compile("".join("([^/]+)" if _is_param(piece) else re.escape(piece) for piece in pieces))


def build(route: Any) -> Operation:
    module = importlib.import_module(f"{API_PACKAGE}.{route.tag}.{route.operation_id}")
    kwargs_hints = typing.get_type_hints(module._get_kwargs)
    query, headers = _sent_names(module._get_kwargs, kwargs_hints)
    body_parameter = inspect.signature(module._get_kwargs).parameters.get("body")
    body = next((tp for tp in alternatives(kwargs_hints.get("body")) if is_model(tp)), None)
    response = _success_model(typing.get_type_hints(module._parse_response))
    kind, collection, verb, item = _classify(route, response)
    return Operation(
        route=route,
        module=module,
        pattern=_pattern(route.path),
        params=tuple(_PARAM.findall(route.path)),
        query=query,
        headers=headers,
        body=body,
        body_required=body_parameter is not None and body_parameter.default is inspect.Parameter.empty,
        statuses=_statuses(module),
        response=response,
        kind=kind,
        collection=collection,
        verb=verb,
        item=item,
    )


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the route table, the most literal paths first (``/hierarchy/`` before ``/{id}/``)."""
    from thredfi_api.api import ROUTES

    built = [build(route) for route in ROUTES]
    return tuple(sorted(built, key=lambda op: len(op.params)))


@functools.cache
def by_id() -> dict[str, Operation]:
    return {op.operation_id: op for op in operations()}


def match(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The operation ``method path`` is for, with its path parameters."""
    method = method.upper()
    for op in operations():
        if op.route.method.upper() != method:
            continue
        values = op.path_values(path)
        if values is not None:
            return op, values
    return None


def resolve(target: object) -> str:
    """The operationId ``target`` names: a resource method as users call it (``biz.invoices.create``,
    bound or not), its name (``"invoices.create"``), an operationId, an endpoint module or function.

    Raises ``ValueError`` for a name that is no operation, ``TypeError`` for anything else.
    """
    from thredfi_api.api import ROUTES

    if isinstance(target, str):
        if "." in target:
            resource, _, method = target.partition(".")
            for route in ROUTES:
                if route.resource == resource and route.method_name == method:
                    return str(route.operation_id)
            raise ValueError(f"{target!r} is not a resource method of the Thredfi API (resource.method)")
        if not any(route.operation_id == target for route in ROUTES):
            raise ValueError(f"{target!r} is not an operation of the Thredfi API")
        return target
    if isinstance(target, types.ModuleType):
        return resolve(target.__name__.rpartition(".")[2])
    owner = getattr(target, "__self__", None)
    function = getattr(target, "__func__", target)
    module = getattr(function, "__module__", None)
    qualname = str(getattr(function, "__qualname__", ""))
    if isinstance(module, str) and module.startswith(f"{API_PACKAGE}."):
        tag = module[len(API_PACKAGE) + 1 :]
        if "." in tag:  # an endpoint module's function (``create_invoice.asyncio``)
            return resolve(tag.rpartition(".")[2])
        resource_class = type(owner) if owner is not None else None
        if resource_class is not None or "." in qualname:  # a resource method, bound or from its class
            method = getattr(function, "__name__", "")
            for route in ROUTES:
                if route.tag == tag and route.method_name == method:
                    return str(route.operation_id)
    raise TypeError(
        "operation must be a generated operation (module, function or operationId), a resource method"
        f" (biz.invoices.create) or its name ('invoices.create'), got {target!r}"
    )
