"""The peer contender of ``make bench``: openai-python on its aiohttp client, same loopback server.

Run by ``scripts/bench.py`` with the interpreter of a separate virtual environment holding
``openai[aiohttp]`` (pinned there), never with the project's own. It makes ``calls`` calls of a
small endpoint answering a body of the same size as the SDK's (``GET /v1/models/{id}``, parsed
into openai's pydantic model) at ``concurrency``, measured as ``scripts/bench.py`` measures, and
prints one JSON line: calls per second and CPU microseconds per call.

    python bench_peer.py BASE_URL CALLS CONCURRENCY
"""

from __future__ import annotations

import asyncio
import json
import sys
import time


async def main(base_url: str, calls: int, concurrency: int) -> None:
    from openai import AsyncOpenAI, DefaultAioHttpClient  # type: ignore[import-not-found]  # the peer's own venv

    http_client = DefaultAioHttpClient()
    async with AsyncOpenAI(api_key="bench-key", base_url=f"{base_url}/v1", http_client=http_client) as client:

        async def call() -> None:
            model = await client.models.retrieve("bench-model")
            assert model.id == "bench-model"

        per_worker = calls // concurrency

        async def worker() -> None:
            for _ in range(per_worker):
                await call()

        for _ in range(min(50, calls)):  # warm the pool and caches, as the other contenders do
            await call()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    done = per_worker * concurrency
    print(json.dumps({"calls_per_s": done / wall, "cpu_us_per_call": cpu / done * 1e6}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
