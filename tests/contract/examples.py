"""Build valid arguments for any generated operation from the bundled spec and its type hints.

Every parameter (optional ones too) gets a value, so the contract test exercises how the SDK
serialises each of them; request bodies are built from the operation's schema and loaded into
the generated body model, so what is sent is what the SDK itself serialises.

Values honour what a docs page may declare, all together: ``enum``, ``format``, ``pattern``,
string lengths, number ranges (``minimum``/``maximum``, exclusive bounds, ``multipleOf``), array
sizes and ``uniqueItems``, so a real docs page dropped into ``openapi/fragments/`` needs no change
here. Each candidate value is checked against its schema (``FORMAT_CHECKER``: the validator's
format checks, made as strict as Prism's for the formats the validator lets through, such as an
email without a domain) and the first one that passes is used; a schema no candidate satisfies
raises ``ValueError`` instead of yielding an invalid value.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import inspect
import ipaddress
import itertools
import json
import math
import re
import types
import typing
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal, get_args, get_origin, get_type_hints

from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from thredfi_api.types import Unset

Spec = dict[str, Any]

EXAMPLE_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FORMAT_EXAMPLES = {
    "uuid": EXAMPLE_UUID,
    "date": "2026-01-15",
    "date-time": "2026-01-15T10:00:00Z",
    "time": "10:00:00",
    "email": "finance@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "R0I=",
    "decimal": "1.00",
    "duration": "P1D",
}
# tried in order when a string has no (known) format: the first that fits every constraint wins
PLAIN_CANDIDATES = ("GB", EXAMPLE_UUID, "2026-01-15", "1", "a", "A", "example")
# how many alternatives of one value are tried (for uniqueItems, or a constraint the first misses)
ALTERNATIVES = 12

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Stricter than openapi-schema-validator's checks, close to what Prism (ajv-formats) enforces: the
# validator takes any string with an "@" for an email and does not check uri or hostname at all.
STRICT_FORMATS: dict[str, Callable[[str], bool]] = {
    "email": re.compile(rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]{{1,64}}@{_LABEL}(?:\.{_LABEL})+$").fullmatch,
    "uuid": re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$").fullmatch,
    "date": re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$").fullmatch,
    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$").fullmatch,
    "time": re.compile(r"^\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?$").fullmatch,
    "uri": re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$").fullmatch,
    "url": re.compile(rf"^https?://{_LABEL}(?:\.{_LABEL})*(?:[/?#]\S*)?$").fullmatch,
    "uri-reference": re.compile(r"^\S*$").fullmatch,
    "hostname": lambda value: len(value) <= 253 and re.fullmatch(rf"{_LABEL}(?:\.{_LABEL})*", value) is not None,
    "byte": re.compile(r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$").fullmatch,
    "decimal": re.compile(r"^-?\d+(?:\.\d+)?$").fullmatch,
    "duration": re.compile(
        r"^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$"
    ).fullmatch,
}


def _ip(version: int) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        try:
            return ipaddress.ip_address(value).version == version
        except ValueError:
            return False

    return check


STRICT_FORMATS["ipv4"] = _ip(4)
STRICT_FORMATS["ipv6"] = _ip(6)


def _strict_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checkers = dict(oas30_format_checker.checkers)
    for fmt, strict in STRICT_FORMATS.items():
        loose, raises = checker.checkers.get(fmt, (None, ()))

        def check(value: object, loose: Any = loose, strict: Callable[[str], bool] = strict) -> bool:
            if not isinstance(value, str):
                return True
            return bool(strict(value)) and (loose is None or bool(loose(value)))

        checker.checkers[fmt] = (check, raises)
    return checker


FORMAT_CHECKER = _strict_checker()


def format_conforms(fmt: str, value: Any) -> bool:
    """``value`` is a valid ``fmt`` (True for a format nobody checks)."""
    return FORMAT_CHECKER.conforms(value, fmt)


def is_valid(value: Any, schema: dict[str, Any], spec: Spec | None = None) -> bool:
    """``value`` satisfies ``schema`` (``$ref``s resolved in ``spec``), formats checked strictly."""
    root = {"components": (spec or {}).get("components", {}), **schema}
    return bool(OAS30Validator(root, format_checker=FORMAT_CHECKER).is_valid(value))


def resolve(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


_TIGHTER = {"maxLength": min, "maxItems": min, "maximum": min, "minLength": max, "minItems": max, "minimum": max}


def merge_all_of(schema: dict[str, Any], spec: Spec) -> dict[str, Any]:
    """One schema from an ``allOf``: properties and required names of every part, the tightest
    bounds; the candidates made from it are still checked against every part."""
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = resolve(part, spec)
        if "allOf" in part:
            part = merge_all_of(part, spec)
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = [*merged.get("required", []), *value]
            elif key in _TIGHTER and key in merged:
                merged[key] = _TIGHTER[key](merged[key], value)
            else:
                merged.setdefault(key, value)
    return merged


def _kind(schema: dict[str, Any]) -> str | None:
    """The schema's type, or the one its keywords imply when it names none."""
    if "type" in schema:
        return str(schema["type"])
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if any(key in schema for key in ("pattern", "format", "minLength", "maxLength")):
        return "string"
    if any(key in schema for key in ("minimum", "maximum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum")):
        return "number"
    return None


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def examples(schema: dict[str, Any], spec: Spec, depth: int = 0) -> Iterator[Any]:
    """Distinct values valid for ``schema``, every constraint together; the usual one first."""
    original = resolve(schema, spec)
    for key in ("oneOf", "anyOf"):
        if key in original:
            for option in original[key]:
                yield from examples(option, spec, depth)
            return
    working = merge_all_of(original, spec) if "allOf" in original else original
    if _kind(working) == "object" and "enum" not in working and depth > 6:
        yield {}
        return
    seen: set[str] = set()
    for candidate in _candidates(working, spec, depth):
        key = _key(candidate)
        if key not in seen and is_valid(candidate, original, spec):
            seen.add(key)
            yield candidate


