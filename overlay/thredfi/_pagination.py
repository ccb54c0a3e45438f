"""Iterate over every item of a paginated list operation, one page request at a time.

Thredfi's list operations take ``page``/``page_size`` (at most 100) and answer
``{count, page_info: {total_count, current_page, total_pages, page_size}, results}``, while the
pagination guide shows the DRF form ``{count, next, previous, results}``. Both are read; the
last page is recognised by, in order: an empty page, ``page_info`` (current_page >= total_pages),
a null ``next``, ``count`` reached, or a short page; a 404 for a page after the first (DRF's
"Invalid page.") also ends a list that carried none of those.

``async for`` over an ``AsyncPaginator`` reads ahead (``PagesAhead``): once the first page says how
many pages there are (``page_info`` or ``count``), up to ``prefetch`` following pages are in flight
while the caller reads, and items still come strictly in page order, each once. A list that only
links its ``next`` page is read one page ahead. The pages are fetched by a task of their own
(``_flight.spawn``), never inside the caller's: leaving the loop early (``break``) stops them when
the iterator is dropped, and ``contextlib.aclosing`` (or ``await iterator.aclose()``) stops them at
once and waits until none is left.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

import anyio
import anyio.abc

from ._config import check_int
from ._exceptions import NotFoundError, ThredfiError
from ._flight import spawn

if TYPE_CHECKING:  # importing thredfi_api.models loads every model: only for the type checker
    from thredfi_api.models import ErrorResponse, ValidationErrorResponse

MAX_PAGE_SIZE = 100
DEFAULT_PREFETCH_PAGES = 4
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

    Iterating asks for ``page_size`` items per page (the maximum, 100, unless you set it) and
    reads up to ``prefetch`` pages ahead (4; ``with_prefetch(n)`` for another number, 0 for one
    page at a time); awaiting sends the ``page_size`` you set, else none (the server's default).
    ``await collect(concurrency=8)`` returns the whole list.
    """

    def __init__(
        self,
        fetch: FetchPage,
        *,
        operation: str,
        first_page: int = 1,
        page_size: int | None = None,
        prefetch: int = DEFAULT_PREFETCH_PAGES,
    ) -> None:
        self._fetch = fetch
        self._operation = operation
        self._first_page = first_page
        self._page_size = page_size
        self._prefetch = check_prefetch("prefetch", prefetch, minimum=0)

    def __repr__(self) -> str:
        return f"AsyncPaginator({self._operation}, page={self._first_page}, page_size={self._page_size})"

    def __aiter__(self) -> AsyncIterator[T]:
        size = self._page_size or MAX_PAGE_SIZE
        if self._prefetch == 0:
            return walk(self._fetch, name=self._operation, first_page=self._first_page, page_size=size)
        return PagesAhead(
            self._fetch, name=self._operation, first_page=self._first_page, page_size=size, prefetch=self._prefetch
        )

    @property
    def prefetch(self) -> int:
        """How many pages ``async for`` reads ahead of you (0: one page at a time)."""
        return self._prefetch

    def with_prefetch(self, pages: int) -> AsyncPaginator[T]:
        """This list, read ``pages`` pages ahead (0: one page at a time, only when needed)."""
        copy: AsyncPaginator[T] = AsyncPaginator(
            self._fetch, operation=self._operation, first_page=self._first_page, page_size=self._page_size
        )
        copy._prefetch = check_prefetch("pages", pages, minimum=0)
        return copy

    async def collect(self, *, concurrency: int = 8) -> list[T]:
        """Every item of the list, in order, with up to ``concurrency`` page requests in flight."""
        iterator = self.with_prefetch(check_prefetch("concurrency", concurrency, minimum=1)).__aiter__()
        async with contextlib.aclosing(iterator) as items:  # type: ignore[type-var]
            return [item async for item in items]

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


def check_prefetch(name: str, value: object, *, minimum: int) -> int:
    return check_int(name, value, minimum=minimum, maximum=MAX_PREFETCH_PAGES)


MAX_PREFETCH_PAGES = 64


