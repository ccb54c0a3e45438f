"""Benchmark: the SDK's cost per call side by side with raw HTTP clients, and how it scales.

A cheap Thredfi stand-in (scripts/bench_server.py) runs in its own process on 127.0.0.1. In
this process, round by round and in a rotating order, each contender makes the same calls
(the POST seed operation, JSON response parsed) at concurrency 1, 16 and 64:

- httpx_default: raw ``httpx.AsyncClient()``, default pool limits;
- httpx_tuned:   raw httpx with ``Limits(max_connections=64, max_keepalive_connections=64)``;
- aiohttp:       raw ``aiohttp.ClientSession`` (the practical limit);
- aiohttp_sdk_shape: raw aiohttp sending what the SDK sends (its headers, timeouts, URL form,
                 no cookie jar): what the SDK's requests cost aiohttp itself;
- sdk_pipeline:  the SDK's pipeline called directly (``ThredfiClient._send``), without the
                 generated operation code: with ``sdk``, splits the SDK's cost in two;
- sdk:           ``delete_bill_payment.asyncio(..., client=ThredfiClient(...).api)`` with the
                 default sender (token cached, request id, retry step, typed parsing);
- sdk_resource:  the same call through the resource client, ``client.bill_payments.delete(...)``;
- sdk_httpx:     the generated call forced onto httpx's own transport;
- peer_openai:   openai-python on its aiohttp client (``openai[aiohttp]``, pinned below, installed
                 by this script into its own virtual environment), calling a small endpoint of
                 the same body size on the same server (``scripts/bench_peer.py``, a subprocess).

Reported per contender and concurrency: calls/s (wall) and CPU per call (this process's
user+sys, steadier than wall time on a shared machine), medians over the rounds. Also import
time of ``thredfi`` vs ``httpx`` (fresh processes, median of 10), ``make generate`` time, peak
RSS, the token requests sent when 1,000 calls start at once on a cold cache, and the memory the
client retains for 10,000 businesses (a view and a business token each), and the token requests
per hour of a fleet of replicas with and without a shared ``RedisTokenStore`` (a real
redis-server on 127.0.0.1, scripts/redis_server.py). The last line printed
is one JSON object with the headline ratios.

    python scripts/bench.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import bench_throughput
import httpx
import thredfi
from project import BENCH_PARTNER_UUID, ROOT
from redis_server import running_redis
from thredfi_api.api.bill_payments import delete_bill_payment
from yarl import URL

BUSINESS = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
PAYMENT = uuid.UUID("d43b87f9-9e28-4802-8eaa-6ee91a40ea71")
PATH = f"/v1/platform/businesses/{BUSINESS}/bills/payments/{PAYMENT}/delete/"
AUTH = {"Authorization": "Bearer bench-token"}
CONCURRENCY = (1, 16, 64)
CONTENDERS = (
    "httpx_default",
    "httpx_tuned",
    "aiohttp",
    "aiohttp_sdk_shape",
    "sdk_pipeline",
    "sdk",
    "sdk_resource",
    "sdk_httpx",
    "peer_openai",
)
# what raw aiohttp sends when shaped like the SDK's requests (its headers, timeouts, URL form)
SDK_SHAPED_HEADERS = {
    "authorization": "Bearer bench-business-token",
    "x-request-id": "6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b",
    "accept": "application/json",
    "accept-encoding": "gzip, deflate",
    "user-agent": "thredfi-python/0 python/3",
    "x-thredfi-attempt": "1",
}
PEER_REQUIREMENT = "openai[aiohttp]==3.54.0"
PEER_VENV = ROOT / ".bench-peer-venv"

Call = Callable[[], Awaitable[None]]


@contextmanager
def bench_server() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "bench_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("listening "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


class Contender:
    """One client under test: opened once per round, closed after it."""

    def __init__(self, name: str, base_url: str) -> None:
        self.name = name
        self.base_url = base_url
        self.closers: list[Callable[[], Awaitable[Any]]] = []

    async def open(self) -> Call:
        url = self.base_url + PATH
        if self.name in ("httpx_default", "httpx_tuned"):
            limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
            client = httpx.AsyncClient(limits=limits) if self.name == "httpx_tuned" else httpx.AsyncClient()
            self.closers.append(client.aclose)

            async def call_httpx() -> None:
                response = await client.post(url, headers=AUTH)
                response.json()

            return call_httpx
        if self.name == "aiohttp":
            session = aiohttp.ClientSession()
            self.closers.append(session.close)

            async def call_aiohttp() -> None:
                async with session.post(url, headers=AUTH) as response:
                    await response.json()

            return call_aiohttp
        if self.name == "aiohttp_sdk_shape":
            session = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False)
            session._retry_connection = False
            self.closers.append(session.close)
            timeout = aiohttp.ClientTimeout(total=120, sock_connect=30, sock_read=30)
            target = URL(url, encoded=True)

            async def call_shaped() -> None:
                async with session.request(
                    "POST", target, headers=SDK_SHAPED_HEADERS, timeout=timeout, allow_redirects=False, compress=None
                ) as response:
                    json.loads(await response.read())

            return call_shaped
        transport = httpx.AsyncHTTPTransport() if self.name == "sdk_httpx" else None
        sdk = thredfi.ThredfiClient(
            partner_uuid=BENCH_PARTNER_UUID,
            api_key="bench-key",
            base_url=self.base_url,
            transport=transport,
        )
        self.closers.append(sdk.aclose)
        api = sdk.api
        if self.name == "sdk_pipeline":

            async def call_pipeline() -> None:  # the SDK's pipeline without the generated code
                reply = await sdk._send("post", PATH)
                assert reply.response.json()["status"]

            await call_pipeline()
            return call_pipeline
        if self.name == "sdk_resource":

            async def call_resource() -> None:
                result = await sdk.bill_payments.delete(BUSINESS, PAYMENT)
                assert result.status

            await call_resource()  # token fetched and cached before timing
            return call_resource

        async def call_sdk() -> None:
            result = await delete_bill_payment.asyncio(BUSINESS, PAYMENT, client=api)
            assert result is not None

        await call_sdk()  # token fetched and cached before timing
        return call_sdk

    async def close(self) -> None:
        for close in self.closers:
            await close()
        self.closers.clear()


def peer_python() -> Path:
    """The interpreter of the peer's virtual environment, created (once) with the pinned peer."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / f".installed-{PEER_REQUIREMENT}"
    if not stamp.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", PEER_REQUIREMENT], check=True)
        stamp.touch()
    return python


