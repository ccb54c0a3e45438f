"""Iterate over every item of a paginated list operation, one page request at a time.

Thredfi's list operations take ``page``/``page_size`` (at most 100) and answer
``{count, page_info: {total_count, current_page, total_pages, page_size}, results}``, while the
pagination guide shows the DRF form ``{count, next, previous, results}``. Both are read; the
last page is recognised by, in order: an empty page, ``page_info`` (current_page >= total_pages),
a null ``next``, ``count`` reached, or a short page; a 404 for a page after the first (DRF's
"Invalid page.") also ends a list that carried none of those.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

from ._config import check_int
from ._exceptions import NotFoundError, ThredfiError

if TYPE_CHECKING:  # importing thredfi_api.models loads every model: only for the type checker
    from thredfi_api.models import ErrorResponse, ValidationErrorResponse

MAX_PAGE_SIZE = 100
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
_MISSING: Any = object()


class Page(Protocol[T_co]):
    """A parsed page of a generated list operation."""

    @property
    def results(self) -> Sequence[T_co]: ...


class ListOperation(Protocol[T_co]):
    """A generated list operation's ``asyncio`` function."""

    def __call__(
        self, *args: Any, **kwargs: Any
    ) -> Awaitable[Page[T_co] | ErrorResponse | ValidationErrorResponse | None]: ...


class ListOperationModule(Protocol[T_co]):
    """A generated list operation's module (``thredfi_api.api.<tag>.list_...``)."""

    @property
    def asyncio(self) -> ListOperation[T_co]: ...


@overload
def paginate(
    op: ListOperationModule[T], *args: Any, client: Any, page_size: int = MAX_PAGE_SIZE, **params: Any
) -> AsyncIterator[T]: ...


@overload
def paginate(
    op: ListOperation[T], *args: Any, client: Any, page_size: int = MAX_PAGE_SIZE, **params: Any
) -> AsyncIterator[T]: ...


def paginate(op: Any, *args: Any, client: Any, page_size: int = MAX_PAGE_SIZE, **params: Any) -> AsyncIterator[Any]:
    """Yield every item of every page of ``op``; each page is requested only when needed.

    ``op`` is a generated list operation (its module or its ``asyncio`` function); ``args`` are
    its path parameters and ``params`` its filters::

        async for vendor in thredfi.paginate(list_vendors, business_id, client=biz.api, name="Acme"):
            ...

    The resource client's lists (``biz.vendors.list(...)``) walk pages the same way, typed.
    """
    check_page_size(page_size)
    if "page" in params:
        raise TypeError("paginate() sets 'page' itself; pass filters only")
    fetch = getattr(op, "asyncio", op)
    if not callable(fetch):
        raise TypeError(f"op must be a generated list operation (module or its asyncio function), got {op!r}")

    async def fetch_page(page: int, size: int | None) -> Any:
        return await fetch(*args, client=client, page=page, page_size=size, **params)

    return walk(fetch_page, name=getattr(fetch, "__module__", "operation"), first_page=1, page_size=page_size)


