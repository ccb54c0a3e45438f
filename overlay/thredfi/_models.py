"""Runtime of the generated models (``openapi/templates/model.py.jinja``).

Every generated model derives from ``ThredfiModel`` and parses each field on its own, so the
SDK can choose what a value that does not fit the spec means (``parsing``):

* **lenient** (responses, the default): the field keeps the value received (as Stainless SDKs
  do), the drift is recorded, and ``to_dict()`` gives back exactly what arrived. One odd value
  never hides the result of a write that happened.
* **strict** (``strict_responses=True``): the parser's error is raised (the SDK turns it into
  ``APIResponseValidationError``).
* **input** (a dict or model the caller passes): a ``ValueError``/``TypeError`` naming the
  field, before anything is sent; unknown keys are refused.

Outside ``parsing`` (a model's ``from_dict`` called directly, the generated functions) parsing
is the generator's own: the first error propagates and primitive types are not checked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import uuid
from collections.abc import Iterator, Mapping
from contextvars import ContextVar, Token
from typing import Any, ClassVar, Literal

from ._drift import DriftKind, ResponseDrift

__all__ = ["DriftKind", "ResponseDrift", "ThredfiModel", "jsonable", "parsing"]

Mode = Literal["lenient", "strict", "input"]


class _Parsing:
    __slots__ = ("drifts", "mode")

    def __init__(self, mode: Mode) -> None:
        self.mode = mode
        self.drifts: list[ResponseDrift] = []


_parsing: ContextVar[_Parsing | None] = ContextVar("thredfi_parsing", default=None)


@contextlib.contextmanager
def parsing(mode: Mode) -> Iterator[list[ResponseDrift]]:
    """Parse models in ``mode`` inside the block; yields the drifts found (lenient mode)."""
    drifts, token = start_parsing(mode)
    try:
        yield drifts
    finally:
        _parsing.reset(token)


def start_parsing(mode: Mode) -> tuple[list[ResponseDrift], Token[_Parsing | None]]:
    """``parsing`` without a context manager, for the response path (a few microseconds less):
    the drifts list and the token to ``_parsing.reset`` (``stop_parsing``)."""
    state = _Parsing(mode)
    return state.drifts, _parsing.set(state)


def stop_parsing(token: Token[_Parsing | None]) -> None:
    _parsing.reset(token)


def checking() -> bool:
    """Whether a ``parsing`` mode is on (the generated ``from_dict`` then checks primitive types)."""
    return _parsing.get() is not None


_KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
}


def expect(value: Any, kind: str) -> None:
    """Raise ``TypeError`` when ``value`` is not of the JSON kind the spec declares (absent is fine)."""
    if value.__class__ in _KINDS[kind] or is_unset(value):
        return
    if isinstance(value, bool) and kind in ("int", "float"):
        raise TypeError(f"expected {kind}, got bool")
    if not isinstance(value, _KINDS[kind]):
        raise TypeError(f"expected {kind}, got {type(value).__name__}")


def expect_one_of(value: Any, classes: tuple[type, ...]) -> None:
    """Raise ``TypeError`` when a union field's parsed value is none of the spec's alternatives."""
    if isinstance(value, classes) or is_unset(value):
        return
    names = " | ".join("null" if c is type(None) else c.__name__ for c in classes)
    raise TypeError(f"expected {names}, got {type(value).__name__}")


def is_unset(value: Any) -> bool:
    """The generated ``UNSET`` (by its class name: a package generated elsewhere has its own class)."""
    return bool(value.__class__.__name__ == "Unset")


def field_failed(
    model: type,
    name: str,
    python_name: str,
    expected: str,
    source: Mapping[str, Any],
    remaining: dict[str, Any],
    error: BaseException,
    kept: dict[str, Any],
) -> Any:
    """What a field that did not parse becomes, by the ``parsing`` mode (see the module doc)."""
    state = _parsing.get()
    remaining.pop(name, None)
    present = name in source
    if state is None or state.mode == "strict":
        raise error
    if state.mode == "input":
        if isinstance(error, _InputError):  # a nested model's field: say where it is
            raise error.within(python_name) from None
        if not present:
            raise _InputTypeError(python_name, f"required by {model.__name__}, missing") from None
        shown = repr(source[name])
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        refused = _InputTypeError if isinstance(error, TypeError) else _InputValueError
        raise refused(python_name, f"expected {expected}, got {shown}") from None
    kind: DriftKind
    if not present:
        kind = "missing required field"
    elif isinstance(error, TypeError) and str(error).startswith("Unexpected value"):
        kind = "unknown enum value"
    elif isinstance(error, TypeError):
        kind = "wrong type"
    else:
        kind = "invalid value"
    state.drifts.append(ResponseDrift(None, model.__name__, name, expected, kind))
    value = source[name] if present else _unset(model)
    kept[python_name] = value
    return value


class _InputError(Exception):
    """A caller's input that does not fit: ``path`` is the field (``line_items.quantity``)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason

    def within(self, parent: str) -> _InputError:
        return type(self)(f"{parent}.{self.path}", self.reason)