def measure_peer(base_url: str, calls: int, concurrency: int) -> tuple[float, float]:
    """(calls per second, CPU seconds per call) of the peer, measured in its own process."""
    command = [str(peer_python()), str(ROOT / "scripts" / "bench_peer.py"), base_url, str(calls), str(concurrency)]
    result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    return float(result["calls_per_s"]), float(result["cpu_us_per_call"]) / 1e6


async def measure(call: Call, calls: int, concurrency: int) -> tuple[float, float]:
    """(calls per second, CPU seconds per call) for ``calls`` calls spread over workers."""
    per_worker = calls // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    for _ in range(min(50, calls)):  # warm the pool and caches
        await call()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    done = per_worker * concurrency
    return done / wall, cpu / done


async def run_rounds(base_url: str, rounds: int, calls: int) -> dict[str, dict[int, dict[str, float]]]:
    samples: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for index in range(rounds):
        order = CONTENDERS[index % len(CONTENDERS) :] + CONTENDERS[: index % len(CONTENDERS)]
        for concurrency in CONCURRENCY:
            for name in order:
                if name == "peer_openai":
                    samples.setdefault((name, concurrency), []).append(measure_peer(base_url, calls, concurrency))
                    continue
                contender = Contender(name, base_url)
                call = await contender.open()
                try:
                    samples.setdefault((name, concurrency), []).append(await measure(call, calls, concurrency))
                finally:
                    await contender.close()
        print(f"  round {index + 1}/{rounds} done", file=sys.stderr, flush=True)
    table: dict[str, dict[int, dict[str, float]]] = {}
    for (name, concurrency), values in samples.items():
        table.setdefault(name, {})[concurrency] = {
            "calls_per_s": statistics.median(v[0] for v in values),
            "cpu_us_per_call": statistics.median(v[1] for v in values) * 1e6,
        }
    return table


