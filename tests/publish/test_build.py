"""Building package projects: reproducible files, an untouched source tree, clear failures."""

from __future__ import annotations

import gzip
import hashlib
import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from specbind.config import Config
from specbind.errors import SpecbindError
from specbind.publish import generated_projects
from specbind.publish.build import ZIP_EPOCH, build_project, normalised_sdist
from specbind.publish.packages import build_one, package_project, source_date_epoch
from specbind.versioning import GeneratorStamp, write_stamp
from tests.conftest import tree_snapshot
from tests.publish.conftest import MakeProject

EPOCH = 1795423468  # 2026-11-23T08:44:28Z, when both stored spec versions were obtained


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_building_twice_gives_byte_identical_files(
    make_project: MakeProject, tmp_path: Path
) -> None:
    demo = make_project()
    before = tree_snapshot(demo.directory)
    first = build_project(demo.directory, tmp_path / "one", epoch=EPOCH)
    second = build_project(demo.directory, tmp_path / "two", epoch=EPOCH)
    assert first.wheel.name == second.wheel.name == "specbind_demo-1.0.0-py3-none-any.whl"
    assert first.sdist.name == second.sdist.name == "specbind_demo-1.0.0.tar.gz"
    assert sha256(first.wheel) == sha256(second.wheel)
    assert sha256(first.sdist) == sha256(second.sdist)
    assert {first.wheel.stat().st_mode & 0o777, first.sdist.stat().st_mode & 0o777} == {0o644}
    # setuptools writes build/ and *.egg-info beside the sources: not into the project
    assert tree_snapshot(demo.directory) == before
    with zipfile.ZipFile(first.wheel) as wheel:
        assert {info.date_time for info in wheel.infolist()} == {(2026, 11, 23, 8, 44, 28)}
    with tarfile.open(first.sdist) as sdist:
        assert {member.mtime for member in sdist.getmembers()} == {EPOCH}
        assert {member.uid for member in sdist.getmembers()} == {0}
    # another date is another build: the epoch really is what the files record
    third = build_project(demo.directory, tmp_path / "three", epoch=EPOCH + 86400, isolation=False)
    fourth = build_project(demo.directory, tmp_path / "four", epoch=EPOCH + 86400, isolation=False)
    assert sha256(third.wheel) == sha256(fourth.wheel)
    assert sha256(third.wheel) != sha256(first.wheel)


@pytest.mark.slow
def test_a_built_demo_project_passes_every_check(make_project: MakeProject, tmp_path: Path) -> None:
    demo = make_project(spec_version="1.0.0-ai-plus")
    project = package_project(demo.directory, "client", demo.package)
    assert (project.distribution, project.version, project.spec_version) == (
        "specbind-demo",
        "1.0.0",
        "1.0.0-ai-plus",
    )
    built = build_one(project, tmp_path / "dist", epoch=EPOCH, isolation=False)
    assert built.problems == ()
    assert built.wheel_sha256 == sha256(built.wheel)
    with zipfile.ZipFile(built.wheel) as wheel:
        assert sorted(wheel.namelist()) == [
            "specbind_demo-1.0.0.dist-info/METADATA",
            "specbind_demo-1.0.0.dist-info/RECORD",
            "specbind_demo-1.0.0.dist-info/WHEEL",
            "specbind_demo-1.0.0.dist-info/top_level.txt",
            "specbind_demo/__init__.py",
            "specbind_demo/py.typed",
        ]


@pytest.mark.slow
def test_stray_files_in_a_project_are_caught_after_the_build(
    make_project: MakeProject, tmp_path: Path
) -> None:
    demo = make_project(
        extra={"specbind_demo/tests/test_demo.py": "def test_x() -> None: ...\n"},
    )
    project = package_project(demo.directory, "client", demo.package)
    built = build_one(project, tmp_path / "dist", epoch=EPOCH, isolation=False)
    assert [(p.rule, p.message) for p in built.problems] == [
        (
            "wheel-has-tests",
            "tests do not belong in the wheel: specbind_demo/tests/test_demo.py",
        )
    ]


