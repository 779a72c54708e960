"""Three small ASGI middlewares: security headers on every response, the hosts and origins this
server answers, and a cap on request bodies.

The Content-Security-Policy allows scripts, styles, fonts and connections from this server
only: no inline script, no inline style, no other host. The interactive API docs get the
same policy (their start-up script is a static file too). The referrer policy is
``same-origin``: the page's own form posts carry their origin (which :class:`SameOrigin`
checks), and nothing is told to any other site.

:class:`SameOrigin` is the guard against other sites acting through a user's browser:

- **Host**: every request must name a host this server serves — localhost, 127.0.0.1 or [::1]
  on the port it listens on, the address the connection arrived at (an IP address, so a LAN
  client of ``--host 0.0.0.0`` is served), or a name given with ``--allow-host`` (a deployment
  behind a proxy). A page of another site whose name was pointed at this machine (DNS
  rebinding) names its own host and is refused before anything is read (E802, 403).
- **Origin**: a request that changes or reads what a user gives (any method but GET, HEAD,
  OPTIONS) must come from this server's own page. A browser says where a request comes from:
  ``Sec-Fetch-Site`` (cross-site or same-site is refused; same-origin and none pass),
  ``Origin`` (must name an allowed host; ``null`` is refused), else ``Referer``. A request
  with none of the three is not from a browser page (curl, httpx, scripts) and passes: no
  token to fetch, and the page works without JavaScript. Refused: E803, 403.

A refusal is the project's one coded line: JSON under ``/api``, the page itself elsewhere.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from careermap.errors import CareermapError, CrossSiteRequest, HostNotServed, InputTooLarge

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
    (b"referrer-policy", b"same-origin"),
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


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_DEFAULT_PORT = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def split_host(value: str, scheme: str = "http") -> tuple[str, int] | None:
    """``"[::1]:8000"`` → ``("::1", 8000)``; the scheme's port when none is written; None when it is
    not a host (a path, user info, spaces, a bad port)."""
    if not value or any(ch in value for ch in "/@?#\\ \t\r\n"):
        return None
    try:
        parts = urlsplit(f"//{value}")
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname.rstrip("."), port if port is not None else _DEFAULT_PORT.get(scheme, 80)


_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-._")


def allowed_host(value: str) -> tuple[str, int | None]:
    """An ``--allow-host`` value: a name or an address, with a port (only that port) or without
    (any port: a proxy's Origin leaves its default port out). ValueError when it is neither."""
    text = value.strip().lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    try:
        return str(ipaddress.ip_address(text)), None
    except ValueError:
        pass
    if ":" not in text:
        if text and set(text) <= _NAME:
            return text.rstrip("."), None
        raise ValueError(f"not a host name or address: {value!r}")
    found = split_host(text)
    if found is None:
        raise ValueError(f"not a host name or address: {value!r}")
    return found


class Hosts:
    """The hosts one connection may name: loopback names and the address it arrived at, on the port
    it arrived at, and the ``--allow-host`` names."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        self.allowed = [allowed_host(a) for a in allowed]

    def serves(self, host: tuple[str, int], server: tuple[str, int] | None) -> bool:
        name, port = host
        for a_name, a_port in self.allowed:
            if name == a_name and (a_port is None or a_port == port):
                return True
        if server is None:  # a Unix socket: only a proxy reaches it; loopback names on any port
            return name in LOOPBACK_NAMES
        address, listening = server[0], server[1]
        if port != listening:
            return False
        if name in LOOPBACK_NAMES or name == str(address).lower():
            return True
        try:
            named = ipaddress.ip_address(name)
        except ValueError:
            return False  # a name: only the loopback names and --allow-host ones are served
        return named.is_loopback or named == _unmapped(address)  # 127.0.0.2 is this machine too


def _unmapped(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The connection's own address, an IPv4 one as such even when a dual-stack socket maps it (::ffff:a.b.c.d)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    return ip.ipv4_mapped or ip if isinstance(ip, ipaddress.IPv6Address) else ip


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def host_refused(shown: str) -> HostNotServed:
    return HostNotServed(
        f"this server does not serve the host {shown[:80]!r}",
        f"本服务不为主机名 {shown[:80]!r} 提供服务",
        hint_en="open it as http://127.0.0.1:PORT or http://localhost:PORT; behind a proxy, start it with "
        "--allow-host NAME",
        hint_zh="请用 http://127.0.0.1:端口 或 http://localhost:端口 打开；"
        "在代理之后运行时，启动时加 --allow-host 域名",
    )


def cross_site(what: str) -> CrossSiteRequest:
    return CrossSiteRequest(
        f"a page of another site ({what[:80]}) sent this request; nothing was read or stored",
        f"这个请求来自其他网站的页面（{what[:80]}）；未读取也未保存任何内容",
        hint_en="use the form on this server's own page",
        hint_zh="请使用本服务自己页面上的表单",
    )


def refusal(scope: Scope, hosts: Hosts) -> CareermapError | None:
    """Why this request is refused, or None when it may go on."""
    server, scheme = scope.get("server"), scope.get("scheme", "http")
    here = None
    if server:  # (address, port); an in-process test transport may leave the port out
        here = (str(server[0]).lower(), int(server[1]) if server[1] is not None else _DEFAULT_PORT.get(scheme, 80))
    raw_host = _header(scope, b"host")
    if raw_host is not None:
        host = split_host(raw_host, scheme)
        if host is None or not hosts.serves(host, here):
            return host_refused(raw_host)
    if scope.get("method", "GET") in SAFE_METHODS:
        return None
    site = _header(scope, b"sec-fetch-site")
    if site in ("cross-site", "same-site"):
        return cross_site(_header(scope, b"origin") or f"Sec-Fetch-Site: {site}")
    for name in (b"origin", b"referer"):
        value = _header(scope, name)
        if value is None:
            continue
        parts = urlsplit(value) if value != "null" else None
        if parts is None or parts.scheme not in ("http", "https"):
            return cross_site(f"{name.decode().capitalize()}: {value}")
        origin = split_host(parts.netloc, parts.scheme)
        if origin is None or not hosts.serves(origin, here):
            return cross_site(f"{parts.scheme}://{parts.netloc}")
        return None  # the first of Origin, Referer that is there decides
    return None  # no browser page: curl, httpx, a script


class SameOrigin:
    """Refuse a request for a host this server does not serve, and a request that changes or
    reads something sent by another site's page; ``respond`` turns the refusal into the answer
    (the page, or JSON under /api)."""

    def __init__(self, app: ASGIApp, *, hosts: Hosts, respond: Callable[[Scope, CareermapError], ASGIApp]) -> None:
        self.app = app
        self.hosts = hosts
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        refused = refusal(scope, self.hosts)
        if refused is None:
            await self.app(scope, receive, send)
            return
        await self.respond(scope, refused)(scope, receive, send)
