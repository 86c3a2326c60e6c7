"""Two independent pieces of rendering at once: one in a forked process, one here.

Rendering is pure Python, so threads would take turns on one core; a forked process
shares the parsed model with no pickling (copy-on-write) and writes its own files. The
two pieces must write disjoint files. Where `os.fork` does not exist they run one after
the other.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from typing import TypeVar

from specbind.errors import SpecbindError
from specbind.processes import die_with_parent

T = TypeVar("T")


def beside(side: Callable[[], object], main: Callable[[], T]) -> T:
    """Run `side` in a forked child while `main` runs here; `main`'s result.

    An exception in either is raised here (`main`'s first), after the child has ended,
    so nothing is still writing when the caller cleans up.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        side()
        return main()
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage does not follow forks
        die_with_parent(parent)
        os.close(read_end)
        status = 0
        try:
            side()
        except BaseException as exc:  # every failure goes back to the parent
            status = 1
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(_pickled(exc))
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        result = main()
    finally:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
    if payload:
        raise pickle.loads(payload)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SpecbindError(f"a rendering process ended with status {code}")
    return result


def _pickled(exc: BaseException) -> bytes:
    try:
        return pickle.dumps(exc)
    except Exception:  # an exception carrying something unpicklable: its words survive
        return pickle.dumps(SpecbindError(f"{type(exc).__name__}: {exc}"))
