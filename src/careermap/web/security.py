"""Two small ASGI middlewares: security headers on every response, and a cap on request bodies.

The Content-Security-Policy allows scripts, styles, fonts and connections from this server
only: no inline script, no inline style, no other host. The interactive API docs get the
same policy (their start-up script is a static file too).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from careermap.errors import InputTooLarge

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def too_large(promised: int) -> InputTooLarge:
    from careermap.web.uploads import mb

    return InputTooLarge(
        f"the upload is above the {mb(promised)} limit",
        f"上传内容超过 {mb(promised)} 的上限",
        hint_en="give a shorter file, or paste the part about your skills and projects",
        hint_zh="请换用更短的文件，或只粘贴技能与项目部分",
    )


class BodyLimit:
    """Refuse a request body above ``limit`` bytes while it is read, before it fills memory or disk.

    The error is raised inside the route that reads the body, so it becomes the usual one-line
    answer (413). The rest of an oversize body is read and dropped, up to ``drain`` bytes, so
    the client sees that answer instead of a reset connection; past ``drain`` the connection
    is simply closed.
    """

    def __init__(self, app: ASGIApp, *, limit: int, promised: int | None = None, drain: int | None = None) -> None:
        self.app = app
        self.limit = limit
        self.promised = promised or limit  # the size the user was told (the body may carry a little more)
        self.drain = drain if drain is not None else 4 * limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope.get("headers", []) if k == b"content-length"), None)
        received = 0

        async def refuse(more_body: bool) -> None:
            drained = 0
            while more_body and drained <= self.drain:
                message = await receive()
                drained += len(message.get("body", b""))
                more_body = message.get("more_body", False) and message["type"] == "http.request"
            raise too_large(self.promised)

        async def limited_receive() -> Message:
            nonlocal received
            if declared is not None and declared.isdigit() and int(declared) > self.limit:
                if int(declared) <= self.drain:
                    await refuse(True)
                raise too_large(self.promised)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    await refuse(message.get("more_body", False))
            return message

        await self.app(scope, limited_receive, send)
