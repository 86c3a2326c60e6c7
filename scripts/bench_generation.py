"""Generation figures: specbind's generators against their peers, one process per run.

Every run is a fresh process (what a user or CI pays, imports included), timed by wall
clock; its peak memory is the RSS high-water mark the kernel reports for that process and
the processes it waited for (`os.wait4`), so ruff subprocesses count too.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_stats import Figure, Sample, Target

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
BENCH_VENVS = REPO / ".cache" / "bench-venvs"
FASTAPI_CODEGEN = "fastapi-code-generator"
# The venv's tools first on PATH: openapi-python-client's post-hooks call `ruff`, and
# without it they fail quietly and the peer skips formatting (and looks faster).
CHILD_ENV = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
# fastapi-code-generator spends minutes on GitHub's document before it fails; past this
# it counts as failed, so `make bench` stays within its 15 minutes.
PEER_SERVER_TIMEOUT = 90.0
ROUTE = re.compile(r"^@\w+\.(get|put|post|delete|patch|head|options|trace)\(", re.MULTILINE)


@dataclass(frozen=True)
class Run:
    """One timed process."""

    seconds: float
    peak_mb: float
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def failure(self) -> str:
        """Why the run failed: its first error line (or its last line), paths shortened."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        lines = [line for line in lines if not line.startswith(("│", "╭", "╰"))]
        error = next((line for line in lines if "error" in line.lower()), "")
        why = error or (lines[-1] if lines else "")
        for prefix in (str(REPO / ".cache" / "corpus" / "docs") + "/", str(REPO) + "/"):
            why = why.replace(prefix, "")
        return f"exit {self.returncode}: {why[:300]}" if why else f"exit {self.returncode}"


def timed_run(command: Sequence[str], cwd: Path, timeout: float) -> Run:
    """Run `command`, returning its wall time, peak RSS (MB) and combined output."""
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=CHILD_ENV,
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(process.pid, 9)
                _, status, usage = os.wait4(process.pid, 0)
                seconds = time.perf_counter() - start
                output.seek(0)
                text = output.read().decode("utf-8", "replace")
                return Run(
                    seconds, usage.ru_maxrss / 1024, -9, text + f"\ntimed out after {timeout:.0f} s"
                )
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, text)


def count_operation_modules(project: Path) -> int:
    """Operation modules in a generated client (`<package>/api/<tag>/<operation>.py`)."""
    return sum(
        1
        for path in project.glob("*/api/*/*.py")
        if path.name != "__init__.py" and "__pycache__" not in path.parts
    )


