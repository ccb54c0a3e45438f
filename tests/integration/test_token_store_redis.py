"""The fleet token store against a real redis-server (scripts/redis_server.py) and the stand-in.

The fleet tests run replicas as processes (tests/integration/fleet_worker.py, driven by JSON
lines on stdin/stdout), each with ``token_store=RedisTokenStore(url)``, against the stand-in
running in this process; the stand-in counts the token requests the whole fleet sent. The
store's own guarantees (compare-and-delete, key names and TTLs, encryption, no token in repr or
logs, asyncio only) are checked in this process.

Every wait is on an observable condition (a reply line, a key in Redis, a request at the
stand-in), bounded; none is a sleep standing in for one.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
import thredfi
from redis_server import RedisServer, free_port
from thredfi._token_store import StoredToken, fingerprint

from tests.integration.conftest import BUSINESS, OTHER_BUSINESS
from tests.standin import API_KEY, PARTNER_UUID, Fault, StandIn

WORKER = Path(__file__).with_name("fleet_worker.py")
ROOT = Path(__file__).resolve().parents[2]
PREFIX = "thredfi:tokens:"
REPLY_LIMIT = 60.0  # bound on waiting for one reply from a worker (they answer in well under a second)
WAIT_LIMIT = 20.0  # bound on polling for a condition in this process
POLL = 0.01


@pytest.fixture
def sender() -> str:
    """One run per test: RedisTokenStore is asyncio-only and the workers use the default sender."""
    return "default"


# Redis ----------------------------------------------------------------------------------------


@pytest.fixture
def inspect(redis_url: str) -> Iterator[redis.Redis]:
    """A plain redis-py client for looking at what the store wrote."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        yield client
    finally:
        client.close()


def namespace(standin: StandIn) -> str:
    """The key prefix of the stand-in's partner: ``{prefix}{host:port}:{partner}:``."""
    return f"{PREFIX}{standin.base_url.removeprefix('http://')}:{PARTNER_UUID}:"


def poll(condition: Callable[[], bool], what: str) -> None:
    """Return once ``condition()`` holds; fail after WAIT_LIMIT seconds."""
    deadline = time.monotonic() + WAIT_LIMIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(POLL)


