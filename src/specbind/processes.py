"""Processes specbind starts die with it, and leftovers of dead runs can be told apart.

Every external program (ruff, datamodel-code-generator, build, twine) runs through `run`,
and every forked renderer calls `die_with_parent`: on Linux the kernel then sends the
child SIGKILL when specbind ends, even by SIGKILL, so no child outlives a killed run.

`owner_token` names this process in the staging directories it creates, and `owner_alive`
tells a later run whether that process still runs: a directory whose owner is gone is
debris to remove, one whose owner runs is another run's work in progress.

`leave` ends the `specbind` command without tearing the interpreter down.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from pathlib import Path

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@cache
def _prctl() -> Callable[..., int] | None:
    """libc's prctl on Linux, looked up once (before any fork: a child only calls it)."""
    if sys.platform != "linux":
        return None
    try:
        prctl: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return None
    return prctl


def die_with_parent(parent: int) -> None:
    """In a new child, before it runs anything: SIGKILL this child when `parent` ends."""
    prctl = _prctl()
    if prctl is None:  # pragma: no cover - not Linux: the child keeps the parent's group
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)


def run(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    merge_stderr: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run `command` to its end and capture its text output; it dies if specbind dies.

    `merge_stderr` puts stderr into stdout (in order), else each is captured apart.
    Raises `subprocess.TimeoutExpired` (after killing it) when `timeout` passes.
    """
    _prctl()  # resolved here, in the parent, so the child only calls it
    return subprocess.run(
        list(command),
        cwd=cwd,
        env=env,
        timeout=timeout,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=partial(die_with_parent, os.getpid()),
    )


def _start_time(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot), or None if it is gone or dead."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # after "pid (command) "
    if not fields or fields[0] in ("Z", "X"):  # a zombie has ended
        return None
    return fields[19] if len(fields) > 19 else None


def owner_token(pid: int | None = None) -> str:
    """This process (or `pid`) as `PID` or, where /proc tells it, `PID-STARTTIME`.

    The start time tells a reused pid from the process that wrote the token.
    """
    pid = os.getpid() if pid is None else pid
    started = _start_time(pid) if sys.platform == "linux" else None
    return f"{pid}-{started}" if started else str(pid)


def owner_alive(token: str) -> bool:
    """Whether the process named by `owner_token`'s `token` still runs."""
    pid_text, _, started = token.partition("-")
    if not pid_text.isdigit() or int(pid_text) <= 0:
        return False
    pid = int(pid_text)
    if sys.platform == "linux" and Path("/proc/self/stat").exists():
        now = _start_time(pid)
        return now is not None and (not started or now == started)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OverflowError:
        return False
    return True


def leave(code: str | int | None) -> None:
    """End this process as `sys.exit(code)` would, skipping the interpreter's teardown.

    Freeing every object one by one took 0.1 s at the end of every `specbind generate`
    (a sixth of a small document's run), for memory the system takes back at once. What
    teardown does that matters still happens: output is flushed and the atexit handlers
    run (temporary directories, logging). While another thread runs, it is the ordinary
    exit, which waits for the thread.
    """
    if threading.active_count() > 1:
        sys.exit(code)
    status = 0
    if isinstance(code, int):
        status = code
    elif code is not None:
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(status)
