"""ruff over a generated project: fixes (imports, pyupgrade), then formatting.

Both generators format their staging directory the same way, with the generated
project's own `[tool.ruff]` configuration. ruff format leaves a docstring alone when a
line of it ends in a backslash (a Markdown line break in the document, `\\`): the
trailing whitespace of docstrings goes afterwards.
"""

from __future__ import annotations

import ast
import re
import sys
from functools import cache
from pathlib import Path

from specbind.errors import SpecbindError
from specbind.processes import run

# --no-respect-gitignore: every generated file is formatted, whatever the surrounding
# repository ignores (a resource package named `site` or `build`, say)
_PASSES = (
    ("check", "--fix-only", "--quiet", "--no-cache", "--no-respect-gitignore", "."),
    # not --quiet: it silences the reason a file cannot be formatted, too
    ("format", "--no-cache", "--no-respect-gitignore", "."),
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
        result = run([*ruff_command(), *args], cwd=project_dir)
        if result.returncode != 0:
            raise SpecbindError(
                f"ruff {args[0]} failed on the generated {what}: "
                f"{_first_error(result.stderr, result.stdout, result.returncode)}"
            )
    for path in project_dir.rglob("*.py"):
        strip_docstring_whitespace(path)


_ODD_BACKSLASHES = re.compile(r"(?<!\\)(\\\\)*\\$")
_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def strip_docstring_whitespace(path: Path) -> None:
    """Trailing spaces and tabs off every docstring line of `path` (none is meaningful;
    ruff W291 refuses them). Other strings keep theirs."""
    data = path.read_bytes()
    if b" \n" not in data and b"\t\n" not in data:
        return
    text = data.decode("utf-8")
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return
    lines = text.split("\n")  # ast counts "\n" alone (not U+2028, form feeds...)
    changed = False
    for node in ast.walk(tree):
        if not isinstance(node, _DOCUMENTED) or not node.body:
            continue
        first = node.body[0]
        if not (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
            and first.end_lineno is not None
        ):
            continue
        for index in range(first.lineno - 1, first.end_lineno - 1):  # lines the string goes on
            kept = lines[index].rstrip(" \t")
            if kept != lines[index] and not _ODD_BACKSLASHES.search(kept):
                lines[index] = kept
                changed = True
    if changed:
        path.write_bytes("\n".join(lines).encode("utf-8"))


def _first_error(stderr: str, stdout: str, status: int) -> str:
    """ruff's first error line (and how many more), or its exit status when it said nothing."""
    lines = [line.strip() for line in (stderr + "\n" + stdout).splitlines() if line.strip()]
    errors = [line for line in lines if line.lower().startswith("error")] or lines
    if not errors:
        if status < 0:
            return f"ruff was killed by signal {-status} and printed nothing"
        return f"ruff exited with status {status} and printed nothing"
    more = f" (and {len(errors) - 1} more error(s))" if len(errors) > 1 else ""
    return f"{errors[0]}{more}"