async def cold_token_requests(base_url: str, calls: int = 1000) -> int:
    async with httpx.AsyncClient(base_url=base_url) as raw:
        await raw.get("/_reset")
        sdk = thredfi.ThredfiClient(partner_uuid=BENCH_PARTNER_UUID, api_key="bench-key", base_url=base_url)
        async with sdk:
            await asyncio.gather(
                *(delete_bill_payment.asyncio(BUSINESS, PAYMENT, client=sdk.api) for _ in range(calls))
            )
        return int((await raw.get("/_stats")).json()["token_requests"])


async def memory_per_businesses(base_url: str, businesses: int = 10_000) -> float:
    """MB the client retains for ``businesses`` businesses (a view and a token each), tracemalloc-measured."""
    import gc
    import tracemalloc

    sdk = thredfi.ThredfiClient(partner_uuid=BENCH_PARTNER_UUID, api_key="bench-key", base_url=base_url)
    async with sdk:
        await sdk.partner_token()
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for n in range(businesses):
            view = sdk.for_business(uuid.UUID(int=n))
            await view.token()
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    return retained / 1e6


class _InstantSender:
    """Answers every attempt at once with canned bytes: what is left to measure is the SDK itself."""

    token = b'{"access_token": "layer-token", "token_type": "Bearer", "expires_in": 3600}'
    body = json.dumps(
        {
            "message": "cancelled",
            "payment_id": str(PAYMENT),
            "status": "cancelled",
            "updated_at": "2026-11-21T10:00:00Z",
        }
    ).encode()
    headers = ((b"Content-Type", b"application/json"),)

    async def send(self, request: Any, remaining: float) -> httpx.Response:
        from thredfi._aiohttp_sender import read_response

        body = self.token if request.path.endswith("/oauth2/token/") else self.body
        return read_response(200, self.headers, body, "OK")

    async def aclose(self) -> None:
        return None


async def fleet_token_requests(base_url: str, redis_url: str | None, replicas: int, businesses: int) -> int:
    """Token requests when ``replicas`` processes each touch ``businesses`` businesses from cold.

    Each replica is a process of its own (scripts/bench_replica.py, its own in-process cache);
    with ``redis_url`` they share a ``RedisTokenStore``. They start in waves of as many as the
    machine has cores: twenty cold processes at once on two cores starve each other's event
    loops past the store's command timeout (the store then steps aside, by design), which says
    more about the machine than about a fleet. The cold start of several processes at once is
    tested in tests/integration/test_token_store_redis.py. The bench server's tokens live an
    hour, so the count is the token requests per hour of a fleet calling every business.
    """
    async with httpx.AsyncClient(base_url=base_url) as raw:
        await raw.get("/_reset")
        store = [redis_url, f"bench:{uuid.uuid4()}:"] if redis_url else []
        script = str(ROOT / "scripts" / "bench_replica.py")
        codes: list[int] = []
        wave = os.cpu_count() or 1
        for first in range(0, replicas, wave):
            processes = [
                await asyncio.create_subprocess_exec(sys.executable, script, base_url, str(businesses), *store)
                for _ in range(min(wave, replicas - first))
            ]
            codes += [await process.wait() for process in processes]
        if any(codes):
            raise RuntimeError(f"a bench replica failed: exit codes {codes}")
        return int((await raw.get("/_stats")).json()["token_requests"])