def example(schema: dict[str, Any], spec: Spec, depth: int = 0) -> Any:
    """A value valid for ``schema``: every property filled, every constraint respected."""
    for value in examples(schema, spec, depth):
        return value
    raise ValueError(f"no example value satisfies {resolve(schema, spec)}")


def _candidates(schema: dict[str, Any], spec: Spec, depth: int) -> Iterator[Any]:
    if "enum" in schema:
        yield from (value for value in schema["enum"] if value is not None)
        if None in schema["enum"]:
            yield None
        return
    kind = _kind(schema)
    if kind == "object":
        yield from _object_candidates(schema, spec, depth)
    elif kind == "array":
        yield from _array_candidates(schema, spec, depth)
    elif kind in ("integer", "number"):
        yield from number_candidates(schema, integer=kind == "integer")
    elif kind == "boolean":
        yield from (True, False)
    elif kind == "string":
        yield from string_candidates(schema)
    else:
        yield "any"


def _object_candidates(schema: dict[str, Any], spec: Spec, depth: int) -> Iterator[dict[str, Any]]:
    writable = {
        name: prop for name, prop in schema.get("properties", {}).items() if not resolve(prop, spec).get("readOnly")
    }
    base = {name: example(prop, spec, depth + 1) for name, prop in writable.items()}
    yield base
    for name, prop in writable.items():  # alternatives: one property changed at a time
        for value in itertools.islice(examples(prop, spec, depth + 1), 1, ALTERNATIVES):
            yield {**base, name: value}


def _array_candidates(schema: dict[str, Any], spec: Spec, depth: int) -> Iterator[list[Any]]:
    count = max(int(schema.get("minItems", 1)), 1)
    if "maxItems" in schema:
        count = min(count, int(schema["maxItems"]))
    if count == 0:
        yield []
        return
    items = list(itertools.islice(examples(schema.get("items", {}), spec, depth + 1), count + ALTERNATIVES))
    if schema.get("uniqueItems"):
        for start in range(len(items) - count + 1):  # distinct items, then shifted windows of them
            yield items[start : start + count]
    else:
        for item in items:
            yield [item] * count


def _bounds(schema: dict[str, Any], *, integer: bool) -> tuple[float | None, float | None]:
    """The inclusive range ``schema`` allows (exclusive bounds moved in by one step for integers)."""
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    step = 1 if integer else 0
    if exclusive_low is True and low is not None:
        low += step
    elif isinstance(exclusive_low, int | float) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step
    if exclusive_high is True and high is not None:
        high -= step
    elif isinstance(exclusive_high, int | float) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    if integer:
        low = None if low is None else math.ceil(low)
        high = None if high is None else math.floor(high)
    return low, high


