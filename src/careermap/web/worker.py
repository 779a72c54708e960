"""Which server process answered: ``X-Careermap-Worker: <pid>`` on every response.

With ``careermap serve --workers N`` the kernel hands each new connection to one of N processes;
the header (and ``worker`` in ``/api/health``) tells an operator, a load test or a test which one
answered a request."""

from __future__ import annotations

import os

from careermap.web.security import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-careermap-worker"


class WorkerHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.header = (HEADER, str(os.getpid()).encode())  # made in the worker process that serves

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_worker(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), self.header]
            await send(message)

        await self.app(scope, receive, send_with_worker)
