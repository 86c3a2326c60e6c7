"""Build a package project's sdist and wheel with `python -m build`, reproducibly.

The project is copied into a scratch directory first: setuptools writes `build/` and
`*.egg-info/` beside the sources, and generated/ is written only by the generators.
`SOURCE_DATE_EPOCH` fixes every timestamp the wheel records, so two builds of the same
project give byte-identical wheels. The sdist that setuptools writes still carries file
times, owners and a gzip header time, so it is repacked with those normalised: sorted
members, the same epoch for every mtime, root-owned, modes 644/755, gzip mtime = epoch.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from specbind.errors import SpecbindError
from specbind.fsutil import write_file_atomic
from specbind.processes import run

# Left behind by earlier builds or tools; never part of what is built.
_NOT_SOURCES = ("build", "dist", ".git", ".venv", ".mypy_cache", ".pytest_cache", ".ruff_cache")
# 1980-01-01: the earliest time a zip file can record.
ZIP_EPOCH = 315532800


@dataclass(frozen=True)
class BuiltFiles:
    """The two files one build produced, in the output directory."""

    sdist: Path
    wheel: Path


def build_project(
    project_dir: Path, out_dir: Path, *, epoch: int, isolation: bool = True
) -> BuiltFiles:
    """Build `project_dir` into `out_dir` (sdist and wheel), every timestamp set to `epoch`.

    `isolation=False` builds with the running interpreter's setuptools instead of a fresh
    build environment (faster, offline; the backend must be installed).
    """
    if not (project_dir / "pyproject.toml").is_file():
        raise SpecbindError(f"{project_dir}: not a package project (no pyproject.toml)")
    epoch = max(epoch, ZIP_EPOCH)
    with tempfile.TemporaryDirectory(prefix="specbind-build-") as scratch:
        source = Path(scratch) / "project"
        shutil.copytree(project_dir, source, ignore=_ignore_build_leftovers)
        built = Path(scratch) / "dist"
        _run_build(source, built, epoch=epoch, isolation=isolation)
        wheels = sorted(built.glob("*.whl"))
        sdists = sorted(built.glob("*.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            names = ", ".join(p.name for p in sorted(built.iterdir())) or "nothing"
            raise SpecbindError(
                f"{project_dir}: expected one wheel and one sdist from the build, got {names}"
            )
        out_dir.mkdir(parents=True, exist_ok=True)
        wheel = out_dir / wheels[0].name
        write_file_atomic(wheel, wheels[0].read_bytes())
        sdist = out_dir / sdists[0].name
        write_file_atomic(sdist, normalised_sdist(sdists[0].read_bytes(), epoch))
    for path in (wheel, sdist):
        path.chmod(0o644)  # atomic writes start private; distributions are for sharing
    return BuiltFiles(sdist=sdist, wheel=wheel)


def _ignore_build_leftovers(directory: str, names: list[str]) -> set[str]:
    return {
        name
        for name in names
        if name in _NOT_SOURCES or name == "__pycache__" or name.endswith(".egg-info")
    }


def _run_build(source: Path, out_dir: Path, *, epoch: int, isolation: bool) -> None:
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out_dir)]
    if not isolation:
        command.append("--no-isolation")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
    result = run([*command, str(source)], env=env, merge_stderr=True)
    if result.returncode != 0:
        summary = failure_summary(result.stdout)
        raise SpecbindError(f"python -m build failed (exit {result.returncode}):\n{summary}")


def failure_summary(output: str, lines: int = 12) -> str:
    """The last lines of a build's output that say what went wrong, without traceback frames."""
    kept = [
        line.rstrip()
        for line in output.splitlines()
        if line.strip()
        and not line.startswith(("Traceback ", "  File ", "    ", "TIP "))
        and set(line.strip()) != {"^"}
    ]
    return "\n".join(kept[-lines:])


def normalised_sdist(data: bytes, epoch: int) -> bytes:
    """The sdist `data` (a .tar.gz) repacked so that equal contents give equal bytes."""
    members: list[tuple[tarfile.TarInfo, bytes | None]] = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            if member.isfile():
                handle = tar.extractfile(member)
                members.append((member, handle.read() if handle is not None else b""))
            elif member.isdir():
                members.append((member, None))
            else:
                raise SpecbindError(
                    f"sdist member {member.name!r} is neither a file nor a directory; "
                    "it cannot be packed reproducibly"
                )
    buffer = io.BytesIO()
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=epoch) as compressed,
        tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as out,
    ):
        for member, content in sorted(members, key=lambda item: item[0].name):
            info = tarfile.TarInfo(member.name)
            info.mtime = epoch
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if content is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                out.addfile(info)
            else:
                info.mode = 0o755 if member.mode & 0o111 else 0o644
                info.size = len(content)
                out.addfile(info, io.BytesIO(content))
    return buffer.getvalue()
