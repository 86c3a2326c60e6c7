"""What must be true of a built distribution before it may go to an index.

Three checks, each returning `Problem`s that name the file and what is wrong:
`twine check --strict` (the index's own rendering rules), the wheel's contents (the
package, `py.typed`, nothing else: no tests, bytecode, dotfiles or stray top-level
entries) and the wheel's metadata (everything a user reads on the index page).
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import sys
import zipfile
from collections.abc import Sequence
from email.message import Message
from email.parser import BytesParser
from pathlib import Path, PurePosixPath

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import parse_wheel_filename

from specbind.errors import Problem, Severity, SpecbindError
from specbind.processes import run

TYPED_CLASSIFIER = "Typing :: Typed"
_CHECKING = re.compile(r"^Checking (?P<file>.+?): (?P<status>PASSED|FAILED)(?P<rest>.*)$")
_TEST_FILE = re.compile(r"^(test_.*|.*_test|conftest)\.py$")
_DIST_INFO = ("METADATA", "WHEEL", "RECORD")


def twine_check(files: Sequence[Path]) -> list[Problem]:
    """`twine check --strict` on `files`: one problem per file that fails, with its reasons."""
    if not files:
        return []
    result = run(
        [sys.executable, "-m", "twine", "--no-color", "check", "--strict", *map(str, files)],
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "10000"},
    )
    problems: list[Problem] = []
    current: tuple[str, list[str]] | None = None
    for line in (result.stdout + result.stderr).splitlines():
        if match := _CHECKING.match(line.strip()):
            current = (match["file"], []) if match["status"] == "FAILED" else None
            if current is not None:
                problems.append(_twine_problem(current))
        elif current is not None and line.strip():
            current[1].append(line.strip())
            problems[-1] = _twine_problem(current)
    if result.returncode != 0 and not problems:
        output = (result.stdout + result.stderr).strip()
        raise SpecbindError(f"twine check could not run (exit {result.returncode}): {output}")
    return problems


def _twine_problem(failed: tuple[str, list[str]]) -> Problem:
    file, reasons = failed
    text = "; ".join(" ".join(reason.split()) for reason in reasons) or "failed"
    return Problem(message=f"twine check --strict: {text}", file=file, rule="twine-check")


def wheel_metadata(wheel: Path) -> Message:
    """The parsed `*.dist-info/METADATA` of `wheel`."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        if len(metadata) != 1:
            raise SpecbindError(f"{wheel}: expected one .dist-info/METADATA, found {len(metadata)}")
        return BytesParser().parsebytes(archive.read(metadata[0]))


def wheel_content_problems(
    wheel: Path, package: str, spec_version: str | None = None
) -> list[Problem]:
    """The wheel holds `package` (with `py.typed`) and its dist-info, and nothing else."""
    file = str(wheel)
    name, version, _, _ = parse_wheel_filename(wheel.name)
    dist_info = f"{str(name).replace('-', '_')}-{version}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        init = f"{package}/__init__.py"
        init_text = archive.read(init).decode("utf-8") if init in names else None
    problems: list[Problem] = []

    def problem(rule: str, message: str) -> None:
        problems.append(Problem(message=message, file=file, rule=rule))

    for required in (init, f"{package}/py.typed", *(f"{dist_info}/{n}" for n in _DIST_INFO)):
        if required not in names:
            problem("wheel-missing-file", f"the wheel has no {required}")
    stray_top = sorted({n.split("/", 1)[0] for n in names} - {package, dist_info})
    for top in stray_top:
        problem("wheel-stray-entry", f"stray top-level entry {top!r}: only {package}/ belongs here")
    # modules named by the document (a model `TestSmtpResponse`, a resource `.../test/`)
    # are the API, not tests
    named_by_document = tuple(f"{package}/{folder}/" for folder in ("models", "api", "resources"))
    for entry in names:
        parts = PurePosixPath(entry).parts
        looks_like_a_test = (
            any(part in ("tests", "test") for part in parts[:-1]) or _TEST_FILE.match(parts[-1])
        ) and not (entry.startswith(named_by_document) and parts[-1] != "conftest.py")
        if looks_like_a_test:
            problem("wheel-has-tests", f"tests do not belong in the wheel: {entry}")
        elif "__pycache__" in parts or entry.endswith((".pyc", ".pyo")):
            problem(
                "wheel-has-bytecode", f"compiled bytecode does not belong in the wheel: {entry}"
            )
        elif any(part.startswith(".") for part in parts):
            problem("wheel-has-dotfile", f"hidden files do not belong in the wheel: {entry}")
    if spec_version is not None and init_text is not None:
        expected = f'__spec_version__ = "{spec_version}"'
        if expected not in init_text:
            problem(
                "wheel-spec-version",
                f"{init} does not define {expected}: the original spec version must stay "
                "readable in the package",
            )
    return problems


def metadata_problems(wheel: Path, spec_version: str | None = None) -> list[Problem]:
    """Everything the index page and installers need, named when missing.

    Name, version, summary, the README as a Markdown long description, a license,
    `Requires-Python`, a lower bound on every dependency, project URLs, the
    `Typing :: Typed` classifier, and (when known) the original spec version.
    """
    metadata = wheel_metadata(wheel)
    file = str(wheel)
    problems: list[Problem] = []

    def missing(field: str, why: str) -> None:
        problems.append(
            Problem(
                message=f"METADATA has no {field}: {why}", file=file, rule="metadata-incomplete"
            )
        )

    for field, why in (
        ("Name", "the distribution name"),
        ("Version", "the package version"),
        ("Summary", "the one line an index shows in listings (project.description)"),
        ("Requires-Python", "installers need it to pick a compatible release"),
    ):
        if not (metadata.get(field) or "").strip():
            missing(field, why)
    if not metadata.get_payload() and not (metadata.get("Description") or "").strip():
        missing("long description", "the README (project.readme) is the index page")
    content_type = (metadata.get("Description-Content-Type") or "").split(";")[0].strip()
    if content_type != "text/markdown":
        missing(
            "Description-Content-Type: text/markdown",
            f"the README is Markdown (found {content_type or 'nothing'})",
        )
    classifiers = metadata.get_all("Classifier") or []
    has_license = (
        (metadata.get("License-Expression") or "").strip()
        or (metadata.get("License") or "").strip()
        or any(c.startswith("License ::") for c in classifiers)
    )
    if not has_license:
        missing("license", "project.license (an SPDX expression) says how it may be used")
    if not metadata.get_all("Project-URL"):
        missing("Project-URL", "project.urls: where the API and its documentation live")
    if TYPED_CLASSIFIER not in classifiers:
        missing(f"classifier {TYPED_CLASSIFIER!r}", "the package ships py.typed (PEP 561)")
    for text in metadata.get_all("Requires-Dist") or []:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            problems.append(
                Problem(message=f"invalid Requires-Dist {text!r}", file=file, rule="metadata")
            )
            continue
        if not any(spec.operator in (">=", "==", "~=", ">") for spec in requirement.specifier):
            problems.append(
                Problem(
                    message=f"dependency {text!r} has no lower bound: state the oldest "
                    "version the tests exercise",
                    file=file,
                    rule="metadata-dependency-range",
                )
            )
    if spec_version is not None:
        headers = "\n".join(f"{key}: {value}" for key, value in metadata.items())
        if spec_version not in headers:
            missing(
                f"spec version {spec_version!r}",
                "the original spec version must be in the metadata (e.g. the summary)",
            )
    return problems


def dependency_problems(wheel: Path) -> list[Problem]:
    """Each dependency range against what is installed here, where the tests run.

    A range the tests do not exercise is a guess: a version outside it is an error, and
    a dependency not installed at all (so no test imports it) is a warning.
    """
    problems: list[Problem] = []
    for text in wheel_metadata(wheel).get_all("Requires-Dist") or []:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue  # metadata_problems names it
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            installed = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(
                Problem(
                    message=f"dependency {requirement.name!r} is not installed where the tests "
                    "run, so no test exercises its range (is it used?)",
                    file=str(wheel),
                    severity=Severity.WARNING,
                    rule="dependency-not-exercised",
                )
            )
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            problems.append(
                Problem(
                    message=f"the tests run with {requirement.name} {installed}, outside the "
                    f"declared range {requirement.specifier}",
                    file=str(wheel),
                    rule="dependency-outside-tested",
                )
            )
    return problems
