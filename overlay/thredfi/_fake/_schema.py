"""What the generated models say about their fields, read at run time (the spec does not ship).

Each generated model is an attrs class deriving from ``ThredfiModel``: its fields, their API
names, their annotations (text, resolved here), which are required and their spec defaults. From
those the fake builds values that fit a model (``Shaper``) and checks request bodies the way the
SDK checks a caller's input (``field_errors``), with the models' own parser in "input" mode.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import sys
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from .._models import ThredfiModel, is_unset, jsonable, parsing

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
NOFIT: Any = type("NoFit", (), {"__repr__": lambda self: "NOFIT"})()
NONE_TYPE = type(None)
NAME_FIELDS = ("name", "company_name", "individual_name", "display_name", "legal_name")


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a generated model."""

    name: str  # the API's name (``type``)
    attr: str  # the Python attribute (``type_``)
    type: Any  # the resolved annotation (``str | Unset``)
    required: bool
    default: Any  # the spec's default as JSON, else MISSING


def is_model(tp: Any) -> bool:
    """Whether ``tp`` is a generated model class."""
    return isinstance(tp, type) and issubclass(tp, ThredfiModel) and attrs.has(tp)


class _Names(dict[str, Any]):
    """Names an annotation may use: the model's module, its package's models, then ``typing``."""

    def __init__(self, models: Any) -> None:
        super().__init__()
        self._models = models

    def __missing__(self, key: str) -> Any:
        for source in (self._models, typing):
            try:
                return getattr(source, key)
            except AttributeError:
                continue
        raise KeyError(key)


@functools.cache
def fields(model: type) -> tuple[Field, ...]:
    """The fields of ``model``, in the spec's order."""
    module = sys.modules[model.__module__]
    package = model.__module__.rpartition(".models")[0] or "thredfi_api"
    names = _Names(importlib.import_module(f"{package}.models"))
    api_names = {attr: name for name, attr in getattr(model, "__thredfi_fields__", ())}
    found = []
    for attribute in attrs.fields(model):
        if not attribute.init:
            continue
        annotation = attribute.type
        resolved = eval(annotation, vars(module), names) if isinstance(annotation, str) else annotation  # noqa: S307 - the generated code's own annotations
        required = attribute.default is attrs.NOTHING
        default = MISSING
        if not required and not is_unset(attribute.default):
            default = jsonable(attribute.default, attribute.name)
        found.append(Field(api_names.get(attribute.name, attribute.name), attribute.name, resolved, required, default))
    return tuple(found)


def field_names(model: type) -> frozenset[str]:
    return frozenset(field.name for field in fields(model))


@functools.cache
def allows_extra(model: type) -> bool:
    """Whether ``model`` keeps a key it does not declare without calling it drift (additionalProperties)."""
    with parsing("lenient") as drifts:
        model.from_dict({"__thredfi_probe__": 1})  # type: ignore[attr-defined]
    return not any(drift.kind == "unknown field" for drift in drifts)


def alternatives(tp: Any) -> tuple[Any, ...]:
    """The alternatives of a union annotation, ``Unset`` left out (``str | None | Unset`` -> str, None)."""
    if get_origin(tp) is Union or isinstance(tp, types.UnionType):
        return tuple(a for a in get_args(tp) if not (isinstance(a, type) and a.__name__ == "Unset"))
    return (tp,)


def models_in(tp: Any) -> Iterator[type]:
    """The model classes an annotation names: ``X``, ``X | None``, ``list[X]``."""
    for alternative in alternatives(tp):
        if is_model(alternative):
            yield alternative
        elif get_origin(alternative) is list:
            yield from models_in(get_args(alternative)[0])


def is_primitive(tp: Any) -> bool:
    """Whether a field holds one scalar value (text, number, flag, id, date): what a filter compares."""
    return all(
        a in (str, int, float, bool, uuid.UUID, dt.date, dt.datetime, NONE_TYPE) or get_origin(a) is Literal
        for a in alternatives(tp)
    )


def iso(moment: dt.datetime) -> str:
    """A timestamp as the API writes them (ISO 8601, UTC as ``Z``)."""
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def singular(segment: str) -> str:
    """``bill-payments`` -> ``bill_payment``; ``refunds`` -> ``refund``."""
    word = segment.replace("-", "_")
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


Embed = Callable[[str, Any], "Mapping[str, Any] | None"]


