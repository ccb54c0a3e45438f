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

Then, on each loop, the hostile-response phase (``--skip-hostile`` leaves it out): this script
serves hostile answers from a process of its own (``--serve-hostile``) and makes two calls per
case, one at a time: JSON nested 10,000 deep (2xx, 4xx, 5xx, token endpoints), Content-Encoding
on a plain body, a gzip bomb, bodies past the size limit (declared, endless chunked, endless
unframed), malformed status lines and headers, credentials echoed in headers and bodies, token
lifetimes out of range. It fails on an untyped exception, a typed error without a request id, an
outcome the case does not allow, a call that hung, a secret in the logs or any exception chain, a
socket left open, or a response that cost more than twice the size limit (tracemalloc's peak).

It prints one JSON summary and exits 1 when a check fails, 2 when the run overran
``--max-seconds`` (each loop is bounded; a watchdog ends the process past the total).

    python scripts/soak.py --calls 10000 --concurrency 100 --loops asyncio,trio
"""

from __future__ import annotations

import argparse
import asyncio
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
import threading
import time
import traceback
import tracemalloc
import uuid
import zlib
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx
import thredfi
from thredfi._transport import DEFAULT_MAX_RESPONSE_BYTES
from thredfi_api import AuthenticatedClient
from thredfi_api.api.bill_payments import create_bill_payment, delete_bill_payment
from thredfi_api.api.customer_credits import delete_customer_credit
from thredfi_api.api.vendors import create_vendor, get_vendor
from thredfi_api.models import CreateBillPaymentRequest, CreateVendorRequest

SERVER = Path(__file__).resolve().parent / "soak_server.py"
PARTNER_UUID = "5e0c9a7d-50a4-4b1e-8f20-000000000001"
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


def blocking_operation(name: str, business: uuid.UUID, client: thredfi.Client, scoped: bool, call_id: str) -> Any:
    """``operation`` through the blocking client's resources (business view or partner scope)."""
    if scoped:
        view: Any = client.for_business(business)
        first: tuple[Any, ...] = ()
    else:
        view, first = client, (business,)
    if name == "get_vendor":
        return view.vendors.get(*first, uuid.uuid4())
    if name == "delete_customer_credit":
        return view.customer_credits.delete(*first, uuid.uuid4())
    if name == "cancel_bill_payment":
        return view.bill_payments.delete(*first, uuid.uuid4())
    if name == "create_bill_payment":  # the SDK adds the Idempotency-Key
        return view.bill_payments.create(*first, vendor_id=uuid.uuid4(), amount_cents=1500)
    return view.vendors.create(*first, company_name="Soak Supplies Ltd", external_id=f"ext-{call_id}")


def drive_threads(run: Run, args: argparse.Namespace, api_key: str, port: int) -> dict[str, Any]:
    """The blocking client shared by ``min(concurrency, 32)`` threads: the same calls and checks."""
    client = thredfi.Client(
        partner_uuid=PARTNER_UUID,
        api_key=api_key,
        base_url=f"http://127.0.0.1:{port}",
        timeout=httpx.Timeout(args.timeout),
        retry_policy=thredfi.RetryPolicy(
            max_retries=3, initial_backoff=0.05, max_backoff=0.5, max_retry_after=1.0, deadline=args.deadline
        ),
        limits=httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency),
    )
    lock = threading.Lock()

    def one(index: int, out: Any) -> None:
        name, business, scoped = pick(index, args.seed)
        call_id = f"soak-{run.loop}-{index}"
        with thredfi.request_context(call_id):
            try:
                blocking_operation(name, business, client, scoped, call_id)
            except thredfi.ThredfiError as exc:
                with lock:
                    run.outcomes[f"{name}: {type(exc).__name__}"] += 1
                    out.write(describe(exc))
            except Exception as exc:  # what the soak is for: anything untyped is reported
                with lock:
                    run.untyped_count += 1
                    if len(run.untyped) < 5:
                        run.untyped.append(f"{name}: {exc!r}")
                    out.write(describe(exc))
            else:
                with lock:
                    run.outcomes[f"{name}: ok"] += 1

    per_wave = max(1, args.calls // WAVES)
    started = time.monotonic()
    with run.exceptions.open("a", encoding="utf-8") as out, ThreadPoolExecutor(min(args.concurrency, 32)) as pool:
        for wave in range(WAVES):
            last = args.calls if wave == WAVES - 1 else (wave + 1) * per_wave
            list(pool.map(lambda index: one(index, out), range(wave * per_wave, last)))
            if wave in (0, WAVES - 1):
                run.memory.append(traced_bytes())
    elapsed = time.monotonic() - started
    client.close()
    for _ in range(100):  # the sockets' close reaches /proc within a few turns
        if tcp_sockets_to(port) == 0:
            break
        time.sleep(0.01)
    return {
        "seconds": round(elapsed, 1),
        "calls_per_second": round(args.calls / elapsed, 1),
        "leaked_sockets": tcp_sockets_to(port),
        "leaked_tasks": max(0, threading.active_count() - 1),
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

        if loop == "threads":
            summary.update(drive_threads(run, args, api_key, port))
        else:
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
    if not args.skip_hostile and loop != "threads":  # the blocking client is the async one: already seen
        summary["hostile"] = hostile_phase(loop, args, workdir)
    summary["failures"] = failures(summary)
    return summary


# ---------------------------------------------------------------- the hostile-response phase

# case -> (what misbehaves, the outcomes its calls may end with; None: any typed one)
HOSTILE_CASES: dict[str, tuple[str, frozenset[str] | None]] = {
    "deep_json_200": ("operation", frozenset({"APIResponseValidationError"})),
    "deep_json_400": ("operation", frozenset({"BadRequestError"})),
    "deep_object_500": ("operation", frozenset({"InternalServerError"})),
    "bad_gzip_200": ("operation", frozenset({"APIConnectionError"})),
    "bad_deflate_500": ("operation", frozenset({"APIConnectionError"})),
    "gzip_bomb": ("operation", frozenset({"APIConnectionError"})),
    "declared_too_large": ("operation", frozenset({"APIConnectionError"})),
    "endless_chunked": ("operation", frozenset({"APIConnectionError"})),
    "endless_unframed": ("operation", frozenset({"APIConnectionError"})),
    "header_without_colon": ("operation", None),
    "header_with_nul": ("operation", None),
    "content_length_garbage": ("operation", None),
    "content_length_twice": ("operation", None),
    "chunk_size_garbage": ("operation", None),
    "status_line_garbage": ("operation", None),
    "status_999": ("operation", None),
    "reason_not_utf8": ("operation", None),
    "retry_after_garbage": ("operation", None),
    "request_id_hostile": ("operation", None),
    "credentials_in_headers": ("operation", frozenset({"InternalServerError"})),
    "token_deep_json_200": ("partner_token", frozenset({"TokenError"})),
    "token_deep_json_400": ("partner_token", frozenset({"TokenError"})),
    "token_bad_gzip_200": ("partner_token", frozenset({"APIConnectionError"})),
    "token_gzip_bomb": ("partner_token", frozenset({"APIConnectionError"})),
    "token_endless_chunked": ("partner_token", frozenset({"APIConnectionError"})),
    "token_expires_in_1e30": ("partner_token", frozenset({"ok"})),
    "token_expires_in_400_nines": ("partner_token", frozenset({"ok"})),
    "token_expires_in_float_nines": ("partner_token", frozenset({"ok"})),
    "business_token_deep_json_200": ("business_token", frozenset({"ok", "TokenError"})),
    "business_token_bad_gzip_200": ("business_token", frozenset({"ok", "APIConnectionError"})),
    "business_token_expires_in_1e30": ("business_token", frozenset({"ok"})),
}
HOSTILE_NAMES = list(HOSTILE_CASES)
HOSTILE_PARTNER_PREFIX = 0x5E0C9A7D_0B57_4117_8000  # a hostile case's partner uuid: this, then its index
HOSTILE_MEMORY_ALLOWANCE = 8 << 20  # bytes above twice the size limit a call may peak at
_RAW = b"x" * 0x10000
_FRAME = b"10000\r\n" + _RAW + b"\r\n"  # one 64 KiB chunk of a chunked body


def hostile_partner(index: int) -> str:
    return str(uuid.UUID(int=(HOSTILE_PARTNER_PREFIX << 48) + index))


def http_answer(status: int | str, body: bytes = b"", *lines: str, reason: bytes = b"X", framed: bool = True) -> bytes:
    """A whole answer that closes its connection; ``lines`` are extra header lines, as they are.

    A Content-Length is added unless ``lines`` frame the body themselves, or ``framed`` is False
    (the body then ends with the connection).
    """
    head = f"HTTP/1.1 {status} ".encode() + reason + b"\r\n"
    has_length = any(line.lower().startswith(("content-length", "transfer-encoding")) for line in lines)
    fields = [*lines, *([] if has_length or not framed else [f"Content-Length: {len(body)}"]), "Connection: close"]
    return head + "".join(f"{line}\r\n" for line in fields).encode("latin-1") + b"\r\n" + body


def hostile_answer(case: str, authorization: str, limit: int, bomb: bytes) -> tuple[bytes, str]:
    """What a hostile case sends, and what follows: "close", "endless" (64 KiB chunks) or "hold"."""
    kind = case.removeprefix("business_").removeprefix("token_")
    echo = json.dumps(f"while handling Authorization: {authorization}")
    deep_array = ("[" * 10_000 + echo + "]" * 10_000).encode()
    json_type, request_id = "Content-Type: application/json", "X-Request-ID: srv-hostile"
    if kind == "deep_json_200":
        return http_answer(200, deep_array, json_type), "close"
    if kind == "deep_json_400":
        return http_answer(400, deep_array, json_type, request_id), "close"
    if kind == "deep_object_500":
        body = ('{"detail":' * 10_000 + echo + "}" * 10_000).encode()
        return http_answer(500, body, json_type, request_id), "close"
    if kind in ("bad_gzip_200", "bad_deflate_500"):
        status, coding = (200, "gzip") if kind == "bad_gzip_200" else (500, "deflate")
        body = ('{"error_code": "x", "message": ' + echo + "}").encode()
        return http_answer(status, body, json_type, f"Content-Encoding: {coding}"), "close"
    if kind == "gzip_bomb":
        return http_answer(200, bomb, json_type, "Content-Encoding: gzip"), "close"
    if kind == "declared_too_large":
        return http_answer(200, b"x" * 65_536, f"Content-Length: {limit + 1}"), "hold"
    if kind == "endless_chunked":
        return http_answer(200, b"", json_type, "Transfer-Encoding: chunked"), "endless"
    if kind == "endless_unframed":  # no length: the body would end with the connection, which never ends
        return http_answer(200, b"", json_type, framed=False), "raw"
    if kind.startswith("expires_in_"):
        value = {"1e30": "1" + "0" * 30, "400_nines": "9" * 400, "float_nines": "9" * 400 + ".0"}[kind[11:]]
        token = f"soak-{'b' if case.startswith('business') else 'p'}-{secrets.token_urlsafe(18)}"
        body = f'{{"access_token": "{token}", "token_type": "Bearer", "expires_in": {value}}}'.encode()
        return http_answer(200, body, json_type), "close"
    malformed = {
        "header_without_colon": http_answer(500, b"{}", json_type, "this line is no header"),
        "header_with_nul": http_answer(500, b"{}", json_type, "X-Odd: a\x00b"),
        "content_length_garbage": http_answer(200, b"{}", "Content-Length: two"),
        "content_length_twice": http_answer(200, b"{}", "Content-Length: 2", "Content-Length: 3"),
        "chunk_size_garbage": http_answer(200, b"zz\r\n{}\r\n0\r\n\r\n", "Transfer-Encoding: chunked"),
        "status_line_garbage": http_answer("abc", b"{}", json_type),
        "status_999": http_answer(999, b'{"error_code": "odd"}', json_type),
        "reason_not_utf8": http_answer(500, b"{}", json_type, reason=b"\xff\xfe oops"),
        "retry_after_garbage": http_answer(503, b"{}", json_type, "Retry-After: 1e999999"),
        "request_id_hostile": http_answer(500, b"{}", json_type, "X-Request-ID: \x01\x7f" + "r" * 4000),
        "credentials_in_headers": http_answer(
            500,
            ('{"message": ' + echo + "}").encode(),
            json_type,
            f"X-Echo: {authorization}",
            f"WWW-Authenticate: {authorization}",
            f"Set-Cookie: session={authorization.partition(' ')[2]}",
        ),
    }
    return malformed[kind], "close"


async def read_http_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str], bytes] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target = lines[0].split(" ")[:2]
    headers = {n.strip().lower(): v.strip() for n, _, v in (line.partition(":") for line in lines[1:] if ":" in line)}
    length = int(headers.get("content-length") or 0)
    return method, target, headers, await reader.readexactly(length) if length else b""


