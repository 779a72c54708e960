"""``careermap serve``: the page and the REST API on this machine, embedded defaults, nothing else to start."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from careermap.cli.options import SemanticOpt
from careermap.errors import MissingDependency, ServeError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allow_host_option(value: str) -> str:
    """``--allow-host``: a host name or address, with a port or without; anything else is one E010 line."""
    from careermap.errors import UsageError
    from careermap.web.security import allowed_host

    try:
        allowed_host(value)
    except ValueError:
        raise UsageError(
            f"--allow-host takes a host name or address, not {value[:40]!r}",
            f"--allow-host 需要主机名或地址，而不是 {value[:40]!r}",
            hint_en="e.g. --allow-host careers.example.com or --allow-host 10.0.0.5:8443",
            hint_zh="例如 --allow-host careers.example.com 或 --allow-host 10.0.0.5:8443",
        ) from None
    return value.strip()


def _lang() -> str:
    return "zh" if os.environ.get("LANG", "").startswith("zh") else "en"


def serve(
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. The default serves this machine only; 0.0.0.0 opens it to your "
            "network (a warning says so). 监听地址，默认只对本机开放。",
        ),
    ] = DEFAULT_HOST,
    port: Annotated[
        int, typer.Option("--port", "-p", help="Port to listen on. 端口。", min=0, max=65535)
    ] = DEFAULT_PORT,
    kb_path: Annotated[
        Path | None,
        typer.Option(
            "--kb", help="Knowledge-base folder (default: bundled, or $CAREERMAP_KB). 知识库目录。", file_okay=False
        ),
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Largest upload or text in MB. 上传大小上限（MB）。", min=0.001)
    ] = 10.0,
    max_chars: Annotated[
        int, typer.Option("--max-chars", help="Longest text one diagnosis reads. 单次诊断的最大字符数。", min=1)
    ] = 200_000,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The database: saved assessments go there when a user ticks 'save', and the job postings "
            "`careermap jobs import` stored there are matched on the page and under /api/jobs (default: "
            "$CAREERMAP_DB, else the user data folder). 数据库（评估与岗位）。",
        ),
    ] = None,
    threads: Annotated[
        int,
        typer.Option("--threads", help="Diagnoses computed at once, in worker threads (0: on the event loop).", min=0),
    ] = 2,
    semantic: SemanticOpt = False,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            parser=allow_host_option,
            metavar="HOST",
            help="Also answer requests for this host name (a deployment behind a proxy), e.g. careers.example.com; "
            "repeatable. localhost, 127.0.0.1, [::1] and this machine's address are always served. 允许的主机名。",
        ),
    ] = None,
) -> None:
    """Serve the page and the REST API (docs at /docs). 启动网页与 REST API。"""
    from careermap.i18n import t

    try:
        import uvicorn

        from careermap.web import create_app
        from careermap.web.settings import WebSettings
    except ImportError as exc:  # pragma: no cover - the web packages are core dependencies
        raise MissingDependency(
            f"the web front needs {exc.name}",
            f"网页前端需要 {exc.name}",
            hint_en="pip install 'careermap'",
            hint_zh="pip install 'careermap'",
        ) from None
    from careermap.cli.app import _kb

    lang = _lang()
    app = create_app(
        _kb(kb_path),
        settings=WebSettings(
            max_upload_bytes=int(max_size * 1024 * 1024),
            max_text_chars=max_chars,
            diagnose_threads=threads,
            db=db,
            semantic=semantic,
            allow_hosts=tuple(allow_host or ()),
        ),
    )
    if not is_loopback(host):
        typer.echo(t("web_bind_warning", lang).format(host=host), err=True)
    sock = bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    typer.echo(t("web_serving", lang).format(url=f"http://{shown}:{bound}"))
    config = uvicorn.Config(app, log_level="warning", server_header=False, access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port), or one line saying why not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that name TCP, and the
    # connections accepted here inherit it; with proto 0 each answer waited ~40 ms for a delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except (OSError, OverflowError) as exc:
        sock.close()
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ServeError(
            f"cannot listen on {host}:{port} ({reason})",
            f"无法在 {host}:{port} 上监听（{reason}）",
            hint_en="the port may be in use or the address not on this machine: try another --port, or drop --host",
            hint_zh="端口可能已被占用，或该地址不属于本机：换一个 --port，或去掉 --host",
        ) from None
    sock.set_inheritable(True)
    return sock