@dataclasses.dataclass(eq=False)
class _Pages:
    """What the reader (``PagesAhead``) and the fetching task share; the fetching task holds only this."""

    fetch: FetchPage
    name: str
    first: int
    size: int
    ahead: int
    wanted: int  # the next page the reader takes
    started: int  # the highest page asked for
    limit: int  # the highest page known to exist
    end: int | None = None  # the last page, once known
    done: dict[int, tuple[list[Any] | None, Exception | None]] = dataclasses.field(default_factory=dict)
    scopes: dict[int, anyio.CancelScope] = dataclasses.field(default_factory=dict)
    arrived: anyio.Event | None = None
    wake: anyio.Event | None = None
    scope: anyio.CancelScope | None = None  # the fetching task's
    finished: anyio.Event | None = None  # set when the fetching task has ended
    tasks: set[Any] = dataclasses.field(default_factory=set)
    pending: bool = False  # a page task started but not yet running

    def may_start(self) -> bool:
        page = self.started + 1
        return page <= self.limit and (self.end is None or page <= self.end) and page < self.wanted + self.ahead

    def all_started(self) -> bool:
        return self.end is not None and self.started >= self.end

    def poke(self) -> None:
        if self.wake is not None:
            self.wake.set()

    def set_end(self, page: int) -> None:
        self.end = page if self.end is None else min(self.end, page)
        for number, scope in list(self.scopes.items()):
            if number > self.end:
                scope.cancel()  # past the end: not needed
        for number in [n for n in self.done if n > self.end]:
            del self.done[number]

    def settle(self, page: int, result: Any, error: Exception | None) -> None:
        """A page's outcome: its items (or error) kept for the reader; the end or more pages learnt."""
        if self.end is None or page <= self.end:
            if error is not None:
                if isinstance(error, NotFoundError) and page != self.first:
                    self.set_end(page - 1)  # DRF's "Invalid page." past the end
                else:
                    self.done[page] = (None, error)
                    self.set_end(page)
            else:
                try:
                    items = page_items(result, self.name, page)
                except ThredfiError as exc:
                    self.done[page] = (None, exc)
                    self.set_end(page)
                else:
                    self.done[page] = (items, None)
                    seen = (page - 1) * self.size + len(items)
                    if _is_last_page(result, page, self.size, len(items), seen):
                        self.set_end(page)
                    else:
                        self.limit = max(self.limit, _last_known_page(result, page, self.size, len(items)))
        if self.arrived is not None:
            self.arrived.set()
            self.arrived = anyio.Event()
        self.poke()

    def start_next(self, group: anyio.abc.TaskGroup) -> None:
        """Start the next page if the window allows: one at a time, so pages leave in order."""
        stopped = self.scope is not None and self.scope.cancel_called
        if not stopped and not self.pending and self.may_start():
            self.started += 1
            self.pending = True
            group.start_soon(self.fetch_one, group, self.started)

    async def fetch_one(self, group: anyio.abc.TaskGroup, page: int) -> None:
        self.pending = False
        self.start_next(group)  # the following page starts after this one has
        with anyio.CancelScope() as scope:
            self.scopes[page] = scope
            try:
                result = await self.fetch(page, self.size)
            except Exception as exc:  # kept for the reader, raised when it reaches this page
                self.settle(page, None, exc)
            else:
                self.settle(page, result, None)
        self.scopes.pop(page, None)

    async def run(self) -> None:
        """The fetching task: starts pages while the window allows; never raises (a task of its own)."""
        assert self.scope is not None
        assert self.finished is not None
        try:
            with self.scope:
                async with anyio.create_task_group() as group:
                    while not self.all_started():
                        self.wake = anyio.Event()
                        self.start_next(group)
                        if self.all_started():
                            break
                        await self.wake.wait()
        finally:
            self.finished.set()


class PagesAhead(AsyncIterator[T]):
    """``async for`` over a list, reading up to ``prefetch`` pages ahead (the module's docstring)."""

    def __init__(self, fetch: FetchPage, *, name: str, first_page: int, page_size: int, prefetch: int) -> None:
        self._pages = _Pages(
            fetch, name, first_page, page_size, prefetch, wanted=first_page, started=first_page - 1, limit=first_page
        )
        self._items: collections.deque[Any] = collections.deque()
        self._closed = False

    async def __anext__(self) -> T:
        while not self._items:
            if self._closed:
                raise StopAsyncIteration
            await self._take_page()
        return self._items.popleft()  # type: ignore[no-any-return]

    async def next_batch(self) -> list[T]:
        """The items of the next page that has any; ``[]`` at the end (the blocking client: one hop a page)."""
        while not self._items:
            if self._closed:
                return []
            await self._take_page()
        batch = list(self._items)
        self._items.clear()
        return batch

    async def _take_page(self) -> None:
        pages = self._pages
        page = pages.wanted
        if pages.end is not None and page > pages.end:
            await self._finish()
            return
        if page == pages.first and pages.started < page:  # the first page, in the reader's own task
            pages.started = page
            try:
                result = await pages.fetch(page, pages.size)
            except NotFoundError:
                raise  # a 404 on the first page asked for is the caller's error
            except Exception as exc:
                pages.settle(page, None, exc)
            except BaseException:  # cancelled: the first page is asked for again next time
                pages.started = page - 1
                raise
            else:
                pages.settle(page, result, None)
            if pages.end is None or pages.end > page:
                self._start()
        while page not in pages.done:
            if pages.end is not None and page > pages.end:
                await self._finish()
                return
            if pages.arrived is None:
                pages.arrived = anyio.Event()
            await pages.arrived.wait()
        items, error = pages.done.pop(page)
        pages.wanted = page + 1
        pages.poke()  # the window moved: the fetching task may start one more
        if error is not None:
            await self._finish()
            raise error
        if pages.end is not None and page >= pages.end:
            await self._finish()
        self._items.extend(items or ())

    def _start(self) -> None:
        pages = self._pages
        pages.scope, pages.finished, pages.arrived = anyio.CancelScope(), anyio.Event(), anyio.Event()
        spawn(pages.run(), pages.tasks)

    async def aclose(self) -> None:
        """Stop the pages in flight and wait until none is left running (idempotent)."""
        self._items.clear()
        await self._finish()

    async def _finish(self) -> None:
        self._closed = True
        pages = self._pages
        if pages.scope is not None and pages.finished is not None:
            pages.scope.cancel()
            await pages.finished.wait()

    def __del__(self) -> None:  # a ``break`` without aclosing: stop the pages in flight
        scope = self._pages.scope
        if scope is not None and not self._closed:
            with contextlib.suppress(Exception):
                scope.cancel()


def _last_known_page(result: Any, page: int, size: int, count_here: int) -> int:
    """The highest page a (not last) page says exists: from ``page_info``, ``count``, else the next one."""
    page_info = _field(result, "page_info")
    if page_info is not _MISSING and page_info is not None:
        total_pages = _int_of(page_info, "total_pages")
        if total_pages is not None:
            return total_pages
    count = _field(result, "count")
    if isinstance(count, int) and not isinstance(count, bool):
        per_page = count_here if 0 < count_here < size else size  # the server may cap the page size
        return max(page + 1, -(-count // per_page))
    return page + 1  # only a ``next`` link (or nothing): one page ahead


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
