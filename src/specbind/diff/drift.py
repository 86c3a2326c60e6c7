"""Is generated/ exactly what spec/ and templates/ produce? The drift check behind `make check`.

Everything is regenerated into a temporary directory and compared file by file with
generated/. The package version and CHANGELOG.md are release state: the generators
carry them from generated/ (the scratch generation reads its history there, see
`specbind.versioning.stamp_release`), and the version asked for is the committed one;
anything else that differs is drift: a hand edit, a template changed without
regenerating, or a generator that is not deterministic.
"""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from specbind.config import Config
from specbind.freshness import RECORD_FILE
from specbind.openapi.store import SpecStore
from specbind.upgrade import (
    Generator,
    default_generators,
    project_version,
    run_generator,
)

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


def check_drift(config: Config, generators: Mapping[str, Generator] | None = None) -> DriftReport:
    """Regenerate client and server for the current spec version and compare."""
    chosen = dict(generators) if generators is not None else default_generators()
    spec_path = SpecStore(config).path_for(config.spec_version)
    with tempfile.TemporaryDirectory(prefix="specbind-check-") as scratch:
        fresh_root = Path(scratch) / "generated"
        fresh_root.mkdir()
        outputs = {
            "client": fresh_root / config.client_output.name,
            "server": fresh_root / config.server_output.name,
        }
        currents = {"client": config.client_output, "server": config.server_output}
        for name, generate in chosen.items():
            # `config` itself: its outputs are the history the generators read their
            # release state from (the stamp, the CHANGELOG); they write only to outputs
            version = project_version(currents[name])
            run_generator(generate, config, spec_path, outputs[name], version)
        return compare_trees(fresh_root, config.output_dir)