class HostileServer:
    """Tokens and answers for the hostile phase: the case is the partner uuid's index (in the
    Basic credential), then the token issued for it."""

    def __init__(self, api_key: str, limit: int) -> None:
        self.api_key = api_key
        self.limit = limit
        self.bomb = zlib.compress(bytes(limit + 1), 1, wbits=31)  # gzip: about a thousandth on the wire
        self.tokens: dict[str, str] = {}  # token -> case

    def case_of(self, path: str, authorization: str) -> str | None:
        scheme, _, credential = authorization.partition(" ")
        if path == "/v1/platform/oauth2/token/" and scheme == "Basic":
            partner, _, key = base64.b64decode(credential).decode(errors="replace").partition(":")
            index = uuid.UUID(partner).int - (HOSTILE_PARTNER_PREFIX << 48)
            return HOSTILE_NAMES[index] if key == self.api_key and 0 <= index < len(HOSTILE_NAMES) else None
        return self.tokens.get(credential) if scheme == "Bearer" else None

    def answer(self, method: str, path: str, authorization: str) -> tuple[bytes, str]:
        if path == "/_report":
            return http_answer(200, json.dumps({"tokens_issued": list(self.tokens)}).encode()), "close"
        case = self.case_of(path, authorization)
        if case is None:
            return http_answer(401, b'{"error_code": "invalid_client", "message": "who?"}'), "close"
        target = HOSTILE_CASES[case][0]
        kind = "partner_token" if path == "/v1/platform/oauth2/token/" else "operation"
        kind = "business_token" if path.endswith("/oauth2/token/") and kind == "operation" else kind
        if kind == target:
            data, then = hostile_answer(case, authorization, self.limit, self.bomb)
            found = re.search(rb'"access_token": "([^"]+)"', data)
            if found:
                self.tokens[found.group(1).decode()] = case
            return data, then
        if kind != "operation":
            token = f"soak-{'p' if kind == 'partner_token' else 'b'}-{secrets.token_urlsafe(18)}"
            self.tokens[token] = case
            issued = {"access_token": token, "token_type": "Bearer", "expires_in": 3600}
            return http_answer(200, json.dumps(issued).encode(), "Content-Type: application/json"), "close"
        segments = path.rstrip("/").split("/")
        body: dict[str, str] = {"id": segments[-1], "company_name": "Hostile Ltd"}
        if method != "GET":  # the cancel: .../bills/payments/<id>/delete/
            body = {
                "message": "ok",
                "payment_id": segments[-2],
                "status": "cancelled",
                "updated_at": "2026-12-01T00:00:00Z",
            }
        return http_answer(200, json.dumps(body).encode(), "Content-Type: application/json"), "close"

    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await read_http_request(reader)
            if request is None:
                return
            method, path, headers, _ = request
            data, then = self.answer(method, path.partition("?")[0], headers.get("authorization", ""))
            writer.write(data)
            await writer.drain()
            if then in ("endless", "raw"):  # until the client hangs up (at most 4 times the limit)
                frame = _FRAME if then == "endless" else _RAW
                for _ in range(4 * self.limit // len(frame) + 1):
                    writer.write(frame)
                    await writer.drain()
            elif then == "hold":  # the rest never comes: wait for the client to hang up
                await asyncio.wait_for(reader.read(), 60)
        except (ConnectionError, TimeoutError, ValueError):
            pass
        finally:
            writer.close()


async def serve_hostile(api_key: str, limit: int) -> None:
    server = HostileServer(api_key, limit)
    listening = await asyncio.start_server(server.connection, "127.0.0.1", 0, backlog=256)
    print(f"listening {listening.sockets[0].getsockname()[1]}", flush=True)
    async with listening:
        await listening.serve_forever()


@dataclass
class Hostile:
    """What the hostile phase of one loop counts."""

    outcomes: dict[str, collections.Counter[str]] = field(default_factory=dict)
    untyped: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    without_request_id: list[str] = field(default_factory=list)
    hung: list[str] = field(default_factory=list)
    peak_bytes: int = 0
    peak_case: str = ""


async def hostile_call(
    client: thredfi.ThredfiClient, case: str, scoped: bool, loop: str, result: Hostile, out: Any, deadline: float
) -> None:
    """One call through the resource methods (they type a 2xx body that fits no model), measured."""
    call_id = f"hostile-{loop}-{case}-{'business' if scoped else 'partner'}"
    name = "get_vendor" if scoped else "cancel_bill_payment"
    business = BUSINESSES[0]
    outcome = "ok"
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    with thredfi.request_context(call_id), anyio.move_on_after(deadline + 15) as scope:
        try:
            if scoped:
                await client.for_business(business).vendors.get(uuid.uuid4())
            else:  # a non-idempotent cancel with the partner token
                await client.bill_payments.delete(business, uuid.uuid4())
        except thredfi.ThredfiError as exc:
            outcome = type(exc).__name__
            out.write(describe(exc))
            if not getattr(exc, "request_id", None):
                result.without_request_id.append(f"{case}: {outcome}")
        except Exception as exc:
            outcome = f"untyped {type(exc).__name__}"
            result.untyped.append(f"{case}/{name}: {exc!r}"[:300])
            out.write(describe(exc))
    peak = tracemalloc.get_traced_memory()[1] - before
    if peak > result.peak_bytes:
        result.peak_bytes, result.peak_case = peak, case
    if scope.cancelled_caught:
        outcome = "hung"
        result.hung.append(f"{case}/{name}")
    result.outcomes.setdefault(case, collections.Counter())[outcome] += 1
    allowed = HOSTILE_CASES[case][1]
    if outcome != "hung" and not outcome.startswith("untyped") and allowed is not None and outcome not in allowed:
        result.unexpected.append(f"{case}/{name}: {outcome}")


async def hostile_drive(loop: str, args: argparse.Namespace, api_key: str, port: int, out: Any) -> Hostile:
    result = Hostile()
    policy = thredfi.RetryPolicy(
        max_retries=2, initial_backoff=0.01, max_backoff=0.05, max_retry_after=0.1, deadline=args.deadline
    )
    for index, case in enumerate(HOSTILE_NAMES):
        client = thredfi.ThredfiClient(
            partner_uuid=hostile_partner(index),
            api_key=api_key,
            base_url=f"http://127.0.0.1:{port}",
            timeout=httpx.Timeout(args.timeout),
            retry_policy=policy,
        )
        try:
            for scoped in (True, False):
                await hostile_call(client, case, scoped, loop, result, out, args.deadline)
        finally:
            await client.aclose()
    return result


def split_log(path: Path) -> tuple[Path, Path]:
    """The records of logger ``thredfi`` (the SDK's) and those of every other logger, in two files."""
    record = re.compile(r"^(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
    sdk, other = path.with_suffix(".sdk.log"), path.with_suffix(".other.log")
    with path.open(encoding="utf-8", errors="replace") as lines, sdk.open("w") as ours, other.open("w") as theirs:
        out = ours
        for line in lines:
            start = record.match(line)
            if start:  # a record's first line; the lines after it (a traceback) go with it
                out = ours if start.group(1).split(".")[0] == "thredfi" else theirs
            out.write(line)
    return sdk, other


def hostile_phase(loop: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """The hostile-response phase of one loop: its figures and failures (docs/reliability.md)."""
    api_key = f"sk_soak_{secrets.token_hex(16)}"
    limit = DEFAULT_MAX_RESPONSE_BYTES
    logs, exceptions = workdir / f"{loop}-hostile-debug.log", workdir / f"{loop}-hostile-exceptions.txt"
    command = [sys.executable, __file__, "--serve-hostile", "--api-key", api_key, "--response-limit", str(limit)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline().decode()
    if not line.startswith("listening "):
        process.kill()
        raise RuntimeError(f"the hostile server did not start: {line!r}")
    port = int(line.split()[1])
    handler = logging.FileHandler(logs, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    tracemalloc.start()
    started = time.monotonic()
    try:

        async def bounded() -> tuple[Hostile, int]:
            with anyio.fail_after(args.max_seconds), exceptions.open("a", encoding="utf-8") as out:
                found = await hostile_drive(loop, args, api_key, port, out)
            await settle(lambda: tcp_sockets_to(port) == 0)
            return found, tcp_sockets_to(port)

        result, leaked = anyio.run(bounded, backend=loop)
        report = fetch_report(port)
    except TimeoutError:
        return {"timed_out": True, "failures": ["hostile_timed_out"]}
    finally:
        tracemalloc.stop()
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()
        process.kill()
        process.wait()
    fixed = [api_key] + [
        base64.b64encode(f"{hostile_partner(i)}:{api_key}".encode()).decode() for i in range(len(HOSTILE_NAMES))
    ]
    sdk_logs, other_logs = split_log(logs)
    issued = set(report["tokens_issued"])
    found = secrets_in([sdk_logs, exceptions], fixed, issued)
    summary: dict[str, Any] = {
        "cases": len(HOSTILE_NAMES),
        "calls": sum(sum(c.values()) for c in result.outcomes.values()),
        "seconds": round(time.monotonic() - started, 1),
        "untyped_exceptions": len(result.untyped),
        "untyped_examples": result.untyped[:5],
        "unexpected_outcomes": result.unexpected,
        "errors_without_request_id": result.without_request_id,
        "hung_calls": result.hung,
        "leaked_sockets": leaked,
        "secrets_found": found,
        # reported, not failed: httpcore logs the response headers a server sent at DEBUG, echoes included
        "secrets_in_other_loggers": secrets_in([other_logs], fixed, issued),
        "max_response_bytes": limit,
        "memory_peak_bytes": result.peak_bytes,
        "memory_peak_case": result.peak_case,
        "memory_peak_limit_bytes": 2 * limit + HOSTILE_MEMORY_ALLOWANCE,
        "outcomes": {case: dict(sorted(counts.items())) for case, counts in result.outcomes.items()},
    }
    checks = ("untyped_exceptions", "unexpected_outcomes", "errors_without_request_id", "hung_calls", "leaked_sockets")
    summary["failures"] = [f"hostile_{name}" for name in (*checks, "secrets_found") if summary[name]]
    if summary["memory_peak_bytes"] > summary["memory_peak_limit_bytes"]:
        summary["failures"].append("hostile_memory_peak")
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
    failed += summary.get("hostile", {}).get("failures", [])
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument(
        "--loops", default="asyncio,trio,threads", help="comma-separated: asyncio, trio, threads (thredfi.Client)"
    )
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--timeout", type=float, default=1.0, help="the client's timeout per attempt")
    parser.add_argument("--stall", type=float, default=2.0, help="how long the server holds a stalled answer")
    parser.add_argument("--deadline", type=float, default=10.0, help="the client's deadline per call")
    parser.add_argument("--max-seconds", type=float, default=900.0, help="bound of each loop's run")
    parser.add_argument("--keep-logs", type=Path, help="copy the captured logs into this folder")
    parser.add_argument("--skip-hostile", action="store_true", help="leave out the hostile-response phase")
    parser.add_argument("--serve-hostile", action="store_true", help=argparse.SUPPRESS)  # the phase's server
    parser.add_argument("--api-key", help=argparse.SUPPRESS)
    parser.add_argument("--response-limit", type=int, default=DEFAULT_MAX_RESPONSE_BYTES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_hostile:
        asyncio.run(serve_hostile(args.api_key, args.response_limit))
        return 0
    loops = [loop.strip() for loop in args.loops.split(",") if loop.strip()]
    if args.calls < WAVES or args.concurrency < 1 or not set(loops) <= {"asyncio", "trio", "threads"}:
        parser.error(f"need --calls >= {WAVES}, --concurrency >= 1 and loops among asyncio, trio, threads")
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