class Shaper:
    """Builds JSON that fits a model: the values known, else the spec's defaults, else examples.

    ``now`` dates the examples; ``embed(field, id)`` finds a related record (``customer`` for a
    ``customer_id``) or None.
    """

    def __init__(self, now: dt.datetime, embed: Embed | None = None) -> None:
        self.now = now
        self._embed = embed

    def shape(
        self,
        model: type,
        value: Mapping[str, Any],
        context: Mapping[str, Any] | None = None,
        *,
        full: bool = False,
        extras: bool = True,
    ) -> dict[str, Any]:
        """``value`` as ``model``'s JSON: fields that fit are kept, required ones filled in.

        ``context`` fills fields ``value`` lacks (path and query values: ``business_id``);
        ``full`` fills every field (an example body); ``extras`` keeps the keys the model does not
        declare when the model allows them.
        """
        context = context or {}
        out: dict[str, Any] = {}
        for field in fields(model):
            found = self._known(field, value, context)
            if found is not NOFIT:
                out[field.name] = found
            elif field.default is not MISSING:
                out[field.name] = field.default
            elif field.required or full:
                out[field.name] = self.example(field.type, field.name, context, full=full)
        if extras and allows_extra(model):
            declared = field_names(model)
            out.update({key: item for key, item in value.items() if key not in declared})
        return out

    def _known(self, field: Field, value: Mapping[str, Any], context: Mapping[str, Any]) -> Any:
        if field.name in value:
            found = self.fit(field.type, value[field.name])
            if found is not NOFIT:
                return found
        if field.name in context:
            found = self.fit(field.type, context[field.name])
            if found is not NOFIT:
                return found
        related = value.get(f"{field.name}_id")
        if self._embed is not None and isinstance(related, str) and any(models_in(field.type)):
            record = self._embed(field.name, related)
            if record is not None:
                return self.fit(field.type, record)
        return NOFIT

    def fit(self, tp: Any, value: Any) -> Any:
        """``value`` made to fit ``tp`` (a model's fields shaped), or NOFIT."""
        for alternative in alternatives(tp):
            found = self._fit_one(alternative, value)
            if found is not NOFIT:
                return found
        return NOFIT

    def _fit_one(self, tp: Any, value: Any) -> Any:
        origin = get_origin(tp)
        if tp is Any or tp is object:
            return value
        if tp is NONE_TYPE:
            return None if value is None else NOFIT
        if origin is Literal:
            return value if any(value == a and type(value) is type(a) for a in get_args(tp)) else NOFIT
        if origin is list:
            if not isinstance(value, list):
                return NOFIT
            items = [self.fit(get_args(tp)[0], item) for item in value]
            return NOFIT if any(item is NOFIT for item in items) else items
        if origin is dict or tp is dict:
            return dict(value) if isinstance(value, Mapping) else NOFIT
        if is_model(tp):
            return self.shape(tp, value) if isinstance(value, Mapping) else NOFIT
        if tp is bool:
            return value if isinstance(value, bool) else NOFIT
        if tp is int:
            return value if isinstance(value, int) and not isinstance(value, bool) else NOFIT
        if tp is float:
            return value if isinstance(value, int | float) and not isinstance(value, bool) else NOFIT
        if tp in (str, uuid.UUID, dt.datetime, dt.date):
            return value if isinstance(value, str) and _parses(tp, value) else NOFIT
        return value  # a type this module does not know: passed as it is

    def example(self, tp: Any, name: str, context: Mapping[str, Any], *, full: bool = False) -> Any:
        """A value of ``tp`` for a field named ``name`` that nothing gave: empty, zero, now, a fresh id."""
        choices = alternatives(tp)
        if NONE_TYPE in choices:
            return None
        tp = choices[0]
        origin = get_origin(tp)
        if origin is Literal:
            return get_args(tp)[0]
        if origin is list:
            return []
        if origin is dict or tp in (dict, Any, object):
            return {}
        if is_model(tp):
            return self.shape(tp, {}, context, full=full)
        if tp is bool:
            return False
        if tp in (int, float):
            return tp()
        if tp is uuid.UUID:
            return str(uuid.uuid4())
        if tp is dt.datetime:
            return iso(self.now)
        if tp is dt.date:
            return self.now.date().isoformat()
        return self._text(name, context)

    def _text(self, name: str, context: Mapping[str, Any]) -> str:
        if name == "id" or name.endswith("_id"):
            return str(uuid.uuid4())
        if name.endswith("_at"):
            return iso(self.now)
        if name.endswith("date"):
            return self.now.date().isoformat()
        if name == "currency":
            return str(context.get("currency") or "GBP")
        return ""


def _parses(tp: Any, value: str) -> bool:
    parsers: dict[Any, Callable[[str], object]] = {
        uuid.UUID: uuid.UUID,
        dt.datetime: dt.datetime.fromisoformat,
        dt.date: dt.date.fromisoformat,
    }
    parse = parsers.get(tp, str)
    try:
        parse(value)
    except ValueError:
        return False
    return True


def known_part(model: type, value: Any) -> Any:
    """``value`` without the keys ``model`` does not declare, at every level (what the parser checks)."""
    if not isinstance(value, Mapping):
        return value
    declared = {field.name: field for field in fields(model)}
    if not declared:
        return dict(value)  # a free-form object: every key is its own
    out: dict[str, Any] = {}
    for key, item in value.items():
        field = declared.get(key)
        if field is None:
            continue
        nested = next(models_in(field.type), None)
        if nested is None:
            out[key] = item
        elif isinstance(item, list):
            out[key] = [known_part(nested, element) for element in item]
        else:
            out[key] = known_part(nested, item)
    return out


def field_errors(model: type, body: Any) -> dict[str, list[str]]:
    """What is wrong with a request body, as the API's ``field_errors`` (empty when it fits).

    Keys the model does not declare are not errors (the API ignores them; the fake keeps them).
    Every top-level field is checked: one that fails is reported, replaced by a value that fits,
    and the body checked again.
    """
    if not isinstance(body, Mapping):
        return {"non_field_errors": [f"expected a JSON object, got {type(body).__name__}"]}
    by_attr = {field.attr: field for field in fields(model)}
    stand_in = Shaper(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    candidate = known_part(model, body)
    errors: dict[str, list[str]] = {}
    for _ in range(len(by_attr) + 1):
        try:
            with parsing("input"):
                model.from_dict(candidate)  # type: ignore[attr-defined]
        except (TypeError, ValueError) as exc:
            path = str(getattr(exc, "path", "") or "")
            reason = str(getattr(exc, "reason", "") or exc)
            head, _, rest = path.partition(".")
            field = by_attr.get(head.partition("[")[0])
            if field is None:
                errors.setdefault("non_field_errors", []).append(str(exc))
                break
            errors.setdefault(f"{field.name}.{rest}" if rest else field.name, []).append(reason)
            candidate = {**candidate, field.name: stand_in.example(field.type, field.name, {})}
            continue
        break
    return errors
