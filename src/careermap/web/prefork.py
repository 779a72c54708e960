"""Several worker processes on one listening socket, forked from a parent that built the app once.

``careermap serve --workers N`` on Linux: the parent loads the knowledge base, warms the matcher and
builds the app, then forks N workers that each run uvicorn on the same port: each on a listening
socket of its own when the parent's was bound with ``SO_REUSEPORT`` (the kernel spreads new
connections evenly between them), else all on the parent's one. A worker starts in milliseconds and shares the parent's
memory pages until it writes to them; each opens its own database connections on first need (a
pool per worker). The parent serves nothing: it replaces a worker that dies, and on SIGTERM or
SIGINT (Ctrl-C) stops them all and returns. Elsewhere (no ``fork``), uvicorn's own supervisor
spawns the workers, each building its app (see :func:`careermap.web.app.worker_app`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import time
from types import FrameType
from typing import Any

log = logging.getLogger("careermap.web")

STARTUP_FAILURE = 3  # uvicorn's exit code for a server that could not start
RESTART_PAUSE = 0.5  # seconds before a worker that died is replaced (no busy loop if one keeps dying)


def can_fork() -> bool:
    """Forking a process that has built the app is safe here (Linux: no system framework that forbids it)."""
    return hasattr(os, "fork") and sys.platform.startswith("linux")


def own_socket(parent: socket.socket) -> socket.socket:
    """This worker's listening socket: a new one on the parent's address when the parent's allows
    ``SO_REUSEPORT`` (the parent's is closed here; it never listens), else the parent's itself."""
    if not hasattr(socket, "SO_REUSEPORT") or not parent.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT):
        return parent
    own = socket.socket(parent.family, parent.type, parent.proto)
    own.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    own.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    own.bind(parent.getsockname())
    parent.close()
    return own


def _end_with(parent: int) -> None:
    """Ask Linux to send this worker SIGTERM when the parent ends, however it ends (even SIGKILL), so
    no worker keeps serving the port without its supervisor."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the parent ended before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


def run_forked(app: Any, sock: socket.socket, *, workers: int, **options: Any) -> None:
    """Serve ``app`` from ``workers`` forked processes on ``sock``'s port until SIGTERM or SIGINT.

    ``options`` go to :class:`uvicorn.Config` in each worker. A worker that exits while the server
    is running is replaced after a short pause, unless it could not start at all (then the server
    stops: every replacement would fail alike)."""
    children: dict[int, int] = {}  # pid -> slot
    stopping = False

    def start(slot: int) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                for sig in (signal.SIGTERM, signal.SIGINT):
                    signal.signal(sig, signal.SIG_DFL)  # uvicorn installs its own graceful handlers
                _end_with(parent)
                import uvicorn

                server = uvicorn.Server(uvicorn.Config(app, **options))
                server.run(sockets=[own_socket(sock)])
                code = 0 if server.started else STARTUP_FAILURE
            except BaseException:  # pragma: no cover - logged, and the parent replaces this worker
                log.exception("worker %d failed", os.getpid())
                code = 1
            finally:
                os._exit(code)  # never run the parent's clean-up twice
        children[pid] = slot

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):  # ended meanwhile
                os.kill(pid, signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        for slot in range(workers):
            start(slot)
        if stopping:  # a signal came while they started: make sure each was told
            stop(signal.SIGTERM, None)
        while children:
            try:
                pid, status = os.wait()
            except ChildProcessError:  # pragma: no cover - every child already reaped
                break
            slot_of = children.pop(pid, None)
            if slot_of is None or stopping:
                continue
            if os.waitstatus_to_exitcode(status) == STARTUP_FAILURE:
                log.error("a worker could not start; stopping the server")
                stop(signal.SIGTERM, None)
                continue
            log.warning("worker %d ended (%s); starting another", pid, os.waitstatus_to_exitcode(status))
            time.sleep(RESTART_PAUSE)
            if not stopping:
                start(slot_of)
                if stopping:
                    stop(signal.SIGTERM, None)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
