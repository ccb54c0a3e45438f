"""The public surface of ``thredfi``: ``__all__`` is sorted, complete and truthful."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest
import thredfi

REQUIRED = {"ThredfiClient", "BusinessClient", "Token", "RetryPolicy", "request_context", "current_request_id"}
PUBLIC_SUBMODULES = {"testing", "pytest_plugin"}  # imported on their own (import thredfi.testing), not re-exported
STATUS_ERRORS = [
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "TokenError",
]


def _own_modules() -> list[ModuleType]:
    """The package and every module of it (``thredfi._client``, ``thredfi._errors``, ...)."""
    names = [info.name for info in pkgutil.iter_modules(thredfi.__path__, prefix="thredfi.")]
    assert names, "no submodules found"
    return [thredfi, *(importlib.import_module(name) for name in names)]


def _exception_classes() -> dict[str, type[BaseException]]:
    """Every public exception class defined (not imported) by the package's own modules.

    A private one (``_StoreDown``) is a signal between the Redis modules, never raised to users.
    """
    found: dict[str, type[BaseException]] = {}
    for module in _own_modules():
        for name, obj in vars(module).items():
            if name.startswith("_"):
                continue
            if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == module.__name__:
                found[name] = obj
    return found


def _isort_style_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 enforces on ``__all__`` (enabled in pyproject.toml via "RUF").

    SCREAMING_SNAKE_CASE constants first, then CamelCase classes, then everything else;
    case-sensitive order within each group.
    """
    if name.isupper() and len(name) > 1:
        group = 0
    elif name[:1].isupper():
        group = 1
    else:
        group = 2
    return group, name


def test_all_is_sorted() -> None:
    # A plain sorted() would put DEFAULT_BASE_URL among the CamelCase names, which ruff (RUF022,
    # selected through "RUF" in pyproject.toml) rejects: the repo's own rule is the one tested.
    assert list(thredfi.__all__) == sorted(thredfi.__all__, key=_isort_style_key)


def test_all_has_no_duplicates() -> None:
    assert len(set(thredfi.__all__)) == len(thredfi.__all__)


@pytest.mark.parametrize("name", thredfi.__all__)
def test_every_listed_name_exists(name: str) -> None:
    assert hasattr(thredfi, name)
    assert getattr(thredfi, name) is not None


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from thredfi import *", namespace)  # noqa: S102 - a fixed statement
    namespace.pop("__builtins__", None)
    assert set(namespace) == set(thredfi.__all__)


def test_required_names_are_listed() -> None:
    assert set(thredfi.__all__) >= REQUIRED


def test_every_exception_class_is_listed() -> None:
    classes = _exception_classes()
    assert {"ThredfiError", "APIStatusError", "APIConnectionError", "APITimeoutError", *STATUS_ERRORS} <= set(classes)
    missing = sorted(set(classes) - set(thredfi.__all__))
    assert missing == []
    for name, cls in classes.items():
        assert getattr(thredfi, name) is cls


def test_every_public_name_of_the_package_namespace_is_listed() -> None:
    # pytest rewrites the asserts of a plugin's package (thredfi.pytest_plugin): its "@py_..." names
    public = {name for name in vars(thredfi) if not name.startswith(("_", "@"))}
    assert sorted(public - set(thredfi.__all__) - PUBLIC_SUBMODULES) == []


def test_exceptions_module_all_is_re_exported() -> None:
    from thredfi import _exceptions

    assert set(_exceptions.__all__) <= set(thredfi.__all__)


@pytest.mark.parametrize("name", sorted(_exception_classes()))
def test_every_exception_class_subclasses_thredfi_error(name: str) -> None:
    assert issubclass(_exception_classes()[name], thredfi.ThredfiError)


def test_exception_hierarchy_matches_the_readme() -> None:
    assert issubclass(thredfi.ThredfiError, Exception)
    assert issubclass(thredfi.APIStatusError, thredfi.ThredfiError)
    assert issubclass(thredfi.APIConnectionError, thredfi.ThredfiError)
    assert issubclass(thredfi.APITimeoutError, thredfi.APIConnectionError)
    assert not issubclass(thredfi.APIConnectionError, thredfi.APIStatusError)
    assert not issubclass(thredfi.APIStatusError, thredfi.APIConnectionError)
    for name in STATUS_ERRORS:
        assert issubclass(getattr(thredfi, name), thredfi.APIStatusError), name


def test_exported_objects_are_the_defining_modules_objects() -> None:
    from thredfi import _client, _request_id, _retry, _tokens

    assert thredfi.ThredfiClient is _client.ThredfiClient
    assert thredfi.BusinessClient is _client.BusinessClient
    assert thredfi.Token is _tokens.Token
    assert thredfi.RetryPolicy is _retry.RetryPolicy
    assert thredfi.request_context is _request_id.request_context
    assert thredfi.current_request_id is _request_id.current_request_id
