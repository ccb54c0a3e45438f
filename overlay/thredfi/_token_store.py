"""Tokens shared by a fleet of processes: the ``TokenStore`` interface (``RedisTokenStore`` is in ``_redis_store``).

Without a store every ``ThredfiClient`` fetches its own tokens (the in-process cache of
``_tokens``). With one, the in-process cache stays in front (a call costs no store round trip
while its token is fresh) and the store is asked only when a token is missing or due for a
refresh: it hands out the token another process already fetched, or lets exactly one process
in the fleet fetch it while the others wait for it. A 401 in one process discards the token
for the whole fleet (compare-and-delete: a newer token is never removed) and tells the other
processes to drop their in-process copy.

The store is a cache in front of Thredfi, never a dependency: a command that fails or is slow
sends that token request straight to Thredfi (the in-process behaviour); three in a row make an
outage, logged once, during which the store is tried again a second at a time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    pass

logger = logging.getLogger("thredfi")

# what a bearer token may hold: visible ASCII, no spaces (anything else would break the header)
TOKEN_CHARS = re.compile(r"[\x21-\x7e]{1,8192}")
# this many failed commands in a row make an outage (one WARNING; the store skipped a while)
OUTAGE_AFTER_FAILURES = 3
# (scope key, token fingerprint) -> None: a process discarded that token
DiscardListener = Callable[[str, str], None]


@dataclasses.dataclass(frozen=True)
class StoredToken:
    """A token as the store keeps it: wall-clock expiry, so that every process reads it alike."""

    access_token: str = dataclasses.field(repr=False)
    token_type: str
    expires_in: int
    expires_at: float  # Unix time
    scope: str | None = None
    business_id: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.access_token)


def fingerprint(access_token: str) -> str:
    """A name for a token that reveals nothing of it (messages between processes carry this)."""
    return hashlib.sha256(access_token.encode()).hexdigest()[:32]


@runtime_checkable
class TokenStore(Protocol):
    """Where the processes of a fleet share their tokens.

    ``key`` names a partner's token scope (the client builds it from its host, partner and
    scope); a store may add a prefix of its own. Implementations must never log or expose a
    token's value.
    """

    async def obtain(
        self,
        key: str,
        fetch: Callable[[], Awaitable[StoredToken]],
        fresh: Callable[[StoredToken], bool],
    ) -> StoredToken:
        """A token for ``key`` for which ``fresh`` is true; ``fetch`` it at most once fleet-wide."""
        ...

    async def discard(self, key: str, access_token: str) -> None:
        """Forget that token (only if it is still the stored one) and tell every listener."""
        ...

    def listen(self, listener: DiscardListener) -> Callable[[], None]:
        """Call ``listener`` when any process discards a token; returns the function that stops it."""
        ...