# the fleet ------------------------------------------------------------------------------------
class Worker:
    """One fleet_worker.py process (or another ``script`` of that protocol); ``ask`` sends a command
    and returns its reply."""

    def __init__(self, name: str, config: dict[str, Any], stderr: Path, script: Path = WORKER) -> None:
        self.name = name
        self.stderr = stderr
        with stderr.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, str(script), json.dumps(config)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                cwd=ROOT,
            )
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, name=f"worker-{name}", daemon=True)
        self.reader.start()

    def wait_ready(self) -> Worker:
        hello = self.receive()
        assert hello.get("ready"), hello
        return self

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command).encode() + b"\n")
        self.process.stdin.flush()

    def receive(self) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=REPLY_LIMIT)
        except queue.Empty:
            raise AssertionError(f"worker {self.name} did not answer:\n{self.log()}") from None
        if line is None:
            raise AssertionError(f"worker {self.name} exited ({self.process.wait()}):\n{self.log()}")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def ask(self, **command: Any) -> dict[str, Any]:
        self.send(**command)
        reply = self.receive()
        assert reply["ok"], f"{self.name} {command}: {reply}\n{self.log()}"
        return reply

    def log(self) -> str:
        return self.stderr.read_text(errors="replace")[-5000:]

    def kill(self) -> None:
        """SIGKILL: no cleanup of any kind runs in the worker (a crashed replica)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def close(self) -> None:
        process = self.process
        try:
            if process.poll() is None and process.stdin is not None:
                with contextlib.suppress(OSError):
                    self.send(do="exit")
                    process.stdin.close()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
            self.reader.join(timeout=10)
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()


class Fleet:
    def __init__(self, standin: StandIn, redis_url: str, directory: Path) -> None:
        self.standin = standin
        self.redis_url = redis_url
        self.directory = directory
        self.workers: list[Worker] = []

    def spawn(self, name: str, **store: Any) -> Worker:
        return self.start(name, **store).wait_ready()

    def start(self, name: str, **store: Any) -> Worker:
        # a generous bound on each Redis command: a loaded test machine must not look like an
        # outage (which would fall back to fetching directly); outages are refused connections
        store.setdefault("operation_timeout", 5.0)
        config = {
            "base_url": self.standin.base_url,
            "partner_uuid": PARTNER_UUID,
            "api_key": API_KEY,
            "redis_url": self.redis_url,
            "store": store,
        }
        worker = Worker(name, config, self.directory / f"{name}.stderr")
        self.workers.append(worker)
        return worker

    def spawn_many(self, names: list[str], **store: Any) -> list[Worker]:
        """Start the processes together, then wait for each (their imports run in parallel)."""
        started = [self.start(name, **store) for name in names]
        return [worker.wait_ready() for worker in started]

    def close(self) -> None:
        for worker in self.workers:
            worker.close()


@pytest.fixture
def fleet(standin: StandIn, redis_url: str, tmp_path: Path) -> Iterator[Fleet]:
    fleet = Fleet(standin, redis_url, tmp_path)
    try:
        yield fleet
    finally:
        fleet.close()


def businesses(n: int) -> list[str]:
    return [str(uuid.uuid4()) for _ in range(n)]


def sent_by(standin: StandIn, request_id: str) -> list[str | None]:
    """The Authorization of each call (not token request) the stand-in received with that X-Request-ID."""
    calls = standin.received("delete_customer_credit")
    return [r.header("Authorization") for r in calls if r.header("X-Request-ID") == request_id]


def business_of_token_request(path: str) -> str:
    return path.split("/")[3]  # /v1/platform/{business_id}/oauth2/token/


# 1. one request per token for a whole fleet ---------------------------------------------------
def test_a_cold_fleet_sends_one_partner_token_request_and_one_per_business(
    standin: StandIn, fleet: Fleet, inspect: redis.Redis
) -> None:
    ids = businesses(5)
    workers = fleet.spawn_many(["a", "b", "c"])
    for worker in workers:  # all three start their 300 calls at once, with nothing cached anywhere
        worker.send(do="calls", n=300, businesses=ids)
    replies = [worker.receive() for worker in workers]

    for reply in replies:
        assert reply["ok"], reply
        assert reply["errors"] == {}
        assert reply["statuses"] == {"204": 300}
    assert standin.count("partner_token") == 1
    assert collections.Counter(business_of_token_request(r.path) for r in standin.received("business_token")) == {
        business: 1 for business in ids
    }
    assert sum(reply["token_requests"] for reply in replies) == 1 + len(ids)
    # every replica used the one token of each business
    used: dict[str, set[str | None]] = collections.defaultdict(set)
    for request in standin.received("delete_customer_credit"):
        used[request.path.split("/")[4]].add(request.header("Authorization"))
    assert {business: len(tokens) for business, tokens in used.items()} == {business: 1 for business in ids}
    assert standin.count("delete_customer_credit") == 900
    space = namespace(standin)
    assert set(inspect.keys(PREFIX + "*")) == {space + "partner"} | {f"{space}business:{b}" for b in ids}


# 2. a lock holder that dies is taken over when its lock expires --------------------------------
def test_a_replica_killed_while_refreshing_is_taken_over_when_its_lock_expires(
    standin: StandIn, fleet: Fleet, inspect: redis.Redis
) -> None:
    holder = fleet.spawn("holder", lock_timeout=2.0)
    other = fleet.spawn("other")
    lock = namespace(standin) + "partner:lock"
    standin.fail("partner_token", Fault(hang=True))  # the holder's request never gets an answer

    holder.send(do="token", business=None)
    poll(lambda: standin.count("partner_token") == 1, "the holder's token request")
    owner = inspect.get(lock)
    assert owner is not None  # the holder took the fleet's lock for the partner token
    holder.kill()  # mid-refresh: nothing releases the lock

    reply = other.ask(do="token", business=None)

    assert standin.count("partner_token") == 2  # the dead holder's, then the other replica's
    (issued,) = standin.issued()  # the hung request never issued one
    assert reply["fingerprint"] == fingerprint(issued)
    assert reply["token_requests"] == 1
    assert inspect.get(lock) is None  # released by the replica that took over
    value = inspect.get(namespace(standin) + "partner")
    assert isinstance(value, str)
    assert value.startswith(fingerprint(issued) + ":")  # the fleet's token now
    assert other.ask(do="state")["warnings"] == []  # through the store: no fallback to the in-process path


# 3. a 401 in one replica: the others stop using that token -------------------------------------
def test_a_401_in_one_replica_makes_the_others_drop_that_token(standin: StandIn, fleet: Fleet) -> None:
    first, second = fleet.spawn_many(["first", "second"])
    business = str(BUSINESS)
    assert first.ask(do="call", business=business, request_id="first-1")["status"] == 204
    adopted = second.ask(do="call", business=business, request_id="second-1")
    assert adopted["status"] == 204
    assert adopted["token_requests"] == 0  # the business token came from the store
    with standin.lock:
        (old,) = [token for token, owner in standin.state.tokens.items() if owner == business]
    second.ask(do="wait_listening")

    with standin.lock:
        standin.state.revoked.add(old)
    refreshed = first.ask(do="call", business=business, request_id="first-2")
    assert refreshed["status"] == 204
    assert refreshed["token_requests"] == 1  # 401, a new business token, the replay
    second.ask(do="wait_dropped", business=business, fingerprint=fingerprint(old))
    again = second.ask(do="call", business=business, request_id="second-2")

    new = standin.issued()[-1]
    assert new != old
    assert again["status"] == 204
    assert again["token_requests"] == 0  # the first replica's new token, from the store
    assert sent_by(standin, "first-1") == sent_by(standin, "second-1") == [f"Bearer {old}"]
    assert sent_by(standin, "first-2") == [f"Bearer {old}", f"Bearer {new}"]  # refused, replayed
    assert sent_by(standin, "second-2") == [f"Bearer {new}"]  # no 401, no replay
    assert standin.count("partner_token") == 1
    assert standin.count("business_token") == 2


# 4. Redis stopped mid-run: calls go on; the store is used again once it is back ----------------
def test_calls_go_on_while_redis_is_down_and_the_store_is_used_again_after_a_restart(
    standin: StandIn, fleet: Fleet, redis_server: RedisServer, inspect: redis.Redis
) -> None:
    first, second = fleet.spawn_many(["first", "second"], retry_after_failure=0.2)

    def calls(ids: list[str]) -> int:
        """50 calls over ``ids`` in ``first``; all must succeed. The token requests they sent."""
        reply = first.ask(do="calls", n=50, businesses=ids)
        assert reply["errors"] == {}
        assert reply["statuses"] == {"204": 50}
        return int(reply["token_requests"])

    def until_outage() -> dict[str, Any]:
        """Calls on new businesses (the store is asked for each) until the store counts as down."""
        for _ in range(10):
            assert calls(businesses(1)) == 1  # the store failed: fetched directly, the calls went on
            state = first.ask(do="state")
            if state["outage"]:
                return state
        raise AssertionError("ten failed store commands and no outage")

    warm = businesses(2)
    assert calls(warm) == 3
    redis_server.stop()
    assert calls(warm) == 0  # the in-process cache
    state = until_outage()
    assert len(state["warnings"]) == 1
    assert "unreachable" in state["warnings"][0]
    for _ in range(3):  # the outage goes on: the store is tried again, fails again, and stays quiet
        first.ask(do="wait_store_retry")
        assert calls(businesses(1)) == 1
        again = first.ask(do="state")
        assert again["down_until"] > state["down_until"]  # it was tried (and failed) again
        assert again["warnings"] == state["warnings"]  # one outage, one WARNING
        state = again

    redis_server.start()  # empty: no persistence
    first.ask(do="wait_store_retry")
    after = businesses(1)
    assert calls(after) == 1  # fetched once, and saved for the fleet
    assert inspect.exists(f"{namespace(standin)}business:{after[0]}")
    adopted = second.ask(do="token", business=after[0])
    assert adopted["token_requests"] == 0  # another replica adopts it
    assert adopted["fingerprint"] == first.ask(do="token", business=after[0])["fingerprint"]
    state = first.ask(do="state")
    assert state["outage"] is False
    assert len(state["warnings"]) == 2
    assert "again" in state["warnings"][1]

    redis_server.stop()  # a second outage: a WARNING of its own
    warnings = until_outage()["warnings"]
    assert len(warnings) == 3
    assert "unreachable" in warnings[2]
    for message in warnings:
        assert not any(token in message for token in standin.issued())
        assert API_KEY not in message


# 5. the store's own guarantees, in this process ------------------------------------------------
def stored(access_token: str, lifetime: int = 3600) -> StoredToken:
    return StoredToken(
        access_token=access_token, token_type="Bearer", expires_in=lifetime, expires_at=time.time() + lifetime
    )


def returning(token: StoredToken) -> Callable[[], Awaitable[StoredToken]]:
    async def fetch() -> StoredToken:
        return token

    return fetch


async def never() -> StoredToken:
    raise AssertionError("fetched, but the store held a usable token")


def always(_: StoredToken) -> bool:
    return True


def client_for(standin: StandIn, store: thredfi.RedisTokenStore) -> thredfi.ThredfiClient:
    return thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key=API_KEY,
        base_url=standin.base_url,
        trust_env=False,
        token_store=store,
    )


@pytest.mark.asyncio
async def test_discard_is_compare_and_delete_and_tells_every_listener(redis_url: str, inspect: redis.Redis) -> None:
    heard: list[tuple[str, str]] = []
    both = anyio.Event()

    def listener(key: str, mark: str) -> None:
        heard.append((key, mark))
        if len(heard) == 2:
            both.set()

    async with thredfi.RedisTokenStore(redis_url) as store:
        stop = store.listen(listener)
        with anyio.fail_after(WAIT_LIMIT):
            await store.wait_listening()
        old, new = stored("tok-old-1b2c"), stored("tok-new-3d4e")
        assert await store.obtain("ns:partner", returning(old), always) == old
        await store.discard("ns:partner", old.access_token)
        assert not inspect.exists(PREFIX + "ns:partner")
        assert await store.obtain("ns:partner", returning(new), always) == new

        await store.discard("ns:partner", old.access_token)  # a late 401 for the old token

        assert await store.obtain("ns:partner", never, always) == new  # the newer token stays
        value = inspect.get(PREFIX + "ns:partner")
        assert isinstance(value, str)
        assert value.startswith(new.fingerprint + ":")
        with anyio.fail_after(WAIT_LIMIT):
            await both.wait()
        stop()
    assert heard == [("ns:partner", fingerprint(old.access_token))] * 2


@pytest.mark.asyncio
async def test_a_store_listening_again_after_its_last_listener_left_hears_discards(redis_url: str) -> None:
    """Clients closed and created one after another on one store: the new one is told too."""
    heard = anyio.Event()
    async with thredfi.RedisTokenStore(redis_url) as store:
        stop = store.listen(lambda key, mark: None)
        with anyio.fail_after(WAIT_LIMIT):
            await store.wait_listening()
        stop()
        stop_again = store.listen(lambda key, mark: heard.set())
        with anyio.fail_after(WAIT_LIMIT):
            await store.wait_listening()
        await store.discard("ns:partner", "tok-gone-9a8b")
        with anyio.fail_after(WAIT_LIMIT):
            await heard.wait()
        stop_again()


@pytest.mark.asyncio
async def test_the_subscription_does_not_take_a_command_connection(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """With one connection for commands, listening must not leave commands waiting for it."""
    caplog.set_level(logging.DEBUG, logger="thredfi")
    async with thredfi.RedisTokenStore(redis_url, max_connections=1, operation_timeout=5.0) as store:
        stop = store.listen(lambda key, mark: None)
        with anyio.fail_after(WAIT_LIMIT):
            await store.wait_listening()
        for n in range(3):
            token = stored(f"tok-pool-{n}-7c6d")
            assert await store.obtain(f"ns:business:{n}", returning(token), always) == token
            assert await store.obtain(f"ns:business:{n}", never, always) == token  # read back from Redis
        stop()
    assert not [r for r in caplog.records if "not used for this token" in r.getMessage()]


@pytest.mark.asyncio
async def test_a_store_with_a_key_ignores_values_stored_in_clear(redis_url: str) -> None:
    """Replicas with and without the key do not adopt each other's tokens."""
    from cryptography.fernet import Fernet

    async with thredfi.RedisTokenStore(redis_url) as plain:
        clear = stored("tok-clear-1e2f")
        assert await plain.obtain("ns:partner", returning(clear), always) == clear
    async with thredfi.RedisTokenStore(redis_url, encryption_key=Fernet.generate_key()) as keyed:
        mine = stored("tok-encrypted-3a4b")
        assert await keyed.obtain("ns:partner", returning(mine), always) == mine


