"""What every generator does around its rendering: skip, stage, stamp, format, record.

A generation is skipped when its inputs and output have not changed
(`specbind.freshness`); otherwise it renders into a staging directory beside the target,
which gets the release state (`specbind.versioning.stamp_release`), is formatted, records
its inputs and files, and replaces the target whole. The client and server generators
differ only in what they render.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from specbind.config import Config
from specbind.errors import Problem
from specbind.freshness import fresh_record, inputs_digest, listed_files, write_record
from specbind.fsutil import staged_directory
from specbind.progress import NO_PROGRESS, Progress
from specbind.render.formatting import format_project
from specbind.versioning import stamp_release


@dataclass(frozen=True)
class Generation:
    """What one run produced, or found already there."""

    out_dir: Path
    package: str
    operation_count: int
    files: tuple[Path, ...]
    # What the generator degraded to keep the whole document (a schema typed `Any`, ...).
    warnings: tuple[Problem, ...] = ()


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
