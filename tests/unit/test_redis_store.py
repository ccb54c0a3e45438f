"""``RedisTokenStore`` without a Redis server: its argument checks, its repr, what it accepts as a
stored value, how failing commands become an outage, and closing.

A small in-memory stand-in for ``redis.asyncio.Redis`` is passed as ``client=``. What needs a real
server (compare-and-delete in Lua, the lock across processes, key names and TTLs, the discard
channel, the fleet, trio) is tested in tests/integration/test_token_store_redis.py.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import thredfi
from cryptography.fernet import Fernet
from thredfi import _redis_link, _redis_store
from thredfi._token_store import StoredToken, fingerprint

from tests.unit.redis_fakes import FakeRedis, Monotonic, patch_monotonic

pytestmark = pytest.mark.anyio
PREFIX = "thredfi:tokens:"
KEY = "host.test:partner-1:partner"
DEFAULT_TOKEN = "tok-redis-unit-1"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # RedisTokenStore is asyncio-only (redis-py has no trio client)


def stored(access_token: str = DEFAULT_TOKEN, lifetime: float = 3600.0) -> StoredToken:
    return StoredToken(
        access_token=access_token, token_type="Bearer", expires_in=3600, expires_at=time.time() + lifetime
    )


def returning(*tokens: StoredToken) -> tuple[Callable[[], Awaitable[StoredToken]], list[StoredToken]]:
    """A fetch handing out ``tokens`` in turn, and the list of those it handed out."""
    handed: list[StoredToken] = []

    async def fetch() -> StoredToken:
        handed.append(tokens[len(handed)])
        return handed[-1]

    return fetch, handed


def always(_: StoredToken) -> bool:
    return True


# ---------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "arguments", [{}, {"url": "redis://127.0.0.1:1/0", "client": FakeRedis()}], ids=["neither", "both"]
)
def test_exactly_one_of_url_and_client(arguments: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"exactly one of url= or client="):
        thredfi.RedisTokenStore(**arguments)


@pytest.mark.parametrize("name", ["lock_timeout", "operation_timeout", "retry_after_failure"])
@pytest.mark.parametrize("value", [0, -1.0, float("inf"), float("nan"), True, "1", None])
def test_timeouts_must_be_positive_finite_seconds(name: str, value: object) -> None:
    with pytest.raises(ValueError, match=rf"{name} must be a finite number of seconds > 0"):
        thredfi.RedisTokenStore(client=FakeRedis(), **{name: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -3, 1.5, True, "16", None])
def test_max_connections_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_connections must be an int >= 1"):
        thredfi.RedisTokenStore(client=FakeRedis(), max_connections=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["thredfi tokens:", "a\tb:", "x\n", b"thredfi:", None, 7])
def test_key_prefix_must_be_a_str_without_spaces(value: object) -> None:
    with pytest.raises(ValueError, match="key_prefix must be a str without spaces"):
        thredfi.RedisTokenStore(client=FakeRedis(), key_prefix=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["not a key", b"too-short", "A" * 44])
def test_an_encryption_key_that_is_no_fernet_key_is_a_value_error(key: str | bytes) -> None:
    with pytest.raises(ValueError, match=r"encryption_key must be a Fernet key"):
        thredfi.RedisTokenStore(client=FakeRedis(), encryption_key=key)


async def test_good_arguments_are_accepted_and_the_url_is_not_connected_to() -> None:
    store = thredfi.RedisTokenStore(
        "redis://127.0.0.1:1/0",  # nothing listens there: building the store sends nothing
        key_prefix="app:tok:",
        lock_timeout=0.5,
        operation_timeout=0.1,
        retry_after_failure=2,
        max_connections=1,
        encryption_key=Fernet.generate_key().decode(),  # str or bytes
    )
    assert repr(store) == "RedisTokenStore(key_prefix='app:tok:', encrypted=True)"
    await store.aclose()


async def test_the_repr_shows_neither_the_url_and_its_password_nor_the_key() -> None:
    key = Fernet.generate_key()
    store = thredfi.RedisTokenStore("redis://:hunter2-redis-pass@127.0.0.1:1/0", encryption_key=key)
    assert "hunter2" not in repr(store)
    assert key.decode() not in repr(store)
    await store.aclose()
    assert repr(thredfi.RedisTokenStore(client=FakeRedis())) == (
        "RedisTokenStore(key_prefix='thredfi:tokens:', encrypted=False)"
    )


# ---------------------------------------------------------------- the values it reads back


async def test_a_fetched_token_is_saved_under_the_prefixed_key_and_served_from_there() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    token = stored()
    fetch, handed = returning(token, stored("tok-never"))
    assert await store.obtain(KEY, fetch, always) == token
    assert await store.obtain(KEY, fetch, always) == token
    assert handed == [token]  # fetched once, then read back
    value = redis.values[PREFIX + KEY]
    assert value.startswith(fingerprint(token.access_token) + ":")
    assert PREFIX + KEY + ":lock" not in redis.values  # the lock was released


async def test_a_token_that_is_not_fresh_is_fetched_again() -> None:
    store = thredfi.RedisTokenStore(client=FakeRedis())
    old, new = stored("tok-old-1"), stored("tok-new-2")
    fetch, _ = returning(old, new)
    await store.obtain(KEY, fetch, always)
    assert await store.obtain(KEY, fetch, lambda token: token.access_token != "tok-old-1") == new


async def test_an_already_expired_token_is_handed_out_but_not_stored() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    expired = stored("tok-expired", lifetime=-10.0)
    fetch, _ = returning(expired)
    assert await store.obtain(KEY, fetch, always) == expired
    assert PREFIX + KEY not in redis.values


async def test_a_store_with_an_encryption_key_refuses_values_stored_in_clear() -> None:
    redis = FakeRedis()
    clear = stored("tok-written-in-clear")
    fetch, _ = returning(clear)
    await thredfi.RedisTokenStore(client=redis).obtain(KEY, fetch, always)
    assert "tok-written-in-clear" in redis.values[PREFIX + KEY]  # what a keyless replica writes
    keyed = thredfi.RedisTokenStore(client=redis, encryption_key=Fernet.generate_key())
    own = stored("tok-keyed-own")
    fetch, handed = returning(own)
    assert await keyed.obtain(KEY, fetch, always) == own
    assert handed == [own]  # the clear value was not adopted
    assert "tok-keyed-own" not in redis.values[PREFIX + KEY]  # and its own is stored encrypted


async def test_a_value_encrypted_with_another_key_counts_as_absent() -> None:
    redis, key = FakeRedis(), Fernet.generate_key()
    first = thredfi.RedisTokenStore(client=redis, encryption_key=key)
    fetch, _ = returning(stored("tok-first-key"))
    await first.obtain(KEY, fetch, always)
    assert ":enc:" in redis.values[PREFIX + KEY]
    same = thredfi.RedisTokenStore(client=redis, encryption_key=key)
    fetch_same, handed_same = returning(stored("tok-not-needed"))
    assert (await same.obtain(KEY, fetch_same, always)).access_token == "tok-first-key"
    assert handed_same == []
    other = thredfi.RedisTokenStore(client=redis, encryption_key=Fernet.generate_key())
    fetch_other, handed_other = returning(stored("tok-other-key"))
    assert (await other.obtain(KEY, fetch_other, always)).access_token == "tok-other-key"
    assert len(handed_other) == 1


def fields(**changes: Any) -> dict[str, Any]:
    base = {
        "access_token": "tok-foreign",
        "token_type": "Bearer",
        "expires_in": 3600,
        "expires_at": time.time() + 3600,
        "scope": None,
        "business_id": None,
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    "raw",
    [
        "no colon at all",
        "0" * 32 + ":not json",
        "0" * 32 + ":[1, 2]",
        "0" * 32 + ":" + json.dumps({**fields(), "extra": 1}),
        "0" * 32 + ":" + json.dumps({k: v for k, v in fields().items() if k != "expires_at"}),
        "0" * 32 + ":" + json.dumps(fields(access_token="tok with space")),
        "0" * 32 + ":" + json.dumps(fields(access_token=12345)),
        "0" * 32 + ":" + json.dumps(fields(expires_in=0)),
        "0" * 32 + ":" + json.dumps(fields(expires_in=True)),
        "0" * 32 + ":" + json.dumps(fields(expires_at="tomorrow")),
        "0" * 32 + ":" + json.dumps(fields(expires_at=float("nan"))),
        "0" * 32 + ":" + json.dumps(fields(scope=["a"])),
        "0" * 32 + ":" + json.dumps(fields(business_id=5)),
        "0" * 32 + ":enc:not-a-fernet-token",  # encrypted, and this store has no key
    ],
)
async def test_a_value_this_sdk_did_not_write_counts_as_absent(raw: str) -> None:
    redis = FakeRedis()
    redis.values[PREFIX + KEY] = raw
    store = thredfi.RedisTokenStore(client=redis)
    own = stored("tok-fetched-instead")
    fetch, handed = returning(own)
    assert await store.obtain(KEY, fetch, always) == own
    assert handed == [own]


async def test_a_value_written_by_this_sdk_is_read_back_field_for_field() -> None:
    redis = FakeRedis()
    redis.values[PREFIX + KEY] = "f" * 32 + ":" + json.dumps(fields(scope="read", business_id="b-1"))
    store = thredfi.RedisTokenStore(client=redis)
    fetch, handed = returning()
    token = await store.obtain(KEY, fetch, always)
    assert (token.access_token, token.scope, token.business_id) == ("tok-foreign", "read", "b-1")
    assert handed == []


async def test_the_key_prefix_is_used_for_the_token_and_its_lock() -> None:
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis, key_prefix="mine:")
    fetch, _ = returning(stored())
    await store.obtain(KEY, fetch, always)
    assert list(redis.values) == ["mine:" + KEY]


# ---------------------------------------------------------------- outages


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    """The store's monotonic clock, moved by the test (only the store's: its module's ``time``)."""
    return patch_monotonic(monkeypatch, _redis_store, _redis_link)  # the outage rule lives on the store's connection