@pytest.mark.asyncio
async def test_keys_are_namespaced_by_partner_and_scope_and_expire_with_the_token(
    standin: StandIn, redis_url: str, inspect: redis.Redis
) -> None:
    standin.state.expires_in = 1800
    async with thredfi.RedisTokenStore(redis_url) as store, client_for(standin, store) as client:
        await client.business_token(BUSINESS)
        await client.business_token(OTHER_BUSINESS)
    space = namespace(standin)
    keys = {space + "partner", f"{space}business:{BUSINESS}", f"{space}business:{OTHER_BUSINESS}"}
    assert set(inspect.keys("*")) == keys
    for key in keys:
        assert 1800 * 1000 - 1000 <= inspect.pttl(key) <= 1800 * 1000
    # another partner of the same host shares nothing with this one
    other_partner = space.replace(PARTNER_UUID, str(uuid.uuid4()))
    async with thredfi.RedisTokenStore(redis_url) as store:
        fetched = stored("tok-other-partner-5f6a")
        assert await store.obtain(other_partner.removeprefix(PREFIX) + "partner", returning(fetched), always) == fetched
    assert inspect.exists(other_partner + "partner")
    assert inspect.get(space + "partner") != inspect.get(other_partner + "partner")


@pytest.mark.asyncio
async def test_with_an_encryption_key_no_token_is_stored_in_clear(
    standin: StandIn, redis_url: str, inspect: redis.Redis
) -> None:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key()
    async with thredfi.RedisTokenStore(redis_url, encryption_key=key) as store, client_for(standin, store) as client:
        business = await client.business_token(BUSINESS)
        partner = await client.partner_token()
    space = namespace(standin)
    values = [inspect.get(space + "partner"), inspect.get(f"{space}business:{BUSINESS}")]
    for value in values:
        assert value is not None
        assert partner.access_token not in value
        assert business.access_token not in value
        assert ":enc:" in value
    async with thredfi.RedisTokenStore(redis_url, encryption_key=key) as same_key:
        adopted = await same_key.obtain(f"{space.removeprefix(PREFIX)}partner", never, always)
    assert adopted.access_token == partner.access_token
    # a store without the key cannot read it: it fetches its own (and never sees the token)
    replacement = stored("tok-replacement-7a8b")
    async with thredfi.RedisTokenStore(redis_url) as keyless:
        got = await keyless.obtain(f"{space.removeprefix(PREFIX)}partner", returning(replacement), always)
    assert got == replacement