def count_routes(project: Path) -> int:
    """Route decorators (`@router.get(`, `@app.post(`, ...) in a generated server."""
    return sum(
        len(ROUTE.findall(path.read_text(encoding="utf-8", errors="replace")))
        for path in project.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def tree_digest(root: Path) -> str:
    """sha256 over every file's path and bytes: equal digests mean byte-identical trees."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def specbind_command(target: str, document: Path, out: Path) -> list[str]:
    return [
        str(VENV_BIN / "specbind"),
        "generate",
        target,
        "--spec",
        str(document),
        "--out",
        str(out),
    ]


def peer_client_command(document: Path, out: Path) -> list[str]:
    return [
        str(VENV_BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(document),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def _alternate(
    runs: int,
    ours: Sequence[str] | None,
    peer: Sequence[str] | None,
    timeout: float,
    peer_timeout: float | None = None,
    outputs: Sequence[Path] = (),
) -> tuple[list[Run], list[Run]]:
    """Our runs and the peer's, interleaved so drift in the machine hits both alike.

    `outputs` are removed before every run: each run is a whole first generation, not
    specbind's skip of an unchanged one (that is the regeneration figure).
    """
    mine: list[Run] = []
    theirs: list[Run] = []
    for _ in range(runs):
        for output in outputs:
            shutil.rmtree(output, ignore_errors=True)
        if ours is not None:
            mine.append(timed_run(ours, REPO, timeout))
        if peer is not None:
            theirs.append(timed_run(peer, REPO, peer_timeout or timeout))
        # A failure is a failure: repeating it only costs time.
        if ours is not None and not mine[-1].ok:
            ours = None
        if peer is not None and not theirs[-1].ok:
            peer = None
    return mine, theirs


def _sample(runs: list[Run], attribute: str, unit: str) -> Sample | None:
    good = [getattr(run, attribute) for run in runs if run.ok]
    return Sample(tuple(good), unit) if good and all(run.ok for run in runs) else None


def _failure(runs: list[Run]) -> str:
    failed = next((run for run in runs if not run.ok), None)
    return failed.failure() if failed else ""


def client_generation(
    name: str, document: Path, runs: int, work: Path, timeout: float
) -> tuple[Figure, Figure]:
    """Figure 1 (time) and figure 6 (peak memory) for one document."""
    ours_out = work / f"client-{name}-ours"
    peer_out = work / f"client-{name}-peer"
    mine, theirs = _alternate(
        runs,
        specbind_command("client", document, ours_out),
        peer_client_command(document, peer_out),
        timeout,
        outputs=(ours_out, peer_out),
    )
    operations = _document_operations(document)
    ours_ops = count_operation_modules(ours_out / "client") if mine and mine[-1].ok else 0
    peer_ops = count_operation_modules(peer_out) if theirs and theirs[-1].ok else 0
    note = f"operations: document {operations}, specbind {ours_ops}, peer {peer_ops}"
    time_figure = Figure(
        figure="client generation",
        document=name,
        ours=_sample(mine, "seconds", "s"),
        peer=_sample(theirs, "seconds", "s"),
        peer_name="openapi-python-client",
        target=Target("at_most", 1.0),
        failure=_failure(mine),
        peer_failure=_failure(theirs),
        note=note,
        extra={"operations": {"document": operations, "ours": ours_ops, "peer": peer_ops}},
    )
    memory_figure = Figure(
        figure="client generation peak RSS",
        document=name,
        ours=_sample(mine, "peak_mb", "MB"),
        peer=_sample(theirs, "peak_mb", "MB"),
        peer_name="openapi-python-client",
        target=None,
        failure=_failure(mine),
        peer_failure=_failure(theirs),
        note="beside the peer; no target",
    )
    return time_figure, memory_figure


def regeneration(name: str, document: Path, runs: int, work: Path, timeout: float) -> Figure:
    """Figure 3: `specbind generate` (client and server) again on unchanged inputs."""
    out = work / f"regen-{name}"
    command = [str(VENV_BIN / "specbind"), "generate", "--spec", str(document), "--out", str(out)]
    first = timed_run(command, REPO, timeout)
    if not first.ok:
        return Figure(
            "regeneration, nothing changed",
            name,
            None,
            None,
            "",
            Target("at_most", 1.0, True),
            failure=f"first generation failed: {first.failure()}",
        )
    before = tree_digest(out)
    again = [timed_run(command, REPO, timeout) for _ in range(runs)]
    identical = all(run.ok for run in again) and tree_digest(out) == before
    return Figure(
        figure="regeneration, nothing changed",
        document=name,
        ours=_sample(again, "seconds", "s"),
        peer=None,
        peer_name="",
        target=Target("at_most", 1.0, absolute=True),
        failure=_failure(again) or ("" if identical else "output changed between runs"),
        note=f"client + server; first generation {first.seconds:.1f} s; "
        + ("byte-identical" if identical else "NOT byte-identical"),
    )


def fastapi_codegen_bin() -> tuple[Path | None, str]:
    """fastapi-code-generator in its own virtualenv (its pins clash with ours), installed once."""
    return bench_venv("fastapi-code-generator", FASTAPI_CODEGEN, "fastapi-codegen")


def bench_venv(name: str, requirement: str, executable: str) -> tuple[Path | None, str]:
    """`bin/<executable>` of a virtualenv under `.cache/bench-venvs/<name>` with
    `requirement` installed, made once; (None, why) when pip cannot install it (no
    registry, no such version)."""
    venv = BENCH_VENVS / name
    exe = venv / "bin" / executable
    installed = venv / ".installed"  # written last: a venv pip did not finish is made again
    if exe.exists() and installed.exists() and installed.read_text() == requirement:
        return exe, ""
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    steps = (
        [sys.executable, "-m", "venv", str(venv)],
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            requirement,
        ],
    )
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, check=False, timeout=600)
        if result.returncode != 0:
            shutil.rmtree(venv, ignore_errors=True)
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:]
            return None, f"could not install {requirement}: {' '.join(tail)[:160]}"
    if not exe.exists():
        return None, f"{requirement} installed no {executable}"
    installed.write_text(requirement)
    return exe, ""


def server_generation(
    name: str, document: Path, runs: int, work: Path, timeout: float
) -> tuple[Figure, Figure]:
    """Figure 2 (time) and its peak memory: `specbind generate server` against
    fastapi-code-generator."""
    ours_out = work / f"server-{name}-ours"
    peer_out = work / f"server-{name}-peer"
    exe, install_failure = fastapi_codegen_bin()
    peer = None
    if exe is not None:
        peer = [str(exe), "--input", str(document), "--output", str(peer_out)]
    mine, theirs = _alternate(
        runs,
        specbind_command("server", document, ours_out),
        peer,
        timeout,
        PEER_SERVER_TIMEOUT,
        outputs=(ours_out, peer_out),
    )
    operations = _document_operations(document)
    ours_routes = count_routes(ours_out / "server") if mine and mine[-1].ok else 0
    peer_routes = count_routes(peer_out) if theirs and theirs[-1].ok else 0
    time_figure = Figure(
        figure="server-stub generation",
        document=name,
        ours=_sample(mine, "seconds", "s"),
        peer=_sample(theirs, "seconds", "s"),
        peer_name=FASTAPI_CODEGEN,
        target=Target("at_most", 1.0),
        failure=_failure(mine),
        peer_failure=install_failure or _failure(theirs),
        note=f"routes: document {operations}, specbind {ours_routes}, peer {peer_routes}",
    )
    memory_figure = Figure(
        figure="server-stub generation peak RSS",
        document=name,
        ours=_sample(mine, "peak_mb", "MB"),
        peer=_sample(theirs, "peak_mb", "MB"),
        peer_name=FASTAPI_CODEGEN,
        target=None,
        failure=_failure(mine),
        peer_failure=install_failure or _failure(theirs),
        note="beside the peer; no target",
    )
    return time_figure, memory_figure


def _document_operations(document: Path) -> int:
    from specbind.openapi.document import load_document
    from specbind.openapi.validate import iter_operations

    return sum(1 for _ in iter_operations(load_document(document).data))
