"""A real Redis server for the tests (``RedisTokenStore``) and the benchmarks, on 127.0.0.1.

``ensure_installed()`` makes ``redis-server`` available (the Debian package, installed with
apt-get when running as root; otherwise it says how to install it). ``running_redis()`` starts
one bound to 127.0.0.1 only, on a free port, without persistence, and yields a handle whose
``url`` is ``redis://127.0.0.1:PORT/0``; ``stop()`` and ``start()`` take it down and bring it
back on the same port (an outage), and it is killed at the end. Readiness is an answered PING,
polled in a bounded loop, never a fixed sleep.

    python scripts/redis_server.py --ensure   # install redis-server if it is missing (make test)
    python scripts/redis_server.py --serve    # run one until Ctrl-C, printing its URL
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from project import LOOPBACK, free_port

STARTUP_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
POLL = 0.01
INSTALL_HINT = (
    "redis-server is not on PATH. Install it with your package manager, e.g. "
    "'sudo apt-get install redis-server' (Debian/Ubuntu), 'brew install redis' (macOS) or "
    "'dnf install redis' (Fedora), then run again."
)


class RedisServerError(RuntimeError):
    pass


def find_executable() -> str | None:
    return shutil.which("redis-server")


def ensure_installed() -> str:
    """The path of ``redis-server``, installing Debian's package first if it is missing.

    The install needs root and apt-get; anywhere else a missing server is an error that says
    how to install it. If the package also starts a system Redis service, that one is never
    used: ``running_redis`` always starts its own.
    """
    found = find_executable()
    if found is not None:
        return found
    apt_get = shutil.which("apt-get")
    if apt_get is None or os.geteuid() != 0:
        why = "apt-get is not available" if apt_get is None else "not running as root"
        raise RedisServerError(f"{INSTALL_HINT} (not installing it automatically: {why})")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print("redis-server not found: installing Debian's redis-server package", file=sys.stderr)
    for command in (
        [apt_get, "update", "-qq"],
        [apt_get, "install", "-y", "-qq", "--no-install-recommends", "redis-server"],
    ):
        result = subprocess.run(command, env=env, check=False)
        if result.returncode != 0:
            raise RedisServerError(f"{' '.join(command)} failed (exit {result.returncode}). {INSTALL_HINT}")
    found = find_executable()
    if found is None:
        raise RedisServerError(f"the redis-server package installed no redis-server on PATH. {INSTALL_HINT}")
    return found


def ping(port: int, timeout: float = 1.0) -> bool:
    """Whether a Redis server answers PING on 127.0.0.1:``port`` (an inline command)."""
    try:
        with socket.create_connection((LOOPBACK, port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            answer = b""
            while not answer.endswith(b"\r\n"):
                chunk = sock.recv(64)
                if not chunk:
                    return False
                answer += chunk
            return answer.startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One ``redis-server`` process on a fixed loopback port; stopped and started at will."""

    def __init__(self, executable: str, port: int, directory: Path) -> None:
        self.executable = executable
        self.port = port
        self.directory = directory
        self.log = directory / "redis.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def __repr__(self) -> str:
        return f"RedisServer(url={self.url!r}, running={self.running})"

    def command(self) -> list[str]:
        return [
            self.executable,
            "--bind",
            LOOPBACK,
            "--port",
            str(self.port),
            "--protected-mode",
            "yes",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.directory),
            "--daemonize",
            "no",
            "--logfile",
            "",
        ]

    def start(self) -> None:
        """Start the server (again) on its port and return once it answers PING."""
        if self.running:
            raise RedisServerError(f"{self!r} is already running")
        with self.log.open("ab") as log:
            self._process = subprocess.Popen(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C meant for the tests does not reach it first
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not ping(self.port):
            if self._process.poll() is not None:
                code = self._process.returncode
                self._process = None
                raise RedisServerError(f"redis-server exited ({code}) on port {self.port}:\n{self.tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RedisServerError(f"redis-server did not answer PING within {STARTUP_TIMEOUT:.0f} s")
            time.sleep(POLL)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL); its data is gone (no persistence)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@contextlib.contextmanager
def running_redis(executable: str | None = None) -> Iterator[RedisServer]:
    """A started ``RedisServer`` (``.url``, ``.stop()``, ``.start()``), killed on exit.

    The port is picked before redis-server binds it, so another process may take it in between:
    a start that fails is tried again on another port (three times in all).
    """
    binary = executable or ensure_installed()
    with tempfile.TemporaryDirectory(prefix="thredfi-redis-") as directory:
        server: RedisServer | None = None
        try:
            for attempt in range(3):
                server = RedisServer(binary, free_port(), Path(directory))
                try:
                    server.start()
                    break
                except RedisServerError:
                    if attempt == 2:
                        raise
            assert server is not None
            yield server
        finally:
            if server is not None:
                server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--ensure", action="store_true", help="install redis-server if it is missing")
    action.add_argument("--serve", action="store_true", help="run a server until interrupted")
    args = parser.parse_args(argv)
    try:
        if args.ensure:
            print(ensure_installed())
            return 0
        with running_redis() as server:
            print(server.url, flush=True)
            try:
                while server.running:
                    time.sleep(0.5)
            except KeyboardInterrupt:
                pass
            return 0
    except RedisServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
