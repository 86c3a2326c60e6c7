"""A `specbind generate` killed with SIGKILL at any moment leaves generated/ whole.

Kill points: fixed times, the moment a staging directory has files, and the moment the
new client is complete (in the staged copy of generated/, before the server is done).

Each run works in a copy of the project whose generated/ holds a marked previous
generation (an extra MARKER file in client/ and server/), so the test can tell old
from new. After the kill, generated/ must be byte-for-byte either the previous client
and server or the complete new ones: never a partial tree, and never a new client
beside an old server. The only debris allowed is a `.generated.staging.*` directory
beside it, which the next run's `recover_directory` removes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from specbind.config import with_spec_version
from specbind.freshness import RECORD_FILE
from specbind.fsutil import recover_directory

REPO = Path(__file__).resolve().parents[2]
SPECBIND = Path(sys.executable).with_name("specbind")
TARGETS = ("client", "server")


def _tree(root: Path) -> dict[str, bytes]:
    """The files of a generated project; its freshness record is a cache key, not output
    (the committed one may predate a toolchain change that altered no file)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.name != RECORD_FILE
    }


SEED = "4.84.1-ai-plus"  # a small document: the kill points fall inside one generation


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This project pinned to the seed document, generated once: what a complete run
    writes. (The configured document is the whole API, far too slow to regenerate five
    times here.)"""
    root = tmp_path_factory.mktemp("seed-project")
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "templates", root / "templates")
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(with_spec_version(text, SEED), encoding="utf-8")
    subprocess.run([str(SPECBIND), "generate", "--project", str(root)], check=True)
    return root


@pytest.fixture(scope="module")
def fresh(seed_project: Path) -> dict[str, dict[str, bytes]]:
    return {target: _tree(seed_project / "generated" / target) for target in TARGETS}


def _project(root: Path, seed_project: Path) -> dict[str, dict[str, bytes]]:
    for name in ("pyproject.toml", "spec", "templates", "generated"):
        source = seed_project / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    for target in TARGETS:
        (root / "generated" / target / "MARKER").write_text("previous generation\n")
    return {target: _tree(root / "generated" / target) for target in TARGETS}


def _staging_has_files(root: Path, target: str) -> Callable[[], bool]:
    """The moment a generator's own staging directory (inside the staged generated/) has files."""

    def ready() -> bool:
        return any(
            any(p.is_file() for p in staging.rglob("*"))
            for staging in root.glob(f".generated.staging.*/.{target}.staging.*")
        )

    return ready


def _client_done(root: Path) -> Callable[[], bool]:
    """The moment the new client replaced the old one inside the staged generated/."""

    def ready() -> bool:
        return any(
            (staged / "client").is_dir() and not (staged / "client" / "MARKER").exists()
            for staged in root.glob(".generated.staging.*")
        )

    return ready


def _run_and_kill(root: Path, when: float | Callable[[], bool]) -> bool:
    """Start `specbind generate` in `root` and SIGKILL its process group at `when`
    (seconds, or the moment a condition holds); True if it was killed while running.
    """
    process = subprocess.Popen(
        [str(SPECBIND), "generate", "--project", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    started = time.monotonic()
    try:
        while process.poll() is None and time.monotonic() - started < 120:
            due = time.monotonic() - started >= when if isinstance(when, float) else when()
            if due:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return True
            time.sleep(0.002)
        return False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


KILL_POINTS: list[tuple[str, float | str]] = [
    ("0.2s", 0.2),
    ("0.5s", 0.5),
    ("client-staging-written", "client"),
    ("client-done-server-not", "client-done"),
    ("server-staging-written", "server"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "point"), KILL_POINTS, ids=[p[0] for p in KILL_POINTS])
def test_sigkill_leaves_each_output_whole(
    tmp_path: Path,
    seed_project: Path,
    fresh: dict[str, dict[str, bytes]],
    label: str,
    point: float | str,
) -> None:
    previous = _project(tmp_path, seed_project)
    if isinstance(point, float):
        when: float | Callable[[], bool] = point
    elif point == "client-done":
        when = _client_done(tmp_path)
    else:
        when = _staging_has_files(tmp_path, point)
    killed = _run_and_kill(tmp_path, when)
    assert killed, f"generation finished before the kill at {label}; nothing was tested"
    generated = tmp_path / "generated"
    assert sorted(p.name for p in generated.iterdir()) == ["client", "server"]
    debris = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert all(name.startswith(".generated.staging.") for name in debris), debris
    states = {}
    for target in TARGETS:
        tree = _tree(generated / target)
        assert tree in (previous[target], fresh[target]), f"{target} is partial after {label}"
        states[target] = "previous" if tree == previous[target] else "new"
    # client and server change together: never a new client beside an old server
    assert states["client"] == states["server"], f"{states} after {label}"
    recover_directory(generated)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    for target in TARGETS:
        assert _tree(generated / target) in (previous[target], fresh[target])


def test_a_staged_kill_point_is_reached_before_the_swap(tmp_path: Path, seed_project: Path) -> None:
    """Killing as soon as the client's staging has files leaves the previous client."""
    previous = _project(tmp_path, seed_project)
    assert _run_and_kill(tmp_path, _staging_has_files(tmp_path, "client"))
    assert _tree(tmp_path / "generated" / "client") == previous["client"]
    assert _tree(tmp_path / "generated" / "server") == previous["server"]