async def test_three_failed_commands_in_a_row_make_an_outage_logged_once(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thredfi")
    redis = FakeRedis()
    redis.down = True
    store = thredfi.RedisTokenStore(client=redis, retry_after_failure=5.0)
    tokens = [stored(f"tok-direct-{n}") for n in range(6)]
    fetch, handed = returning(*tokens)
    for n in range(3):  # each call fails on its first command and fetches directly
        assert await store.obtain(KEY, fetch, always) == tokens[n]
    assert redis.commands == ["GET"] * 3
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "unreachable (ConnectionError)" in warnings[0]
    # during the outage the store is not asked at all, and a discard is dropped quietly
    assert await store.obtain(KEY, fetch, always) == tokens[3]
    await store.discard(KEY, tokens[0].access_token)
    assert redis.commands == ["GET"] * 3
    assert handed == tokens[:4]
    assert not any(t.access_token in caplog.text for t in tokens)


async def test_after_the_pause_the_store_is_tried_again_and_a_success_ends_the_outage(
    monotonic: Monotonic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    redis = FakeRedis()
    redis.down = True
    store = thredfi.RedisTokenStore(client=redis, retry_after_failure=5.0)
    fetch, _ = returning(*[stored(f"tok-{n}") for n in range(6)])
    for _ in range(3):
        await store.obtain(KEY, fetch, always)
    monotonic.now += 5.0  # the pause is over
    assert (await store.obtain(KEY, fetch, always)).access_token == "tok-3"
    assert redis.commands == ["GET"] * 4  # tried again (and failed again: the outage goes on)
    redis.down = False
    monotonic.now += 5.0
    await store.obtain(KEY, fetch, always)
    assert redis.commands[4:] == ["GET", "SET", "GET", "SET", "EVAL"]  # read, lock, read, save, release
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "reachable again" in messages[1]
    assert PREFIX + KEY in redis.values


async def test_one_or_two_failures_alone_are_no_outage(monotonic: Monotonic, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="thredfi")
    redis = FakeRedis()
    store = thredfi.RedisTokenStore(client=redis)
    fetch, _ = returning(*[stored(f"tok-{n}") for n in range(6)])
    for _ in range(2):
        redis.down = True
        await store.obtain(KEY, fetch, always)  # one failure...
        redis.down = False
        await store.obtain(KEY, fetch, always)  # ...then a success resets the count
    redis.down = True
    await store.obtain(KEY, fetch, always)
    await store.obtain(KEY, fetch, always)
    assert caplog.records == []
    redis.down = False
    before = len(redis.commands)
    await store.obtain(KEY, fetch, always)
    assert len(redis.commands) > before  # still asked: never marked down


# ---------------------------------------------------------------- closing


async def test_closing_leaves_a_passed_client_open_and_the_store_then_fetches_directly() -> None:
    redis = FakeRedis()
    async with thredfi.RedisTokenStore(client=redis) as store:
        pass
    assert redis.closed is False  # the caller's client is the caller's to close
    token = stored("tok-after-close")
    fetch, handed = returning(token)
    assert await store.obtain(KEY, fetch, always) == token
    await store.discard(KEY, token.access_token)
    assert redis.commands == []
    assert handed == [token]
    await store.aclose()  # idempotent


async def test_closing_closes_a_client_the_store_opened() -> None:
    store = thredfi.RedisTokenStore("redis://127.0.0.1:1/0")
    owned = store._redis
    closed: list[bool] = []
    original = owned.aclose

    async def aclose() -> None:
        closed.append(True)
        await original()

    owned.aclose = aclose
    await store.aclose()
    await store.aclose()
    assert closed == [True]
