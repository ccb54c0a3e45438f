"""One replica of a fleet, for tests/integration/test_token_store_redis.py.

Started as ``python fleet_worker.py CONFIG_JSON`` with ``sys.executable``: it builds a
``ThredfiClient`` with ``token_store=RedisTokenStore(redis_url, **store)`` against the stand-in
(base_url), prints ``{"ready": true, "pid": ...}`` and then answers each JSON command line on
stdin with one JSON line on stdout (``"ok": true`` and the command's results, or ``"ok": false``
and ``"error"``). Commands (``"do"``):

* ``calls`` ``n``, ``businesses``: ``n`` concurrent business-scoped calls (the i-th on
  ``businesses[i % len]``); reports ``statuses``, ``errors`` and ``token_requests`` (sent by
  this process during the command).
* ``call`` ``business``, ``request_id``: one call with that X-Request-ID; ``status``,
  ``token_requests``.
* ``token`` ``business`` (null: the partner token): the token the client would use now, as its
  ``fingerprint``; ``token_requests``.
* ``wait_listening``: returns once discards from other processes are received.
* ``wait_dropped`` ``business``, ``fingerprint``: returns once this process no longer caches
  that token (another process discarded it); polls the token manager's state, bounded.
* ``wait_store_retry``: returns once the store would be asked again after a failure.
* ``state``: ``warnings`` logged by the SDK so far, ``outage``, ``down_until`` (the store's
  monotonic instant before which it is not asked again), ``total_token_requests``.
* ``exit``: closes the client and the store, answers, and exits.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import anyio
import thredfi
from thredfi._token_store import fingerprint
from thredfi_api.api.customer_credits import delete_customer_credit

WAIT_LIMIT = 20.0  # bound on every wait for an observable condition
POLL = 0.01


class _Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[dict[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append({"level": record.levelname, "message": record.getMessage()})


async def until(condition: Callable[[], bool]) -> None:
    """Return once ``condition()`` holds (polled); fail after WAIT_LIMIT seconds."""
    with anyio.fail_after(WAIT_LIMIT):
        while True:
            if condition():
                return
            await anyio.sleep(POLL)


def _reply(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


class Worker:
    def __init__(self, config: dict[str, Any], captured: _Captured) -> None:
        self.store = thredfi.RedisTokenStore(config["redis_url"], **config.get("store", {}))
        self.client = thredfi.ThredfiClient(
            partner_uuid=config["partner_uuid"],
            api_key=config["api_key"],
            base_url=config["base_url"],
            timeout=config.get("timeout", 60.0),
            max_retries=0,
            trust_env=False,  # loopback only, whatever proxy the environment names
            token_store=self.store,
        )
        self.captured = captured

    @property
    def sent(self) -> int:
        return self.client.token_requests_sent

    async def aclose(self) -> None:
        await self.client.aclose()
        await self.store.aclose()

    async def run(self, command: dict[str, Any]) -> dict[str, Any]:
        action = command["do"]
        before = self.sent
        if action == "calls":
            result = await self.calls(int(command["n"]), list(command["businesses"]))
        elif action == "call":
            result = {"status": await self.call(command["business"], command.get("request_id"))}
        elif action == "token":
            token = await self.token(command.get("business"))
            result = {"fingerprint": fingerprint(token.access_token)}
        elif action == "wait_listening":
            with anyio.fail_after(WAIT_LIMIT):
                await self.store.wait_listening()
            result = {}
        elif action == "wait_dropped":
            await self.wait_dropped(command.get("business"), command["fingerprint"])
            result = {}
        elif action == "wait_store_retry":
            await until(lambda: time.monotonic() >= self.store._link.down_until)
            result = {}
        elif action == "state":
            result = {
                "warnings": [r["message"] for r in self.captured.records if r["level"] == "WARNING"],
                "outage": self.store._link.outage,
                "down_until": self.store._link.down_until,  # monotonic, in this process
                "total_token_requests": self.sent,
            }
        else:
            raise ValueError(f"unknown command {action!r}")
        return {"ok": True, "token_requests": self.sent - before, **result}

    async def call(self, business: str, request_id: str | None = None) -> int:
        api = self.client.for_business(business).api
        if request_id is None:
            response = await delete_customer_credit.asyncio_detailed(uuid.UUID(business), uuid.uuid4(), client=api)
        else:
            with thredfi.request_context(request_id):
                response = await delete_customer_credit.asyncio_detailed(uuid.UUID(business), uuid.uuid4(), client=api)
        return int(response.status_code)

    async def calls(self, n: int, businesses: list[str]) -> dict[str, Any]:
        statuses: collections.Counter[str] = collections.Counter()
        errors: collections.Counter[str] = collections.Counter()

        async def one(i: int) -> None:
            try:
                statuses[str(await self.call(businesses[i % len(businesses)]))] += 1
            except Exception as exc:  # reported: the test fails on any
                errors[f"{type(exc).__name__}: {exc}"] += 1

        async with anyio.create_task_group() as tg:
            for i in range(n):
                tg.start_soon(one, i)
        return {"statuses": dict(statuses), "errors": dict(errors)}

    async def token(self, business: str | None) -> thredfi.Token:
        if business is None:
            return await self.client.partner_token()
        return await self.client.business_token(business)

    async def wait_dropped(self, business: str | None, mark: str) -> None:
        tokens = self.client._core.tokens

        def cached() -> str | None:
            slot = tokens._partner if business is None else tokens._business.get(str(uuid.UUID(business)))
            return None if slot is None else fingerprint(slot.token.access_token)

        await until(lambda: cached() != mark)


async def main(config: dict[str, Any]) -> None:
    captured = _Captured()
    sdk_logger = logging.getLogger("thredfi")
    sdk_logger.addHandler(captured)
    sdk_logger.setLevel(logging.DEBUG)
    worker = Worker(config, captured)
    _reply({"ready": True, "pid": os.getpid()})
    try:
        while True:
            line = await anyio.to_thread.run_sync(sys.stdin.readline)
            if not line:
                return  # the test closed our stdin
            command = json.loads(line)
            if command["do"] == "exit":
                break
            try:
                _reply(await worker.run(command))
            except Exception as exc:  # the test reads it
                _reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    finally:
        await worker.aclose()
    _reply({"ok": True, "closed": True})


if __name__ == "__main__":
    import asyncio

    asyncio.run(main(json.loads(sys.argv[1])))
