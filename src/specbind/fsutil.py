"""Writes that are all-or-nothing: a failed or killed run never leaves half a file or tree."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from specbind.processes import owner_alive, owner_token


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def staged_directory(target: Path) -> Iterator[Path]:
    """Yield an empty directory beside `target`; on success it replaces `target` whole.

    On Linux the swap is one atomic exchange; elsewhere it is two renames, and a run
    killed between them leaves the previous content whole in a `.previous` directory
    that `recover_directory` puts back. A killed run leaves at most a `.staging`
    directory beside `target`, removed by the next run.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_directory(target)
    staging = new_staging(target)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, target)


@contextlib.contextmanager
def staged_output(target: Path) -> Iterator[Path]:
    """Like `staged_directory`, but the staging directory starts as a copy of `target`.

    For changing several parts of a directory together: each is rewritten inside the
    copy, and the copy replaces `target` in one swap, so a run killed at any moment
    leaves either all of the old parts or all of the new ones. Leftovers of earlier
    killed runs (`.staging.`, `.previous`) are not copied.
    """
    with staged_directory(target) as staging:
        if target.is_dir():
            shutil.copytree(
                target,
                staging,
                symlinks=True,
                dirs_exist_ok=True,
                ignore=lambda _dir, names: [
                    n for n in names if ".staging." in n or n.endswith(".previous")
                ],
            )
        yield staging


def staged_copy(target: Path) -> Path:
    """A copy of `target` beside it (an empty directory when there is none), named so
    `recover_directory` removes it if abandoned; `swap_all` puts it in place."""
    staging = new_staging(target)
    if target.is_dir():
        shutil.copytree(target, staging, dirs_exist_ok=True, symlinks=True)  # mode included
    else:  # mkdtemp's 0700 would become the new directory's mode: use the umask's default
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)
    return staging


def _previous(target: Path) -> Path:
    return target.parent / f".{target.name}.previous"


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE) where the OS offers it."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(
        at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), ctypes.c_uint(rename_exchange)
    )
    return bool(result == 0)


def swap_in(staging: Path, target: Path) -> None:
    """Put `staging` in place of `target`; with RENAME_EXCHANGE there is no moment without it."""
    if target.exists() and _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)
        return
    previous = _previous(target)
    if previous.exists():
        shutil.rmtree(previous)
    if target.exists():
        os.rename(target, previous)
    os.rename(staging, target)
    shutil.rmtree(previous, ignore_errors=True)


def _staging_prefix(target: Path) -> str:
    return f".{target.name}.staging."


def new_staging(target: Path) -> Path:
    """A new empty directory beside `target`: `.<name>.staging.<owner>.<random>`.

    The owner is this process (`specbind.processes.owner_token`), so a later run removes
    the directory once this process is gone, and leaves it alone while it runs.
    """
    prefix = f"{_staging_prefix(target)}{owner_token()}."
    return Path(tempfile.mkdtemp(dir=target.parent, prefix=prefix))


def stale_stagings(target: Path) -> list[Path]:
    """The staging directories beside `target` whose owner no longer runs.

    A name without an owner (made before owners were recorded) counts as stale.
    """
    prefix = _staging_prefix(target)
    stale = []
    for path in sorted(target.parent.glob(f"{prefix}*")):
        owner, dot, _random = path.name[len(prefix) :].partition(".")
        if not dot or not owner_alive(owner):
            stale.append(path)
    return stale


def recover_directory(target: Path) -> None:
    """Undo a swap that was killed between its two renames; drop stale staging dirs."""
    previous = _previous(target)
    if previous.exists() and not target.exists():
        os.rename(previous, target)
    elif previous.exists():
        shutil.rmtree(previous, ignore_errors=True)
    for stale in stale_stagings(target):
        shutil.rmtree(stale, ignore_errors=True)


def transaction(files: dict[Path, bytes], then: Callable[[], None] | None = None) -> None:
    """Replace several files, restoring every one of them if any write fails."""
    saved: dict[Path, bytes | None] = {
        path: path.read_bytes() if path.exists() else None for path in files
    }
    done: list[Path] = []
    try:
        for path, data in files.items():
            write_file_atomic(path, data)
            done.append(path)
        if then is not None:
            then()
    except BaseException:
        for path in done:
            old = saved[path]
            if old is None:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            else:
                write_file_atomic(path, old)
        raise


def swap_all(pairs: list[tuple[Path, Path]], files: dict[Path, bytes]) -> None:
    """Move each staged directory over its target and write `files`, or undo all of it.

    Each target first moves to `.<name>.previous` (what `recover_directory` restores
    after a crash); the files are one `transaction`; the backups are deleted only after
    every step succeeded.
    """
    done: list[tuple[Path, Path, Path]] = []
    try:
        for staged, target in pairs:
            previous = _previous(target)
            if previous.exists():
                shutil.rmtree(previous)
            had_target = target.exists()
            if had_target:
                os.rename(target, previous)
            try:
                os.rename(staged, target)
            except BaseException:
                if had_target:
                    os.rename(previous, target)
                raise
            done.append((staged, target, previous))
        transaction(files)
    except BaseException:
        for staged, target, previous in reversed(done):
            os.rename(target, staged)
            if previous.exists():
                os.rename(previous, target)
            shutil.rmtree(staged, ignore_errors=True)
        raise
    for _staged, _target, previous in done:
        shutil.rmtree(previous, ignore_errors=True)
