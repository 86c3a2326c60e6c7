"""Skipping a generation whose inputs and output have not changed.

Regenerating is the common case (CI, `make generate`, `specbind check`), and most runs
change nothing. Each generated project carries a record (`.specbind-outputs.json`) of
what it was made from and what it holds:

- `inputs`: sha256 over the generator's kind, the generator fingerprint of
  `specbind.versioning` (the spec's bytes, every template file, specbind's version), the
  configuration values that shape the output (names, spec version; not paths) and
  specbind's own source files, so an edited generator (an editable install between two
  releases) regenerates instead of reporting stale output as up to date;
- `outputs`: sha256 over every other file of the project (path and bytes), so a hand
  edit, a deleted file or a stray one is seen and the project is regenerated;
- `operations`: what the generator reported, so a skipped run reports the same.

The package version needs no entry of its own: it follows from the stamp in the project
(an output) and the fingerprint (an input), and a version asked for must be the one the
project has. Only a first generation into an empty directory reads another project's
stamp, and that one has no record to match.

Equal inputs and an intact output mean the generation would write the same bytes again:
the generator returns at once. This module imports nothing heavy, so the check costs
a hash of the project, not the generator's start-up.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from specbind.config import Config
from specbind.errors import SpecbindError
from specbind.fsutil import write_file_atomic
from specbind.versioning import generator_fingerprint, pyproject_version, read_stamp

RECORD_FILE = ".specbind-outputs.json"
TOOLCHAIN_SOURCE = Path(__file__).resolve().parent
# Directories that tools create beside the code and that are not part of the output.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


@dataclasses.dataclass(frozen=True)
class OutputRecord:
    """What a generated project was made from and what it holds."""

    inputs: str
    outputs: str
    operations: int

    def to_bytes(self) -> bytes:
        """Stable JSON: no timestamps, sorted keys, so the record itself is reproducible."""
        data = dataclasses.asdict(self)
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


@functools.cache
def toolchain_digest() -> str:
    """sha256 over specbind's own Python sources (path and bytes); caches are not code."""
    digest = hashlib.sha256()
    for path in sorted(TOOLCHAIN_SOURCE.rglob("*.py")):
        digest.update(path.relative_to(TOOLCHAIN_SOURCE).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def inputs_digest(
    kind: str,
    config: Config,
    spec_path: Path,
    templates_dir: Path,
) -> str:
    """sha256 over everything a generation's bytes depend on (see the module docstring)."""
    shaping = {
        field.name: getattr(config, field.name)
        for field in dataclasses.fields(config)
        if not isinstance(getattr(config, field.name), Path)
    }
    digest = hashlib.sha256()
    digest.update(f"kind\0{kind}\n".encode())
    digest.update(f"fingerprint\0{generator_fingerprint(spec_path, templates_dir)}\n".encode())
    digest.update(f"config\0{json.dumps(shaping, sort_keys=True, default=str)}\n".encode())
    digest.update(f"toolchain\0{toolchain_digest()}\n".encode())
    return digest.hexdigest()


def project_files(project: Path) -> list[Path]:
    """The project's files (relative, sorted), without the record and tool caches."""
    files = []
    for path in project.rglob("*"):
        relative = path.relative_to(project)
        if relative.parts and relative.parts[0] == RECORD_FILE:
            continue
        if IGNORED_DIRS.intersection(relative.parts[:-1]) or not path.is_file():
            continue
        files.append(relative)
    return sorted(files)


def listed_files(project: Path) -> tuple[Path, ...]:
    """What a generator reports having written: the project's files (not its record)."""
    return tuple(project_files(project))


def outputs_digest(project: Path) -> str:
    """sha256 over every file's relative path and bytes: equal digests, equal trees."""
    digest = hashlib.sha256()
    for relative in project_files(project):
        digest.update(relative.as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((project / relative).read_bytes()).digest())
    return digest.hexdigest()


def read_record(project: Path) -> OutputRecord | None:
    """The project's record, or None when it is missing or unreadable (then: regenerate)."""
    try:
        data: Any = json.loads((project / RECORD_FILE).read_text(encoding="utf-8"))
        return OutputRecord(
            inputs=str(data["inputs"]),
            outputs=str(data["outputs"]),
            operations=int(data["operations"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def fresh_record(
    project: Path, inputs: str, package_version: str | None = None
) -> OutputRecord | None:
    """The record when `project` was generated from `inputs` and is intact, else None.

    A requested `package_version` (an upgrade's bump, the drift check's current one) must
    be the one the project already has; without one, the version follows from the stamp
    in the project and the fingerprint, both covered.
    """
    record = read_record(project)
    if record is None or record.inputs != inputs:
        return None
    if package_version is not None and _stamped_version(project) != package_version:
        return None
    if outputs_digest(project) != record.outputs:
        return None
    return record


def _stamped_version(project: Path) -> str | None:
    """The package version a generated project has: its stamp's, else its pyproject's."""
    try:
        stamp = read_stamp(project)
    except SpecbindError:
        stamp = None
    if stamp is not None:
        return stamp.package_version
    return pyproject_version(project)


def write_record(project: Path, inputs: str, operations: int) -> OutputRecord:
    """Record `project`'s inputs and its files as they are now (call it last, in staging)."""
    record = OutputRecord(inputs=inputs, outputs=outputs_digest(project), operations=operations)
    write_file_atomic(project / RECORD_FILE, record.to_bytes())
    return record


def refresh_record(project: Path) -> OutputRecord | None:
    """Re-record `project`'s files after a release step (an upgrade's CHANGELOG) added some.

    The inputs stay: the generation is the same, only the project grew. A project without
    a record (made by a generator that keeps none) stays without one.
    """
    record = read_record(project)
    if record is None:
        return None
    return write_record(project, record.inputs, record.operations)


def unchanged_generation(
    kind: str, config: Config, spec_path: Path, out_dir: Path
) -> OutputRecord | None:
    """The record of `out_dir` when `specbind generate <kind>` would rewrite it unchanged.

    For the command line, before it imports a generator (and its engine): the templates
    are `config.templates_dir / kind`, and no package version is asked for.
    """
    return fresh_record(
        out_dir, inputs_digest(kind, config, spec_path, config.templates_dir / kind)
    )