def number_example(schema: dict[str, Any], *, integer: bool) -> float:
    """1 if the schema allows it, else the nearest allowed value (bounds, exclusive bounds, multipleOf)."""
    step = 1.0 if integer else 0.5
    low, high = schema.get("minimum"), schema.get("maximum")
    # OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if exclusive_low is True and low is not None:
        low += step
    elif isinstance(exclusive_low, int | float) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step
    if exclusive_high is True and high is not None:
        high -= step
    elif isinstance(exclusive_high, int | float) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    value = 1.0
    if low is not None:
        value = max(value, math.ceil(low) if integer else low)
    if high is not None:
        value = min(value, math.floor(high) if integer else high)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
        if high is not None and value > high:
            value = math.floor(high / multiple) * multiple
    return value


def number_candidates(schema: dict[str, Any], *, integer: bool) -> Iterator[float]:
    """``number_example`` first, then other values in range (multiples of ``multipleOf``, exact
    in binary floating point where it can be, since validators divide)."""
    low, high = _bounds(schema, integer=integer)
    multiple = schema.get("multipleOf")
    first = number_example(schema, integer=integer)
    values: list[float] = [first]
    if low is not None and high is not None:
        values += [low + (high - low) * share for share in (0.5, 0.25, 0.75, 0.1, 0.9)]
    values += [bound for bound in (low, high) if bound is not None]
    if multiple:
        step = decimal.Decimal(str(multiple))
        start = (
            math.ceil(decimal.Decimal(str(low)) / step)
            if low is not None
            else round(decimal.Decimal(str(first)) / step)
        )
        ks = itertools.chain(range(start, start + 3 * ALTERNATIVES), range(start - 1, start - 3 * ALTERNATIVES, -1))
        values += [float(k * step) for k in ks]
    else:
        delta = 1.0
        values += [first + i * delta for i in range(1, ALTERNATIVES)] + [
            first - i * delta for i in range(1, ALTERNATIVES)
        ]
    for value in values:
        if (low is not None and value < low) or (high is not None and value > high):
            continue
        if integer:
            if float(value).is_integer():
                yield int(value)
        else:
            yield float(value)


def _domain(length: int) -> str:
    """A hostname of exactly ``length`` characters (at least 4), ending in ``.io``."""
    labels, rest = [], length - 3
    while rest > 0:
        size = min(63, rest)
        if rest - size == 1:  # a further label needs a dot and a character
            size -= 1
        labels.append("x" * size)
        rest -= size + 1
    return ".".join(labels) + ".io"


def _lengths(minimum: int, maximum: int | None, shortest: int) -> list[int]:
    """The lengths worth trying: the shortest allowed, and the longest when it is bounded."""
    low = max(minimum, shortest)
    found = [low] if maximum is None or low <= maximum else []
    if maximum is not None and maximum >= low and maximum != low:
        found.append(maximum)
    return found


