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
from contextvars import ContextVar
from typing import Any, ClassVar, Literal

from ._drift import DriftKind, ResponseDrift

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
    state = _Parsing(mode)
    token = _parsing.set(state)
    try:
        yield state.drifts
    finally:
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
        if not present:
            raise TypeError(f"{model.__name__}: the required field {python_name!r} is missing")
        value = source[name]
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        raise (TypeError if isinstance(error, TypeError) else ValueError)(
            f"{python_name}: expected {expected}, got {shown}"
        ) from None
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


def extra_fields(model: type, names: Iterator[str] | list[str], declared: bool) -> None:
    """Keys the model does not declare: kept by the model; refused from a caller; a drift otherwise."""
    state = _parsing.get()
    if state is None or state.mode == "strict" or not declared:
        return
    names = list(names)
    if state.mode == "input":
        raise TypeError(
            f"{model.__name__} has no field {names[0]!r}"
            " (a field the spec does not know goes in extra_body=, which is sent as given)"
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
