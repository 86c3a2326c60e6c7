"""`specbind build` and `specbind publish` for the generated client and server packages.

Building turns each generated project (generated/client, generated/server) into an
sdist and a wheel in dist/ and checks them (twine, the wheel's contents, its metadata).
Publishing uploads exactly the files of the current versions, and only when every check
passed. The build time recorded in the files is the date the spec version was obtained
(its manifest entry), so rebuilding the same generation gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from packaging.utils import canonicalize_name

from specbind.config import Config
from specbind.errors import Problem, Severity, SpecbindError
from specbind.freshness import refresh_record
from specbind.openapi.store import SpecStore
from specbind.progress import NO_PROGRESS, Progress
from specbind.publish.build import ZIP_EPOCH, build_project
from specbind.publish.checks import (
    dependency_problems,
    metadata_problems,
    twine_check,
    wheel_content_problems,
)
from specbind.publish.upload import UploadResult, upload
from specbind.versioning import read_stamp, release_built

TARGETS = ("client", "server")
_SPEC_VERSION_ATTRIBUTE = re.compile(r"""^__spec_version__\s*=\s*["'](?P<value>[^"']+)["']""", re.M)


class ChecksFailed(SpecbindError):
    """The distributions were built but are not fit to publish: problems found (exit 1)."""

    exit_code = 1


@dataclass(frozen=True)
class PackageProject:
    """One generated package project and what it is called."""

    target: str
    directory: Path
    package: str
    distribution: str
    version: str
    spec_version: str | None


@dataclass(frozen=True)
class BuiltPackage:
    """A project's two files, their hashes and what the checks found."""

    project: PackageProject
    sdist: Path
    wheel: Path
    sdist_sha256: str
    wheel_sha256: str
    problems: tuple[Problem, ...]

    @property
    def files(self) -> tuple[Path, Path]:
        return (self.sdist, self.wheel)


@dataclass(frozen=True)
class BuildReport:
    out_dir: Path
    packages: tuple[BuiltPackage, ...]

    @property
    def problems(self) -> list[Problem]:
        return [p for package in self.packages for p in package.problems]

    @property
    def errors(self) -> list[Problem]:
        """The problems that make the files unfit to publish (warnings are only shown)."""
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def files(self) -> list[Path]:
        return [f for package in self.packages for f in package.files]


def package_project(directory: Path, target: str, package: str) -> PackageProject:
    """Read a package project's name, version and spec version from its files."""
    pyproject = directory / "pyproject.toml"
    if not pyproject.is_file():
        raise SpecbindError(
            f"{directory}: no generated {target} package project here; "
            f"run `specbind generate {target}` first"
        )
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except tomllib.TOMLDecodeError as exc:
        raise SpecbindError(f"{pyproject}: not valid TOML: {exc}") from None
    name, version = table.get("name"), table.get("version")
    if not isinstance(name, str) or not isinstance(version, str):
        raise SpecbindError(f"{pyproject}: [project] needs a static name and version")
    return PackageProject(
        target=target,
        directory=directory,
        package=package,
        distribution=str(canonicalize_name(name)),
        version=version,
        spec_version=_spec_version(directory, package),
    )


def _spec_version(directory: Path, package: str) -> str | None:
    """The stamp's spec version, else the package's `__spec_version__`, else unknown."""
    stamp = read_stamp(directory)
    if stamp is not None:
        return stamp.spec_version
    init = directory / package / "__init__.py"
    if init.is_file():
        match = _SPEC_VERSION_ATTRIBUTE.search(init.read_text(encoding="utf-8"))
        if match:
            return match["value"]
    return None


def generated_projects(
    config: Config, targets: Sequence[str] | None = None
) -> list[PackageProject]:
    """The generated client and server projects (or the `targets` asked for)."""
    chosen = list(targets or TARGETS)
    unknown = [t for t in chosen if t not in TARGETS]
    if unknown:
        raise SpecbindError(f"unknown package {unknown[0]!r}: choose from {', '.join(TARGETS)}")
    directories = {"client": config.client_output, "server": config.server_output}
    packages = {"client": config.client_package, "server": config.server_package}
    return [package_project(directories[t], t, packages[t]) for t in chosen]


