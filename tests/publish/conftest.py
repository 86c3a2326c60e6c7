"""Fixtures for publishing: a small package project, and a real pypiserver with a password."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from specbind.publish.build import build_project
from tests.http_server import free_port, server_process

with warnings.catch_warnings():  # passlib imports the stdlib's deprecated crypt module
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile

USERNAME = "publisher"
# Long and distinctive, so a leak into any output is found by a plain substring search.
PASSWORD = "s3cret-Publish-Pa55word-7c1d9e"


@dataclass(frozen=True)
class IndexServer:
    """A pypiserver on 127.0.0.1 that wants a password to upload, list and download."""

    url: str  # upload URL (pypiserver takes uploads at its root)
    simple_url: str
    packages: Path
    username: str = USERNAME
    password: str = PASSWORD

    @property
    def env(self) -> dict[str, str]:
        return {"TWINE_USERNAME": self.username, "TWINE_PASSWORD": self.password}

    @property
    def authenticated_simple_url(self) -> str:
        return self.simple_url.replace("http://", f"http://{self.username}:{self.password}@")


@pytest.fixture
def index(tmp_path: Path) -> Iterator[IndexServer]:
    """A real, empty pypiserver for one test, stopped afterwards."""
    packages = tmp_path / "index-packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(USERNAME, PASSWORD)
    htpasswd.save()
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "pypiserver",
        "run",
        "-i",
        "127.0.0.1",
        "-p",
        str(port),
        "-a",
        "update,download,list",
        "-P",
        str(tmp_path / "htpasswd"),
        "--disable-fallback",
        str(packages),
    ]
    url = f"http://127.0.0.1:{port}/"
    with server_process(command, url, tmp_path / "pypiserver.log", seconds=20):
        yield IndexServer(url=url, simple_url=f"{url}simple/", packages=packages)


COMPLETE_PYPROJECT = """\
[build-system]
requires = ["setuptools>=77"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{version}"
description = "A demo package built by the publishing tests (spec {spec_version})"
readme = "README.md"
license = "MIT"
requires-python = ">=3.11"
dependencies = ["attrs>=23.1"]
classifiers = [
  "Programming Language :: Python :: 3",
  "Typing :: Typed",
]

[project.urls]
Documentation = "https://example.invalid/docs"

[tool.setuptools.packages.find]
include = ["{package}*"]

[tool.setuptools.package-data]
{package} = ["py.typed"]
"""


@dataclass(frozen=True)
class DemoProject:
    directory: Path
    name: str
    package: str
    version: str
    spec_version: str


MakeProject = Callable[..., DemoProject]


def write_demo_project(
    root: Path,
    name: str = "specbind-demo",
    version: str = "1.0.0",
    spec_version: str = "1.0.0-ai-plus",
    pyproject: str | None = None,
    extra: dict[str, str] | None = None,
) -> DemoProject:
    """A small, complete package project under `root`; `pyproject` replaces its pyproject.toml."""
    package = name.replace("-", "_")
    directory = root / f"{name}-{version}"
    (directory / package).mkdir(parents=True)
    (directory / package / "__init__.py").write_text(
        f'"""A demo package."""\n\n__version__ = "{version}"\n'
        f'__spec_version__ = "{spec_version}"\n',
        encoding="utf-8",
    )
    (directory / package / "py.typed").write_text("", encoding="utf-8")
    (directory / "README.md").write_text(
        f"# {name}\n\nA demo package for the publishing tests.\n", encoding="utf-8"
    )
    text = pyproject if pyproject is not None else COMPLETE_PYPROJECT
    (directory / "pyproject.toml").write_text(
        text.format(name=name, version=version, package=package, spec_version=spec_version),
        encoding="utf-8",
    )
    for relative, content in (extra or {}).items():
        (directory / relative).parent.mkdir(parents=True, exist_ok=True)
        (directory / relative).write_text(content, encoding="utf-8")
    return DemoProject(directory, name, package, version, spec_version)


@pytest.fixture
def make_project(tmp_path: Path) -> MakeProject:
    """Write demo package projects into this test's temporary directory."""

    def make(**options: Any) -> DemoProject:
        return write_demo_project(tmp_path, **options)

    return make


@dataclass(frozen=True)
class DemoDist:
    project: DemoProject
    sdist: Path
    wheel: Path

    @property
    def files(self) -> list[Path]:
        return [self.sdist, self.wheel]


@pytest.fixture(scope="module")
def demo_dist(tmp_path_factory: pytest.TempPathFactory) -> DemoDist:
    """The demo project built once per module (a build takes a few seconds)."""
    root = tmp_path_factory.mktemp("demo-dist")
    demo = write_demo_project(root)
    built = build_project(demo.directory, root / "dist", epoch=1795423468, isolation=False)
    return DemoDist(demo, built.sdist, built.wheel)
