"""The hard limits of reading an input, declared once with their defaults.

A résumé is a few pages and a few hundred kilobytes; everything beyond these limits is
refused with one line that names the limit and the flag that raises it:

============  ========  ====================  ==========================================
limit         default   CLI flag              what it guards
============  ========  ====================  ==========================================
max_bytes     10 MB     ``--max-size``        the file (or stdin) as given
max_pages     50        ``--max-pages``       PDF page count
max_unzipped  50 MB     ``--max-unzipped``    a DOCX once unpacked (zip bombs)
timeout       20 s      ``--timeout``         reading: decoding, parsing, redaction
max_chars     200,000   ``--max-chars``       the text one diagnosis reads (~100 pages)
============  ========  ====================  ==========================================

Two fixed checks guard a DOCX before anything is unpacked, from the zip's central
directory alone: at most ``max_members`` parts, and no part over ``ratio_floor`` that
expands more than ``max_ratio`` times. Measured: Word's own XML expands about 30 times
(``styles.xml`` 29×), a generated 100-page document with the same lines over and over 108×;
deflate's ceiling, where zip bombs sit, is about 1,030×.
A PDF with fewer than ``min_text_chars`` visible characters has no usable text layer.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from careermap.errors import LimitExceeded

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 10 * MB
    max_pages: int = 50
    max_unzipped: int = 50 * MB
    timeout: float = 20.0
    max_chars: int = 200_000
    max_members: int = 1000
    max_ratio: float = 500.0
    ratio_floor: int = 1 * MB  # parts smaller than this are not ratio-checked
    min_text_chars: int = 20


DEFAULT = Limits()


def mb(n: float) -> str:
    """A size for a message: ``10.0 MB``, or ``33.6 KB`` under a megabyte."""
    return f"{n / MB:,.1f} MB" if n >= MB else f"{n / 1024:,.1f} KB"


def seconds(n: float) -> str:
    return f"{n:g} s"


class _Expired(BaseException):
    """Raised from the timer signal; a BaseException so no library's ``except Exception`` eats it."""


class Deadline:
    """The time a parse may take. ``check()`` between pages and blocks; inside :func:`deadline`
    a timer signal also interrupts a single long library call (main thread, POSIX only)."""

    def __init__(self, seconds_: float, name: str) -> None:
        self.seconds = seconds_
        self.name = name
        self.until = time.monotonic() + seconds_

    def expired(self) -> LimitExceeded:
        return LimitExceeded(
            f"reading {self.name} took longer than {seconds(self.seconds)}",
            f"读取 {self.name} 超过 {seconds(self.seconds)}",
            hint_en="give a shorter file, or raise the limit with --timeout",
            hint_zh="请换用更短的文件，或用 --timeout 放宽时限",
        )

    def check(self) -> None:
        if time.monotonic() > self.until:
            raise self.expired()


@contextmanager
def deadline(seconds_: float, name: str) -> Iterator[Deadline]:
    """A :class:`Deadline`; an expired one ends the block with :class:`LimitExceeded` (E108)."""
    d = Deadline(seconds_, name)
    use_signal = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # never steal a caller's timer
    )
    previous = None
    armed = [use_signal]
    if use_signal:

        def _ring(signum: int, frame: object) -> None:
            if armed[0]:
                raise _Expired

        previous = signal.signal(signal.SIGALRM, _ring)
        signal.setitimer(signal.ITIMER_REAL, max(seconds_, 1e-3))
    try:
        yield d
    except _Expired:
        raise d.expired() from None
    finally:
        armed[0] = False
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def check_chars(text: str, limit: int) -> None:
    """Refuse a text longer than one diagnosis reads (extraction time grows with length)."""
    if len(text) > limit:
        raise LimitExceeded(
            f"the text is {len(text):,} characters, above the {limit:,} one diagnosis reads",
            f"文本有 {len(text):,} 个字符，超过单次诊断的上限 {limit:,}",
            hint_en="give the part about your skills, projects and experience, or raise the limit with --max-chars",
            hint_zh="请只提供技能、项目和工作经历部分，或用 --max-chars 提高上限",
        )
