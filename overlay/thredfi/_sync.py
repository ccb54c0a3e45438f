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
* **context-preserving**: the caller's ``contextvars`` (``request_context(...)``) go with the call;
* **closed for good** by ``close()``: a call in flight in another thread, and any call after it
  (a list iterator made before, a page's ``next_page()``), raises ``APIConnectionError`` ("the
  client is closed") at once, never waits on the stopped loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
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
from ._exceptions import APIConnectionError, ThredfiError
from ._pagination import MAX_PAGE_SIZE, AsyncPage, AsyncPaginator, PagesAhead
from ._request import RequestOptions
from ._settings import ClientOptions
from ._token_endpoint import Token

T = TypeVar("T")


class Runner:
    """One event loop in a daemon thread, started on first use (again in a forked child).

    ``close()`` ends it for good: the calls still running are stopped, and every call waiting
    or made afterwards raises ``closed_error()`` instead of waiting on a loop that no longer runs.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._closed = False
        self._waiting: set[concurrent.futures.Future[Any]] = set()  # the callers' answers still due
        self._calls: set[asyncio.Task[Any]] = set()  # their tasks on the loop (touched on the loop only)
        self.after_fork: list[Callable[[], None]] = []  # resets the client's connections in a child

    @property
    def closed(self) -> bool:
        return self._closed

    def _loop_for_this_process(self) -> asyncio.AbstractEventLoop:
        """The loop of this process, started if need be; called with ``_lock`` held."""
        if self._closed:
            raise closed_error()
        if self._loop is not None and self._pid == os.getpid():
            return self._loop
        if self._loop is not None:  # a forked child: the parent's thread and sockets are not ours
            self._waiting.clear()  # the parent's callers are not in this process
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
        """``await function(*args, **kwargs)`` on the client's loop, with the caller's context; block.

        Once the runner is closed (before the call or while it waits), ``closed_error()``.
        """
        context = contextvars.copy_context()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()
        tasks: list[asyncio.Task[T]] = []

        def start() -> None:
            if done.set_running_or_notify_cancel():
                task: asyncio.Task[T] = loop.create_task(_awaited(function, args, kwargs), context=context)
                tasks.append(task)
                self._calls.add(task)
                task.add_done_callback(self._calls.discard)
                task.add_done_callback(lambda finished: self._settle(done, finished))

        with self._lock:  # against close(): a call is either queued before the loop stops, or refused
            loop = self._loop_for_this_process()
            if threading.current_thread() is self._thread:
                raise ThredfiError(
                    "a thredfi.Client was called from its own event loop: use thredfi.ThredfiClient there"
                )
            self._waiting.add(done)
            loop.call_soon_threadsafe(start)
        try:
            return done.result()
        except BaseException:
            # the caller was interrupted (KeyboardInterrupt): stop the call too, or never start it
            if not done.done() and not done.cancel():
                with contextlib.suppress(RuntimeError):  # unless the loop is closed already
                    loop.call_soon_threadsafe(lambda: [task.cancel() for task in tasks])
            raise
        finally:
            with self._lock:
                self._waiting.discard(done)

    def _settle(self, done: concurrent.futures.Future[T], task: asyncio.Task[T]) -> None:
        # answered already: by a second close() in another thread, or its caller was interrupted
        with contextlib.suppress(concurrent.futures.InvalidStateError):
            if task.cancelled():  # by close(), or after its caller was interrupted
                done.set_exception(closed_error() if self._closed else concurrent.futures.CancelledError())
            elif task.exception() is not None:
                done.set_exception(task.exception())
            else:
                done.set_result(task.result())

    def close(self, final: Callable[[], Awaitable[None]]) -> None:
        """Stop the calls still running, run ``final`` on the loop (closing connections), then stop
        the loop and its thread. Idempotent; from then on every call raises ``closed_error()``."""
        with self._lock:
            loop, thread, self._loop, self._closed = self._loop, self._thread, None, True
        try:
            if loop is None or thread is None or self._pid != os.getpid():
                return
            try:
                asyncio.run_coroutine_threadsafe(self._shutdown(final), loop).result()
            finally:
                loop.call_soon_threadsafe(loop.stop)
                thread.join()
                loop.close()
        finally:
            with self._lock:
                waiting, self._waiting = self._waiting, set()
            for done in waiting:  # whatever the loop left unanswered: no caller waits on it forever
                with contextlib.suppress(concurrent.futures.InvalidStateError):
                    done.set_exception(closed_error())

    async def _shutdown(self, final: Callable[[], Awaitable[None]]) -> None:
        """On the loop: cancel the callers' calls, run ``final``, then cancel what is left (pages
        read ahead, background work) and let it end, so that no task is left pending."""
        await _cancelled([task for task in self._calls if not task.done()])
        try:
            await final()
        finally:
            here = asyncio.current_task()
            await _cancelled([task for task in asyncio.all_tasks() if task is not here])


def closed_error() -> APIConnectionError:
    """What a call to a closed ``thredfi.Client`` raises (one new error per call)."""
    return APIConnectionError("thredfi.Client: the client is closed")


async def _cancelled(tasks: list[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def _awaited(function: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    return await function(*args, **kwargs)


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
            finally:  # a ``break``: stop the pages in flight (a closed client has stopped them)
                if not self._runner.closed:
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

    @property
    def prefetch(self) -> int:
        """Pages read ahead of the one being read (0: one page at a time)."""
        return self._paginator.prefetch

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
        """Close the connections (and the ``token_store`` and ``rate_limiter``, which live on this
        client's loop) and stop the client's loop thread. Idempotent."""
        self._runner.close(self._aclose)

    async def _aclose(self) -> None:
        await self._async_view.aclose()
        settings = self._async_view._core.settings
        for resource in (settings.rate_limiter, settings.token_store):  # the store's limiter: closed with it
            close = getattr(resource, "aclose", None)
            if close is not None:
                await close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# help() and editors show ThredfiClient's arguments, with their defaults
Client.__init__.__signature__ = inspect.signature(ThredfiClient.__init__)  # type: ignore[attr-defined]
