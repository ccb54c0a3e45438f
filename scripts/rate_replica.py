"""One replica of a fleet sharing rate budgets, for tests/integration/test_rate_limits_redis.py and
scripts/bench_throughput.py.

Started as ``python scripts/rate_replica.py CONFIG_JSON`` with ``sys.executable``: it builds a
``ThredfiClient`` against ``base_url`` with ``business_rate_limit`` (``RateLimit`` fields, or
null), ``max_retries``, and, when ``redis_url`` is set, ``rate_limiter=RedisRateLimiter(redis_url)``.
It prints ``{"ready": true}`` and answers each JSON command line on stdin with one JSON line:

* ``fan_out`` ``calls``, ``businesses``: ``calls`` concurrent calls on each business; reports
  ``failed`` (calls that raised, by exception type) and ``seconds`` (wall time).
* ``call`` ``business``: one call (it raises if the call fails).
* ``wait_listening``: returns once pauses published by other replicas are received.
* ``wait_paused`` ``business``: returns once this replica holds that business's calls.
* ``warnings``: the SDK's WARNING messages so far.
* ``exit``: closes the client and the limiter, answers, and exits.
"""

from __future__ import annotations

import collections
import json
import logging
import sys
import time
import uuid
from typing import Any

import anyio
import thredfi
from thredfi._rate import business_in

WAIT_LIMIT = 20.0  # bound on every wait for an observable condition
POLL = 0.005


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _reply(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


async def main(config: dict[str, Any]) -> None:
    warnings = _Warnings()
    logging.getLogger("thredfi").addHandler(warnings)
    limiter = thredfi.RedisRateLimiter(config["redis_url"]) if config.get("redis_url") else None
    limit = config.get("business_rate_limit")
    client = thredfi.ThredfiClient(
        partner_uuid=config["partner_uuid"],
        api_key=config["api_key"],
        base_url=config["base_url"],
        max_retries=config.get("max_retries", 2),
        trust_env=False,  # loopback only, whatever proxy the environment names
        business_rate_limit=thredfi.RateLimit(**limit) if limit else None,
        rate_limiter=limiter,
    )
    _reply({"ready": True})
    stdin = anyio.wrap_file(sys.stdin)
    while True:
        line = await stdin.readline()
        if not line:
            break
        command = json.loads(line)
        action = command["do"]
        try:
            if action == "fan_out":
                result = await fan_out(client, int(command["calls"]), [uuid.UUID(b) for b in command["businesses"]])
            elif action == "call":
                await client.for_business(uuid.UUID(command["business"])).vendors.get(uuid.uuid4())
                result = {}
            elif action == "wait_listening":
                assert limiter is not None
                with anyio.fail_after(WAIT_LIMIT):
                    await limiter.wait_listening()
                result = {}
            elif action == "wait_paused":
                key = business_in(f"/businesses/{command['business']}/")
                pauses = client._core.retry.pauses
                with anyio.fail_after(WAIT_LIMIT):
                    while True:
                        if pauses.on(key, time.monotonic()):
                            break
                        await anyio.sleep(POLL)
                result = {}
            elif action == "warnings":
                result = {"warnings": warnings.messages}
            elif action == "exit":
                await client.aclose()
                if limiter is not None:
                    await limiter.aclose()
                _reply({"ok": True})
                return
            else:
                raise ValueError(f"unknown command {action!r}")
        except Exception as exc:
            _reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
        else:
            _reply({"ok": True, **result})


async def fan_out(client: thredfi.ThredfiClient, calls: int, businesses: list[uuid.UUID]) -> dict[str, Any]:
    failed: collections.Counter[str] = collections.Counter()

    async def one(business: uuid.UUID) -> None:
        try:
            await client.for_business(business).vendors.get(uuid.uuid4())
        except Exception as exc:
            failed[type(exc).__name__] += 1

    started = time.monotonic()
    async with anyio.create_task_group() as group:
        for _ in range(calls):
            for business in businesses:
                group.start_soon(one, business)
    return {"failed": dict(failed), "seconds": time.monotonic() - started}


if __name__ == "__main__":
    anyio.run(main, json.loads(sys.argv[1]))