def _format_candidates(fmt: str, minimum: int, maximum: int | None) -> Iterator[str]:
    """Values of format ``fmt``: the usual one, variants, and ones fitted to the lengths."""
    if fmt in FORMAT_EXAMPLES:
        yield FORMAT_EXAMPLES[fmt]
    if fmt == "email":
        for n in _lengths(minimum, maximum, 6):
            local = min(n - 5, 64)
            yield from (char * local + "@" + _domain(n - local - 1) for char in "abcdefghijkl")
        yield from (f"finance{i}@example.com" for i in range(1, ALTERNATIVES))
    elif fmt == "uuid":
        yield from (EXAMPLE_UUID[:-1] + digit for digit in "0123456789")
        yield EXAMPLE_UUID.upper()
    elif fmt == "date":
        yield from (f"2026-01-{day:02d}" for day in range(16, 16 + ALTERNATIVES))
    elif fmt == "date-time":
        yield from ("2026-01-15T10:00:00+00:00", "2026-01-15T10:00:00.000Z", "2026-01-15T10:00:00.000000+00:00")
        yield from (f"2026-01-15T10:{minute:02d}:00Z" for minute in range(1, ALTERNATIVES))
    elif fmt == "time":
        yield from ("10:00:00Z", "10:00:00.000Z", "10:00:00+00:00")
        yield from (f"10:{minute:02d}:00" for minute in range(1, ALTERNATIVES))
    elif fmt in ("uri", "url"):
        for n in _lengths(minimum, maximum, 13):
            yield "https://e.io/" + "x" * (n - 13)
        yield from ("http://a.io", "a:b") if fmt == "uri" else ("http://a.io",)
        yield from (f"https://example.com/{i}" for i in range(1, ALTERNATIVES))
    elif fmt == "uri-reference":
        for n in _lengths(minimum, maximum, 1):
            yield "/" + "x" * (n - 1)
        yield from (f"/x{i}" for i in range(1, ALTERNATIVES))
    elif fmt == "hostname":
        for n in _lengths(minimum, maximum, 1):
            yield _domain(n) if n >= 4 else "a" * n
        yield from (f"host{i}.example.com" for i in range(1, ALTERNATIVES))
    elif fmt == "ipv4":
        yield from (f"192.0.2.{i}" for i in range(2, 2 + ALTERNATIVES))
    elif fmt == "ipv6":
        yield from (f"2001:db8::{i:x}" for i in range(2, 2 + ALTERNATIVES))
    elif fmt == "byte":
        for n in _lengths(minimum, maximum, 4):
            size = (n // 4) * 3  # base64 of size bytes is n rounded down to a multiple of 4
            yield base64.b64encode(b"a" * size).decode()
            yield base64.b64encode(b"a" * (size + 1)).decode()
        yield from (base64.b64encode(bytes([i])).decode() for i in range(ALTERNATIVES))
    elif fmt == "decimal":
        for n in _lengths(minimum, maximum, 1):
            yield "1." + "0" * (n - 2) if n >= 3 else "1" * n
        yield from (f"{i}.00" for i in range(2, 2 + ALTERNATIVES))
    elif fmt == "duration":
        yield from (f"P{i}D" for i in range(2, 2 + ALTERNATIVES))


def string_candidates(schema: dict[str, Any]) -> Iterator[str]:
    """Strings for ``schema``, unchecked: its format's values (some fitted to the lengths) or
    plain values, strings its pattern matches, then each of those padded or cut to the lengths."""
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    maximum = None if maximum is None else int(maximum)
    pattern, fmt = schema.get("pattern"), schema.get("format")
    known = fmt in FORMAT_EXAMPLES or fmt in STRICT_FORMATS
    bases: list[str] = list(_format_candidates(fmt, minimum, maximum)) if known else list(PLAIN_CANDIDATES)
    if pattern:
        longest = max(minimum, 8) if maximum is None else min(max(minimum, 8), max(maximum, 1))
        for variant in range(ALTERNATIVES):
            for repeat in range(1, longest + 1):
                made = from_pattern(pattern, repeat, variant)
                if made is not None:
                    bases.append(made)
    yield from bases
    for base in bases:  # then each one padded or cut to the lengths
        yield base.ljust(minimum, "x")
        if maximum is not None:
            yield base[:maximum]
    yield ""


def string_example(schema: dict[str, Any], spec: Spec | None = None) -> str:
    """A string meeting the schema's format, pattern and length limits, all together."""
    checked = {"type": "string", **schema}
    for value in string_candidates(schema):
        if is_valid(value, checked, spec):
            return value
    raise ValueError(f"no example string found for {schema}")


def from_pattern(pattern: str, repeat: int, variant: int = 0) -> str | None:
    """A string the regular expression matches, each repetition taken ``repeat`` times (within its
    bounds); ``variant`` picks other members of classes and branches (0: the first)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    try:
        return _emit(list(parsed), repeat, variant)
    except ValueError:
        return None


def _emit(items: list[tuple[Any, Any]], repeat: int, variant: int) -> str:
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append(_pick([c for c in "abcdefghijkl" if c != chr(arg)], variant))
        elif op is sre.ANY:
            out.append(_pick(list("abcdefghijkl"), variant))
        elif op is sre.IN:
            out.append(_class_member(arg, variant))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            count = max(low, min(repeat, high))
            out.append("".join(_emit(list(sub), repeat, variant) for _ in range(count)))
        elif op is sre.SUBPATTERN:
            out.append(_emit(list(arg[-1]), repeat, variant))
        elif op is sre.BRANCH:
            out.append(_emit(list(_pick(arg[1], variant)), repeat, variant))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"unsupported pattern element {op}")
    return "".join(out)


def _pick(options: list[Any], variant: int) -> Any:
    if not options:
        raise ValueError("nothing to pick from")
    return options[variant % len(options)]


_CATEGORY_EXAMPLES = {
    "CATEGORY_DIGIT": "1234567890",
    "CATEGORY_NOT_DIGIT": "abcdefghij",
    "CATEGORY_WORD": "abcdefghij",
    "CATEGORY_NOT_WORD": "-. ",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "abcdefghij",
}


def _class_member(items: list[tuple[Any, Any]], variant: int) -> str:
    if items and items[0][0] is sre.NEGATE:
        rest = items[1:]
        return str(_pick([char for char in "aA0x_-. bB1" if not _in_class(char, rest)], variant))
    members: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            members.append(chr(arg))
        elif op is sre.RANGE:
            members += [chr(code) for code in range(arg[0], min(arg[1], arg[0] + 25) + 1)]
        elif op is sre.CATEGORY:
            members += list(_CATEGORY_EXAMPLES[str(arg)])
        else:
            raise ValueError(f"unsupported class element {op}")
    return str(_pick(members, variant))


def _in_class(char: str, items: list[tuple[Any, Any]]) -> bool:
    for op, arg in items:
        if op is sre.LITERAL and chr(arg) == char:
            return True
        if op is sre.RANGE and arg[0] <= ord(char) <= arg[1]:
            return True
        if op is sre.CATEGORY and re.fullmatch(_CATEGORY_REGEX[str(arg)], char):
            return True
    return False


_CATEGORY_REGEX = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


def python_name(name: str) -> str:
    return re.sub(r"\W+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower()


def _strip_unset(hint: Any) -> Any:
    if get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not Unset and a is not type(None)]
        return options[0] if len(options) == 1 else typing.Union[tuple(options)]  # noqa: UP007
    return hint


def value_for(hint: Any, schema: dict[str, Any], spec: Spec) -> Any:
    """A Python value of the generated parameter's type, valid for its spec schema."""
    hint = _strip_unset(hint)
    origin = get_origin(hint)
    if origin is Literal:
        return get_args(hint)[0]
    if origin is list:
        array = resolve(schema, spec)
        if _kind(array) != "array":
            return [value_for(get_args(hint)[0], array, spec)]
        # the items of one example array (distinct where uniqueItems asks for it), typed
        return [_convert(get_args(hint)[0], array.get("items", {}), item, spec) for item in example(array, spec)]
    if origin in (typing.Union, types.UnionType):
        # a union of models (several body types): the first one's model, built from the first schema
        return value_for(get_args(hint)[0], schema, spec)
    if hint is uuid.UUID:
        return uuid.UUID(EXAMPLE_UUID)
    if hint is dt.date:
        return dt.date(2026, 1, 15)
    if hint is dt.datetime:
        return dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    if hint is bool:
        return True
    if hint in (int, float):
        return hint(example(schema, spec))
    if hasattr(hint, "from_dict"):
        return hint.from_dict(example(schema, spec))
    return example(schema, spec)


def _convert(hint: Any, schema: dict[str, Any], value: Any, spec: Spec) -> Any:
    """``value`` (valid for ``schema``) as a Python value of the generated type ``hint``."""
    hint = _strip_unset(hint)
    origin = get_origin(hint)
    if origin is Literal:
        return value if value in get_args(hint) else get_args(hint)[0]
    if origin is list:
        items = resolve(schema, spec).get("items", {})
        return [_convert(get_args(hint)[0], items, item, spec) for item in value]
    if origin in (typing.Union, types.UnionType):
        return _convert(get_args(hint)[0], schema, value, spec)
    parsers: dict[Any, Callable[[Any], Any]] = {
        uuid.UUID: uuid.UUID,
        dt.date: dt.date.fromisoformat,
        dt.datetime: dt.datetime.fromisoformat,
    }
    if hint in parsers:
        try:
            return parsers[hint](value)
        except (TypeError, ValueError):
            return value_for(hint, schema, spec)
    if hint in (bool, int, float):
        return hint(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hasattr(hint, "from_dict"):
        return hint.from_dict(value)
    return value


def parameter_schemas(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each parameter's schema by its generated Python name.

    openapi-python-client names a parameter whose name another location also uses after its
    location (``business_id`` in path and query: ``business_id_path``, ``business_id_query``).
    """
    parameters = operation.get("parameters", [])
    clashes = Counter(python_name(p["name"]) for p in parameters)
    return {
        python_name(p["name"]) + (f"_{p['in']}" if clashes[python_name(p["name"])] > 1 else ""): p.get("schema", {})
        for p in parameters
    }


def arguments(fn: Any, operation: dict[str, Any], spec: Spec) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keyword arguments (query, header, body) for ``fn``."""
    hints = get_type_hints(fn)
    schemas = parameter_schemas(operation)
    contents = operation.get("requestBody", {}).get("content", {})
    body = next(iter(contents.values()), {}).get("schema", {})
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        if name not in schemas and name != "body":
            raise KeyError(f"{fn.__module__}: parameter {name!r} has no schema in the spec")
        value = value_for(hints[name], body if name == "body" else schemas[name], spec)
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs
