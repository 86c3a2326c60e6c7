"""An openapi-generator Python SDK as source text: obtained with pip, read, never imported.

Shared by `reconstruct_from_sdk.py` (which turns the source into an OpenAPI document) and
`crosscheck_sdk.py` (which compares a stored document with the source): both need the
same bytes and the same sha256, and neither may install or import the package.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PACKAGE = "iblai"


class SdkError(Exception):
    """Bad input: the one-line message says which package, file or version."""


@dataclass(frozen=True)
class SdkSource:
    """The package's Python files, keyed by their path inside the package (`api/x.py`)."""

    package: str
    version: str
    archive_name: str
    sha256: str
    files: dict[str, str]

    def api_modules(self) -> list[str]:
        return sorted(
            p
            for p in self.files
            if p.startswith("api/") and p.count("/") == 1 and p.endswith("_api.py")
        )

    def model_modules(self) -> list[str]:
        return sorted(
            p
            for p in self.files
            if p.startswith("models/")
            and p.count("/") == 1
            and p.endswith(".py")
            and p != "models/__init__.py"
        )


def download(package: str, version: str, into: Path) -> Path:
    """`pip download --no-deps package==version`; the wheel or sdist pip chose."""
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--no-build-isolation",
        "--disable-pip-version-check", "--quiet", "-d", str(into), f"{package}=={version}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    found = sorted(p for p in into.iterdir() if p.suffix in (".whl", ".gz", ".zip"))
    if result.returncode != 0 or not found:
        lines = [ln for ln in (result.stderr or result.stdout).splitlines() if ln.strip()]
        why = lines[-1].strip() if lines else f"exit code {result.returncode}"
        raise SdkError(f"pip download {package}=={version} failed: {why}")
    return found[0]


def _members(archive: Path) -> dict[str, bytes]:
    data = archive.read_bytes()
    try:
        if archive.name.endswith((".whl", ".zip")):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return {n: zf.read(n) for n in zf.namelist() if n.endswith(".py")}
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
            out: dict[str, bytes] = {}
            for member in tf.getmembers():
                if member.isfile() and member.name.endswith(".py"):
                    handle = tf.extractfile(member)
                    if handle is not None:
                        out[member.name] = handle.read()
            return out
    except (zipfile.BadZipFile, tarfile.TarError, OSError) as exc:
        raise SdkError(f"{archive}: not a readable wheel or sdist: {exc}") from None


def read_archive(archive: Path, package: str, version: str) -> SdkSource:
    """The package directory holding api/, models/ and api_client.py, as text."""
    if not archive.is_file():
        raise SdkError(f"{archive}: file not found")
    members = _members(archive)
    roots = sorted(
        str(PurePosixPath(name).parent)
        for name in members
        if PurePosixPath(name).name == "api_client.py"
        and str(PurePosixPath(name).parent / "api" / "__init__.py") in members
    )
    if not roots:
        raise SdkError(
            f"{archive}: not an openapi-generator Python SDK (no package with api_client.py "
            "and api/)"
        )
    root = min(roots, key=len)
    prefix = root + "/"
    files = {
        # newlines as Python's text mode reads them (some SDK releases have CRLF files)
        name[len(prefix) :]: body.decode("utf-8", errors="replace")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        for name, body in members.items()
        if name.startswith(prefix)
    }
    source = SdkSource(
        package=package,
        version=version,
        archive_name=archive.name,
        sha256=hashlib.sha256(archive.read_bytes()).hexdigest(),
        files=files,
    )
    if not source.api_modules() or not any(
        "_response_types_map" in source.files[m] and "param_serialize" in source.files[m]
        for m in source.api_modules()
    ):
        raise SdkError(
            f"{archive}: not an openapi-generator Python SDK (no api/*_api.py with "
            "_response_types_map and param_serialize)"
        )
    return source


def obtain(package: str, version: str, from_file: Path | None = None) -> SdkSource:
    """Read `from_file` when given (tests, offline), else download with pip."""
    if from_file is not None:
        return read_archive(from_file, package, version)
    with tempfile.TemporaryDirectory(prefix="sdk-download-") as tmp:
        return read_archive(download(package, version, Path(tmp)), package, version)
