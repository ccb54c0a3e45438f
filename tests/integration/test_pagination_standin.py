"""thredfi.paginate against a real list endpoint: page counts, both response forms, laziness."""

from __future__ import annotations

import contextlib
import uuid
from urllib.parse import parse_qs

import pytest
import thredfi
from thredfi_api.api.vendors import list_vendors
from thredfi_api.models import Vendor

from tests.integration.conftest import BUSINESS, FakeTime, make_client
from tests.standin import StandIn

pytestmark = pytest.mark.asyncio


def pages_requested(standin: StandIn) -> list[tuple[int, int]]:
    queries = [parse_qs(r.path.partition("?")[2]) for r in standin.received("list_vendors")]
    return [(int(q["page"][0]), int(q["page_size"][0])) for q in queries]


@pytest.mark.parametrize("form", ["page_info", "drf", "bare"])
@pytest.mark.parametrize(
    ("vendors", "page_size", "pages"), [(0, 10, 1), (7, 10, 1), (10, 10, 1), (25, 10, 3), (250, 100, 3)]
)
async def test_every_item_of_every_page_once(
    standin: StandIn, fake_time: FakeTime, form: str, vendors: int, page_size: int, pages: int
) -> None:
    standin.state.vendors, standin.state.page_form = vendors, form
    async with make_client(standin, fake_time) as client:
        api = client.for_business(BUSINESS).api
        items = [v async for v in thredfi.paginate(list_vendors, BUSINESS, client=api, page_size=page_size)]
    assert [v.id for v in items] == [f"ven-{i}" for i in range(vendors)]
    assert all(isinstance(v, Vendor) for v in items)
    expected = pages + (1 if form == "bare" and vendors and vendors % page_size == 0 else 0)
    assert pages_requested(standin) == [(n, page_size) for n in range(1, expected + 1)]


async def test_pages_are_fetched_only_when_needed(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 250
    async with make_client(standin, fake_time) as client:
        api = client.for_business(BUSINESS).api
        iterator = thredfi.paginate(list_vendors.asyncio, BUSINESS, client=api, name_contains="Vend")
        first = await anext(iterator)
        assert first.id == "ven-0"
        assert pages_requested(standin) == [(1, 100)]
        taken = [first] + [await anext(iterator) for _ in range(100)]
        assert taken[-1].id == "ven-100"
        assert pages_requested(standin) == [(1, 100), (2, 100)]
        await iterator.aclose()
    assert "name_contains=Vend" in standin.received("list_vendors")[0].path


@pytest.mark.parametrize("page_size", [0, 101, -5, 1.5, True])
async def test_page_size_out_of_bounds_is_a_value_error(
    standin: StandIn, fake_time: FakeTime, page_size: object
) -> None:
    async with make_client(standin, fake_time) as client:
        with pytest.raises(ValueError, match="page_size must be an int from 1 to 100"):
            thredfi.paginate(list_vendors, BUSINESS, client=client.api, page_size=page_size)  # type: ignore[arg-type]
    assert standin.received("list_vendors") == []


async def test_passing_page_yourself_is_refused(standin: StandIn, fake_time: FakeTime) -> None:
    async with make_client(standin, fake_time) as client:
        with pytest.raises(TypeError, match="sets 'page' itself"):
            thredfi.paginate(list_vendors, BUSINESS, client=client.api, page=2)


async def test_an_error_page_raises_the_typed_error(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 5
    standin.state.always_401.add("list_vendors")
    async with make_client(standin, fake_time) as client:
        with pytest.raises(thredfi.AuthenticationError):
            async for _ in thredfi.paginate(list_vendors, BUSINESS, client=client.api):
                pass


@pytest.mark.parametrize("form", ["page_info", "drf", "bare"])
async def test_a_resource_list_read_ahead_gives_every_item_once_in_order(
    standin: StandIn, fake_time: FakeTime, form: str
) -> None:
    standin.state.vendors, standin.state.page_form = 95, form
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        items = [v.id async for v in biz.vendors.list(page_size=10)]
        collected = await biz.vendors.list(page_size=10).collect(concurrency=8)
    assert items == [f"ven-{i}" for i in range(95)]
    assert [v.id for v in collected] == items
    pages = [n for n, _ in pages_requested(standin)]
    assert sorted(pages[: len(pages) // 2]) == list(range(1, 11))  # each page once per walk, none past the end


async def test_leaving_a_list_read_ahead_early_sends_nothing_more(standin: StandIn, fake_time: FakeTime) -> None:
    standin.state.vendors = 1_000
    async with make_client(standin, fake_time) as client:
        biz = client.for_business(BUSINESS)
        async with contextlib.aclosing(aiter(biz.vendors.list(page_size=10))) as vendors:  # type: ignore[type-var]
            async for vendor in vendors:
                if vendor.id == "ven-14":
                    break
        await biz.vendors.get(uuid.UUID(int=1))  # a later call, after the list was left
    pages = [n for n, _ in pages_requested(standin)]
    # the pages read (1, 2) and at most the window ahead of page 2, each once: no request after the break
    assert sorted(pages) == list(range(1, len(pages) + 1))
    assert 2 <= len(pages) <= 2 + 4
