"""The soak: N calls at concurrency C through the public API against a fault-injecting server.

For each event loop asked for (asyncio, trio) it starts ``scripts/soak_server.py`` in its own
process, sends ``--calls`` calls at ``--concurrency`` through ``thredfi.ThredfiClient`` and the
generated operations (reads, idempotent deletes, a non-idempotent cancel, a create with an
Idempotency-Key, a create with an external_id), each inside ``thredfi.request_context`` with its
own id, then checks (docs/reliability.md says what each means):

* duplicated_writes: a non-idempotent write (or a create) the server applied twice;
* untyped_exceptions: a call raised something that is not a ``thredfi.ThredfiError``;
* requests_sent_twice / requests_not_counted: the server received a (request id, method, path,
  ``X-Thredfi-Attempt``) more often than the SDK's DEBUG attempt lines logged it, or one the SDK
  never logged (attempt_numbers_reused, sent and logged twice under one number, is reported);
* leaked_sockets / leaked_tasks: TCP sockets to the server or tasks left once the client closed;
* secrets_found: the api key, its Basic credential or any token the server issued in the
  captured DEBUG logs (every logger) or in any exception's str/repr/message/detail/body/traceback;
* memory_growth_bytes: tracemalloc's count of live memory (the driver's own allocations left
  out) after the first tenth of the calls and after the last, both taken between waves with no
  call in flight; fails above 1 MiB + 10 % of the first figure.

It prints one JSON summary and exits 1 when a check fails, 2 when the run overran
``--max-seconds`` (each loop is bounded; a watchdog ends the process past the total).

    python scripts/soak.py --calls 10000 --concurrency 100 --loops asyncio,trio
"""

from __future__ import annotations

import argparse
import base64
import collections
import faulthandler
import gc
import json
import logging
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx
import thredfi
from thredfi_api import AuthenticatedClient
from thredfi_api.api.bill_payments import create_bill_payment, delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit
from thredfi_api.api.vendors import create_vendor, get_vendor
from thredfi_api.models import CreateBillPaymentRequest, CreateVendorRequest

SERVER = Path(__file__).resolve().parent / "soak_server.py"
PARTNER_UUID = "5e0c9a7d-soak-4b1e-8f20-partner00001"
BUSINESSES = [uuid.UUID(int=(0x50A4 << 112) + n) for n in range(10)]
WAVES = 10
# one DEBUG line per attempt from the SDK: "<METHOD> <path> -> <outcome> (attempt N, ... request_id=<id>)"
ATTEMPT_LINE = re.compile(r"^thredfi DEBUG (\S+) (\S+) -> \S+ \(attempt (\d+),.*request_id=([^)\s,]*)\)")
TOKEN_SHAPE = re.compile(r"soak-[pb]-[A-Za-z0-9_-]{6,}")
MEMORY_ALLOWANCE = 1 << 20  # bytes, plus 10 % of the first figure
OPERATIONS = ("get_vendor", "delete_customer_credit", "cancel_bill_payment", "create_bill_payment", "create_vendor")
WEIGHTS = (4, 2, 2, 1, 1)


@dataclass
class Run:
    """What one loop's run counts. Only counters and two files: it must not grow per call."""

    loop: str
    logs: Path
    exceptions: Path
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)
    untyped: list[str] = field(default_factory=list)  # the first few, for the summary
    untyped_count: int = 0
    memory: list[int] = field(default_factory=list)


