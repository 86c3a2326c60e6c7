"""From a spec version to a public PEP 440 package version.

The rule (deterministic, documented in the README):
1. The leading dotted numbers are the release: `3.59.0-ai-plus` -> `3.59.0`.
2. A pre-release, development or post-release suffix keeps its meaning in PEP 440
   spelling: `2.0.0-rc.1` -> `2.0.0rc1`, `1.2-beta2` -> `1.2b2`, `1.0-dev3` -> `1.0.dev3`.
3. Any other suffix is an edition label (`-ai-plus`): public indexes refuse local
   versions (`3.59.0+ai.plus`), so it leaves the version and stays in the package's
   metadata and its `__spec_version__` attribute, where the original spec version is
   kept whole.
4. A rebuild of the same spec with other templates or another toolchain adds a
   post-release: `3.59.0.post1`, `3.59.0.post2`, ..., so no version is published twice.

A generated project states its version in pyproject.toml's `[project]` table and in its
package's `__version__`: `pyproject_version` reads it, `set_project_version` rewrites
both (an upgrade's bumped version).

Rule 4 needs to know what the previous generation was made from: each generated project
holds a stamp (`.specbind-stamp.json`: spec version, spec sha256, generator fingerprint,
package version), and `next_version` compares the new run's inputs with it.

The stamp and CHANGELOG.md are a project's release state. Generators carry both from
the project they replace (`stamp_release`), so a regeneration never loses what an
upgrade wrote, and a rebuild that makes a post-release says so in the CHANGELOG.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

from packaging.version import InvalidVersion, Version

from specbind.errors import SpecbindError

_SPEC_VERSION = re.compile(r"^[vV]?(?P<release>\d+(?:\.\d+)*)(?:[-_.+]?(?P<suffix>.*))?$")
_PRE = re.compile(r"^(?P<kind>a|alpha|b|beta|c|rc|pre|preview)[-_.]?(?P<n>\d*)$", re.IGNORECASE)
_DEV = re.compile(r"^dev[-_.]?(?P<n>\d*)$", re.IGNORECASE)
_POST = re.compile(r"^(?:post|rev|r)[-_.]?(?P<n>\d*)$", re.IGNORECASE)
_PROJECT_HEADER = re.compile(r"^\s*\[\s*project\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_VERSION_LINE = re.compile(r"""^(?P<head>\s*version\s*=\s*)(?P<q>["'])(?P<value>[^"']*)(?P=q)""")
_DUNDER_VERSION = re.compile(r"""^__version__\s*=\s*(["'])(?P<value>[^"']*)\1""", re.MULTILINE)
_PRE_SPELLING = {
    "a": "a",
    "alpha": "a",
    "b": "b",
    "beta": "b",
    "c": "rc",
    "rc": "rc",
    "pre": "rc",
    "preview": "rc",
}


def package_version(spec_version: str, post: int = 0) -> str:
    """The public package version for `spec_version`, with an optional post-release."""
    match = _SPEC_VERSION.match(spec_version.strip())
    if not match:
        raise SpecbindError(
            f"spec version {spec_version!r} does not start with a numeric release "
            "(e.g. '3.59.0-ai-plus'); no package version can be derived from it"
        )
    suffix = match["suffix"] or ""
    pre_part, post_number, dev_part = "", post, ""
    if pre := _PRE.match(suffix):
        pre_part = f"{_PRE_SPELLING[pre['kind'].lower()]}{pre['n'] or 0}"
    elif dev := _DEV.match(suffix):
        dev_part = f".dev{dev['n'] or 0}"
    elif post_match := _POST.match(suffix):
        post_number += int(post_match["n"]) if post_match["n"] else 1
    post_part = f".post{post_number}" if post_number else ""
    text = f"{match['release']}{pre_part}{post_part}{dev_part}"
    try:
        version = Version(text)
    except InvalidVersion:  # pragma: no cover - the pattern above only builds valid ones
        raise SpecbindError(f"spec version {spec_version!r} maps to invalid {text!r}") from None
    if version.local:  # pragma: no cover - never built, checked for safety
        raise SpecbindError(f"spec version {spec_version!r} maps to a local version {text!r}")
    return str(version)


def edition(spec_version: str) -> str:
    """The label that the public version drops (`ai-plus`), or '' if none is dropped."""
    match = _SPEC_VERSION.match(spec_version.strip())
    suffix = (match["suffix"] or "") if match else ""
    if not suffix or _PRE.match(suffix) or _DEV.match(suffix) or _POST.match(suffix):
        return ""
    return suffix


# -- the version a project states ---------------------------------------------------------


def pyproject_version(project_dir: Path) -> str | None:
    """The `[project] version` line of the project's pyproject.toml, if it has one."""
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


# -- generator stamps and post-releases ---------------------------------------------------

STAMP_FILE = ".specbind-stamp.json"
_STAMP_KEYS = ("spec_version", "spec_sha256", "fingerprint", "package_version")


@dataclass(frozen=True)
class GeneratorStamp:
    """What a generated project was made from, and the version it was given."""

    spec_version: str
    spec_sha256: str
    fingerprint: str
    package_version: str
    # whether `specbind build` has built this version: from then on it is fixed, and a
    # rebuild from other inputs needs the next post-release
    released: bool = False

    def to_bytes(self) -> bytes:
        """Stable JSON (sorted keys, no timestamp) so regeneration stays byte-identical."""
        return (json.dumps(asdict(self), indent=2, sort_keys=True) + "\n").encode("utf-8")


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generator_fingerprint(
    spec_path: Path, templates_dir: Path, toolchain: str | None = None
) -> str:
    """sha256 over the spec's bytes, every template file (path and bytes) and the toolchain.

    `toolchain` defaults to specbind's own version: a new release of the generator is a
    new build of the same spec, and so a post-release.
    """
    if toolchain is None:
        from specbind import __version__

        toolchain = __version__
    digest = hashlib.sha256()
    digest.update(b"spec\0" + sha256_file(spec_path).encode("ascii") + b"\n")
    templates = (
        sorted(p for p in templates_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        if templates_dir.is_dir()
        else []
    )
    for path in templates:
        name = path.relative_to(templates_dir).as_posix().encode("utf-8")
        digest.update(b"template\0" + name + b"\0" + sha256_file(path).encode("ascii") + b"\n")
    digest.update(b"toolchain\0" + toolchain.encode("utf-8") + b"\n")
    return digest.hexdigest()


def read_stamp(project_dir: Path) -> GeneratorStamp | None:
    """The stamp of a generated project, or None when there is none (a first generation)."""
    path = project_dir / STAMP_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SpecbindError(f"{path}: not a valid stamp (JSON): {exc}") from None
    if not isinstance(data, dict):
        raise SpecbindError(f"{path}: not a valid stamp: expected a JSON object")
    for key in _STAMP_KEYS:
        if not isinstance(data.get(key), str) or not data[key]:
            raise SpecbindError(
                f"{path}: not a valid stamp: key {key!r} must be a non-empty string"
            )
    released = data.get("released", False)
    if not isinstance(released, bool):
        raise SpecbindError(f"{path}: not a valid stamp: key 'released' must be true or false")
    return GeneratorStamp(**{key: data[key] for key in _STAMP_KEYS}, released=released)


def write_stamp(project_dir: Path, stamp: GeneratorStamp) -> Path:
    """Write the stamp (atomically) into `project_dir`, usually a generator's staging dir."""
    from specbind.fsutil import write_file_atomic

    path = project_dir / STAMP_FILE
    write_file_atomic(path, stamp.to_bytes())
    return path


def post_release(version: str) -> str:
    """The next post-release of `version`: 4.84.1 -> 4.84.1.post1, .post1 -> .post2."""
    try:
        parsed = Version(version)
    except InvalidVersion:
        raise SpecbindError(f"package version {version!r} is not a PEP 440 version") from None
    release = ".".join(str(part) for part in parsed.release)
    pre = f"{parsed.pre[0]}{parsed.pre[1]}" if parsed.pre else ""
    dev = f".dev{parsed.dev}" if parsed.dev is not None else ""
    epoch = f"{parsed.epoch}!" if parsed.epoch else ""
    return str(Version(f"{epoch}{release}{pre}.post{(parsed.post or 0) + 1}{dev}"))


def next_version(previous: GeneratorStamp | None, spec_version: str, fingerprint: str) -> str:
    """The package version for a generation from `spec_version` with `fingerprint`.

    - no previous stamp, or another spec version: `package_version(spec_version)`;
    - same spec version, same fingerprint: the previous version (nothing changed, and
      regeneration is byte-identical);
    - same spec version, other fingerprint (templates or toolchain changed): the previous
      version while it was never built (its changes accumulate under one unreleased
      entry), else its next post-release, so a built version is never built again from
      other inputs.
    """
    if previous is None or previous.spec_version != spec_version:
        return package_version(spec_version)
    if previous.fingerprint == fingerprint or not previous.released:
        return previous.package_version
    return post_release(previous.package_version)


def _previous_release(
    previous_dir: Path, spec_sha256: str, history: Path | None
) -> tuple[GeneratorStamp | None, Path | None]:
    """The stamp a generation continues from, and the project that holds it."""
    previous = read_stamp(previous_dir)
    if previous is not None:
        return previous, previous_dir
    if history is not None:
        recorded = read_stamp(history)
        # only the history of the same document: a fixture under the same version label
        # is not a rebuild of the package
        if recorded is not None and recorded.spec_sha256 == spec_sha256:
            return recorded, history
    return None, None


def generation_stamp(
    previous_dir: Path,
    spec_version: str,
    spec_path: Path,
    templates_dir: Path,
    requested: str | None = None,
    history: Path | None = None,
) -> GeneratorStamp:
    """The stamp (and so the version) of a generation about to replace `previous_dir`.

    `requested` (an upgrade's bumped version, or the drift check's current one) wins over
    the computed version and is what the stamp records. `history` is the package's own
    project (generated/client): when `previous_dir` has no stamp (a generation into a
    scratch directory) and the document is the one the project was made from, its stamp
    carries the release history, so a scratch generation gets the version the project
    has, or would get if regenerated.
    """
    spec_sha256 = sha256_file(spec_path)
    previous, _ = _previous_release(previous_dir, spec_sha256, history)
    return _next_stamp(previous, spec_version, spec_path, spec_sha256, templates_dir, requested)


def _next_stamp(
    previous: GeneratorStamp | None,
    spec_version: str,
    spec_path: Path,
    spec_sha256: str,
    templates_dir: Path,
    requested: str | None,
) -> GeneratorStamp:
    fingerprint = generator_fingerprint(spec_path, templates_dir)
    version = requested or next_version(previous, spec_version, fingerprint)
    return GeneratorStamp(
        spec_version=spec_version,
        spec_sha256=spec_sha256,
        fingerprint=fingerprint,
        package_version=version,
        # a build fixed this version for these inputs; other inputs make it unreleased
        released=(
            previous is not None
            and previous.released
            and previous.package_version == version
            and previous.fingerprint == fingerprint
        ),
    )


# -- the CHANGELOG ------------------------------------------------------------------------

CHANGELOG = "CHANGELOG.md"
CHANGELOG_TITLE = "# Changelog\n"


def prepend_changelog(previous: str | None, entry: str) -> str:
    """The entry under the title, above every earlier entry."""
    body = (previous or "").removeprefix(CHANGELOG_TITLE).lstrip("\n")
    return f"{CHANGELOG_TITLE}\n{entry}" + (f"\n{body}" if body else "")


UNRELEASED = "unreleased"


def rebuild_entry(version: str, api: str, spec_version: str) -> str:
    """The CHANGELOG entry of a post-release: same document, other templates or toolchain.

    It stays `(unreleased)` while the version is rebuilt again and again; `specbind build`
    dates it (`release_built`).
    """
    return (
        f"## {version} ({UNRELEASED})\n\n"
        f"Rebuilt from the same {api} {spec_version} document with changed templates or "
        "another specbind version; the API did not change.\n"
    )


def stamp_release(
    previous_dir: Path,
    staging_dir: Path,
    spec_version: str,
    spec_path: Path,
    templates_dir: Path,
    requested: str | None = None,
    history: Path | None = None,
    *,
    api: str,
) -> str:
    """A generator's one call for its release state; returns the package version.

    Decides the version from the previous stamp (see `generation_stamp`), writes the new
    stamp into `staging_dir` and carries the previous project's CHANGELOG.md over. A new
    post-release (a rebuild the generator decided, not a requested version) gets one
    `(unreleased)` entry on top, so the CHANGELOG says why the version moved; rebuilds
    before the next `specbind build` add nothing more.
    """
    spec_sha256 = sha256_file(spec_path)
    previous, source = _previous_release(previous_dir, spec_sha256, history)
    stamp = _next_stamp(previous, spec_version, spec_path, spec_sha256, templates_dir, requested)
    write_stamp(staging_dir, stamp)
    changelog = source / CHANGELOG if source is not None else None
    text = changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None
    rebuilt = (
        requested is None
        and previous is not None
        and previous.spec_version == spec_version
        and previous.package_version != stamp.package_version
    )
    if rebuilt:
        text = prepend_changelog(text, rebuild_entry(stamp.package_version, api, spec_version))
    if text is not None:
        from specbind.fsutil import write_file_atomic

        write_file_atomic(staging_dir / CHANGELOG, text.encode("utf-8"))
    return stamp.package_version


def release_built(project_dir: Path, day: date) -> bool:
    """Record that `project_dir`'s version is being built: the stamp says `released` and
    an `(unreleased)` CHANGELOG heading of that version gets `day`. False when there was
    nothing to record (no stamp, or built before)."""
    from specbind.fsutil import write_file_atomic

    stamp = read_stamp(project_dir)
    if stamp is None or stamp.released:
        return False
    write_stamp(project_dir, replace(stamp, released=True))
    changelog = project_dir / CHANGELOG
    if changelog.is_file():
        text = changelog.read_text(encoding="utf-8")
        heading = f"## {stamp.package_version} ({UNRELEASED})"
        dated = text.replace(heading, f"## {stamp.package_version} ({day.isoformat()})", 1)
        if dated != text:
            write_file_atomic(changelog, dated.encode("utf-8"))
    return True
