"""One replica of a fleet for ``make bench``: a ThredfiClient touching every business once.

Started by scripts/bench.py, several at a time, each in its own process as service replicas
are; with a Redis URL they share a ``RedisTokenStore``.

    python scripts/bench_replica.py BASE_URL BUSINESSES [REDIS_URL KEY_PREFIX]
"""

from __future__ import annotations

import asyncio
import sys
import uuid

import thredfi
from project import BENCH_PARTNER_UUID


async def replica(base_url: str, businesses: int, redis_url: str | None, key_prefix: str) -> None:
    store = thredfi.RedisTokenStore(redis_url, key_prefix=key_prefix) if redis_url else None
    try:
        async with thredfi.ThredfiClient(
            partner_uuid=BENCH_PARTNER_UUID,
            api_key="bench-key",
            base_url=base_url,
            token_store=store,
        ) as client:
            ids = [uuid.UUID(int=n + 1) for n in range(businesses)]
            await asyncio.gather(*(client.for_business(b).token() for b in ids))
    finally:
        if store is not None:
            await store.aclose()


def main(argv: list[str]) -> int:
    base_url, businesses = argv[0], int(argv[1])
    redis_url, key_prefix = (argv[2], argv[3]) if len(argv) > 3 else (None, "")
    asyncio.run(replica(base_url, businesses, redis_url, key_prefix))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
