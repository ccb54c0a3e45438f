"""``RedisRateLimiter`` without a Redis server: its arguments and repr, what it sends for a turn
and a give-back and how it reads the script's answers, the pauses it publishes and the ones it
hears (and the malformed ones it drops), when it is usable, and the limiter a ``RedisTokenStore``
hands out on its own connection (and that a ``ThredfiClient`` takes by default).

A small in-memory stand-in for ``redis.asyncio.Redis`` is passed as ``client=``: it records the
scripts it is asked to run and answers what the test sets. The Lua scripts themselves, on Redis's
clock, and several replicas are tested in tests/integration/test_rate_limits_redis.py.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import thredfi
from thredfi import _redis_link, _redis_rate
from thredfi._rate import FULL, RESERVED, TOO_LATE, UNAVAILABLE, RateLimit
from thredfi._token_store import StoredToken

from tests.unit.redis_fakes import FakeRedis, Monotonic, patch_monotonic

pytestmark = pytest.mark.anyio
NS = "host.test:partner-1"
CHANNEL = "thredfi:rate:paused"
TOKEN = "tok-rate-unit-1"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # RedisRateLimiter is asyncio-only (redis-py has no trio client)


def reserves(redis: FakeRedis) -> list[tuple[list[str], list[Any]]]:
    return [(keys, arguments) for script, keys, arguments in redis.evals if script == _redis_rate._RESERVE]


def give_backs(redis: FakeRedis) -> list[tuple[list[str], list[Any]]]:
    return [(keys, arguments) for script, keys, arguments in redis.evals if script == _redis_rate._GIVE_BACK]


class Heard:
    """A pause listener keeping what it heard."""

    def __init__(self) -> None:
        self.pauses: list[tuple[str | None, float]] = []

    def __call__(self, business: str | None, seconds: float) -> None:
        self.pauses.append((business, seconds))


def stored() -> StoredToken:
    return StoredToken(access_token=TOKEN, token_type="Bearer", expires_in=3600, expires_at=time.time() + 3600)


async def obtain(store: thredfi.RedisTokenStore) -> StoredToken:
    async def fetch() -> StoredToken:
        return stored()

    return await store.obtain("host.test:partner-1:partner", fetch, lambda _: True)


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    """The outage rule's monotonic clock (``_redis_link``'s ``time``), moved by the test."""
    return patch_monotonic(monkeypatch, _redis_link)


BUDGETS: list[tuple[str, RateLimit]] = [
    ("b:biz-1", RateLimit(concurrency=3, per_second=4, burst=3)),
    ("partner", RateLimit(per_second=2)),
    ("b:slots-only", RateLimit(concurrency=1)),
]


# ---------------------------------------------------------------- arguments and repr


@pytest.mark.parametrize(
    "arguments", [{}, {"url": "redis://127.0.0.1:1/0", "client": FakeRedis()}], ids=["neither", "both"]
)
def test_exactly_one_of_url_and_client(arguments: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"^RedisRateLimiter needs exactly one of url= or client=$"):
        thredfi.RedisRateLimiter(**arguments)


@pytest.mark.parametrize("value", ["thredfi rate:", "a\tb:", "x\n", b"thredfi:", None, 7])
def test_key_prefix_must_be_a_str_without_spaces(value: object) -> None:
    with pytest.raises(ValueError, match="key_prefix must be a str without spaces"):
        thredfi.RedisRateLimiter(client=FakeRedis(), key_prefix=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("operation_timeout", 0, "operation_timeout must be a finite number of seconds > 0"),
        ("retry_after_failure", float("inf"), "retry_after_failure must be a finite number of seconds > 0"),
        ("max_connections", 0, "max_connections must be an int >= 1"),
    ],
)
def test_the_connection_settings_are_checked(name: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        thredfi.RedisRateLimiter(client=FakeRedis(), **{name: value})  # type: ignore[arg-type]


async def test_the_repr_shows_neither_the_url_nor_its_password() -> None:
    limiter = thredfi.RedisRateLimiter("redis://:hunter2-redis-pass@10.9.8.7:1/0", key_prefix="app:rate:")
    assert repr(limiter) == "RedisRateLimiter(key_prefix='app:rate:')"
    assert "hunter2" not in repr(limiter)
    assert "10.9.8.7" not in repr(limiter)
    await limiter.aclose()
    assert repr(thredfi.RedisRateLimiter(client=FakeRedis())) == "RedisRateLimiter(key_prefix='thredfi:rate:')"


# ---------------------------------------------------------------- reserve


async def test_reserve_sends_one_script_with_braced_keys_and_micro_second_arguments() -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis, key_prefix="app:rate:")
    await limiter.reserve(NS, BUDGETS, "holder-1", lease=1.5, longest=0.25)
    [(script, keys, arguments)] = redis.evals
    assert script == _redis_rate._RESERVE
    base = "app:rate:{host.test:partner-1}:"  # one partner's keys on one Redis Cluster slot
    assert keys == [
        base + "b:biz-1",
        base + "b:biz-1:holders",
        base + "partner",
        base + "partner:holders",
        base + "b:slots-only",
        base + "b:slots-only:holders",
    ]
    assert arguments == [
        "holder-1",
        1_500_000,  # lease
        250_000,  # longest wait accepted
        250_000,  # 4/s: one turn every 250 ms
        500_000,  # a burst of 3: two more turns at once
        3,
        500_000,  # 2/s, no burst
        0,
        0,  # no concurrency
        0,  # no bucket
        0,
        1,
    ]


async def test_a_longest_wait_below_zero_is_sent_as_zero() -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis)
    await limiter.reserve(NS, BUDGETS[:1], "h", lease=0.5, longest=-0.3)
    [(_, arguments)] = reserves(redis)
    assert arguments[:3] == ["h", 500_000, 0]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ([1, 0], (RESERVED, 0.0)),
        ([1, 250_000], (RESERVED, 0.25)),
        ([0, 1_000], (FULL, 0.001)),
        ([-1, 2_000_000], (TOO_LATE, 2.0)),
    ],
)
async def test_the_script_s_answer_is_the_outcome_and_its_seconds(
    answer: list[int], expected: tuple[str, float]
) -> None:
    redis = FakeRedis()
    redis.answer = answer
    limiter = thredfi.RedisRateLimiter(client=redis)
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == expected


async def test_a_failing_client_answers_unavailable(monotonic: Monotonic, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    redis = FakeRedis()
    redis.down = True
    limiter = thredfi.RedisRateLimiter(client=redis, retry_after_failure=2.0)
    for _ in range(3):
        assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (UNAVAILABLE, 0.0)
    assert redis.commands == ["EVAL"] * 3
    assert len(caplog.records) == 1
    assert "unreachable (ConnectionError)" in caplog.records[0].getMessage()
    # an outage: Redis is not asked, the answer is the same
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (UNAVAILABLE, 0.0)
    assert redis.commands == ["EVAL"] * 3
    redis.down = False
    monotonic.now += 2.0
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (RESERVED, 0.0)
    assert "reachable again" in caplog.records[-1].getMessage()


# ---------------------------------------------------------------- give_back


@pytest.mark.parametrize(
    ("unsent", "intervals"), [(True, [250_000, 500_000, 0]), (False, [0, 0, 0])], ids=["unsent", "sent"]
)
async def test_give_back_frees_the_holder_and_returns_the_turns_of_an_attempt_never_sent(
    unsent: bool, intervals: list[int]
) -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis, key_prefix="app:rate:")
    await limiter.reserve(NS, BUDGETS, "holder-1", lease=1.0, longest=1.0)
    await limiter.give_back(NS, BUDGETS, "holder-1", unsent=unsent)
    [(reserved_keys, _)] = reserves(redis)
    [(keys, arguments)] = give_backs(redis)
    assert keys == reserved_keys
    assert arguments == ["holder-1", *intervals]


@pytest.mark.parametrize("per_second", [3, 7, 10, 0.3, 1000])
async def test_an_unsent_attempt_gives_back_exactly_the_interval_it_reserved(per_second: float) -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis)
    grants = [("partner", RateLimit(per_second=per_second, burst=2))]
    await limiter.reserve(NS, grants, "h", lease=1.0, longest=1.0)
    await limiter.give_back(NS, grants, "h", unsent=True)
    [(_, reserved)] = reserves(redis)
    [(_, given)] = give_backs(redis)
    assert given[1] == reserved[3] > 0


async def test_a_failing_give_back_is_swallowed() -> None:
    redis = FakeRedis()
    redis.down = True
    limiter = thredfi.RedisRateLimiter(client=redis)
    await limiter.give_back(NS, BUDGETS, "h", unsent=True)  # the lease ends by itself
    assert redis.commands == ["EVAL"]


# ---------------------------------------------------------------- pauses


async def test_publish_pause_sends_the_namespace_business_and_seconds_on_the_prefix_s_channel() -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis, key_prefix="app:rate:")
    await limiter.publish_pause(NS, "biz-1", 2.5)
    await limiter.publish_pause(NS, None, 30)
    assert [channel for channel, _ in redis.published] == ["app:rate:paused", "app:rate:paused"]
    assert [json.loads(message) for _, message in redis.published] == [
        {"ns": NS, "business": "biz-1", "seconds": 2.5},
        {"ns": NS, "business": None, "seconds": 30},
    ]


async def test_a_failing_publish_is_swallowed() -> None:
    redis = FakeRedis()
    redis.down = True
    limiter = thredfi.RedisRateLimiter(client=redis)
    await limiter.publish_pause(NS, "biz-1", 1.0)  # the others find out by their own 429
    assert redis.commands == ["PUBLISH"]
    assert redis.published == []


async def test_pauses_reach_the_listeners_of_their_namespace_only() -> None:
    redis = FakeRedis()
    here, there = thredfi.RedisRateLimiter(client=redis), thredfi.RedisRateLimiter(client=redis)
    first, second, other = Heard(), Heard(), Heard()
    here.listen_pauses("ns-1", first)
    here.listen_pauses("ns-1", second)
    here.listen_pauses("ns-2", other)
    await here.wait_listening()
    assert redis.open_channels() == [(CHANNEL,)]  # one subscription for every listener
    await there.publish_pause("ns-1", "biz-1", 2.5)
    await there.publish_pause("ns-1", None, 3)
    await there.publish_pause("ns-3", "biz-9", 1.0)
    await thredfi.RedisRateLimiter(client=redis, key_prefix="other:").publish_pause("ns-1", "biz-2", 1.0)
    await anyio.wait_all_tasks_blocked()
    assert first.pauses == [("biz-1", 2.5), (None, 3.0)]
    assert second.pauses == first.pauses
    assert all(isinstance(seconds, float) for _, seconds in first.pauses)
    assert other.pauses == []
    await here.aclose()
    await there.aclose()


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'"a string"',
        b"null",
        b'{"ns": "ns-1", "business": "biz-1"}',
        b'{"ns": "ns-1", "seconds": 1.0}',
        b'{"business": "biz-1", "seconds": 1.0}',
        b'{"ns": 5, "business": "biz-1", "seconds": 1.0}',
        b'{"ns": null, "business": "biz-1", "seconds": 1.0}',
        b'{"ns": "ns-1", "business": 5, "seconds": 1.0}',
        b'{"ns": "ns-1", "business": ["biz-1"], "seconds": 1.0}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": "1"}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": null}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": [1]}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": true}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": false}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": 0}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": 0.0}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": -1}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": NaN}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": Infinity}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": -Infinity}',
        b'{"ns": "ns-1", "business": "biz-1", "seconds": 1e400}',
    ],
)
async def test_a_malformed_pause_is_dropped_and_the_next_one_still_heard(raw: bytes) -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis)
    heard = Heard()
    limiter.listen_pauses("ns-1", heard)
    await limiter.wait_listening()
    redis.deliver_subscribed(CHANNEL, raw)
    redis.deliver_subscribed(CHANNEL, b'{"ns": "ns-1", "business": "biz-1", "seconds": 1.5}')
    await anyio.wait_all_tasks_blocked()
    assert heard.pauses == [("biz-1", 1.5)]
    await limiter.aclose()


async def test_stopping_the_last_pause_listener_ends_the_subscription() -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis)
    kept, stopped = Heard(), Heard()
    stop_kept = limiter.listen_pauses("ns-1", kept)
    stop = limiter.listen_pauses("ns-1", stopped)
    await limiter.wait_listening()
    stop()
    stop()  # twice changes nothing
    redis.deliver_subscribed(CHANNEL, b'{"ns": "ns-1", "business": null, "seconds": 2}')
    await anyio.wait_all_tasks_blocked()
    assert kept.pauses == [(None, 2.0)]
    assert stopped.pauses == []
    assert redis.open_channels() == [(CHANNEL,)]
    stop_kept()
    await anyio.wait_all_tasks_blocked()
    assert redis.open_channels() == []
    limiter.listen_pauses("ns-1", kept)  # listening again subscribes again
    await limiter.wait_listening()
    assert redis.open_channels() == [(CHANNEL,)]
    await limiter.aclose()
    await anyio.wait_all_tasks_blocked()
    assert redis.open_channels() == []


async def test_a_limiter_s_aclose_returns_once_its_subscription_is_closed() -> None:
    redis = FakeRedis()
    limiter = thredfi.RedisRateLimiter(client=redis)
    limiter.listen_pauses(NS, Heard())
    await limiter.wait_listening()
    await limiter.aclose()
    still_open = redis.open_channels()
    await anyio.wait_all_tasks_blocked()  # let the cancelled listener close it, whatever the outcome
    assert still_open == []


# ---------------------------------------------------------------- usable, closing


async def test_usable_under_asyncio_until_closed_and_a_closed_limiter_sends_nothing() -> None:
    redis = FakeRedis()
    async with thredfi.RedisRateLimiter(client=redis) as limiter:
        assert limiter.usable() is True
    assert limiter.usable() is False
    assert redis.closed is False  # the caller's client is the caller's to close
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (UNAVAILABLE, 0.0)
    await limiter.give_back(NS, BUDGETS, "h", unsent=True)
    await limiter.publish_pause(NS, "biz-1", 1.0)
    stop = limiter.listen_pauses(NS, Heard())
    await anyio.wait_all_tasks_blocked()
    assert redis.pubsubs == []
    stop()
    assert redis.commands == []
    await limiter.aclose()  # idempotent


async def test_not_usable_during_an_outage_and_usable_again_after_its_pause(monotonic: Monotonic) -> None:
    redis = FakeRedis()
    redis.down = True
    limiter = thredfi.RedisRateLimiter(client=redis, retry_after_failure=3.0)
    for _ in range(2):
        await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0)
    assert limiter.usable() is True  # two failures are no outage
    await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0)
    assert limiter.usable() is False
    monotonic.now += 3.0
    assert limiter.usable() is True  # tried again
    await limiter.aclose()


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_not_usable_under_trio() -> None:
    limiter = thredfi.RedisRateLimiter(client=FakeRedis())
    assert limiter.usable() is False


def test_not_usable_outside_an_async_library() -> None:
    assert thredfi.RedisRateLimiter(client=FakeRedis()).usable() is False


# ---------------------------------------------------------------- the token store's limiter


async def test_a_store_hands_out_one_limiter_on_its_own_connection() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    limiter = store.rate_limiter()
    assert store.rate_limiter() is limiter
    assert thredfi.RedisTokenStore(client=redis).rate_limiter() is not limiter
    assert repr(limiter) == "RedisRateLimiter(key_prefix='thredfi:rate:')"
    await limiter.reserve(NS, BUDGETS[:1], "h", lease=1.0, longest=1.0)
    [(keys, _)] = reserves(redis)
    assert keys == ["thredfi:rate:{host.test:partner-1}:b:biz-1", "thredfi:rate:{host.test:partner-1}:b:biz-1:holders"]
    await store.aclose()


async def test_the_store_s_failures_make_the_limiter_s_outage(monotonic: Monotonic) -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    limiter = store.rate_limiter()
    redis.down = True
    for _ in range(3):
        await obtain(store)
    assert redis.commands == ["GET"] * 3
    assert limiter.usable() is False
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (UNAVAILABLE, 0.0)
    assert redis.commands == ["GET"] * 3  # not asked: the same outage
    await store.aclose()


async def test_the_limiter_s_failures_make_the_store_s_outage(monotonic: Monotonic) -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    limiter = store.rate_limiter()
    redis.down = True
    for _ in range(3):
        assert (await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0))[0] == UNAVAILABLE
    redis.down = False
    assert (await obtain(store)).access_token == TOKEN  # fetched directly
    assert redis.commands == ["EVAL"] * 3
    await store.aclose()


async def test_closing_the_store_s_limiter_leaves_the_store_s_connection_and_channel() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    limiter = store.rate_limiter()
    store.listen(lambda key, fingerprint: None)
    limiter.listen_pauses(NS, Heard())
    await store.wait_listening()
    assert redis.open_channels() == [("thredfi:tokens:discarded", CHANNEL)]
    await limiter.aclose()
    await store.wait_listening()
    await anyio.wait_all_tasks_blocked()
    assert redis.open_channels() == [("thredfi:tokens:discarded",)]
    assert redis.closed is False
    await obtain(store)
    assert redis.commands[0] == "GET"  # the store still uses Redis
    await store.aclose()
    assert redis.closed is False  # a passed client stays open
    assert limiter.usable() is False  # the store's connection is closed
    assert await limiter.reserve(NS, BUDGETS, "h", lease=1.0, longest=1.0) == (UNAVAILABLE, 0.0)
    assert reserves(redis) == []


# ---------------------------------------------------------------- the client's default


PARTNER = "0b7a7c9e-2f1d-4c3b-9a8e-5d6f7a8b9c0d"


def client_with(**options: Any) -> thredfi.ThredfiClient:
    def thredfi_server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600})
        return httpx.Response(204)

    return thredfi.ThredfiClient(
        partner_uuid=PARTNER,
        api_key="k-1",
        base_url="https://api.example.test",
        transport=httpx.MockTransport(thredfi_server),
        **options,
    )


async def test_a_client_with_a_redis_token_store_spends_its_budgets_through_the_store_s_limiter() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    business = uuid.UUID(int=7)
    async with client_with(token_store=store, business_rate_limit=RateLimit(concurrency=2)) as client:
        assert client._core.settings.rate_limiter is store.rate_limiter()
        await client.api.get_async_httpx_client().get(f"/v1/platform/businesses/{business}/vendors/")
        assert redis.open_channels() == [("thredfi:tokens:discarded", CHANNEL)]  # the pauses are heard
    base = "thredfi:rate:{api.example.test:" + PARTNER + "}:b:" + str(business)
    [(keys, arguments)] = reserves(redis)
    assert keys == [base, base + ":holders"]
    assert arguments[3:] == [0, 0, 2]
    [(given_keys, given)] = give_backs(redis)
    assert given_keys == keys
    assert given == [arguments[0], 0]  # the same holder; its attempt was sent
    await store.aclose()


async def test_a_rate_limiter_given_is_used_instead_of_the_store_s() -> None:
    store = thredfi.RedisTokenStore(client=FakeRedis())
    limiter = thredfi.RedisRateLimiter(client=FakeRedis())
    async with client_with(token_store=store, rate_limiter=limiter) as client:
        assert client._core.settings.rate_limiter is limiter
    async with client_with() as client:
        assert client._core.settings.rate_limiter is None  # no Redis, no fleet
    await limiter.aclose()
    await store.aclose()


@pytest.mark.parametrize(
    "make",
    [
        lambda: thredfi.RedisTokenStore(client=FakeRedis()),
        lambda: "redis://127.0.0.1:6379/0",
        lambda: RateLimit(per_second=1),
    ],
    ids=["a-token-store", "a-url", "a-rate-limit"],
)
def test_a_rate_limiter_of_another_type_is_a_type_error_naming_it(make: Callable[[], object]) -> None:
    with pytest.raises(TypeError, match=r"^rate_limiter must be a thredfi\.RedisRateLimiter or None, got "):
        client_with(token_store=thredfi.RedisTokenStore(client=FakeRedis()), rate_limiter=make())