def check_page_size(page_size: int) -> int:
    return check_int("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE)


FetchPage = Callable[[int, "int | None"], Awaitable[Any]]


def page_items(result: Any, name: str, page: int) -> list[Any]:
    items = getattr(result, "results", None)
    if items is None and hasattr(result, "results"):
        return []  # ``null`` where the list is due, kept by lenient parsing (reported as drift): no items
    if not isinstance(items, list):
        raise ThredfiError(f"{name}: page {page} is not a paginated list (got {type(result).__name__})")
    return items


async def walk(fetch: FetchPage, *, name: str, first_page: int, page_size: int) -> AsyncIterator[Any]:
    """Every item from ``first_page`` on: the one page walk behind ``paginate`` and ``AsyncPaginator``."""
    page, seen = first_page, (first_page - 1) * page_size
    while True:
        try:
            result = await fetch(page, page_size)
        except NotFoundError:
            if page == first_page:
                raise
            return  # DRF answers 404 "Invalid page." past the end: a list without metadata ended
        items = page_items(result, name, page)
        for item in items:
            yield item
        seen += len(items)
        if _is_last_page(result, page, page_size, len(items), seen):
            return
        page += 1


class _EmptyPage:
    results: list[Any] = []  # noqa: RUF012 - never mutated


_EMPTY_PAGE = _EmptyPage()


class AsyncPage(Generic[T]):
    """One page of a list: ``items``, ``total_count``, ``has_next_page()``, ``await next_page()``."""

    def __init__(self, result: Any, *, fetch: FetchPage, name: str, page: int, page_size: int | None) -> None:
        self.result = result  # the parsed page model (count, page_info, ...)
        self.items: list[T] = page_items(result, name, page)
        self.page = page
        self._fetch = fetch
        self._name = name
        self._page_size = page_size

    def __repr__(self) -> str:
        return f"AsyncPage(page={self.page}, items={len(self.items)}, total_count={self.total_count})"

    @property
    def total_count(self) -> int | None:
        """How many items the whole list has, when the server says (``page_info`` or ``count``)."""
        page_info = _field(self.result, "page_info")
        total = _int_of(page_info, "total_count") if page_info not in (_MISSING, None) else None
        if total is None:
            count = _field(self.result, "count")
            total = count if isinstance(count, int) and not isinstance(count, bool) else None
        return total

    def has_next_page(self) -> bool:
        size = self._page_size or len(self.items)
        seen = (self.page - 1) * size + len(self.items)
        return not _is_last_page(self.result, self.page, size, len(self.items), seen)

    async def next_page(self) -> AsyncPage[T]:
        """The following page; ``ThredfiError`` after the last one (check ``has_next_page()``).

        A list without page metadata may end on a full page: the page after it is then empty.
        """
        if not self.has_next_page():
            raise ThredfiError(f"{self._name}: page {self.page} is the last page")
        number = self.page + 1
        try:
            result = await self._fetch(number, self._page_size)
        except NotFoundError:
            result = _EMPTY_PAGE  # DRF's "Invalid page." past the end
        return AsyncPage(result, fetch=self._fetch, name=self._name, page=number, page_size=self._page_size)


class AsyncPaginator(Generic[T]):
    """What a list method returns: ``async for`` walks every item; ``await`` gives the first page.

    Iterating asks for ``page_size`` items per page (the maximum, 100, unless you set it);
    awaiting sends the ``page_size`` you set, else none (the server's default).
    """

    def __init__(self, fetch: FetchPage, *, operation: str, first_page: int = 1, page_size: int | None = None) -> None:
        self._fetch = fetch
        self._operation = operation
        self._first_page = first_page
        self._page_size = page_size

    def __repr__(self) -> str:
        return f"AsyncPaginator({self._operation}, page={self._first_page}, page_size={self._page_size})"

    def __aiter__(self) -> AsyncIterator[T]:
        size = self._page_size or MAX_PAGE_SIZE
        return walk(self._fetch, name=self._operation, first_page=self._first_page, page_size=size)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPage[T]:
        return await self.page(self._page_size)

    @property
    def page_size(self) -> int | None:
        """The page size the caller set (``None``: the server's default)."""
        return self._page_size

    async def page(self, page_size: int | None) -> AsyncPage[T]:
        """The first page, asking for ``page_size`` items (the blocking client walks pages with it)."""
        result = await self._fetch(self._first_page, page_size)
        return AsyncPage(result, fetch=self._fetch, name=self._operation, page=self._first_page, page_size=page_size)


def _field(result: Any, name: str) -> Any:
    """A response field, from the model or, when the schema lacks it, its additional properties."""
    from thredfi_api.types import Unset

    value = getattr(result, name, _MISSING)
    if value is _MISSING or isinstance(value, Unset):
        extra = getattr(result, "additional_properties", None)
        value = extra.get(name, _MISSING) if isinstance(extra, dict) else _MISSING
    return value


def _int_of(container: Any, name: str) -> int | None:
    value = container.get(name) if isinstance(container, dict) else getattr(container, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _is_last_page(result: Any, page: int, page_size: int, count_here: int, seen: int) -> bool:
    if count_here == 0:
        return True
    page_info = _field(result, "page_info")
    if page_info is not _MISSING and page_info is not None:
        total_pages = _int_of(page_info, "total_pages")
        current = _int_of(page_info, "current_page") or page
        if total_pages is not None:
            return current >= total_pages
    next_url = _field(result, "next")
    if next_url is not _MISSING:
        return not next_url
    count = _field(result, "count")
    if isinstance(count, int) and not isinstance(count, bool):
        return seen >= count
    return count_here < page_size
