"""Children die with specbind; a staging directory is removed only once its owner is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from specbind.fsutil import new_staging, recover_directory, stale_stagings
from specbind.processes import owner_alive, owner_token, run


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_this_process_is_alive_and_an_ended_one_is_not() -> None:
    assert owner_alive(owner_token())
    assert not owner_alive(owner_token(dead_pid()))
    assert not owner_alive(str(dead_pid()))
    assert not owner_alive("not-a-pid")
    assert not owner_alive("0")


@pytest.mark.skipif(sys.platform != "linux", reason="start times come from /proc")
def test_a_reused_pid_is_told_apart_by_its_start_time() -> None:
    pid, _, started = owner_token().partition("-")
    assert started.isdigit()
    assert not owner_alive(f"{pid}-{int(started) + 1}")


def test_only_stagings_of_ended_owners_are_stale(tmp_path: Path) -> None:
    target = tmp_path / "generated"
    mine = new_staging(target)
    assert mine.name.startswith(f".generated.staging.{owner_token()}.")
    ended = tmp_path / f".generated.staging.{owner_token(dead_pid())}.abc123"
    legacy = tmp_path / ".generated.staging.k2j4h5g1"  # named before owners were recorded
    other = tmp_path / ".spec.staging.1.abc"  # another target's
    for path in (ended, legacy, other):
        path.mkdir()
    assert stale_stagings(target) == sorted([ended, legacy])
    recover_directory(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, other.name])


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_a_child_is_asked_to_die_with_its_parent() -> None:
    # /proc/self/status of the child itself shows no signal; prctl(PR_GET_PDEATHSIG) does
    probe = (
        "import ctypes, signal; v = ctypes.c_int(); "
        "ctypes.CDLL(None).prctl(2, ctypes.byref(v), 0, 0, 0); print(v.value)"
    )
    done = run([sys.executable, "-c", probe])
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 9  # SIGKILL


def test_run_captures_text_and_can_merge_stderr(tmp_path: Path) -> None:
    script = "import sys; print('out'); print('err', file=sys.stderr)"
    apart = run([sys.executable, "-c", script], cwd=tmp_path, env={**os.environ, "X": "1"})
    assert (apart.stdout, apart.stderr) == ("out\n", "err\n")
    merged = run([sys.executable, "-c", script], merge_stderr=True)
    assert sorted(merged.stdout.splitlines()) == ["err", "out"] and merged.stderr is None


def _leave(body: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `body` in a fresh interpreter that ends with `leave(CODE)` as its last line."""
    program = (
        "import atexit, pathlib, sys, threading, time\n"
        "from specbind.processes import leave\n"
        f"MARK = pathlib.Path({str(tmp_path / 'mark')!r})\n"
        "atexit.register(lambda: MARK.write_text('atexit ran'))\n"
        f"{body}\n"
    )
    return subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False, timeout=60
    )


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [
        (None, 0, ""),
        (0, 0, ""),
        (2, 2, ""),
        (130, 130, ""),
        ("error: broken", 1, "error: broken\n"),
    ],
)
def test_leave_exits_as_sys_exit_would_with_output_flushed_and_atexit_run(
    tmp_path: Path, code: object, status: int, stderr: str
) -> None:
    done = _leave(f"print('unflushed', end='')\nleave({code!r})", tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (status, "unflushed", stderr)
    assert (tmp_path / "mark").read_text() == "atexit ran"


def test_leave_waits_for_a_thread_still_running(tmp_path: Path) -> None:
    body = (
        "def work():\n"
        "    time.sleep(0.5)\n"
        "    print('thread finished', flush=True)\n"
        "threading.Thread(target=work).start()\n"
        "leave(3)"
    )
    done = _leave(body, tmp_path)
    assert (done.returncode, done.stdout) == (3, "thread finished\n")
    assert (tmp_path / "mark").read_text() == "atexit ran"