def test_a_failing_build_says_what_the_backend_said(
    make_project: MakeProject, tmp_path: Path
) -> None:
    broken = (
        '[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "setuptools.build_meta"\n'
    )
    broken += '[project]\nname = "{name}"\nversion = "not a version"\n'
    demo = make_project(pyproject=broken)
    with pytest.raises(SpecbindError, match=r"python -m build failed \(exit 1\)") as caught:
        build_project(demo.directory, tmp_path / "dist", epoch=EPOCH)
    assert str(caught.value).endswith(
        "configuration error: `project.version` must be pep440\n"
        "ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist"
    )
    assert not (tmp_path / "dist").exists()


def test_a_directory_without_pyproject_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(SpecbindError, match=r"not a package project \(no pyproject.toml\)"):
        build_project(tmp_path, tmp_path / "dist", epoch=EPOCH)


def _tar_gz(entries: list[tuple[str, bytes, int, int]], gzip_mtime: int) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, content, mtime, uid in entries:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.uid, info.uname = len(content), mtime, uid, f"user{uid}"
            tar.addfile(info, io.BytesIO(content))
    return gzip.compress(raw.getvalue(), mtime=gzip_mtime)


def test_normalised_sdists_differ_only_in_content() -> None:
    a = _tar_gz([("p-1/b.py", b"B", 100, 1000), ("p-1/a.py", b"A", 200, 1000)], gzip_mtime=5)
    b = _tar_gz([("p-1/a.py", b"A", 900, 0), ("p-1/b.py", b"B", 50, 42)], gzip_mtime=77)
    assert a != b
    assert normalised_sdist(a, EPOCH) == normalised_sdist(b, EPOCH)
    normal = normalised_sdist(a, EPOCH)
    assert int.from_bytes(normal[4:8], "little") == EPOCH  # the gzip header's time
    with tarfile.open(fileobj=io.BytesIO(normal), mode="r:gz") as tar:
        members = tar.getmembers()
        assert [m.name for m in members] == ["p-1/a.py", "p-1/b.py"]
        assert {(m.mtime, m.uid, m.uname, m.mode) for m in members} == {(EPOCH, 0, "", 0o644)}
    changed = _tar_gz([("p-1/a.py", b"A2", 200, 1000), ("p-1/b.py", b"B", 100, 0)], 5)
    assert normalised_sdist(changed, EPOCH) != normal


def test_source_date_epoch_is_when_the_spec_was_obtained(project: Config) -> None:
    assert source_date_epoch(project, "4.84.1-ai-plus", env={}) == EPOCH
    assert source_date_epoch(project, "3.59.0-ai-plus", env={}) == EPOCH
    assert source_date_epoch(project, "9.9.9", env={}) == ZIP_EPOCH
    assert source_date_epoch(project, None, env={}) == ZIP_EPOCH
    assert source_date_epoch(project, "4.84.1-ai-plus", env={"SOURCE_DATE_EPOCH": "1"}) == 1
    with pytest.raises(SpecbindError, match="SOURCE_DATE_EPOCH must be whole seconds, not 'x'"):
        source_date_epoch(project, "4.84.1-ai-plus", env={"SOURCE_DATE_EPOCH": "x"})


def test_a_missing_generated_project_says_how_to_make_it(project: Config) -> None:
    with pytest.raises(SpecbindError) as caught:
        generated_projects(project, ["server"])
    assert str(caught.value) == (
        f"{project.server_output}: no generated server package project here; "
        "run `specbind generate server` first"
    )
    with pytest.raises(SpecbindError, match="unknown package 'docs': choose from client, server"):
        generated_projects(project, ["docs"])


def test_the_spec_version_comes_from_the_stamp_else_the_package(make_project: MakeProject) -> None:
    demo = make_project(spec_version="3.59.0-ai-plus")
    assert package_project(demo.directory, "client", demo.package).spec_version == "3.59.0-ai-plus"
    write_stamp(
        demo.directory,
        GeneratorStamp(
            spec_version="4.84.1-ai-plus",
            spec_sha256="0" * 64,
            fingerprint="f",
            package_version="1.0.0",
        ),
    )
    assert package_project(demo.directory, "client", demo.package).spec_version == "4.84.1-ai-plus"
    (demo.directory / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(SpecbindError, match=r"\[project\] needs a static name and version"):
        package_project(demo.directory, "client", demo.package)
