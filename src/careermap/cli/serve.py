"""``careermap serve``: the page and the REST API on this machine, embedded defaults, nothing else to start.

With ``--workers N`` (default: the number of cores) N server processes answer on one socket, each
with its own pool of database connections: forked from this process once it has built the app
(Linux, :mod:`careermap.web.prefork`), else spawned by uvicorn's supervisor. A worker that dies is
replaced; Ctrl-C or SIGTERM stops them all. One worker runs in this process, as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from careermap.cli.options import SemanticOpt
from careermap.errors import MissingDependency, ServeError

if TYPE_CHECKING:  # imported when serving, not by every command of the CLI that registers this one
    import socket

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    import ipaddress

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
        typer.Option(
            "--threads", help="Diagnoses computed at once per worker, in threads (0: on the event loop).", min=0
        ),
    ] = 2,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            help="Server processes answering on the port (default: the number of cores); each has its own "
            "pool of database connections. 服务进程数（默认：CPU 核数）。",
            min=1,
        ),
    ] = None,
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
        from careermap.web.prefork import can_fork, run_forked
        from careermap.web.settings import WebSettings
    except ImportError as exc:  # pragma: no cover - the web packages are core dependencies
        raise MissingDependency(
            f"the web front needs {exc.name}",
            f"网页前端需要 {exc.name}",
            hint_en="pip install 'careermap'",
            hint_zh="pip install 'careermap'",
        ) from None
    from careermap.api.stores import check_server
    from careermap.cli.options import knowledge

    check_server(db)  # a team's store that cannot be used stops the start with one line, not the first save
    lang = _lang()
    settings = WebSettings(
        max_upload_bytes=int(max_size * 1024 * 1024),
        max_text_chars=max_chars,
        diagnose_threads=threads,
        db=db,
        semantic=semantic,
        workers=workers or default_workers(),
        allow_hosts=tuple(allow_host or ()),
    )
    kb = knowledge(kb_path)  # a knowledge base that does not validate stops the start here, with one line
    if settings.workers > 1 and not can_fork():  # spawned workers build their apps: check what would stop each
        if semantic:
            from careermap.api import encoder

            encoder()
        app = None
    else:  # built once: one worker runs it here, or N forked workers share it
        app = create_app(kb, settings=settings)
    del kb
    if not is_loopback(host):
        typer.echo(t("web_bind_warning", lang).format(host=host), err=True)
    forked = app is not None and settings.workers > 1
    import socket

    sock = bind(host, port, reuse_port=forked and hasattr(socket, "SO_REUSEPORT"))
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    typer.echo(t("web_serving", lang).format(url=f"http://{shown}:{bound}"))
    options: dict[str, Any] = {"log_level": "warning", "server_header": False, "access_log": False}
    if app is not None and settings.workers == 1:
        uvicorn.Server(uvicorn.Config(app, **options)).run(sockets=[sock])
    elif forked:
        run_forked(app, sock, workers=settings.workers, **options)
    else:
        import functools

        from uvicorn.supervisors import Multiprocess

        from careermap.web.app import worker_app

        factory = functools.partial(worker_app, kb_path, settings)  # picklable: each worker builds its app
        config = uvicorn.Config(factory, factory=True, workers=settings.workers, **options)
        Multiprocess(config, sockets=[sock]).run()


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def bind(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A socket bound to ``host:port`` (port 0: any free port), or one line saying why not.

    ``reuse_port``: bound with ``SO_REUSEPORT``, so that forked workers can each listen on a socket of
    their own on the same port and the kernel spreads new connections evenly between them (one shared
    socket let one worker take 60% of a burst). The port is first bound without it, so a port another
    server holds is still refused, never shared."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    address = host.strip("[]")
    sock = _tcp(family)
    try:
        sock.bind((address, port))
        if reuse_port:
            port = sock.getsockname()[1]
            sock.close()
            sock = _tcp(family)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((address, port))
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


def _tcp(family: socket.AddressFamily) -> socket.socket:
    import socket

    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that name TCP, and the
    # connections accepted here inherit it; with proto 0 each answer waited ~40 ms for a delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock
