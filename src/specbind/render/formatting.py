"""ruff over a generated project: fixes (imports, pyupgrade), then formatting.

Both generators format their staging directory the same way, with the generated
project's own `[tool.ruff]` configuration.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

from specbind.errors import SpecbindError

_PASSES = (
    ("check", "--fix-only", "--quiet", "--no-cache", "."),
    ("format", "--quiet", "--no-cache", "."),
)


@cache
def ruff_command() -> tuple[str, ...]:
    """The ruff executable itself: `python -m ruff` would start an interpreter per pass."""
    try:
        from ruff import find_ruff_bin
    except ImportError:  # pragma: no cover - ruff is a dependency; an odd install
        return (sys.executable, "-m", "ruff")
    try:
        return (str(find_ruff_bin()),)
    except FileNotFoundError:  # pragma: no cover - the package without its binary
        return (sys.executable, "-m", "ruff")


def format_project(project_dir: Path, what: str) -> None:
    """Fix, then format, every Python file under `project_dir`; `what` names it in errors."""
    for args in _PASSES:
        result = subprocess.run(
            [*ruff_command(), *args],
            cwd=project_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            said = (result.stderr or result.stdout).strip()
            if not said:
                said = (
                    f"killed by signal {-result.returncode}"
                    if result.returncode < 0
                    else f"exit status {result.returncode}, no message"
                )
            raise SpecbindError(f"ruff {args[0]} failed on the generated {what}: {said}")
