"""``thredfi.Client``: the synchronous twin of ``ThredfiClient``, for Django views, Celery tasks,
scripts and notebooks.

It is the async client run on an event loop of its own, in a daemon thread (``Runner``): every
decision (tokens and their windows, retries, idempotency, request ids, errors, parsing) is the
async client's, never copied; only the waiting differs. That also makes it:

* **thread-safe**: any number of threads share one ``Client``; their calls meet on one loop, so
  a token is fetched once whatever the number of threads;
* **usable where a loop already runs** (a notebook cell, an async framework calling sync code):
  the call waits on the client's own loop, not the caller's;
* **fork-safe**: after ``os.fork()`` the child starts its own loop thread and its own
  connections on first use (``_forks``); cached tokens are kept;
* **context-preserving**: the caller's ``contextvars`` (``request_context(...)``) go with the call.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import inspect
import os
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

from thredfi_api.api import SyncBusinessResources, SyncPartnerResources

from ._client import BusinessClient, Settled, ThredfiClient, View, _Core
from ._exceptions import ThredfiError
from ._pagination import MAX_PAGE_SIZE, AsyncPage, AsyncPaginator, PagesAhead
from ._request import RequestOptions
from ._settings import ClientOptions
from ._token_endpoint import Token

T = TypeVar("T")


class Runner:
    """One event loop in a daemon thread, started on first use (again in a forked child)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0
        self.after_fork: list[Callable[[], None]] = []  # resets the client's connections in a child

    def _loop_for_this_process(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is not None and self._pid == os.getpid():
                return self._loop
            if self._loop is not None:  # a forked child: the parent's thread and sockets are not ours
                for reset in self.after_fork:
                    reset()
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def serve() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()

            self._thread = threading.Thread(target=serve, name="thredfi-client", daemon=True)
            self._thread.start()
            ready.wait()
            self._loop, self._pid = loop, os.getpid()
            return loop

    def run(self, function: Callable[..., Awaitable[T]], /, *args: Any, **kwargs: Any) -> T:
        """``await function(*args, **kwargs)`` on the client's loop, with the caller's context; block."""
        loop = self._loop_for_this_process()
        if threading.current_thread() is self._thread:
            raise ThredfiError("a thredfi.Client was called from its own event loop: use thredfi.ThredfiClient there")
        context = contextvars.copy_context()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()
        tasks: list[asyncio.Task[T]] = []

        def start() -> None:
            if done.set_running_or_notify_cancel():
                task: asyncio.Task[T] = loop.create_task(_awaited(function, args, kwargs), context=context)
                tasks.append(task)
                task.add_done_callback(lambda finished: _settle(done, finished))

        loop.call_soon_threadsafe(start)
        try:
            return done.result()
        except BaseException:
            if not done.done():  # the caller was interrupted (KeyboardInterrupt): stop the call too
                loop.call_soon_threadsafe(lambda: [task.cancel() for task in tasks])
            raise

    def close(self, final: Callable[[], Awaitable[None]]) -> None:
        """Run ``final`` on the loop (closing connections), then stop the loop and its thread."""
        with self._lock:
            loop, thread, self._loop = self._loop, self._thread, None
        if loop is None or thread is None or self._pid != os.getpid():
            return
        asyncio.run_coroutine_threadsafe(_awaited(final, (), {}), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


async def _awaited(function: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    return await function(*args, **kwargs)


def _settle(done: concurrent.futures.Future[T], task: asyncio.Task[T]) -> None:
    if task.cancelled():
        done.cancel()
    elif task.exception() is not None:
        done.set_exception(task.exception())
    else:
        done.set_result(task.result())


class SyncPage(Generic[T]):
    """One page of a list (blocking): ``items``, ``total_count``, ``has_next_page()``, ``next_page()``."""

    def __init__(self, page: AsyncPage[T], runner: Runner) -> None:
        self._page, self._runner = page, runner

    @property
    def items(self) -> list[T]:
        return self._page.items

    @property
    def total_count(self) -> int | None:
        return self._page.total_count

    def has_next_page(self) -> bool:
        return self._page.has_next_page()

    def next_page(self) -> SyncPage[T]:
        return SyncPage(self._runner.run(self._page.next_page), self._runner)


class SyncPaginator(Generic[T]):
    """What a blocking list method returns: ``for`` walks every item; ``first_page()`` gives one page."""

    def __init__(self, paginator: AsyncPaginator[T], runner: Runner) -> None:
        self._paginator, self._runner = paginator, runner

    def __repr__(self) -> str:
        return repr(self._paginator).replace("AsyncPaginator", "SyncPaginator")

    def __iter__(self) -> Iterator[T]:
        """Every item, pages read ahead on the client's loop as ``async for`` reads them (``prefetch``)."""
        ahead = self._paginator.__aiter__()
        if isinstance(ahead, PagesAhead):
            try:
                while batch := self._runner.run(ahead.next_batch):
                    yield from batch
            finally:  # a ``break``: stop the pages in flight
                self._runner.run(ahead.aclose)
            return
        page = self._runner.run(self._paginator.page, self._paginator.page_size or MAX_PAGE_SIZE)
        while True:
            yield from page.items
            if not page.has_next_page():
                return
            page = self._runner.run(page.next_page)

    def first_page(self) -> SyncPage[T]:
        return SyncPage(self._runner.run(self._paginator.page, self._paginator.page_size), self._runner)

    def with_prefetch(self, pages: int) -> SyncPaginator[T]:
        """This list, read ``pages`` pages ahead (0: one page at a time, only when needed)."""
        return SyncPaginator(self._paginator.with_prefetch(pages), self._runner)

    def collect(self, *, concurrency: int = 8) -> list[T]:
        """Every item of the list, in order, with up to ``concurrency`` page requests in flight."""
        return self._runner.run(self._paginator.collect, concurrency=concurrency)


class SyncResource:
    """Base of a generated blocking resource: each method runs its async twin (``_inner``) on the loop."""

    __slots__ = ("_inner", "_runner")

    def __init__(self, inner: Any, runner: Runner) -> None:
        self._inner, self._runner = inner, runner

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def _run(self, method: Callable[..., Awaitable[T]], /, *args: Any, **kwargs: Any) -> T:
        return self._runner.run(method, *args, **kwargs)

    def _paginator(self, paginator: AsyncPaginator[T]) -> SyncPaginator[T]:
        return SyncPaginator(paginator, self._runner)


class SyncView(Settled):
    """What the blocking client and its views have in common: each wraps an async view, whose
    settings it shows (``Settled``)."""

    _async_view: View
    _runner: Runner

    def _settled(self) -> tuple[_Core, RequestOptions]:
        return self._async_view._settled()

    def _wrap(self, view: Any) -> Self:
        copy = object.__new__(type(self))
        copy._async_view, copy._runner = view, self._runner
        return copy

    def with_options(self, **options: Any) -> Self:
        """A view with other options (as ``ThredfiClient.with_options``), sharing connections and tokens."""
        return self._wrap(self._async_view.with_options(**options))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call any endpoint under ``base_url`` with this view's token and retries (``ThredfiClient.request``)."""
        return self._runner.run(self._async_view.request, method, path, params=params, json=json, headers=headers)


class SyncBusinessClient(SyncView, SyncBusinessResources):
    """A blocking business-scoped view (``thredfi.Client.for_business(id)``)."""

    _async_view: BusinessClient

    @property
    def business_id(self) -> str:
        return self._async_view.business_id

    def __repr__(self) -> str:
        return f"SyncBusinessClient(business_id={self.business_id!r})"

    def token(self) -> Token:
        return self._runner.run(self._async_view.token)


class Client(SyncView, SyncPartnerResources):
    """The synchronous Thredfi client: ``ThredfiClient``'s arguments, views, resources and errors,
    with every method blocking. Use as ``with thredfi.Client(...) as client:`` (or ``close()``)."""

    _async_view: ThredfiClient

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        self._async_view = ThredfiClient(**options)
        self._runner = Runner()
        self._runner.after_fork.append(self._async_view._forget_connections)

    def __repr__(self) -> str:
        return repr(self._async_view).replace("ThredfiClient", "Client", 1)

    @property
    def partner_uuid(self) -> str:
        return self._async_view.partner_uuid

    @property
    def token_requests_sent(self) -> int:
        return self._async_view.token_requests_sent

    def for_business(self, business_id: str | uuid.UUID) -> SyncBusinessClient:
        """The blocking business-scoped view for ``business_id`` (as ``ThredfiClient.for_business``)."""
        view = object.__new__(SyncBusinessClient)
        view._async_view, view._runner = self._async_view.for_business(business_id), self._runner
        return view

    def partner_token(self) -> Token:
        return self._runner.run(self._async_view.partner_token)

    def business_token(self, business_id: str | uuid.UUID) -> Token:
        return self._runner.run(self._async_view.business_token, business_id)

    def close(self) -> None:
        """Close the connections (and the ``token_store``, which lives on this client's loop) and
        stop the client's loop thread. Idempotent."""
        self._runner.close(self._aclose)

    async def _aclose(self) -> None:
        await self._async_view.aclose()
        store = self._async_view._core.settings.token_store
        close_store = getattr(store, "aclose", None)
        if close_store is not None:
            await close_store()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# help() and editors show ThredfiClient's arguments, with their defaults
Client.__init__.__signature__ = inspect.signature(ThredfiClient.__init__)  # type: ignore[attr-defined]
