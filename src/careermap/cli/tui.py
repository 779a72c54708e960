"""The questionnaire in a terminal, with no dependency beyond rich and the standard library.

In a terminal (stdin and stderr are TTYs, POSIX): the screen switches to the alternate
buffer, keys are read one at a time in cbreak mode (↑/↓ or k/j choose, Enter/Space/→
confirm, a number answers at once, ←/Backspace/b go back, q or Ctrl-C quit), and the terminal
is restored however the flow ends. Elsewhere (a pipe, Windows) a line prompt asks for a
number, ``b`` or ``q``. The questions go to stderr so stdout holds only the result.

Ctrl-C, Ctrl-\\ and Ctrl-Z are read as keys (the terminal's signal characters are off while the
questions are shown), so leaving never depends on a signal: it works when the program was started
with SIGINT ignored (``nohup``, a background job of a script), and it is handled between two
keys, never in the middle of drawing a screen. Ctrl-Z still suspends, with the terminal restored.

Quitting raises :class:`KeyboardInterrupt`; the command turns it into one short line.
"""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from careermap.api.answers import Session
from careermap.i18n import t

_SEQUENCES = {
    b"\x1b[A": "up",
    b"\x1bOA": "up",
    b"\x1b[B": "down",
    b"\x1bOB": "down",
    b"\x1b[C": "right",
    b"\x1bOC": "right",
    b"\x1b[D": "left",
    b"\x1bOD": "left",
}
_KEYS = {
    b"\r": "enter",
    b"\n": "enter",
    b" ": "enter",
    b"\x7f": "left",
    b"\x08": "left",
    b"b": "left",
    b"k": "up",
    b"j": "down",
    b"q": "quit",
    b"\x03": "quit",  # Ctrl-C (read as a key: the terminal does not turn it into SIGINT here)
    b"\x1c": "quit",  # Ctrl-backslash
    b"\x04": "quit",  # Ctrl-D
    b"\x1a": "suspend",  # Ctrl-Z
}

Notes = Callable[[Session], list[str]]


class _Keys:
    """Cbreak mode without signal characters on ``fd`` for the duration of a ``with`` block, one
    key per :meth:`read`."""

    def __init__(self, fd: int, out: IO[str]) -> None:
        self.fd = fd
        self.out = out
        self.saved: Any = None

    def __enter__(self) -> _Keys:
        import termios

        self.saved = termios.tcgetattr(self.fd)
        self._keys_mode()
        return self

    def _keys_mode(self) -> None:
        import termios
        import tty

        tty.setcbreak(self.fd)
        mode = termios.tcgetattr(self.fd)
        mode[3] &= ~termios.ISIG  # lflag: Ctrl-C, Ctrl-backslash and Ctrl-Z arrive as keys, not signals
        termios.tcsetattr(self.fd, termios.TCSANOW, mode)
        self.out.write("\x1b[?1049h\x1b[?25l")  # alternate screen, hide the cursor
        self.out.flush()

    def __exit__(self, *exc: object) -> None:
        import termios

        self.out.write("\x1b[?25h\x1b[?1049l")
        self.out.flush()
        termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def suspend(self) -> None:
        """Ctrl-Z: give the terminal back as it was, stop until resumed (``fg``), then carry on."""
        import signal

        self.__exit__()
        os.kill(os.getpid(), signal.SIGTSTP)
        self._keys_mode()

    def read(self) -> str:
        b = os.read(self.fd, 1)
        if not b:
            return "quit"
        if b == b"\x1b":
            seq = b
            while len(seq) < 8 and select.select([self.fd], [], [], 0.05)[0]:
                seq += os.read(self.fd, 1)
                if seq in _SEQUENCES:
                    break
            return _SEQUENCES.get(seq, "")
        if b.isdigit():
            return b.decode()
        key = _KEYS.get(b, "")
        if key == "suspend":
            self.suspend()
            return ""  # the screen is drawn again
        return key


def can_run_full_screen() -> bool:
    return os.name == "posix" and sys.stdin.isatty() and sys.stderr.isatty()


def run(session: Session, lang: str, notes: Notes, *, title: str, intro: str) -> None:
    """Ask every question of ``session`` until the answers are confirmed; Ctrl-C or q raises
    :class:`KeyboardInterrupt`."""
    console = Console(stderr=True, highlight=False)
    if can_run_full_screen():
        _full_screen(session, console, lang, notes, title, intro)
    else:
        _lines(session, console, lang, notes, title, intro)


