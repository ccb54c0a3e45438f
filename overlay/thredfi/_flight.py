"""Single flight: one task per token request, no caller's, and the callers waiting for it.

The request runs as a task of its own, never inside a caller, so no caller's cancellation
reaches it and no caller pays for an advisory refresh (``spawn``).
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable
from typing import Any, Generic, TypeVar

import anyio
import sniffio

T = TypeVar("T")
# set inside a token request's own task: its waits on other token requests are not a caller's
inside_flight: contextvars.ContextVar[bool] = contextvars.ContextVar("thredfi_inside_flight", default=False)


class Flight(Generic[T]):
    """One request in progress and the callers waiting for it: its result or its error."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: T | None = None
        self.error: Exception | None = None
        # made here, entered by the flight's task: cancelling it before the task starts counts
        self.scope = anyio.CancelScope()


def spawn(work: Awaitable[None], tasks: set[Any]) -> None:
    """Run ``work`` as a task no caller owns (``tasks`` keeps asyncio's referenced until done).

    On asyncio, a task of its own. Under trio there is no nursery to borrow (a client-owned one
    would have to be entered and exited in one task, which fixtures and frameworks break), so it
    is a trio system task: trio runs it to the end of ``trio.run`` whatever happens to the
    caller. A system task must never raise, so ``work`` must keep every error to itself. The
    alternative, the first caller doing the refresh while the others use the valid token, would
    make that caller pay the refresh's latency and hold it uncancellable (shielded) for as long
    as the request lasts.
    """

    async def run() -> None:
        await work

    if sniffio.current_async_library() == "trio":
        import trio

        trio.lowlevel.spawn_system_task(run, context=contextvars.copy_context())
        return
    import asyncio

    task = asyncio.get_running_loop().create_task(run())
    tasks.add(task)
    task.add_done_callback(tasks.discard)
