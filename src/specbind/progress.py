"""How a long stage says how far it has got, without printing anything itself.

A stage (generate, build, publish, upgrade, contract) takes a `Progress` and calls
`stage(name, total)` when it starts a step and `advance(n)` as it finishes units of it;
the default, `NO_PROGRESS`, does nothing. Only the CLI chooses a real display:
`ConsoleProgress` on a terminal, `NO_PROGRESS` when the output is piped or `--quiet`.
"""

from __future__ import annotations

from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import (
    Progress as RichProgress,
)
from rich.text import Text


class Progress(Protocol):
    """Where a stage reports its steps: a name, and how many units of work it has."""

    def stage(self, name: str, total: int | None = None) -> None:
        """A new step starts (`total` units, or an unknown number); the previous one ended."""

    def advance(self, n: int = 1) -> None:
        """`n` more units of the current step are done."""


class NoProgress:
    """Reports go nowhere: the default for every stage, and the CLI's when not on a terminal."""

    def stage(self, name: str, total: int | None = None) -> None:
        return None

    def advance(self, n: int = 1) -> None:
        return None


NO_PROGRESS: Progress = NoProgress()


class _CountColumn(ProgressColumn):
    """`412/1,368` for a step with a total, `17` for one without, nothing before the first."""

    def render(self, task: Task) -> Text:
        done = int(task.completed)
        if task.total is not None:
            return Text(f"{done:,}/{int(task.total):,}", style="progress.download")
        return Text(f"{done:,}" if done else "", style="progress.download")


class ConsoleProgress:
    """Each step as a line on a terminal: its name, a bar and count, the time it took.

    A step stays on screen once the next one starts, so a finished run shows what took
    how long. Use it as a context manager: the display stops (and the cursor comes back)
    however the run ends.
    """

    def __init__(self, console: Console, prefix: str = "") -> None:
        self.prefix = prefix
        self._display = RichProgress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=24),
            _CountColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> ConsoleProgress:
        self._display.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._finish_step()
        self._display.stop()

    def stage(self, name: str, total: int | None = None) -> None:
        self._finish_step()
        self._task = self._display.add_task(f"{self.prefix}{name}", total=total)
        self.refresh()

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._display.advance(self._task, n)

    def refresh(self) -> None:
        """Draw now rather than at the next tick (a few times a second)."""
        self._display.refresh()

    def _finish_step(self) -> None:
        """Stop the clock of the current step; a step with a total shows it reached."""
        if self._task is None:
            return
        task = self._display.tasks[-1]
        if task.total is not None:
            self._display.update(self._task, completed=task.total)
        self._display.stop_task(self._task)
        self._task = None
