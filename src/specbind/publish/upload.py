"""Upload built distributions with twine, after asking the index what it already has.

An index never takes the same version twice, and a half-finished upload (the wheel in,
the sdist refused) is worse than none, so every file's version is checked against the
index's simple API first and the whole upload is refused if any of them is there.
Credentials reach twine through its environment (`TWINE_USERNAME`/`TWINE_PASSWORD`),
never its arguments, and are cut out of anything twine says before it is relayed.
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from specbind.errors import SpecbindError
from specbind.processes import run
from specbind.publish.index import (
    Credentials,
    credentials_from_env,
    credentials_refused,
    existing_versions,
    simple_url_for,
)

REDACTED = "********"
_HTTP_STATUS = re.compile(r"\b(?P<status>[1-5]\d\d) (?:[A-Z][a-zA-Z]*(?: [A-Z][a-zA-Z]*)*)")


class VersionExists(SpecbindError):
    """The index already has a version we were asked to upload: refused, not failed."""

    exit_code = 1


@dataclass(frozen=True)
class PlannedFile:
    """One file to upload, with the name and version it carries."""

    path: Path
    name: str
    version: str


@dataclass(frozen=True)
class UploadResult:
    """What was (or, for a dry run, would be) uploaded where."""

    repository_url: str
    index_url: str
    files: tuple[PlannedFile, ...]
    uploaded: bool
    credentials_source: str
    output: str = ""


def planned_file(path: Path) -> PlannedFile:
    """Name and version from a wheel's or sdist's file name, checked against the wheel."""
    if not path.name.endswith((".whl", ".tar.gz")):
        raise SpecbindError(f"{path}: neither a wheel nor an sdist (.tar.gz)")
    if not path.is_file():
        raise SpecbindError(f"{path}: no such file; run `specbind build` first")
    try:
        if path.name.endswith(".whl"):
            name, version, _, _ = parse_wheel_filename(path.name)
            if not zipfile.is_zipfile(path):
                raise SpecbindError(f"{path}: not a wheel (not a zip file)")
        else:
            name, version = parse_sdist_filename(path.name)
    except (InvalidWheelFilename, InvalidSdistFilename) as exc:
        raise SpecbindError(f"{path}: not a distribution file name: {exc}") from None
    return PlannedFile(path=path, name=str(canonicalize_name(name)), version=str(version))


def upload(
    files: Sequence[Path],
    repository_url: str,
    *,
    index_url: str | None = None,
    env: Mapping[str, str] | None = None,
    dry_run: bool = False,
    timeout: float = 60.0,
) -> UploadResult:
    """Upload `files` to `repository_url` unless the index already has one of their versions.

    Raises `VersionExists` (exit 1) when it does, `SpecbindError` (exit 2) when the upload
    cannot run: no or wrong credentials, an unreachable index, twine failing.
    """
    if not files:
        raise SpecbindError("nothing to upload: no distribution files given")
    environ = dict(os.environ if env is None else env)
    credentials = credentials_from_env(environ)
    if credentials is None and not dry_run:
        raise SpecbindError(
            "no index credentials: set SPECBIND_INDEX_USERNAME and SPECBIND_INDEX_PASSWORD "
            "(or TWINE_USERNAME and TWINE_PASSWORD); for an API token the username is __token__"
        )
    simple = index_url or simple_url_for(repository_url)
    plan = tuple(planned_file(path) for path in files)
    _refuse_existing(plan, simple, credentials, timeout)
    source = credentials.source if credentials else ""
    if dry_run:
        return UploadResult(repository_url, simple, plan, False, source)
    assert credentials is not None
    output = _twine_upload(plan, repository_url, credentials, environ, timeout)
    return UploadResult(repository_url, simple, plan, True, source, output)


def _refuse_existing(
    plan: Sequence[PlannedFile], simple: str, credentials: Credentials | None, timeout: float
) -> None:
    present: list[str] = []
    for name in sorted({f.name for f in plan}):
        have = existing_versions(simple, name, credentials, timeout=timeout)
        for version in sorted({f.version for f in plan if f.name == name}):
            if Version(version) in have:
                present.append(f"{name} {version}")
    if present:
        raise VersionExists(
            f"refused: the index at {simple} already has {', '.join(present)}; an index never "
            "takes the same version twice. Nothing was uploaded. Publish a new version: "
            "regenerate after a template or toolchain change (a post-release) or upgrade the spec"
        )


def _twine_upload(
    plan: Sequence[PlannedFile],
    repository_url: str,
    credentials: Credentials,
    environ: dict[str, str],
    timeout: float,
) -> str:
    env = {
        key: value
        for key, value in environ.items()
        if not key.startswith(("TWINE_", "SPECBIND_INDEX_"))
    }
    env.update(
        TWINE_USERNAME=credentials.username,
        TWINE_PASSWORD=credentials.password,
        TWINE_NON_INTERACTIVE="1",
        NO_COLOR="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    command = [
        sys.executable,
        "-m",
        "twine",
        "--no-color",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *(str(f.path) for f in plan),
    ]
    try:
        result = run(command, env=env, timeout=timeout * 4)
    except subprocess.TimeoutExpired:
        raise SpecbindError(f"twine upload to {repository_url} did not finish in time") from None
    output = redact((result.stdout + result.stderr).strip(), credentials)
    if result.returncode == 0:
        return output
    status = _status(output)
    if status in (401, 403):
        raise SpecbindError(credentials_refused(repository_url, status, credentials))
    if status in (400, 409) and "exist" in output.lower():
        raise VersionExists(
            f"refused by the index at {repository_url}: a file of this version already "
            f"exists there (HTTP {status}); nothing new was uploaded"
        )
    raise SpecbindError(f"twine upload to {repository_url} failed:\n{output}")


def _status(output: str) -> int | None:
    for line in output.splitlines():
        if "HTTPError" in line or "Response from" in line or "error" in line.lower():
            match = _HTTP_STATUS.search(line)
            if match:
                return int(match["status"])
    match = _HTTP_STATUS.search(output)
    return int(match["status"]) if match else None


def redact(text: str, credentials: Credentials) -> str:
    """`text` with the password, in every spelling a tool might print, replaced."""
    secret = credentials.password
    pair = f"{credentials.username}:{secret}".encode()
    spellings = {
        secret,
        quote(secret, safe=""),
        base64.b64encode(pair).decode("ascii"),
        base64.b64encode(secret.encode("utf-8")).decode("ascii"),
    }
    for spelling in sorted(spellings, key=len, reverse=True):
        if spelling:
            text = text.replace(spelling, REDACTED)
    return text