def blocking_clients(base_url: str, calls: int, threads: int) -> dict[str, dict[str, float]]:
    """The blocking client beside httpx.Client and requests, one at a time and from ``threads``
    threads (one client shared), in turns: {name: {"c1_cpu_us", "c1_calls_per_s", "threads_calls_per_s"}}."""
    import requests

    url = base_url + PATH
    sync = thredfi.Client(partner_uuid=BENCH_PARTNER_UUID, api_key="bench-key", base_url=base_url)
    biz = sync.for_business(BUSINESS)
    plain = httpx.Client()
    session = requests.Session()

    def call_sync() -> None:
        assert biz.bill_payments.delete(PAYMENT).status

    def call_httpx() -> None:
        assert plain.post(url, headers=AUTH).json()["status"]

    def call_requests() -> None:
        assert session.post(url, headers=AUTH).json()["status"]

    results: dict[str, dict[str, float]] = {}
    for name, call in (("thredfi_client", call_sync), ("httpx_client", call_httpx), ("requests", call_requests)):
        for _ in range(50):  # warm: connections open, token fetched
            call()
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(calls):
            call()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        per_thread = calls // threads

        def work(call: Callable[[], None] = call, count: int = per_thread) -> None:
            for _ in range(count):
                call()

        pool = [threading.Thread(target=work) for _ in range(threads)]
        started = time.perf_counter()
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        threaded = time.perf_counter() - started
        results[name] = {
            "c1_cpu_us": round(cpu / calls * 1e6, 1),
            "c1_calls_per_s": round(calls / wall, 1),
            "threads_calls_per_s": round(per_thread * threads / threaded, 1),
        }
    sync.close()
    plain.close()
    session.close()
    return results


def layer_attribution(calls: int = 20_000) -> dict[str, float]:
    """CPU µs per call of each layer above the network, one call at a time (no server).

    ``generated``: the operation's ``_get_kwargs`` and ``_build_response`` (model parsing);
    ``response``: building the ``httpx.Response`` from the bytes; ``pipeline``: the SDK's steps
    (request building, request id, idempotency, auth, retry loop, error check); ``total``: a
    whole generated call over a sender that answers at once.
    """
    from thredfi._aiohttp_sender import read_response

    sdk = thredfi.ThredfiClient(partner_uuid=BENCH_PARTNER_UUID, api_key="bench-key", base_url="http://127.0.0.1:9")
    instant = _InstantSender()
    sdk._core.sender.chosen = instant  # type: ignore[attr-defined]
    sdk._core.sender.send = instant.send  # type: ignore[method-assign]
    api = sdk.api

    def cpu_per_call(loop: Callable[[], Any]) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            loop()
            best = min(best, (time.process_time() - start) / calls * 1e6)
        return best

    async def total() -> None:
        for _ in range(calls):
            await delete_bill_payment.asyncio(BUSINESS, PAYMENT, client=api)

    async def pipeline() -> None:
        for _ in range(calls):
            await sdk._send("post", PATH)

    loop = asyncio.new_event_loop()
    loop.run_until_complete(total())  # warm: token fetched, caches filled
    results = {
        "total": cpu_per_call(lambda: loop.run_until_complete(total())),
        "pipeline_and_response": cpu_per_call(lambda: loop.run_until_complete(pipeline())),
    }
    canned = instant.body

    def response_only() -> None:
        for _ in range(calls):
            read_response(200, instant.headers, canned, "OK")

    def generated_only() -> None:
        response = read_response(200, instant.headers, canned, "OK")
        for _ in range(calls):
            delete_bill_payment._get_kwargs(BUSINESS, PAYMENT)
            delete_bill_payment._build_response(client=api, response=response)

    results["response"] = cpu_per_call(response_only)
    results["generated"] = cpu_per_call(generated_only)
    results["pipeline"] = results["pipeline_and_response"] - results["response"]
    loop.run_until_complete(sdk.aclose())
    loop.close()
    return {key: round(value, 1) for key, value in results.items()}


