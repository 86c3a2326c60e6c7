"""Move the bindings to a new spec version in one all-or-nothing step.

`upgrade` obtains the new document, diffs it against the current one, regenerates the
client and the server stubs, gives both packages their new version and a CHANGELOG
entry, and moves `spec-version` in pyproject.toml. Everything is built in staging
directories beside spec/ and generated/; only when all of it succeeded are they
swapped in, and a failure during the swap puts back what was there. So a failed
upgrade leaves spec/, generated/ and pyproject.toml byte for byte as they were.

The new package version (documented in the README):

    new = max(package_version(new spec version), old package version bumped by the diff)

where the bump is major when anything breaks, minor when something was added, patch
otherwise. The package version follows the spec's release when that is ahead, and the
semver promise when the spec's numbering would understate a break (or go backwards).
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packaging.version import InvalidVersion, Version

from specbind.config import Config, with_spec_version
from specbind.diff import DiffReport, SemverBump, diff_documents
from specbind.diff.python_api import ApiBreak, compare_clients, compare_packages
from specbind.diff.render import markdown_sections
from specbind.errors import DocumentError, Severity, SpecbindError
from specbind.freshness import refresh_record
from specbind.fsutil import new_staging, recover_directory, write_file_atomic
from specbind.openapi.document import document_format, load_document, parse_document
from specbind.openapi.store import SpecStore, safe_version
from specbind.openapi.validate import validate_document
from specbind.progress import NO_PROGRESS, Progress
from specbind.versioning import CHANGELOG, package_version, prepend_changelog

if TYPE_CHECKING:
    from specbind.fetch import FetchOptions

# generate(config, spec path, output directory[, package_version=...]) -> anything
Generator = Callable[..., Any]
_PROJECT_HEADER = re.compile(r"^\s*\[\s*project\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_VERSION_LINE = re.compile(r"""^(?P<head>\s*version\s*=\s*)(?P<q>["'])(?P<value>[^"']*)(?P=q)""")
_DUNDER_VERSION = re.compile(r"""^__version__\s*=\s*(["'])(?P<value>[^"']*)\1""", re.MULTILINE)


def run_generator(
    generate: Generator,
    config: Config,
    spec_path: Path,
    out_dir: Path,
    version: str | None,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Run one generator, handing it the package version and `progress` when it takes them.

    A generator that takes `package_version=` writes the version everywhere it shows
    it (README, metadata); otherwise `set_project_version` rewrites the lines after it.
    """
    accepted = inspect.signature(generate).parameters
    options: dict[str, Any] = {}
    if version is not None and "package_version" in accepted:
        options["package_version"] = version
    if "progress" in accepted:
        options["progress"] = progress
    generate(config, spec_path, out_dir, **options)


def default_generators() -> dict[str, Generator]:
    """The client and server generators, imported only when an upgrade runs."""
    try:
        from specbind.client import generate_client
        from specbind.server import generate_server
    except ImportError as exc:
        raise SpecbindError(f"a generator is not available in this installation: {exc}") from None
    return {"client": generate_client, "server": generate_server}


# -- versions -------------------------------------------------------------------------


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


def project_version(project_dir: Path) -> str | None:
    """The `[project] version` of the package project in `project_dir`, if it has one."""
    pyproject = project_dir / "pyproject.toml"
    if not pyproject.is_file():
        return None
    in_project = False
    for line in pyproject.read_text(encoding="utf-8").splitlines():
        if _PROJECT_HEADER.match(line):
            in_project = True
        elif _ANY_HEADER.match(line):
            in_project = False
        elif in_project and (match := _VERSION_LINE.match(line)):
            return match["value"]
    return None


def set_project_version(project_dir: Path, package: str, version: str) -> list[Path]:
    """Write `version` into the project's pyproject.toml and `__version__`, if present.

    The generators give a package the version of its spec; an upgrade may have to give
    it a higher one, so the one line that states it is rewritten in place.
    """
    changed: list[Path] = []
    pyproject = project_dir / "pyproject.toml"
    if not pyproject.is_file():
        raise SpecbindError(f"{pyproject}: the generated package project has no pyproject.toml")
    lines = pyproject.read_text(encoding="utf-8").splitlines(keepends=True)
    in_project, done = False, False
    for index, line in enumerate(lines):
        if _PROJECT_HEADER.match(line):
            in_project = True
        elif _ANY_HEADER.match(line):
            in_project = False
        elif in_project and not done and (match := _VERSION_LINE.match(line)):
            quote = match["q"]
            lines[index] = f"{match['head']}{quote}{version}{quote}{line[match.end() :]}"
            done = True
    if not done:
        raise SpecbindError(f'{pyproject}: no version = "..." line in its [project] table')
    pyproject.write_text("".join(lines), encoding="utf-8")
    changed.append(pyproject)
    for root in (project_dir, project_dir / "src"):
        init = root / package / "__init__.py"
        if init.is_file():
            text = init.read_text(encoding="utf-8")
            updated = _DUNDER_VERSION.sub(
                lambda m: m.group(0).replace(m["value"], version, 1), text, count=1
            )
            if updated != text:
                init.write_text(updated, encoding="utf-8")
                changed.append(init)
    return changed


# -- the changelog ----------------------------------------------------------------------


def release_kind(report: DiffReport, python: list[ApiBreak] | None) -> SemverBump:
    """The diff's bump, made major when the client's Python API breaks anyway.

    A change the wire does not notice (an operationId renamed) still renames a method
    of the generated client, and code calling it breaks: semver is about that code.
    """
    return "major" if python else report.semver_bump


def changelog_entry(
    report: DiffReport,
    version: str,
    day: date,
    python: list[ApiBreak] | None,
    api: str,
    package: str = "client",
    kind: SemverBump | None = None,
) -> str:
    """One CHANGELOG section: the version, the date, the spec change and what it breaks
    for users of `package` (the client's callers, or the server stubs' implementers)."""
    breaking = len(report.breaking)
    python_note = f" and {len(python)} Python API break(s)" if python else ""
    lines = [
        f"## {version} ({day.isoformat()})",
        "",
        f"Regenerated from {api} {report.new_version} (was {report.old_version}). "
        f"{len(report.changes)} change(s), {breaking} breaking{python_note}: "
        f"a {kind or release_kind(report, python)} release.",
        "",
        *markdown_sections(report, python, heading="###", package=package),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


# -- the staged, all-or-nothing step ----------------------------------------------------


@dataclass(frozen=True)
class UpgradeResult:
    old_spec_version: str
    new_spec_version: str
    spec_path: Path
    report: DiffReport
    python_breaks: list[ApiBreak] | None
    old_package_version: str | None
    new_package_version: str
    release_kind: SemverBump
    changelog_entry: str


def _is_older(candidate: str, current: str) -> bool:
    """Whether spec version `candidate` comes before `current` (False when either has no
    numeric release to compare)."""
    try:
        return Version(package_version(candidate)) < Version(package_version(current))
    except SpecbindError:
        return False


@dataclass(frozen=True)
class UpgradeCheck:
    """What `specbind upgrade --check` found at a source, without changing anything."""

    current: str
    offered: str
    available: bool  # a newer spec version than the current one
    note: str


def check_for_upgrade(
    config: Config, source: str, fetch_options: FetchOptions | None = None
) -> UpgradeCheck:
    """Read the document at `source` (a URL or a path) and say whether it is newer."""
    if source.startswith(("http://", "https://")):
        from specbind.fetch import FetchOptions, download

        raw = download(source, fetch_options or FetchOptions()).body
    else:
        path = Path(source)
        if not path.is_file():
            raise SpecbindError(f"{source}: not a URL (http:// or https://) and no such file")
        raw = path.read_bytes()
    document = parse_document(raw, source)
    if not document.version:
        raise DocumentError(f"{source}: the document has no info.version to compare")
    offered = safe_version(document.version, source)
    current = config.spec_version
    if offered == current:
        stored = SpecStore(config).path_for(current)
        same = stored.is_file() and load_document(stored).data == document.data
        note = (
            f"{config.api} {current} is current"
            if same
            else f"{source} serves {current} with other content than the stored copy; "
            "`specbind upgrade --force` takes it"
        )
        return UpgradeCheck(current, offered, False, note)
    if _is_older(offered, current):
        note = f"{source} serves {offered}, older than the current {current}"
        return UpgradeCheck(current, offered, False, note)
    return UpgradeCheck(
        current, offered, True, f"{config.api} {offered} is available (current {current})"
    )


def _store_new_document(
    store: SpecStore, source: str, force: bool, fetch_options: FetchOptions | None = None
) -> Path:
    """Fetch a URL or take a local file into `store` (a staged copy of spec/)."""
    if source.startswith(("http://", "https://")):
        from specbind.fetch import FetchOptions, fetch

        options = dataclasses.replace(fetch_options or FetchOptions(), force=force)
        return fetch(source, store, options).path

    path = Path(source)
    if not path.is_file():
        raise SpecbindError(f"{source}: not a URL (http:// or https://) and no such file")
    raw = path.read_bytes()
    document = parse_document(raw, str(path), document_format(path))
    errors = [p for p in validate_document(document) if p.severity is Severity.ERROR]
    if errors:
        raise SpecbindError(f"{path}: not a valid OpenAPI 3 document; nothing changed", errors)
    if not document.version:
        raise DocumentError(f"{path}: the document has no info.version to store it under")
    version = safe_version(document.version, str(path))
    if version in store.versions() and store.path_for(version).read_bytes() == raw:
        return store.path_for(version)  # already stored as it is: keep its provenance
    stored, _entry = store.store(
        version,
        raw,
        "openapi.json" if document.format == "json" else "openapi.yaml",
        source=str(path.resolve()),
        obtained=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        method="downloaded",
        force=force,
    )
    return stored


def _staging_copy(target: Path) -> Path:
    """A copy of `target` beside it, named so `recover_directory` removes it if abandoned."""
    staging = new_staging(target)
    if target.is_dir():
        shutil.copytree(target, staging, dirs_exist_ok=True, symlinks=True)  # mode included
    else:  # mkdtemp's 0700 would become the new directory's mode: use the umask's default
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)
    return staging


def swap_all(pairs: list[tuple[Path, Path]], files: Mapping[Path, bytes]) -> None:
    """Move each staged directory over its target and write `files`, or undo all of it.

    Each target first moves to `.<name>.previous` (what `recover_directory` restores
    after a crash); the backups are deleted only after every step succeeded.
    """
    done: list[tuple[Path, Path, Path]] = []
    saved = {path: path.read_bytes() if path.exists() else None for path in files}
    written: list[Path] = []
    try:
        for staged, target in pairs:
            previous = target.parent / f".{target.name}.previous"
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
        for path, data in files.items():
            write_file_atomic(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            old = saved[path]
            if old is None:
                path.unlink(missing_ok=True)
            else:
                write_file_atomic(path, old)
        for staged, target, previous in reversed(done):
            os.rename(target, staged)
            if previous.exists():
                os.rename(previous, target)
            shutil.rmtree(staged, ignore_errors=True)
        raise
    for _staged, _target, previous in done:
        shutil.rmtree(previous, ignore_errors=True)


def upgrade(
    config: Config,
    source: str,
    *,
    force: bool = False,
    allow_downgrade: bool = False,
    today: date | None = None,
    generators: Mapping[str, Generator] | None = None,
    fetch_options: FetchOptions | None = None,
    progress: Progress = NO_PROGRESS,
) -> UpgradeResult:
    """Upgrade to the document at `source` (a URL or a path); all of it or nothing.

    A document older than the current one (a mistyped URL, a stale mirror) is refused
    unless `allow_downgrade`: an "upgrade" that goes back is almost never meant. A URL is
    fetched with `fetch_options` (its deadlines and size cap; `force` is this call's).
    """
    for directory in (config.spec_dir, config.output_dir):
        recover_directory(directory)
    store = SpecStore(config)
    old_path = store.path_for(config.spec_version)
    old_document = load_document(old_path)

    staged_spec = _staging_copy(config.spec_dir)
    staged_out = _staging_copy(config.output_dir)
    try:
        staged = dataclasses.replace(config, spec_dir=staged_spec, output_dir=staged_out)
        progress.stage("upgrade: obtaining the new document")
        new_path = _store_new_document(SpecStore(staged), source, force, fetch_options)
        new_version = new_path.parent.name
        if new_version == config.spec_version:
            raise SpecbindError(
                f"{source}: its info.version is {new_version}, the current spec version "
                "already; nothing to upgrade"
            )
        if not allow_downgrade and _is_older(new_version, config.spec_version):
            raise SpecbindError(
                f"{source}: its info.version {new_version} is older than the current spec "
                f"version {config.spec_version}; pass --allow-downgrade to go back to it"
            )
        progress.stage(f"upgrade: diffing {config.spec_version} -> {new_version}")
        new_document = load_document(new_path)
        report = diff_documents(old_document.data, new_document.data)

        old_package = project_version(config.client_output)
        new_package = next_package_version(old_package, new_version, report.semver_bump)
        chosen = dict(generators) if generators is not None else default_generators()
        target = dataclasses.replace(staged, spec_version=new_version)
        outputs = {"client": target.client_output, "server": target.server_output}
        packages = {"client": config.client_package, "server": config.server_package}
        currents = {"client": config.client_output, "server": config.server_output}
        for name, generate in chosen.items():
            run_generator(generate, target, new_path, outputs[name], new_package, progress)

        # what breaks for each package's users: the client's callers, the server stubs'
        # implementers (routes, request models, interface signatures)
        progress.stage("upgrade: comparing the packages' Python APIs")
        breaks: dict[str, list[ApiBreak] | None] = {name: None for name in chosen}
        if "client" in chosen and (config.client_output / "pyproject.toml").is_file():
            breaks["client"] = compare_clients(
                config.client_output, outputs["client"], config.client_package
            )
        if "server" in chosen and (config.server_output / "pyproject.toml").is_file():
            breaks["server"] = compare_packages(
                config.server_output, outputs["server"], config.server_package
            )
        python = breaks.get("client")
        every_break = [b for found in breaks.values() for b in found or []]
        kind = release_kind(report, every_break)
        if kind != report.semver_bump:  # the Python API broke where the wire did not
            new_package = next_package_version(old_package, new_version, kind)
            for name, generate in chosen.items():
                run_generator(generate, target, new_path, outputs[name], new_package, progress)
        progress.stage("upgrade: versions and CHANGELOGs")
        day = today or date.today()
        entry = changelog_entry(report, new_package, day, python, config.api, kind=kind)
        labels = {"client": "client", "server": "server stubs"}
        for name in chosen:
            set_project_version(outputs[name], packages[name], new_package)
            own = changelog_entry(
                report, new_package, day, breaks[name], config.api, labels.get(name, name), kind
            )
            previous = currents[name] / CHANGELOG
            text = previous.read_text(encoding="utf-8") if previous.is_file() else None
            (outputs[name] / CHANGELOG).write_text(prepend_changelog(text, own), "utf-8")
            # the CHANGELOG is part of the project: its freshness record covers it
            refresh_record(outputs[name])

        pyproject = config.pyproject.read_text(encoding="utf-8")
        updated = with_spec_version(pyproject, new_version, str(config.pyproject))
        swap_all(
            [(staged_spec, config.spec_dir), (staged_out, config.output_dir)],
            {config.pyproject: updated.encode("utf-8")},
        )
    finally:
        shutil.rmtree(staged_spec, ignore_errors=True)
        shutil.rmtree(staged_out, ignore_errors=True)

    return UpgradeResult(
        old_spec_version=config.spec_version,
        new_spec_version=new_version,
        spec_path=config.spec_dir / new_path.relative_to(staged_spec),
        report=report,
        python_breaks=python,
        old_package_version=old_package,
        new_package_version=new_package,
        release_kind=kind,
        changelog_entry=entry,
    )
