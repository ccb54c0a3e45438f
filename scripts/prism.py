"""Run Prism (``@stoplight/prism-cli``) as a local Thredfi stand-in on 127.0.0.1.

Used by the test fixtures and by ``make demo``. The node binary is started directly, so there
is exactly one process to stop; readiness is the "listening" line Prism prints, not a sleep.

    python scripts/prism.py [--dynamic] -- COMMAND ...   # run COMMAND with THREDFI_BASE_URL set
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from project import LOOPBACK, ROOT, SPEC, free_port

PRISM = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
STARTUP_TIMEOUT = 60.0


class PrismError(RuntimeError):
    pass


@contextlib.contextmanager
def run_prism(
    spec: Path = SPEC, *, dynamic: bool = False, seed: int = 1, log: list[str] | None = None
) -> Iterator[str]:
    """Start ``prism mock`` on a free loopback port; yield its base URL; stop it on exit.

    The port is picked before Prism binds it, so another process may take it in between: a
    start that fails is tried again on another port (three times in all).
    """
    node = shutil.which("node")
    if node is None:
        raise PrismError("node is not on PATH (Node 20 is needed to run Prism)")
    if not PRISM.exists():
        raise PrismError(f"{PRISM} not found: run 'npm ci' (make does this for you)")
    for attempt in range(3):
        lines = log if log is not None else []
        process, reader, port = _start(node, spec, dynamic, seed, lines)
        try:
            if process.poll() is not None:
                if attempt < 2:
                    continue
                raise PrismError("Prism did not start:\n" + "\n".join(lines[-30:]))
            yield f"http://{LOOPBACK}:{port}"
            return
        finally:
            _stop(process, reader)
    raise AssertionError("unreachable")


def _start(
    node: str, spec: Path, dynamic: bool, seed: int, lines: list[str]
) -> tuple[subprocess.Popen[str], threading.Thread, int]:
    """Start Prism and wait for its "listening" line (or its exit)."""
    port = free_port()
    command = [node, str(PRISM), "mock", "-h", LOOPBACK, "-p", str(port), str(spec)]
    if dynamic:
        command += ["--dynamic", "--seed", str(seed)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        errors="replace",
    )
    ready = threading.Event()

    def drain() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip())
            if "Prism is listening" in line:
                ready.set()
        ready.set()  # the process ended: stop waiting

    reader = threading.Thread(target=drain, name="prism-log", daemon=True)
    reader.start()
    if not ready.wait(STARTUP_TIMEOUT):
        _stop(process, reader)
        raise PrismError(f"Prism did not start within {STARTUP_TIMEOUT:g}s:\n" + "\n".join(lines[-30:]))
    if process.poll() is None and not any("Prism is listening" in line for line in lines):
        process.wait(timeout=10)  # the reader ended first: the process is ending too
    return process, reader, port


def _stop(process: subprocess.Popen[str], reader: threading.Thread) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    reader.join(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dynamic", action="store_true", help="generate responses from the schemas")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="command to run while Prism serves")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give a command to run after --")
    with run_prism(dynamic=args.dynamic) as base_url:
        print(f"prism: Thredfi stand-in (Prism on {SPEC.relative_to(ROOT)}) at {base_url}", flush=True)
        result = subprocess.run(command, env={**os.environ, "THREDFI_BASE_URL": base_url}, check=False)
    print("prism: stopped", flush=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
