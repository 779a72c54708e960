"""One progress bar for every long command (``jobs import``, ``batch *``): rows done, the rate
and the time left, drawn on stderr with rich.

Quiet when stderr is not a terminal (piped, redirected, under CI) or with ``--quiet``: the bar
never mixes with output another program reads. The core reports progress through a plain
callback ``(done, total)``; ``total`` may be ``None`` or an estimate that changes as it reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

Callback = Callable[[int, int | None], None]

QuietOpt = Annotated[bool, typer.Option("--quiet", help="No progress bar. 不显示进度条。")]


def wanted(quiet: bool) -> bool:
    """Whether a bar is drawn: not asked to be quiet, and stderr is a terminal."""
    return not quiet and sys.stderr.isatty()


@contextmanager
def progress_bar(label: str, *, quiet: bool = False, unit: str = "rows") -> Iterator[Callback | None]:
    """A callback that moves a bar on stderr (``None`` when the bar is not wanted)."""
    if not wanted(quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    class Rate(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task):  # type: ignore[no-untyped-def]
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} {unit}/s" if speed else f"– {unit}/s", style="progress.data.speed")

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    task = bar.add_task(label, total=None)

    def update(done: int, total: int | None) -> None:
        bar.update(task, completed=done, total=total)

    with bar:
        yield update
