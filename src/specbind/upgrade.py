"""Move the bindings to a new spec version in one all-or-nothing step.

`upgrade` obtains the new document (`specbind.fetch.store_source`), diffs it against the
current one (`specbind.diff`), regenerates the client and the server stubs
(`specbind.generators`), gives both packages their new version and a CHANGELOG entry
(`specbind.release`, `specbind.versioning`), and moves `spec-version` in pyproject.toml.
Everything is built in staging copies of spec/ and generated/; only when all of it
succeeded are they swapped in (`specbind.fsutil.swap_all`), and a failure during the swap
puts back what was there. So a failed upgrade leaves spec/, generated/ and pyproject.toml
byte for byte as they were. The version rule is `specbind.release`'s.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from specbind import generators as registry
from specbind.config import Config, with_spec_version
from specbind.diff import DiffReport, diff_documents
from specbind.diff.python_api import ApiBreak, compare_clients, compare_packages
from specbind.diff.render import markdown_sections
from specbind.errors import DocumentError, SpecbindError
from specbind.fetch import FetchOptions, read_source, store_source
from specbind.fsutil import recover_directory, staged_copy, swap_all
from specbind.generation import Generator
from specbind.openapi.document import parse_document
from specbind.openapi.store import SpecStore, safe_version
from specbind.progress import NO_PROGRESS, Progress
from specbind.release import (
    SemverBump,
    add_changelog_entry,
    changelog_entry,
    is_older,
    next_package_version,
    release_kind,
)
from specbind.versioning import pyproject_version, set_project_version

# what each package's CHANGELOG calls its users' side of a break
_READERS = {"client": "client", "server": "server stubs"}


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
    raw = read_source(source, fetch_options or FetchOptions())
    document = parse_document(raw, source)
    if not document.version:
        raise DocumentError(f"{source}: the document has no info.version to compare")
    offered = safe_version(document.version, source)
    current = config.spec_version
    if offered == current:
        same = SpecStore(config).ref(current).document.data == document.data
        note = (
            f"{config.api} {current} is current"
            if same
            else f"{source} serves {current} with other content than the stored copy; "
            "`specbind upgrade --force` takes it"
        )
        return UpgradeCheck(current, offered, False, note)
    if is_older(offered, current):
        note = f"{source} serves {offered}, older than the current {current}"
        return UpgradeCheck(current, offered, False, note)
    return UpgradeCheck(
        current, offered, True, f"{config.api} {offered} is available (current {current})"
    )


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
    old_document = SpecStore(config).ref(config.spec_version).document

    staged_spec = staged_copy(config.spec_dir)
    staged_out = staged_copy(config.output_dir)
    try:
        staged = dataclasses.replace(config, spec_dir=staged_spec, output_dir=staged_out)
        progress.stage("upgrade: obtaining the new document")
        options = dataclasses.replace(fetch_options or FetchOptions(), force=force)
        new_spec = store_source(source, SpecStore(staged), options)
        new_version = str(new_spec.version)
        if new_version == config.spec_version:
            raise SpecbindError(
                f"{source}: its info.version is {new_version}, the current spec version "
                "already; nothing to upgrade"
            )
        if not allow_downgrade and is_older(new_version, config.spec_version):
            raise SpecbindError(
                f"{source}: its info.version {new_version} is older than the current spec "
                f"version {config.spec_version}; pass --allow-downgrade to go back to it"
            )
        progress.stage(f"upgrade: diffing {config.spec_version} -> {new_version}")
        report = diff_documents(old_document.data, new_spec.document.data)

        old_package = pyproject_version(config.client_output)
        new_package = next_package_version(old_package, new_version, report.semver_bump)
        chosen = dict(generators) if generators is not None else registry.default_generators()
        target = dataclasses.replace(staged, spec_version=new_version)
        outputs = {"client": target.client_output, "server": target.server_output}
        packages = {"client": config.client_package, "server": config.server_package}
        currents = {"client": config.client_output, "server": config.server_output}
        for name, generate in chosen.items():
            generate(
                target, new_spec, outputs[name], package_version=new_package, progress=progress
            )

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
                generate(
                    target, new_spec, outputs[name], package_version=new_package, progress=progress
                )
        progress.stage("upgrade: versions and CHANGELOGs")
        day = today or date.today()
        client_sections = markdown_sections(report, python, heading="###", package="client")
        entry = changelog_entry(report, new_package, day, python, config.api, client_sections, kind)
        for name in chosen:
            set_project_version(outputs[name], packages[name], new_package)
            reader = _READERS.get(name, name)
            sections = markdown_sections(report, breaks[name], heading="###", package=reader)
            own = changelog_entry(
                report, new_package, day, breaks[name], config.api, sections, kind
            )
            add_changelog_entry(outputs[name], currents[name], own)

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
        spec_path=config.spec_dir / new_spec.path.relative_to(staged_spec),
        report=report,
        python_breaks=python,
        old_package_version=old_package,
        new_package_version=new_package,
        release_kind=kind,
        changelog_entry=entry,
    )
