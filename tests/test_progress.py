"""Progress on long runs: steps with counts on a terminal, nothing extra when piped or --quiet."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from rich.console import Console

from specbind.progress import NO_PROGRESS, ConsoleProgress
from tests.conftest import REPO, run_specbind

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
# Control characters other than newline and tab: cursor moves, carriage returns, colours.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    return {**env, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}


def _on_a_terminal(*args: str, timeout: float = 300) -> tuple[int, str]:
    """Run `python -m specbind ARGS` with stdout and stderr on a pseudo-terminal."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "specbind", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=_environment(),
        cwd=REPO,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    data = os.read(leader, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif process.poll() is not None:
                break
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace")


def _piped(*args: str) -> subprocess.CompletedProcess[str]:
    return run_specbind(*args, cwd=REPO, env=_environment())


def _plain_lines(screen: str) -> list[str]:
    text = ANSI.sub("", screen).replace("\r\n", "\n")
    return [line.split("\r")[-1].rstrip() for line in text.split("\n")]


def test_console_progress_shows_each_step_with_its_count_and_time() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with ConsoleProgress(console) as progress:
        progress.stage("client: parsing 1,368 operations")
        progress.stage("client: rendering", 1368)
        progress.advance(412)
        progress.refresh()
        progress.advance(956)
        progress.stage("client: formatting")
    lines = _plain_lines(buffer.getvalue())
    final = lines[-4:-1]  # the last frame: one line per step, then the cursor's line
    assert re.fullmatch(r"client: parsing 1,368 operations .* 0:00:0\d", final[0]), final
    assert re.fullmatch(r"client: rendering .* 1,368/1,368 0:00:0\d", final[1]), final
    assert re.fullmatch(r"client: formatting .* 0:00:0\d", final[2]), final
    assert "client: rendering" in ANSI.sub("", buffer.getvalue()).split("412/1,368")[0]


def test_no_progress_takes_every_call_and_does_nothing() -> None:
    NO_PROGRESS.stage("anything", 3)
    NO_PROGRESS.advance(2)


def test_generate_on_a_terminal_shows_the_steps_with_counts(tmp_path: Path) -> None:
    code, screen = _on_a_terminal("generate", "--spec", "3.59.0-ai-plus", "--out", str(tmp_path))
    assert code == 0, screen
    assert "\x1b[" in screen  # drawn, not printed line by line
    lines = _plain_lines(screen)
    steps = [line for line in lines if re.search(r" 0:00:\d\d$", line)]
    assert re.search(r"^client: parsing 3 operations .* 0:00:\d\d$", steps[0]), steps
    assert any(re.fullmatch(r"client: rendering .* 3/3 0:00:\d\d", s) for s in steps), steps
    assert any(s.startswith("client: formatting ") for s in steps), steps
    assert any(s.startswith("server: models of ") for s in steps), steps
    server_rendering = r"server: rendering 3 operations into files .* 9/9 0:00:\d\d"
    assert any(re.fullmatch(server_rendering, s) for s in steps), steps
    assert any(s.startswith("server: formatting ") for s in steps), steps
    assert "generated client for ibl-data-manager 3.59.0-ai-plus: 3 operation(s)" in "".join(lines)


def test_generate_piped_prints_only_its_summary_lines(tmp_path: Path) -> None:
    run = _piped("generate", "--spec", "3.59.0-ai-plus", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    assert not CONTROL.search(run.stdout.replace("\n", "")), repr(run.stdout)
    assert run.stderr == ""
    assert run.stdout.splitlines() == [
        f"generated client for ibl-data-manager 3.59.0-ai-plus: 3 operation(s), "
        f"{len(_files(tmp_path / 'client'))} file(s) in {tmp_path / 'client'}",
        f"generated server for ibl-data-manager 3.59.0-ai-plus: 3 operation(s), "
        f"{len(_files(tmp_path / 'server'))} file(s) in {tmp_path / 'server'}",
    ]


def test_quiet_prints_only_errors(tmp_path: Path) -> None:
    code, screen = _on_a_terminal(
        "--quiet", "generate", "client", "--spec", "3.59.0-ai-plus", "--out", str(tmp_path)
    )
    assert code == 0
    assert screen == ""
    assert (tmp_path / "client" / "pyproject.toml").is_file()
    # up to date: the note is a summary line too
    run = _piped("-q", "generate", "client", "--spec", "3.59.0-ai-plus", "--out", str(tmp_path))
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    run = _piped("--quiet", "generate", "client", "--spec", "0.0.0-nope")
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.startswith("error: no stored document for ibl-data-manager '0.0.0-nope'")
    assert len(run.stderr.splitlines()) == 1


def _files(root: Path) -> list[Path]:
    from specbind.freshness import listed_files

    return list(listed_files(root))
