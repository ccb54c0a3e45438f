"""The fleet token store's interface (``thredfi._token_store``): fingerprints, ``StoredToken`` and the
``TokenStore`` protocol. ``RedisTokenStore`` is tested in test_redis_store.py and against a real Redis
in tests/integration/test_token_store_redis.py."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Awaitable, Callable

import pytest
import thredfi
from thredfi._token_store import TOKEN_CHARS, StoredToken, TokenStore, fingerprint

SECRET = "tok-store-secret-8e7d6c5b"


def stored(access_token: str = SECRET) -> StoredToken:
    return StoredToken(access_token=access_token, token_type="Bearer", expires_in=3600, expires_at=1_800_003_600.0)


# ---------------------------------------------------------------- fingerprint


def test_a_fingerprint_is_stable_and_reveals_nothing_of_the_token() -> None:
    mark = fingerprint(SECRET)
    assert mark == fingerprint(SECRET)  # every process names a token alike
    assert mark == hashlib.sha256(SECRET.encode()).hexdigest()[:32]
    assert len(mark) == 32
    assert all(c in "0123456789abcdef" for c in mark)
    for part in (SECRET, SECRET[:8], SECRET[-8:], "secret"):
        assert part not in mark


def test_different_tokens_have_different_fingerprints() -> None:
    marks = {fingerprint(f"tok-{n}") for n in range(1_000)}
    assert len(marks) == 1_000
    assert fingerprint("a") != fingerprint("A")


def test_a_stored_tokens_fingerprint_is_its_access_tokens() -> None:
    assert stored().fingerprint == fingerprint(SECRET)


# ---------------------------------------------------------------- StoredToken


def test_a_stored_token_hides_its_value_in_repr_and_str() -> None:
    token = stored()
    for text in (repr(token), str(token)):
        assert SECRET not in text
        assert "expires_in=3600" in text
        assert "token_type='Bearer'" in text


def test_a_stored_token_is_immutable_and_compares_by_value() -> None:
    token = stored()
    with pytest.raises(dataclasses.FrozenInstanceError):
        token.access_token = "other"  # type: ignore[misc]
    assert token == stored()
    assert token != stored("tok-other")
    assert (token.scope, token.business_id) == (None, None)


def test_a_stored_token_round_trips_through_its_fields() -> None:
    """What a store writes (``dataclasses.asdict``) builds the same token back."""
    token = StoredToken(
        access_token=SECRET, token_type="Bearer", expires_in=60, expires_at=1.5, scope="s", business_id="b-1"
    )
    assert StoredToken(**dataclasses.asdict(token)) == token


# ---------------------------------------------------------------- the TokenStore protocol


class Conforming:
    """A store with the three methods (in memory, one process)."""

    def __init__(self) -> None:
        self.tokens: dict[str, StoredToken] = {}

    async def obtain(
        self, key: str, fetch: Callable[[], Awaitable[StoredToken]], fresh: Callable[[StoredToken], bool]
    ) -> StoredToken:
        token = self.tokens.get(key)
        if token is None or not fresh(token):
            token = self.tokens[key] = await fetch()
        return token

    async def discard(self, key: str, access_token: str) -> None:
        if key in self.tokens and self.tokens[key].access_token == access_token:
            del self.tokens[key]

    def listen(self, listener: Callable[[str, str], None]) -> Callable[[], None]:
        return lambda: None


class NoListen:
    async def obtain(self, key: str, fetch: object, fresh: object) -> StoredToken:
        raise NotImplementedError

    async def discard(self, key: str, access_token: str) -> None:
        raise NotImplementedError


def test_the_protocol_accepts_a_conforming_object() -> None:
    assert isinstance(Conforming(), TokenStore)
    assert thredfi.TokenStore is TokenStore


@pytest.mark.parametrize("other", [NoListen(), object(), {"obtain": 1, "discard": 2, "listen": 3}, "redis://x"])
def test_the_protocol_refuses_an_object_missing_a_method(other: object) -> None:
    assert not isinstance(other, TokenStore)


def test_the_redis_store_is_a_token_store() -> None:
    assert issubclass(thredfi.RedisTokenStore, TokenStore)


@pytest.mark.anyio
async def test_a_conforming_store_serves_the_fetched_token_until_it_is_discarded() -> None:
    store, fetched = Conforming(), []

    async def fetch() -> StoredToken:
        fetched.append(1)
        return stored(f"tok-{len(fetched)}")

    first = await store.obtain("ns:partner", fetch, lambda token: True)
    assert await store.obtain("ns:partner", fetch, lambda token: True) is first
    await store.discard("ns:partner", "tok-not-stored")  # compare-and-delete: a newer token stays
    assert await store.obtain("ns:partner", fetch, lambda token: True) is first
    await store.discard("ns:partner", first.access_token)
    assert (await store.obtain("ns:partner", fetch, lambda token: True)).access_token == "tok-2"


# ---------------------------------------------------------------- constants


@pytest.mark.parametrize("value", ["a", "tok-1", "eyJ.abc.def", "x" * 8192, "!~"])
def test_token_chars_accepts_visible_ascii(value: str) -> None:
    assert TOKEN_CHARS.fullmatch(value)


@pytest.mark.parametrize("value", ["", "tok 1", "tok\n", "tök", "x" * 8193, "\x7f"])
def test_token_chars_refuses_what_would_break_a_header(value: str) -> None:
    assert not TOKEN_CHARS.fullmatch(value)