def import_times(modules: list[str], repeats: int) -> dict[str, float]:
    """Median seconds to import each of ``modules`` in a fresh interpreter (its start excluded).

    The modules take turns, round after round, so that a slower spell of the machine falls on
    all of them alike (their ratio is the figure that matters).
    """
    # bytecode is written as an installed wheel would have it: the first, untimed round compiles
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    values: dict[str, list[float]] = {module: [] for module in modules}
    for round_number in range(repeats + 1):
        for module in modules:
            code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
            if round_number:
                values[module].append(float(out.stdout))
    return {module: statistics.median(times) for module, times in values.items()}


def generate_time() -> float:
    sys.path.insert(0, str(ROOT / "scripts"))
    from generate import run_generator

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run_generator(Path(tmp) / "thredfi_api")
        return time.perf_counter() - start


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu})"
    return f"{system}, Python {platform.python_version()}"


def render(table: dict[str, dict[int, dict[str, float]]]) -> str:
    lines = ["| client | " + " | ".join(f"c={c} calls/s | c={c} CPU µs/call" for c in CONCURRENCY) + " |"]
    lines.append("|---" * (1 + 2 * len(CONCURRENCY)) + "|")
    for name in CONTENDERS:
        cells = []
        for c in CONCURRENCY:
            row = table[name][c]
            cells += [f"{row['calls_per_s']:.0f}", f"{row['cpu_us_per_call']:.0f}"]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (under a minute)")
    args = parser.parse_args()
    rounds, calls = (3, 640) if args.quick else (7, 3200)
    print(f"machine: {machine()}", flush=True)
    print(f"rounds: {rounds}, calls per measurement: {calls}", flush=True)
    peer_python()  # installed before timing anything
    with bench_server() as base_url:
        table = asyncio.run(run_rounds(base_url, rounds, calls))
        token_requests = asyncio.run(cold_token_requests(base_url))
        memory_mb = asyncio.run(memory_per_businesses(base_url))
        replicas, businesses = (4, 50) if args.quick else (20, 500)
        fleet = {"without_store": asyncio.run(fleet_token_requests(base_url, None, replicas, businesses))}
        with running_redis() as redis:
            fleet["with_store"] = asyncio.run(fleet_token_requests(base_url, redis.url, replicas, businesses))
            throughput = asyncio.run(bench_throughput.measure(redis.url))
        blocking = blocking_clients(base_url, calls // 2, threads=8)
    print(f"fleet of {replicas} replicas x {businesses} businesses, token requests per hour: {fleet}")
    print(f"blocking clients (one at a time, and 8 threads sharing one client): {blocking}")
    print(f"partner-scale throughput (lists read ahead; fan-out under a per-business limit): {throughput}")
    layers = layer_attribution()
    print("layers, CPU µs per call one at a time, no network: " + ", ".join(f"{k} {v}" for k, v in layers.items()))
    print(render(table))
    operation = "thredfi, thredfi_api.api.bill_payments.delete_bill_payment"
    imports = import_times(["httpx", "thredfi", operation], 20)
    imports["operation"] = imports.pop(operation)
    generation = generate_time()
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def ratio(a: str, b: str, c: int, key: str) -> float:
        return round(table[a][c][key] / table[b][c][key], 3)

    summary: dict[str, Any] = {
        "cpu_per_call_ratio_vs_httpx_c1": ratio("sdk", "httpx_default", 1, "cpu_us_per_call"),
        "cpu_per_call_ratio_vs_httpx_c64": ratio("sdk", "httpx_default", 64, "cpu_us_per_call"),
        "cpu_per_call_ratio_vs_aiohttp_c64": ratio("sdk", "aiohttp", 64, "cpu_us_per_call"),
        "throughput_ratio_vs_httpx_c64": ratio("sdk", "httpx_default", 64, "calls_per_s"),
        "throughput_ratio_vs_aiohttp_c64": ratio("sdk", "aiohttp", 64, "calls_per_s"),
        "throughput_ratio_vs_peer_c64": ratio("sdk", "peer_openai", 64, "calls_per_s"),
        "cpu_per_call_ratio_vs_aiohttp_c1": ratio("sdk", "aiohttp", 1, "cpu_us_per_call"),
        "cpu_per_call_ratio_vs_peer_c64": ratio("sdk", "peer_openai", 64, "cpu_us_per_call"),
        "import_thredfi_ms": round(imports["thredfi"] * 1000, 1),
        "import_httpx_ms": round(imports["httpx"] * 1000, 1),
        "import_ratio_vs_httpx": round(imports["thredfi"] / imports["httpx"], 3),
        "import_thredfi_and_one_operation_ms": round(imports["operation"] * 1000, 1),
        "generate_s": round(generation, 2),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "token_requests_for_1000_cold_calls": token_requests,
        "memory_mb_per_10000_businesses": round(memory_mb, 2),
        "fleet_token_requests_per_hour_without_store": fleet["without_store"],
        "fleet_token_requests_per_hour_with_store": fleet["with_store"],
        "fleet_token_request_ratio_store_vs_none": round(fleet["with_store"] / fleet["without_store"], 4),
        "sync_cpu_per_call_ratio_vs_httpx_client_c1": round(
            blocking["thredfi_client"]["c1_cpu_us"] / blocking["httpx_client"]["c1_cpu_us"], 3
        ),
        "sync_cpu_per_call_ratio_vs_requests_c1": round(
            blocking["thredfi_client"]["c1_cpu_us"] / blocking["requests"]["c1_cpu_us"], 3
        ),
        "sync_throughput_ratio_vs_httpx_client_8_threads": round(
            blocking["thredfi_client"]["threads_calls_per_s"] / blocking["httpx_client"]["threads_calls_per_s"], 3
        ),
        "sync_throughput_ratio_vs_requests_8_threads": round(
            blocking["thredfi_client"]["threads_calls_per_s"] / blocking["requests"]["threads_calls_per_s"], 3
        ),
    }
    walk, fan_out = throughput["list_walk"], throughput["fan_out"]
    summary.update(
        {
            "list_walk_ratio_read_ahead_vs_one_page_at_a_time": round(
                walk["read_ahead_s"] / walk["one_page_at_a_time_s"], 3
            ),
            "list_walk_ratio_collect_8_vs_floor": round(walk["collect_8_s"] / walk["floor_s"], 3),
            "fan_out_429s_without_budget": fan_out["without_budget"]["responses_429"],
            "fan_out_failed_calls_without_budget": fan_out["without_budget"]["failed_calls"],
            "fan_out_429s_with_budget": fan_out["with_budget_95pct"]["responses_429"],
            "fan_out_wall_ratio_with_budget_vs_floor": round(
                fan_out["with_budget_95pct"]["wall_s"] / fan_out["floor_s"], 3
            ),
            "fan_out_wall_ratio_without_budget_vs_floor": round(
                fan_out["without_budget"]["wall_s"] / fan_out["floor_s"], 3
            ),
        }
    )
    fleet_fan_out = throughput["fan_out_3_replicas"]
    for name, row in fleet_fan_out.items():
        if name != "floor_s":
            summary[f"fleet_3_replicas_{name}_429s"] = row["responses_429"]
            summary[f"fleet_3_replicas_{name}_failed_calls"] = row["failed_calls"]
            summary[f"fleet_3_replicas_{name}_wall_ratio_vs_floor"] = round(row["wall_s"] / fleet_fan_out["floor_s"], 3)
    cpu64 = {name: table[name][64]["cpu_us_per_call"] for name in CONTENDERS}
    attribution = {
        "aiohttp": cpu64["aiohttp"],
        "request_shape": cpu64["aiohttp_sdk_shape"] - cpu64["aiohttp"],
        "pipeline": cpu64["sdk_pipeline"] - cpu64["aiohttp_sdk_shape"],
        "generated_code": cpu64["sdk"] - cpu64["sdk_pipeline"],
    }
    print("CPU µs per call at c=64, side by side: " + ", ".join(f"{k} {v:.0f}" for k, v in attribution.items()))
    summary["cpu_us_c64_attribution"] = {key: round(value, 1) for key, value in attribution.items()}
    for key, value in summary.items():
        print(f"{key}: {value}")
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
