"""format_project: a file ruff cannot format is named in the one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from specbind.errors import SpecbindError
from specbind.render.formatting import format_project


def test_a_file_ruff_cannot_parse_is_named(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text("x  =  1\n", encoding="utf-8")
    (tmp_path / "bad.py").write_text("def f(:\n    pass\n", encoding="utf-8")
    (tmp_path / "worse.py").write_text("class :\n", encoding="utf-8")
    with pytest.raises(SpecbindError) as caught:
        format_project(tmp_path, "client")
    message = str(caught.value)
    assert message.startswith("ruff format failed on the generated client: error: Failed to parse ")
    assert "bad.py:1:7" in message or "worse.py:1:7" in message
    assert message.endswith("(and 1 more error(s))")
    assert "\n" not in message


def test_a_clean_project_is_formatted(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text("x  =  1\n", encoding="utf-8")
    format_project(tmp_path, "client")
    assert (tmp_path / "good.py").read_text(encoding="utf-8") == "x = 1\n"