def start_server(api_key: str, seed: int, fault_rate: float, stall: float) -> tuple[subprocess.Popen[bytes], int]:
    command = [sys.executable, str(SERVER), "--partner-uuid", PARTNER_UUID, "--api-key", api_key]
    command += ["--seed", str(seed), "--fault-rate", str(fault_rate), "--stall", str(stall)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline().decode()  # "listening <port>", or "" if it died
    if not line.startswith("listening "):
        process.kill()
        raise RuntimeError(f"the soak server did not start: {line!r}")
    return process, int(line.split()[1])


def pick(index: int, seed: int) -> tuple[str, uuid.UUID, bool]:
    """The operation, business and scope (business token or partner token) of call ``index``."""
    draw = random.Random(seed * 1_000_003 + index)
    name = draw.choices(OPERATIONS, WEIGHTS)[0]
    return name, draw.choice(BUSINESSES), draw.random() < 0.5


def operation(name: str, business: uuid.UUID, api: AuthenticatedClient, call_id: str) -> Awaitable[Any]:
    if name == "get_vendor":
        return get_vendor.asyncio(business, uuid.uuid4(), client=api)
    if name == "delete_customer_credit":
        return delete_customer_credit.asyncio(business, uuid.uuid4(), client=api)
    if name == "cancel_bill_payment":
        return delete_bill_payment.asyncio(business, uuid.uuid4(), client=api)
    if name == "create_bill_payment":  # the SDK adds the Idempotency-Key
        body = CreateBillPaymentRequest(vendor_id=uuid.uuid4(), amount_cents=1500)
        return create_bill_payment.asyncio(business, client=api, body=body)
    vendor = CreateVendorRequest(company_name="Soak Supplies Ltd", external_id=f"ext-{call_id}")
    return create_vendor.asyncio(business, client=api, body=vendor)


def describe(exc: BaseException) -> str:
    """Every way an exception can be shown to a person: all of it is scanned for secrets."""
    parts = [type(exc).__name__, str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    if isinstance(exc, thredfi.APIStatusError):
        parts += [exc.message, json.dumps(exc.detail, default=str), json.dumps(exc.body, default=str)]
    return "\n".join(parts) + "\n----\n"


async def one_call(client: thredfi.ThredfiClient, run: Run, index: int, seed: int, out: Any) -> None:
    name, business, scoped = pick(index, seed)
    call_id = f"soak-{run.loop}-{index}"
    with thredfi.request_context(call_id):
        api = client.for_business(business).api if scoped else client.api
        try:
            await operation(name, business, api, call_id)
        except thredfi.ThredfiError as exc:
            run.outcomes[f"{name}: {type(exc).__name__}"] += 1
            out.write(describe(exc))
        except Exception as exc:  # what the soak is for: anything untyped is reported
            run.untyped_count += 1
            if len(run.untyped) < 5:
                run.untyped.append(f"{name}: {exc!r}")
            out.write(describe(exc))
        else:
            run.outcomes[f"{name}: ok"] += 1


def traced_bytes() -> int:
    """Live traced memory, leaving out what this script itself allocated (its own counters)."""
    gc.collect()
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, __file__), tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    return sum(stat.size for stat in snapshot.statistics("filename"))


def tcp_sockets_to(port: int) -> int:
    """How many of this process's fds are TCP sockets connected to 127.0.0.1:``port``."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[9] in inodes:
                count += 1
    return count


def other_tasks() -> int:
    """Tasks alive besides the current one (asyncio), or in the whole task tree (trio)."""
    import sniffio

    if sniffio.current_async_library() == "asyncio":
        import asyncio

        return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()])
    import trio

    def walk(task: trio.lowlevel.Task) -> int:
        return 1 + sum(walk(child) for nursery in task.child_nurseries for child in nursery.child_tasks)

    root = trio.lowlevel.current_root_task()
    return 0 if root is None else walk(root)


async def settle(condition: Callable[[], bool]) -> None:
    """Give closing sockets and ending tasks their loop turns: bounded (about a second at most)."""
    for turn in range(200):
        if condition():
            return
        await anyio.sleep(0 if turn < 100 else 0.01)


async def drive(run: Run, args: argparse.Namespace, api_key: str, port: int) -> dict[str, Any]:
    tasks_before = other_tasks()
    client = thredfi.ThredfiClient(
        partner_uuid=PARTNER_UUID,
        api_key=api_key,
        base_url=f"http://127.0.0.1:{port}",
        timeout=httpx.Timeout(args.timeout),
        retry_policy=thredfi.RetryPolicy(
            max_retries=3, initial_backoff=0.05, max_backoff=0.5, max_retry_after=1.0, deadline=args.deadline
        ),
        limits=httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency),
    )
    per_wave = max(1, args.calls // WAVES)
    limiter = anyio.CapacityLimiter(args.concurrency)

    async def limited(index: int, out: Any) -> None:
        async with limiter:
            await one_call(client, run, index, args.seed, out)

    started = time.monotonic()
    with run.exceptions.open("a", encoding="utf-8") as out:
        for wave in range(WAVES):
            last = args.calls if wave == WAVES - 1 else (wave + 1) * per_wave
            async with anyio.create_task_group() as group:
                for index in range(wave * per_wave, last):
                    group.start_soon(limited, index, out)
            if wave in (0, WAVES - 1):
                run.memory.append(traced_bytes())
        elapsed = time.monotonic() - started
        await client.aclose()
    await settle(lambda: tcp_sockets_to(port) == 0 and other_tasks() <= tasks_before)
    return {
        "seconds": round(elapsed, 1),
        "calls_per_second": round(args.calls / elapsed, 1),
        "leaked_sockets": tcp_sockets_to(port),
        "leaked_tasks": max(0, other_tasks() - tasks_before),
        "token_requests_sent": client.token_requests_sent,
    }


def fetch_report(port: int) -> dict[str, Any]:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
        report: dict[str, Any] = http.get("/_report").raise_for_status().json()
    return report


def sdk_attempts(logs: Path) -> collections.Counter[tuple[str, str, str, str]]:
    """How many times the SDK logged each (request id, attempt, method, path)."""
    found: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    with logs.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = ATTEMPT_LINE.match(line)
            if match:
                method, path, attempt, request_id = match.groups()
                found[(request_id, attempt, method, path)] += 1
    return found


def secrets_in(paths: list[Path], fixed: list[str], issued: set[str]) -> dict[str, int]:
    """Occurrences of a fixed secret, and of anything token-shaped (issued or a piece of one)."""
    found: collections.Counter[str] = collections.Counter()
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                for secret in fixed:
                    if secret in line:
                        found["api key or Basic credential"] += 1
                for match in TOKEN_SHAPE.findall(line):
                    found["issued token" if match in issued else "piece of a token"] += 1
    return dict(found)


def check(run: Run, report: dict[str, Any], sdk: collections.Counter[tuple[str, str, str, str]]) -> dict[str, Any]:
    seen = collections.Counter((r[0], r[1], r[2], r[3]) for r in report["requests"])
    # sent more often than the SDK logged it: a send the SDK did not count (a hidden retry)
    twice = [key for key, times in seen.items() if times > 1 and times > sdk[key]]
    not_counted = [key for key, times in seen.items() if sdk[key] == 0]
    # sent and logged several times under one number: every send counted, but the server cannot
    # tell them apart (a new operation under the same request id restarting at attempt 1)
    reused = [key for key, times in seen.items() if times > 1 and times <= sdk[key]]
    unattributed = sum(1 for r in report["requests"] if not r[0] or not r[1])
    first, last = run.memory[0], run.memory[-1]
    return {
        "requests_received": len(report["requests"]),
        "attempts_logged": sum(sdk.values()),
        "requests_sent_twice": len(twice),
        "attempt_numbers_reused": len(reused),
        "examples_attempt_numbers_reused": [list(k) for k in reused[:3]],
        "requests_not_counted": len(not_counted),
        "requests_unattributed": unattributed,
        "examples_sent_twice": [list(k) for k in twice[:3]],
        "duplicated_writes": len(report["duplicated_writes"]) + len(report["calls_with_several_writes"]),
        "writes_applied": report["writes_applied"],
        "faults_injected": report["faults"],
        "tokens_issued": len(report["tokens_issued"]),
        "memory_first_tenth_bytes": first,
        "memory_last_tenth_bytes": last,
        "memory_growth_bytes": last - first,
        "memory_limit_bytes": MEMORY_ALLOWANCE + first // 10,
    }


def run_loop(loop: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    api_key = f"sk_soak_{secrets.token_hex(16)}"
    run = Run(loop, workdir / f"{loop}-debug.log", workdir / f"{loop}-exceptions.txt")
    handler = logging.FileHandler(run.logs, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    process, port = start_server(api_key, args.seed, args.fault_rate, args.stall)
    summary: dict[str, Any] = {"loop": loop, "calls": args.calls, "concurrency": args.concurrency}
    tracemalloc.start(1)
    try:

        async def bounded() -> dict[str, Any]:
            with anyio.fail_after(args.max_seconds):
                return await drive(run, args, api_key, port)

        summary.update(anyio.run(bounded, backend=loop))
        report = fetch_report(port)
    except TimeoutError:
        summary["timed_out"] = True
        return summary
    finally:
        tracemalloc.stop()
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()
        process.kill()
        process.wait()
    summary.update(check(run, report, sdk_attempts(run.logs)))
    basic = base64.b64encode(f"{PARTNER_UUID}:{api_key}".encode()).decode()
    found = secrets_in([run.logs, run.exceptions], [api_key, basic], set(report["tokens_issued"]))
    summary["secrets_found"] = found
    summary["untyped_exceptions"] = run.untyped_count
    summary["untyped_examples"] = run.untyped
    summary["outcomes"] = dict(sorted(run.outcomes.items()))
    summary["debug_log_bytes"] = run.logs.stat().st_size
    summary["failures"] = failures(summary)
    return summary


def failures(summary: dict[str, Any]) -> list[str]:
    failed = [
        name
        for name in (
            "duplicated_writes",
            "untyped_exceptions",
            "requests_sent_twice",
            "requests_not_counted",
            "requests_unattributed",
            "leaked_sockets",
            "leaked_tasks",
        )
        if summary[name]
    ]
    if summary["secrets_found"]:
        failed.append("secrets_found")
    if summary["memory_growth_bytes"] > summary["memory_limit_bytes"]:
        failed.append("memory_growth")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--loops", default="asyncio,trio", help="comma-separated: asyncio, trio")
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--timeout", type=float, default=1.0, help="the client's timeout per attempt")
    parser.add_argument("--stall", type=float, default=2.0, help="how long the server holds a stalled answer")
    parser.add_argument("--deadline", type=float, default=10.0, help="the client's deadline per call")
    parser.add_argument("--max-seconds", type=float, default=900.0, help="bound of each loop's run")
    parser.add_argument("--keep-logs", type=Path, help="copy the captured logs into this folder")
    args = parser.parse_args(argv)
    loops = [loop.strip() for loop in args.loops.split(",") if loop.strip()]
    if args.calls < WAVES or args.concurrency < 1 or not set(loops) <= {"asyncio", "trio"}:
        parser.error(f"need --calls >= {WAVES}, --concurrency >= 1 and loops among asyncio, trio")
    # the last resort: whatever hangs, the process ends (exit 1) with every thread's traceback
    faulthandler.dump_traceback_later(args.max_seconds * len(loops) + 120, exit=True)
    runs = []
    with tempfile.TemporaryDirectory(prefix="thredfi-soak-") as workdir:
        for loop in loops:
            runs.append(run_loop(loop, args, Path(workdir)))
        if args.keep_logs:
            args.keep_logs.mkdir(parents=True, exist_ok=True)
            for path in Path(workdir).iterdir():
                (args.keep_logs / path.name).write_bytes(path.read_bytes())
    faulthandler.cancel_dump_traceback_later()
    timed_out = any(run.get("timed_out") for run in runs)
    ok = not timed_out and not any(run["failures"] for run in runs)
    print(json.dumps({"ok": ok, "runs": runs}, indent=2))
    return 0 if ok else 2 if timed_out else 1


if __name__ == "__main__":
    sys.exit(main())
