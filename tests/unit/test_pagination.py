"""The paginator (``thredfi._pagination``) over in-process pages: ``paginate``, ``walk``, ``AsyncPaginator``.

A page is any object with ``results`` (as a generated model is); the page metadata is read
from its attributes or, where the schema lacks them, its ``additional_properties``. The fetch
callables record which pages were asked for, so laziness is asserted, not timed.
"""

from __future__ import annotations

import contextlib
import random
import types
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import thredfi
from thredfi._pagination import (
    DEFAULT_PREFETCH_PAGES,
    MAX_PAGE_SIZE,
    AsyncPage,
    AsyncPaginator,
    PagesAhead,
    check_page_size,
    paginate,
    walk,
)
from thredfi_api.types import UNSET

pytestmark = pytest.mark.anyio


def not_found() -> thredfi.NotFoundError:
    return thredfi.NotFoundError(
        response=httpx.Response(404), request_id=None, error_code=None, message="Invalid page.", detail={}, body=None
    )


def page(results: list[Any] | None, **metadata: Any) -> types.SimpleNamespace:
    return types.SimpleNamespace(results=results, **metadata)


def page_info_form(items: list[int], number: int, size: int) -> types.SimpleNamespace:
    """Thredfi's documented form: ``page_info`` with the page count."""
    total_pages = max(1, -(-len(items) // size))
    chunk = items[(number - 1) * size : number * size]
    info = {"total_count": len(items), "current_page": number, "total_pages": total_pages, "page_size": size}
    return page(chunk, count=len(items), page_info=info)


def drf_form(items: list[int], number: int, size: int) -> types.SimpleNamespace:
    """The pagination guide's DRF form: ``next`` is null on the last page."""
    chunk = items[(number - 1) * size : number * size]
    more = number * size < len(items)
    return page(chunk, count=len(items), next=f"https://x.test/?page={number + 1}" if more else None, previous=None)


def count_form(items: list[int], number: int, size: int) -> types.SimpleNamespace:
    return page(items[(number - 1) * size : number * size], count=len(items))


def bare_form(items: list[int], number: int, size: int) -> types.SimpleNamespace:
    """No metadata at all: a short page ends it, and DRF's 404 ends a list whose last page was full."""
    chunk = items[(number - 1) * size : number * size]
    if not chunk and number > 1:
        raise not_found()
    return page(chunk)


Form = Callable[[list[int], int, int], types.SimpleNamespace]
FORMS = {"page_info": page_info_form, "drf": drf_form, "count": count_form, "bare": bare_form}


class Server:
    """A fetch callable ``(page, page_size)`` over ``items`` in one form; ``asked`` records each request."""

    def __init__(self, items: list[int], form: Form) -> None:
        self.items, self.form = items, form
        self.asked: list[tuple[int, int | None]] = []

    async def __call__(self, number: int, size: int | None) -> Any:
        self.asked.append((number, size))
        return self.form(self.items, number, size or 10)


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


# ---------------------------------------------------------------- every item, in order, once


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize(("count", "size"), [(0, 10), (7, 10), (10, 10), (25, 10), (30, 10), (1, 1)])
async def test_every_item_of_every_page_in_order(form: str, count: int, size: int) -> None:
    items = list(range(count))
    server = Server(items, FORMS[form])
    assert await collect(walk(server, name="op", first_page=1, page_size=size)) == items
    pages = [number for number, _ in server.asked]
    assert pages == list(range(1, len(pages) + 1))
    assert {asked_size for _, asked_size in server.asked} == {size}
    full_pages = count // size
    if form == "bare" and count and count % size == 0:
        assert len(pages) == full_pages + 1  # the 404 after the last full page ends it
    else:
        assert len(pages) == max(1, -(-count // size))  # no request past the last page


async def test_a_404_on_the_first_page_is_raised() -> None:
    async def fetch(number: int, size: int | None) -> Any:
        raise not_found()

    with pytest.raises(thredfi.NotFoundError):
        await collect(walk(fetch, name="op", first_page=1, page_size=10))


async def test_a_404_on_a_later_first_page_is_raised_too() -> None:
    server = Server(list(range(5)), bare_form)
    with pytest.raises(thredfi.NotFoundError):
        await collect(walk(server, name="op", first_page=3, page_size=10))


async def test_the_metadata_rules_in_their_order() -> None:
    # an empty page ends the list, whatever the metadata says
    server = Server([], lambda i, n, s: page([], next="more", page_info={"current_page": 1, "total_pages": 9}))
    assert await collect(walk(server, name="op", first_page=1, page_size=2)) == []
    assert len(server.asked) == 1
    # page_info wins over a next link and a count
    said_last = page([1, 2], page_info={"current_page": 1, "total_pages": 1}, next="more", count=99)
    server = Server([], lambda i, n, s: said_last)
    assert await collect(walk(server, name="op", first_page=1, page_size=2)) == [1, 2]
    assert len(server.asked) == 1
    # a next link is followed even after a short page; count is not consulted when next is given
    answers = {1: page([1], next="more", count=1), 2: page([2], next=None, count=1)}
    server = Server([], lambda i, n, s: answers[n])
    assert await collect(walk(server, name="op", first_page=1, page_size=5)) == [1, 2]


async def test_page_info_without_a_page_count_falls_back_to_the_next_rules() -> None:
    answers = {1: page([1, 2], page_info={"current_page": 1}, count=3), 2: page([3], page_info={}, count=3)}
    server = Server([], lambda i, n, s: answers[n])
    assert await collect(walk(server, name="op", first_page=1, page_size=2)) == [1, 2, 3]
    assert [n for n, _ in server.asked] == [1, 2]


async def test_metadata_the_model_lacks_is_read_from_its_additional_properties() -> None:
    def form(items: list[int], number: int, size: int) -> Any:
        info = {"current_page": number, "total_pages": 2}
        return types.SimpleNamespace(results=[number], page_info=UNSET, additional_properties={"page_info": info})

    server = Server([], form)
    assert await collect(walk(server, name="op", first_page=1, page_size=1)) == [1, 2]
    assert [n for n, _ in server.asked] == [1, 2]


async def test_null_results_are_no_items_and_end_the_list() -> None:
    server = Server([], lambda i, n, s: page(None, count=10))
    assert await collect(walk(server, name="op", first_page=1, page_size=10)) == []
    assert len(server.asked) == 1


async def test_a_page_that_is_not_a_paginated_list_is_an_sdk_error_naming_the_operation() -> None:
    server = Server([], lambda i, n, s: types.SimpleNamespace(detail="no"))
    with pytest.raises(thredfi.ThredfiError, match="list_things: page 1 is not a paginated list"):
        await collect(walk(server, name="list_things", first_page=1, page_size=10))


async def test_count_is_measured_from_the_first_page_asked_for() -> None:
    server = Server(list(range(25)), count_form)
    assert await collect(walk(server, name="op", first_page=2, page_size=10)) == list(range(10, 25))
    assert [n for n, _ in server.asked] == [2, 3]


# ---------------------------------------------------------------- paginate() over a generated operation


def operation(server: Server, calls: list[dict[str, Any]]) -> Callable[..., Awaitable[Any]]:
    async def asyncio(business_id: str, *, client: Any, page: int, page_size: int, **filters: Any) -> Any:
        calls.append({"business_id": business_id, "client": client, "page": page, "page_size": page_size, **filters})
        return await server(page, page_size)

    asyncio.__module__ = "thredfi_api.api.things.list_things"
    return asyncio


@pytest.mark.parametrize("as_module", [False, True])
async def test_paginate_passes_path_arguments_client_and_filters_to_each_page(as_module: bool) -> None:
    calls: list[dict[str, Any]] = []
    function = operation(Server(list(range(5)), count_form), calls)
    op: Any = types.SimpleNamespace(asyncio=function) if as_module else function
    client = object()
    items = await collect(paginate(op, "biz-1", client=client, page_size=2, name="Acme"))
    assert items == [0, 1, 2, 3, 4]
    assert calls == [
        {"business_id": "biz-1", "client": client, "page": number, "page_size": 2, "name": "Acme"}
        for number in (1, 2, 3)
    ]


async def test_paginate_asks_for_the_largest_page_by_default() -> None:
    calls: list[dict[str, Any]] = []
    await collect(paginate(operation(Server([1], count_form), calls), "biz-1", client=None))
    assert calls[0]["page_size"] == MAX_PAGE_SIZE == 100


async def test_an_early_break_stops_fetching() -> None:
    calls: list[dict[str, Any]] = []
    server = Server(list(range(1_000)), page_info_form)
    seen = []
    # aclosing: trio warns about an async generator left unfinished (its advice for any of them)
    async with contextlib.aclosing(paginate(operation(server, calls), "biz-1", client=None, page_size=10)) as items:
        async for item in items:
            seen.append(item)
            if item == 14:
                break
    assert seen == list(range(15))
    assert [n for n, _ in server.asked] == [1, 2]  # the page holding item 14, and no further


async def test_pages_are_fetched_only_as_items_are_consumed() -> None:
    server = Server(list(range(30)), count_form)
    async with contextlib.aclosing(paginate(operation(server, []), "biz-1", client=None, page_size=10)) as iterator:
        assert server.asked == []  # nothing before the first item is asked for
        assert await anext(iterator) == 0
        assert len(server.asked) == 1
        for _ in range(9):
            await anext(iterator)
        assert len(server.asked) == 1
        assert await anext(iterator) == 10
        assert len(server.asked) == 2


@pytest.mark.parametrize("page_size", [0, -1, MAX_PAGE_SIZE + 1, 1.5, True, "10", None])
def test_page_size_must_be_an_int_from_1_to_100(page_size: Any) -> None:
    with pytest.raises(ValueError, match="page_size must be an int from 1 to 100"):
        check_page_size(page_size)
    with pytest.raises(ValueError, match="page_size"):
        paginate(operation(Server([], count_form), []), "biz-1", client=None, page_size=page_size)


@pytest.mark.parametrize("page_size", [1, 50, MAX_PAGE_SIZE])
def test_page_sizes_within_bounds_are_accepted(page_size: int) -> None:
    assert check_page_size(page_size) == page_size


def test_paginate_refuses_a_page_argument_and_a_non_callable_operation() -> None:
    with pytest.raises(TypeError, match="sets 'page' itself"):
        paginate(operation(Server([], count_form), []), "biz-1", client=None, page=2)
    with pytest.raises(TypeError, match="generated list operation"):
        paginate(types.SimpleNamespace(asyncio="not callable"), client=None)


# ---------------------------------------------------------------- AsyncPaginator and AsyncPage


async def test_awaiting_a_paginator_gives_its_first_page_with_the_page_size_set_else_none() -> None:
    server = Server(list(range(25)), page_info_form)
    first: AsyncPage[int] = await AsyncPaginator(server, operation="list_things")
    assert server.asked == [(1, None)]  # the server's default page size
    assert (first.items, first.page, first.total_count) == (list(range(10)), 1, 25)
    assert first.has_next_page()
    sized: AsyncPage[int] = await AsyncPaginator(server, operation="list_things", page_size=5)
    assert server.asked[-1] == (1, 5)
    assert sized.items == [0, 1, 2, 3, 4]


async def test_iterating_a_paginator_walks_every_page_from_its_first() -> None:
    server = Server(list(range(25)), drf_form)
    assert await collect(AsyncPaginator(server, operation="op")) == list(range(25))
    assert server.asked == [(1, MAX_PAGE_SIZE)]  # iterating asks for the largest pages
    server.asked.clear()
    assert await collect(AsyncPaginator(server, operation="op", first_page=2, page_size=10)) == list(range(10, 25))
    assert server.asked == [(2, 10), (3, 10)]


async def test_next_page_until_the_last_then_an_error() -> None:
    server = Server(list(range(12)), page_info_form)
    page_1: AsyncPage[int] = await AsyncPaginator(server, operation="list_things", page_size=5)
    page_2 = await page_1.next_page()
    page_3 = await page_2.next_page()
    assert [p.items for p in (page_1, page_2, page_3)] == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]
    assert (page_3.page, page_3.has_next_page()) == (3, False)
    with pytest.raises(thredfi.ThredfiError, match="list_things: page 3 is the last page"):
        await page_3.next_page()
    assert [n for n, _ in server.asked] == [1, 2, 3]
    assert repr(page_3) == "AsyncPage(page=3, items=2, total_count=12)"


async def test_the_page_after_a_full_last_page_without_metadata_is_empty() -> None:
    server = Server(list(range(10)), bare_form)
    first: AsyncPage[int] = await AsyncPaginator(server, operation="op", page_size=10)
    assert first.has_next_page()  # nothing says otherwise
    after = await first.next_page()  # DRF's 404 "Invalid page."
    assert (after.items, after.page, after.has_next_page()) == ([], 2, False)
    assert first.total_count is None


@pytest.mark.parametrize(
    ("metadata", "total"),
    [
        ({"page_info": {"total_count": 7}, "count": 99}, 7),
        ({"page_info": {}, "count": 4}, 4),
        ({"page_info": None, "count": 3}, 3),
        ({"count": True}, None),
        ({"count": "5"}, None),
        ({}, None),
    ],
)
async def test_total_count_comes_from_page_info_then_count(metadata: dict[str, Any], total: int | None) -> None:
    async def fetch(number: int, size: int | None) -> Any:
        return page([1], **metadata)

    first: AsyncPage[int] = await AsyncPaginator(fetch, operation="op")
    assert first.total_count == total


def test_the_paginators_repr_names_the_operation() -> None:
    paginator: AsyncPaginator[int] = AsyncPaginator(Server([], count_form), operation="list_things", page_size=5)
    assert repr(paginator) == "AsyncPaginator(list_things, page=1, page_size=5)"


# ---------------------------------------------------------------- reading ahead (PagesAhead)


class SlowServer(Server):
    """A server whose pages answer in a scrambled order: page n waits until ``order`` lets it go.

    ``in_flight`` and ``most_in_flight`` count the requests started and not answered.
    """

    def __init__(self, items: list[int], form: Form, seed: int) -> None:
        super().__init__(items, form)
        self.random = random.Random(seed)
        self.in_flight = self.most_in_flight = 0
        self.finished: list[int] = []

    async def __call__(self, number: int, size: int | None) -> Any:
        self.asked.append((number, size))
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            for _ in range(self.random.randrange(6)):  # a random number of scheduler turns: a random latency
                await anyio.lowlevel.checkpoint()
            return self.form(self.items, number, size or 10)
        finally:
            self.in_flight -= 1
            self.finished.append(number)


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("prefetch", [1, 4])
async def test_reading_ahead_yields_every_item_once_in_page_order(form: str, seed: int, prefetch: int) -> None:
    items = list(range(237))
    server = SlowServer(items, FORMS[form], seed)
    paginator: AsyncPaginator[int] = AsyncPaginator(server, operation="op", page_size=10, prefetch=prefetch)
    assert await collect(paginator) == items
    pages = sorted(n for n, _ in server.asked)
    expected = 25 if form == "bare" else 24  # bare: the 404 after the last (short) page is not asked for
    assert pages == list(range(1, min(expected, len(pages)) + 1))
    assert len(set(pages)) == len(pages)  # each page once
    assert server.most_in_flight <= prefetch
    assert server.in_flight == 0


async def test_known_pages_are_fetched_several_at_a_time_and_a_next_link_one_ahead() -> None:
    known = SlowServer(list(range(100)), page_info_form, seed=1)
    assert await collect(AsyncPaginator(known, operation="op", page_size=10)) == list(range(100))
    assert 1 < known.most_in_flight <= DEFAULT_PREFETCH_PAGES == 4
    linked = SlowServer(
        list(range(100)), lambda i, n, s: page(drf_form(i, n, s).results, next=drf_form(i, n, s).next), 1
    )
    assert await collect(AsyncPaginator(linked, operation="op", page_size=10)) == list(range(100))
    assert linked.most_in_flight == 1  # a next link only: the following page is known one at a time


async def test_leaving_early_with_aclosing_stops_the_pages_in_flight_and_asks_no_more() -> None:
    server = SlowServer(list(range(1_000)), page_info_form, seed=3)
    paginator: AsyncPaginator[int] = AsyncPaginator(server, operation="op", page_size=10)
    async with contextlib.aclosing(aiter(paginator)) as iterator:  # type: ignore[type-var]
        async for item in iterator:
            if item == 14:
                break
    asked = len(server.asked)
    assert server.in_flight == 0  # aclose waited for what was in flight to stop
    assert asked <= 2 + DEFAULT_PREFETCH_PAGES  # the first pages and at most the window ahead
    for _ in range(20):
        await anyio.lowlevel.checkpoint()
    assert len(server.asked) == asked  # nothing after the break


async def test_a_break_without_aclosing_stops_the_pages_when_the_iterator_is_dropped() -> None:
    server = SlowServer(list(range(1_000)), page_info_form, seed=4)
    iterator = aiter(AsyncPaginator(server, operation="op", page_size=10))
    async for item in iterator:
        if item == 25:
            break
    pages = iterator._pages  # type: ignore[attr-defined]
    del iterator, item  # the last reference: its __del__ cancels the fetching task
    await pages.finished.wait()
    assert server.in_flight == 0
    asked = len(server.asked)
    for _ in range(20):
        await anyio.lowlevel.checkpoint()
    assert len(server.asked) == asked


async def test_an_error_page_is_raised_in_order_after_the_items_before_it() -> None:
    items = list(range(60))

    async def fetch(number: int, size: int | None) -> Any:
        if number == 4:
            raise thredfi.APIConnectionError("down")
        return page_info_form(items, number, size or 10)

    seen: list[int] = []

    async def read() -> None:
        async for item in AsyncPaginator(fetch, operation="op", page_size=10):
            seen.append(item)

    with pytest.raises(thredfi.APIConnectionError):
        await read()
    assert seen == list(range(30))


async def test_a_404_after_the_first_page_ends_a_list_read_ahead() -> None:
    server = SlowServer(list(range(20)), bare_form, seed=5)
    assert await collect(AsyncPaginator(server, operation="op", page_size=10)) == list(range(20))


async def test_collect_returns_the_whole_list_with_the_concurrency_asked() -> None:
    server = SlowServer(list(range(500)), count_form, seed=6)
    paginator: AsyncPaginator[int] = AsyncPaginator(server, operation="op", page_size=10)
    assert await paginator.collect(concurrency=8) == list(range(500))
    assert 1 < server.most_in_flight <= 8
    assert paginator.prefetch == DEFAULT_PREFETCH_PAGES  # collect changed nothing on the paginator
    with pytest.raises(ValueError, match="concurrency"):
        await paginator.collect(concurrency=0)


async def test_with_prefetch_zero_reads_one_page_at_a_time_only_when_needed() -> None:
    server = Server(list(range(30)), count_form)
    paginator: AsyncPaginator[int] = AsyncPaginator(server, operation="op", page_size=10).with_prefetch(0)
    iterator = aiter(paginator)
    assert await anext(iterator) == 0
    assert len(server.asked) == 1
    assert [await anext(iterator) for _ in range(10)][-1] == 10
    assert len(server.asked) == 2
    await iterator.aclose()  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="pages"):
        paginator.with_prefetch(-1)


async def test_next_batch_gives_a_page_of_items_at_a_time_then_nothing() -> None:
    server = SlowServer(list(range(25)), count_form, seed=2)
    paginator: AsyncPaginator[int] = AsyncPaginator(server, operation="op", page_size=10)
    iterator = aiter(paginator)
    assert isinstance(iterator, PagesAhead)
    batches = []
    while batch := await iterator.next_batch():
        batches.append(batch)
    assert batches == [list(range(10)), list(range(10, 20)), list(range(20, 25))]
    assert await iterator.next_batch() == []
    assert server.in_flight == 0


async def test_a_cancelled_first_page_is_asked_for_again() -> None:
    server = SlowServer(list(range(15)), count_form, seed=3)
    first = [True]

    async def fetch(number: int, size: int | None) -> Any:
        if first:
            first.pop()
            await anyio.sleep_forever()  # cancelled here
        return await server(number, size)

    paginator: AsyncPaginator[int] = AsyncPaginator(fetch, operation="op", page_size=10)
    iterator = aiter(paginator)
    with anyio.CancelScope() as scope:
        scope.cancel()
        await anext(iterator)
    assert scope.cancelled_caught
    assert [await anext(iterator) for _ in range(15)] == list(range(15))
    await iterator.aclose()  # type: ignore[attr-defined]
