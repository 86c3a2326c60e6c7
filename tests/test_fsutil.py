"""fsutil.swap_all: staged directories and files replace their targets together, or none do."""

from __future__ import annotations

from pathlib import Path

import pytest

import specbind.fsutil as fsutil
from tests.conftest import tree_snapshot


def _tree(root: Path) -> tuple[Path, Path, Path]:
    (root / "spec").mkdir(parents=True)
    (root / "spec" / "a.txt").write_text("old spec\n")
    (root / "generated").mkdir()
    (root / "generated" / "b.txt").write_text("old output\n")
    (root / "pyproject.toml").write_text("old = true\n")
    return root / "spec", root / "generated", root / "pyproject.toml"


def test_every_staged_copy_and_file_is_swapped_in(tmp_path: Path) -> None:
    spec, out, pyproject = _tree(tmp_path)
    staged = [fsutil.staged_copy(spec), fsutil.staged_copy(out)]
    (staged[0] / "a.txt").write_text("new spec\n")
    (staged[1] / "c.txt").write_text("new output\n")
    fsutil.swap_all(list(zip(staged, [spec, out], strict=True)), {pyproject: b"new = true\n"})
    assert tree_snapshot(tmp_path) == {
        "spec/a.txt": b"new spec\n",
        "generated/b.txt": b"old output\n",
        "generated/c.txt": b"new output\n",
        "pyproject.toml": b"new = true\n",
    }


def test_a_failed_file_write_puts_every_directory_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, out, pyproject = _tree(tmp_path)
    staged = [fsutil.staged_copy(spec), fsutil.staged_copy(out)]
    (staged[0] / "a.txt").write_text("new spec\n")
    before = {k: v for k, v in tree_snapshot(tmp_path).items() if ".staging." not in k}

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil, "write_file_atomic", full_disk)
    with pytest.raises(OSError, match="No space left on device"):
        fsutil.swap_all(list(zip(staged, [spec, out], strict=True)), {pyproject: b"new\n"})
    after = {k: v for k, v in tree_snapshot(tmp_path).items() if ".staging." not in k}
    assert after == before
    assert not any(p.name.endswith(".previous") for p in tmp_path.iterdir())