def _progress(session: Session, lang: str, width: int = 24) -> Text:
    i, n = min(session.index + 1, session.total), session.total
    filled = round(session.index / n * width)
    return Text(t("quiz_progress", lang).format(i=i, n=n) + "  ", style="bold") + Text(
        "█" * filled + "░" * (width - filled) + f" {round(session.index / n * 100)}%", style="cyan"
    )


def _draw(console: Console, session: Session, cursor: int, lang: str, title: str, intro: str) -> None:
    console.file.write("\x1b[H\x1b[2J")
    console.print(Text(title, style="bold magenta") + Text("  " + t("quiz_lang_hint", lang), style="dim"))
    if session.index == 0:
        console.print(Text(intro, style="dim"))
    console.print()
    console.print(_progress(session, lang))
    console.print()
    console.print(Text("  " + session.step.text.get(lang), style="bold"))
    console.print()
    given = session.given.get(session.step.id)
    for i, option in enumerate(session.step.options):
        mark = "❯" if i == cursor else " "
        done = " ✓" if option.value == given else ""
        style = "bold cyan" if i == cursor else ""
        console.print(Text(f"  {mark} {i + 1}  {option.label.get(lang)}{done}", style=style))
    console.print()
    console.print(Text(t("quiz_keys", lang), style="dim"))
    console.file.flush()


def _draw_review(console: Console, session: Session, lang: str, notes: list[str], title: str) -> None:
    console.file.write("\x1b[H\x1b[2J")
    console.print(Text(title, style="bold magenta"))
    console.print(_progress(session, lang))
    console.print()
    console.print(Text(t("quiz_review", lang).format(n=session.total), style="bold green"))
    if notes:
        console.print()
        console.print(Text(t("consistency", lang), style="bold"))
        for note in notes:
            console.print(Text(f"  ⚠ {note}", style="yellow"))
    console.print()
    console.print(Text(t("quiz_review_keys", lang), style="dim"))
    console.file.flush()


def _full_screen(session: Session, console: Console, lang: str, notes: Notes, title: str, intro: str) -> None:
    with _Keys(sys.stdin.fileno(), console.file) as keys:
        cursor = session.selected()
        while True:
            if session.done:
                _draw_review(console, session, lang, notes(session), title)
                key = keys.read()
                if key == "enter":
                    return
                if key == "left":
                    session.back()
                    cursor = session.selected()
                elif key == "quit":
                    raise KeyboardInterrupt
                continue
            _draw(console, session, cursor, lang, title, intro)
            key = keys.read()
            n = len(session.step.options)
            if key == "up":
                cursor = (cursor - 1) % n
            elif key == "down":
                cursor = (cursor + 1) % n
            elif key in ("enter", "right") or (key.isdigit() and 1 <= int(key) <= n):
                session.answer(int(key) - 1 if key.isdigit() else cursor)
                if not session.done:
                    cursor = session.selected()
            elif key == "left":
                if session.back():
                    cursor = session.selected()
            elif key == "quit":
                raise KeyboardInterrupt


def _ask(console: Console, prompt: str) -> str:
    console.print(prompt, end="")
    console.file.flush()
    line = sys.stdin.readline()
    if not line:  # end of input
        console.print()
        raise KeyboardInterrupt
    return line.strip().lower()


def _lines(session: Session, console: Console, lang: str, notes: Notes, title: str, intro: str) -> None:
    console.print(Text(title, style="bold"))
    console.print(intro)
    while True:
        if session.done:
            console.print(Text(t("quiz_review", lang).format(n=session.total), style="bold"))
            for note in notes(session):
                console.print(f"⚠ {note}")
            answer = _ask(console, t("quiz_review_line", lang))
            if answer in ("", "y", "enter"):
                return
            if answer == "b":
                session.back()
            elif answer == "q":
                raise KeyboardInterrupt
            continue
        console.print()
        console.print(_progress(session, lang))
        console.print(session.step.text.get(lang))
        for i, option in enumerate(session.step.options):
            console.print(f"  {i + 1}  {option.label.get(lang)}")
        n = len(session.step.options)
        answer = _ask(console, t("quiz_line_prompt", lang).format(lo=1, hi=n))
        if answer == "b":
            session.back()
        elif answer == "q":
            raise KeyboardInterrupt
        elif answer.isascii() and answer.isdigit() and 1 <= int(answer) <= n:  # "²" is no choice
            session.answer(int(answer) - 1)
