"""A release of the generated packages: its kind, its version and its CHANGELOG entry.

The new package version of an upgrade (documented in the README):

    new = max(package_version(new spec version), old package version bumped by the diff)

where the bump is major when anything breaks (on the wire, or in the generated package's
Python API), minor when something was added, patch otherwise. The package version follows
the spec's release when that is ahead, and the semver promise when the spec's numbering
would understate a break (or go backwards).

The diff itself is `specbind.diff`'s; this module takes what it needs of a report by shape
(`DiffSummary`), so the project's release rules sit below the stages that compute changes.
"""

from __future__ import annotations

from collections.abc import Sequence, Sized
from datetime import date
from pathlib import Path
from typing import Literal, Protocol

from packaging.version import InvalidVersion, Version

from specbind.errors import SpecbindError
from specbind.freshness import refresh_record
from specbind.versioning import CHANGELOG, package_version, prepend_changelog

SemverBump = Literal["major", "minor", "patch"]


class DiffSummary(Protocol):
    """What a release reads of a diff report (`specbind.diff.DiffReport`)."""

    @property
    def old_version(self) -> str: ...
    @property
    def new_version(self) -> str: ...
    @property
    def changes(self) -> Sized: ...
    @property
    def breaking(self) -> Sized: ...
    @property
    def semver_bump(self) -> SemverBump: ...


def bump(version: str, kind: SemverBump) -> str:
    """`4.2.1` bumped: major -> 5.0.0, minor -> 4.3.0, patch -> 4.2.2 (suffixes dropped)."""
    try:
        release = Version(version).release
    except InvalidVersion:
        raise SpecbindError(f"package version {version!r} is not a PEP 440 version") from None
    major, minor, patch = (*release, 0, 0, 0)[:3]
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def next_package_version(old: str | None, new_spec_version: str, kind: SemverBump) -> str:
    """max(package_version(new spec), old bumped by `kind`); the spec's alone with no old."""
    from_spec = package_version(new_spec_version)
    if old is None:
        return from_spec
    return str(max(Version(from_spec), Version(bump(old, kind))))


def is_older(candidate: str, current: str) -> bool:
    """Whether spec version `candidate` comes before `current` (False when either has no
    numeric release to compare)."""
    try:
        return Version(package_version(candidate)) < Version(package_version(current))
    except SpecbindError:
        return False


def release_kind(report: DiffSummary, python: Sequence[object] | None) -> SemverBump:
    """The diff's bump, made major when the client's Python API breaks anyway.

    A change the wire does not notice (an operationId renamed) still renames a method
    of the generated client, and code calling it breaks: semver is about that code.
    """
    return "major" if python else report.semver_bump


def changelog_entry(
    report: DiffSummary,
    version: str,
    day: date,
    python: Sequence[object] | None,
    api: str,
    sections: Sequence[str],
    kind: SemverBump | None = None,
) -> str:
    """One CHANGELOG section: the version, the date, the spec change, then `sections`
    (the diff's Markdown: what changed and what it breaks for the package's users)."""
    breaking = len(report.breaking)
    python_note = f" and {len(python)} Python API break(s)" if python else ""
    lines = [
        f"## {version} ({day.isoformat()})",
        "",
        f"Regenerated from {api} {report.new_version} (was {report.old_version}). "
        f"{len(report.changes)} change(s), {breaking} breaking{python_note}: "
        f"a {kind or release_kind(report, python)} release.",
        "",
        *sections,
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def add_changelog_entry(project: Path, previous_project: Path, entry: str) -> None:
    """Write `project`'s CHANGELOG.md: `entry` on top of `previous_project`'s entries.

    The CHANGELOG is part of the project, so its freshness record is brought up to date.
    """
    previous = previous_project / CHANGELOG
    text = previous.read_text(encoding="utf-8") if previous.is_file() else None
    (project / CHANGELOG).write_text(prepend_changelog(text, entry), "utf-8")
    refresh_record(project)