class _InputTypeError(_InputError, TypeError):
    pass


class _InputValueError(_InputError, ValueError):
    pass


def extra_fields(model: type, names: Iterator[str] | list[str], declared: bool) -> None:
    """Keys the model does not declare: kept by the model; refused from a caller; a drift otherwise."""
    state = _parsing.get()
    if state is None or state.mode == "strict" or not declared:
        return
    names = list(names)
    if state.mode == "input":
        raise _InputTypeError(
            names[0], f"{model.__name__} has no such field (one the spec does not know goes in extra_body=)"
        )
    for name in names:
        state.drifts.append(ResponseDrift(None, model.__name__, name, "no such field in the spec", "unknown field"))


def _unset(model: type) -> Any:
    """The ``UNSET`` of the package that generated ``model``."""
    package = model.__module__.rpartition(".models")[0] or "thredfi_api"
    return importlib.import_module(f"{package}.types").UNSET


class ThredfiModel:
    """Base of every generated model: a repr of the fields present, ``to_json()``.

    ``__thredfi_fields__`` pairs each field's API name with its Python name (``type``/``type_``).
    """

    __slots__ = ()
    __thredfi_fields__: ClassVar[tuple[tuple[str, str], ...]] = ()

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every generated model defines it
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON with the API's field names: every value received, plus your changes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, default=str)

    def __repr__(self) -> str:
        parts = []
        for _, python_name in self.__thredfi_fields__:
            value = getattr(self, python_name)
            if not is_unset(value):
                parts.append(f"{python_name}={_short(value)}")
        extra = getattr(self, "additional_properties", None)
        if extra:
            parts.extend(f"{key}={_short(value)}" for key, value in extra.items())
        return f"{type(self).__name__}({', '.join(parts)})"


def _short(value: Any) -> str:
    if isinstance(value, uuid.UUID | dt.date):
        value = str(value)
    text = repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


def jsonable(value: Any, where: str = "body") -> Any:
    """A caller's input as JSON values: models and mappings to dicts, ids and dates to text.

    ``where`` names the position for errors (``body.line_items[0]``). Absent (``UNSET``) keys are
    dropped. A model's fields go by their API names, so a dict nested in a model works too.
    """
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, ThredfiModel):
        out = {
            name: jsonable(getattr(value, python_name), f"{where}.{python_name}")
            for name, python_name in value.__thredfi_fields__
            if not is_unset(getattr(value, python_name))
        }
        extra = getattr(value, "additional_properties", None) or {}
        out.update({str(key): jsonable(item, f"{where}.{key}") for key, item in extra.items()})
        return out
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: keys must be str, got {key!r}")
            if not is_unset(item):
                out[key] = jsonable(item, f"{where}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [jsonable(item, f"{where}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    raise TypeError(f"{where}: {type(value).__name__} cannot be sent as JSON")
