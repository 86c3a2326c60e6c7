"""The drift check: generated/ against a fresh generation, release state carried over."""

from __future__ import annotations

from pathlib import Path

from specbind.config import Config
from specbind.generation import check_drift, compare_trees
from specbind.upgrade import upgrade
from tests.diff.fake_generator import FAKE_GENERATORS


def test_a_fresh_generation_has_no_drift(small_project: Config) -> None:
    report = check_drift(small_project, FAKE_GENERATORS)
    assert report.clean
    assert (report.differing, report.missing, report.extra) == ([], [], [])


def test_a_hand_edit_is_listed(small_project: Config) -> None:
    init = small_project.client_output / small_project.client_package / "__init__.py"
    init.write_text(init.read_text() + "\n# tweaked by hand\n")
    report = check_drift(small_project, FAKE_GENERATORS)
    assert not report.clean
    assert report.differing == ["client/ibl_data_manager_client/__init__.py"]
    detail = report.details["client/ibl_data_manager_client/__init__.py"].splitlines()
    assert detail[:2] == [
        "--- generated: client/ibl_data_manager_client/__init__.py",
        "+++ committed: client/ibl_data_manager_client/__init__.py",
    ]
    assert "+# tweaked by hand" in detail


def test_missing_and_extra_files_are_listed(small_project: Config) -> None:
    (small_project.server_output / "pyproject.toml").unlink()
    (small_project.client_output / "notes.txt").write_text("mine\n")
    (small_project.client_output / "__pycache__").mkdir()
    (small_project.client_output / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    report = check_drift(small_project, FAKE_GENERATORS)
    assert report.missing == ["server/pyproject.toml"]
    assert report.extra == ["client/notes.txt"]
    assert report.differing == []


def test_an_upgraded_tree_has_no_drift(small_project: Config, new_spec_file: Path) -> None:
    """The version and CHANGELOG an upgrade wrote are release state, not drift."""
    from specbind.config import load_config

    upgrade(small_project, str(new_spec_file), generators=FAKE_GENERATORS)
    assert check_drift(load_config(small_project.root), FAKE_GENERATORS).clean


def test_compare_trees_is_byte_exact(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.py").write_bytes(b"x = 1\n")
    (tmp_path / "b" / "x.py").write_bytes(b"x = 1\r\n")
    report = compare_trees(tmp_path / "a", tmp_path / "b")
    assert report.differing == ["x.py"]
    assert report.details["x.py"] == (
        "(the files differ only in line endings or the final newline)"
    )


def test_the_repository_has_no_drift() -> None:
    """`make check` on main: the committed generated/ is what spec/ and templates/ produce."""
    import subprocess

    import pytest

    from tests.conftest import REPO

    pytest.importorskip("specbind.server", reason="the server generator is missing")
    run = subprocess.run(
        [str(REPO / ".venv" / "bin" / "specbind"), "check", "--project", str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "generated/ matches what spec/ and templates/ produce" in run.stdout


def test_the_freshness_record_is_a_cache_key_not_output(tmp_path: Path) -> None:
    """A toolchain change that makes the same files changes only the record: no drift."""
    for side, key in (("a", "old"), ("b", "new")):
        (tmp_path / side / "client").mkdir(parents=True)
        (tmp_path / side / "client" / "x.py").write_bytes(b"x = 1\n")
        (tmp_path / side / "client" / ".specbind-outputs.json").write_text(key)
    assert compare_trees(tmp_path / "a", tmp_path / "b").clean
    (tmp_path / "b" / "client" / "x.py").write_bytes(b"x = 2\n")
    assert compare_trees(tmp_path / "a", tmp_path / "b").differing == ["client/x.py"]
