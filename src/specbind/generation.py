"""What every generator is and does around its rendering, and the check that they agree
with what is committed.

A generator (`Generator`: the client's, the server's, named in `specbind.generators`)
takes the configuration, the document (`SpecRef`) and an output directory, and returns a
`Generation`. Its run is skipped when its inputs and output have not changed
(`specbind.freshness`); otherwise it renders into a staging directory beside the target,
which gets the release state (`specbind.versioning.stamp_release`), is formatted, records
its inputs and files, and replaces the target whole. The client and server generators
differ only in what they render.

`check_drift` (`specbind check`, `make check`) asks whether generated/ is exactly what
spec/ and templates/ produce: everything is regenerated into a temporary directory and
compared file by file with generated/. The package version and CHANGELOG.md are release
state: the generators carry them from generated/ (the scratch generation reads its
history there, see `specbind.versioning.stamp_release`), and the version asked for is the
committed one; anything else that differs is drift: a hand edit, a template changed
without regenerating, or a generator that is not deterministic.
"""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

from specbind.config import Config
from specbind.errors import Problem
from specbind.freshness import (
    RECORD_FILE,
    fresh_record,
    inputs_digest,
    listed_files,
    write_record,
)
from specbind.fsutil import staged_directory
from specbind.openapi.specref import SpecRef
from specbind.openapi.store import SpecStore
from specbind.progress import NO_PROGRESS, Progress
from specbind.render.formatting import format_project
from specbind.versioning import pyproject_version, stamp_release


@dataclass(frozen=True)
class Generation:
    """What one run produced, or found already there."""

    out_dir: Path
    package: str
    operation_count: int
    files: tuple[Path, ...]
    # What the generator degraded to keep the whole document (a schema typed `Any`, ...).
    warnings: tuple[Problem, ...] = ()


class Generator(Protocol):
    """A package generator (`specbind.client.generate_client`, `...server.generate_server`).

    It renders the package project for `spec` into `out_dir` under `config`'s names;
    `package_version` (an upgrade's bump, the drift check's committed one) is the version
    it writes everywhere it shows one; steps go to `progress`.
    """

    def __call__(
        self,
        config: Config,
        spec: SpecRef,
        out_dir: Path,
        *,
        package_version: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Generation: ...


@dataclass
class Staging:
    """A generation in progress: where to render, with which version; the generator
    sets how many operations it rendered and what it had to degrade."""

    directory: Path
    version: str
    operation_count: int = 0
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class GenerationJob:
    """One generator run's fixed facts."""

    kind: str  # "client" or "server": its templates, history and formatting
    config: Config
    spec_path: Path
    out_dir: Path
    package: str
    package_version: str | None = None
    progress: Progress = NO_PROGRESS

    @property
    def templates(self) -> Path:
        return self.config.templates_dir / self.kind

    @cached_property
    def inputs(self) -> str:
        return inputs_digest(self.kind, self.config, self.spec_path, self.templates)

    def up_to_date(self) -> Generation | None:
        """The existing output, when it was made from the same inputs and is intact."""
        record = fresh_record(self.out_dir, self.inputs, self.package_version)
        if record is None:
            return None
        return Generation(self.out_dir, self.package, record.operations, listed_files(self.out_dir))

    @contextmanager
    def staged(self) -> Iterator[Staging]:
        """Render into the yielded staging directory; on success it becomes `out_dir`."""
        inputs = self.inputs
        with staged_directory(self.out_dir) as directory:
            version = stamp_release(
                self.out_dir,
                directory,
                self.config.spec_version,
                self.spec_path,
                self.templates,
                self.package_version,
                history=self.config.output_dir / self.kind,
                api=self.config.api,
            )
            staging = Staging(directory, version)
            yield staging
            self.progress.stage(f"{self.kind}: formatting")
            format_project(directory, self.kind)
            write_record(directory, inputs, staging.operation_count)

    def result(self, staging: Staging) -> Generation:
        files = listed_files(self.out_dir)
        return Generation(
            self.out_dir, self.package, staging.operation_count, files, tuple(staging.warnings)
        )


# -- the drift check ---------------------------------------------------------------------

# directories and files tools create beside sources; they are never compared. The
# freshness record is a cache key (it hashes specbind's own sources too), not output: a
# toolchain change that produces the same files is no drift.
_IGNORED_PARTS = frozenset(
    {
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        "build",
        "dist",
        ".venv",
        RECORD_FILE,
    }
)


@dataclass
class DriftReport:
    """Paths relative to the output directory, sorted."""

    differing: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # produced, but not in generated/
    extra: list[str] = field(default_factory=list)  # in generated/, but not produced
    details: dict[str, str] = field(default_factory=dict)  # differing file -> unified diff

    @property
    def clean(self) -> bool:
        return not (self.differing or self.missing or self.extra)


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part in _IGNORED_PARTS or part.endswith(".egg-info") for part in relative.parts):
            continue
        if path.is_file() and path.suffix != ".pyc":
            found[relative.as_posix()] = path
    return found


def compare_trees(expected: Path, actual: Path) -> DriftReport:
    """How `actual` differs from `expected`, file by file, byte for byte."""
    wanted, present = _files(expected), _files(actual)
    report = DriftReport()
    for name in sorted(wanted.keys() | present.keys()):
        if name not in present:
            report.missing.append(name)
        elif name not in wanted:
            report.extra.append(name)
        elif wanted[name].read_bytes() != present[name].read_bytes():
            report.differing.append(name)
            report.details[name] = _unified(wanted[name], present[name], name)
    return report


def _unified(expected: Path, actual: Path, name: str, limit: int = 30) -> str:
    """The first lines of how `actual` differs from what the generators produce."""
    try:
        produced = expected.read_text(encoding="utf-8").splitlines()
        found = actual.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return "(binary files differ)"
    lines = list(
        difflib.unified_diff(
            produced, found, f"generated: {name}", f"committed: {name}", n=1, lineterm=""
        )
    )
    if not lines:  # same text, other line endings or trailing newline
        return "(the files differ only in line endings or the final newline)"
    return "\n".join([*lines[:limit], *(["..."] if len(lines) > limit else [])])


def check_drift(config: Config, generators: Mapping[str, Generator]) -> DriftReport:
    """Regenerate each of `generators` for the current spec version and compare."""
    spec = SpecStore(config).ref(config.spec_version)
    with tempfile.TemporaryDirectory(prefix="specbind-check-") as scratch:
        fresh_root = Path(scratch) / "generated"
        fresh_root.mkdir()
        outputs = {
            "client": fresh_root / config.client_output.name,
            "server": fresh_root / config.server_output.name,
        }
        currents = {"client": config.client_output, "server": config.server_output}
        for name, generate in generators.items():
            # `config` itself: its outputs are the history the generators read their
            # release state from (the stamp, the CHANGELOG); they write only to outputs
            version = pyproject_version(currents[name])
            generate(config, spec, outputs[name], package_version=version)
        return compare_trees(fresh_root, config.output_dir)