@pytest.mark.asyncio
async def test_no_token_in_repr_or_logs(standin: StandIn, redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    down = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there: an outage from the start
    async with thredfi.RedisTokenStore(redis_url) as store, client_for(standin, store) as client:
        shared = await client.business_token(BUSINESS)
        representations = [repr(store), str(store), repr(shared)]
        async with thredfi.RedisTokenStore(down) as unreachable, client_for(standin, unreachable) as alone:
            for _ in range(10):  # tokens for new businesses until the store counts as down
                own = await alone.business_token(uuid.uuid4())
                await unreachable.discard("ns:partner", own.access_token)
                if "unreachable" in caplog.text:
                    break
            representations.append(repr(unreachable))
    representations.append(repr(stored("tok-in-repr-9c0d")))
    assert "unreachable" in caplog.text  # the outage was logged
    for text in [*representations, caplog.text]:
        for token in [*standin.issued(), "tok-in-repr-9c0d"]:
            assert token not in text
        assert API_KEY not in text


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_redis_store_under_trio_raises_a_clear_error(standin: StandIn, redis_url: str) -> None:
    store = thredfi.RedisTokenStore(redis_url)
    with pytest.raises(RuntimeError, match="asyncio"):
        await store.obtain("ns:partner", never, always)
    with pytest.raises(RuntimeError, match="asyncio"):
        await store.discard("ns:partner", "tok-x")
    with pytest.raises(RuntimeError, match="asyncio"):
        store.listen(lambda key, mark: None)
    async with client_for(standin, store) as client:
        with pytest.raises(RuntimeError, match="asyncio"):
            await client.partner_token()
    assert standin.count("partner_token") == 0