def source_date_epoch(
    config: Config, spec_version: str | None, env: Mapping[str, str] | None = None
) -> int:
    """`SOURCE_DATE_EPOCH` if set, else when the spec version was obtained (manifest)."""
    environ = os.environ if env is None else env
    if value := environ.get("SOURCE_DATE_EPOCH", "").strip():
        try:
            return int(value)
        except ValueError:
            raise SpecbindError(f"SOURCE_DATE_EPOCH must be whole seconds, not {value!r}") from None
    entry = SpecStore(config).entry(spec_version) if spec_version else None
    if entry is None:
        return ZIP_EPOCH
    try:
        return int(datetime.fromisoformat(entry.obtained.replace("Z", "+00:00")).timestamp())
    except ValueError:
        raise SpecbindError(
            f"{config.manifest_path}: {spec_version}: 'obtained' is not an ISO 8601 time: "
            f"{entry.obtained!r}"
        ) from None


def build_one(
    project: PackageProject,
    out_dir: Path,
    *,
    epoch: int,
    isolation: bool = True,
    progress: Progress = NO_PROGRESS,
) -> BuiltPackage:
    """Build and check one project."""
    name = f"build: {project.distribution} {project.version}"
    progress.stage(f"{name}: sdist and wheel")
    built = build_project(project.directory, out_dir, epoch=epoch, isolation=isolation)
    progress.stage(f"{name}: checks (twine, wheel contents, metadata)")
    problems = [
        *twine_check([built.sdist, built.wheel]),
        *wheel_content_problems(built.wheel, project.package, project.spec_version),
        *metadata_problems(built.wheel, project.spec_version),
        *dependency_problems(built.wheel),
    ]
    return BuiltPackage(
        project=project,
        sdist=built.sdist,
        wheel=built.wheel,
        sdist_sha256=_sha256(built.sdist),
        wheel_sha256=_sha256(built.wheel),
        problems=tuple(problems),
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_packages(
    config: Config,
    out_dir: Path | None = None,
    targets: Sequence[str] | None = None,
    *,
    isolation: bool = True,
    env: Mapping[str, str] | None = None,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> BuildReport:
    """Build and check the generated packages into `out_dir` (default dist/).

    Building fixes each package's version: its stamp records that it was built, and an
    `(unreleased)` CHANGELOG entry of that version is dated, before the files are made.
    """
    destination = out_dir or config.root / "dist"
    projects = generated_projects(config, targets)
    for project in projects:
        if release_built(project.directory, today or date.today()):
            refresh_record(project.directory)
    packages = tuple(
        build_one(
            project,
            destination,
            epoch=source_date_epoch(config, project.spec_version, env),
            isolation=isolation,
            progress=progress,
        )
        for project in projects
    )
    return BuildReport(out_dir=destination, packages=packages)


def existing_files(projects: Sequence[PackageProject], out_dir: Path) -> list[Path]:
    """The sdist and wheel of each project's current version, already built in `out_dir`."""
    files: list[Path] = []
    for project in projects:
        stem = f"{project.distribution.replace('-', '_')}-{project.version}"
        wheels = sorted(out_dir.glob(f"{stem}-*.whl"))
        sdist = out_dir / f"{stem}.tar.gz"
        if not wheels or not sdist.is_file():
            raise SpecbindError(
                f"{out_dir}: no built sdist and wheel of {project.distribution} "
                f"{project.version}; run `specbind build` (or drop --skip-build)"
            )
        files += [sdist, *wheels]
    return files


def publish_packages(
    config: Config,
    repository_url: str,
    *,
    index_url: str | None = None,
    out_dir: Path | None = None,
    targets: Sequence[str] | None = None,
    dry_run: bool = False,
    skip_build: bool = False,
    isolation: bool = True,
    env: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> tuple[BuildReport | None, UploadResult]:
    """Build (unless `skip_build`), check, and upload the generated packages."""
    destination = out_dir or config.root / "dist"
    report: BuildReport | None = None
    if skip_build:
        files = existing_files(generated_projects(config, targets), destination)
    else:
        report = build_packages(
            config, destination, targets, isolation=isolation, env=env, progress=progress
        )
        if report.errors:
            raise ChecksFailed(
                f"not publishing: the built distributions have {len(report.errors)} problem(s)",
                report.errors,
            )
        files = report.files
    verb = "checking what would go" if dry_run else "uploading"
    progress.stage(f"publish: {verb}: {len(files)} file(s)")
    result = upload(files, repository_url, index_url=index_url, env=env, dry_run=dry_run)
    return report, result
