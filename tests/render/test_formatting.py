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


def test_files_the_surrounding_repository_ignores_are_formatted_too(tmp_path: Path) -> None:
    """A resource package named `site` inside a repository whose .gitignore has `site/`
    was left unformatted (ruff follows .gitignore), so `make check` failed on it."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("site/\nbuild/\n", encoding="utf-8")
    project = tmp_path / "generated"
    for folder in ("site", "build"):
        (project / "pkg" / folder).mkdir(parents=True)
        (project / "pkg" / folder / "__init__.py").write_text("x   =  [1,2]\n", encoding="utf-8")
    format_project(project, "client")
    for folder in ("site", "build"):
        assert (project / "pkg" / folder / "__init__.py").read_text() == "x = [1, 2]\n"


def test_generated_resource_packages_are_not_ignored_by_this_repository() -> None:
    import subprocess

    from tests.conftest import REPO

    for name in ("site", "build", "dist"):
        path = f"generated/client/pkg/resources/{name}/__init__.py"
        ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=REPO, check=False)
        assert ignored.returncode == 1, f"{path} would not be committed"


def test_docstrings_ruff_leaves_alone_lose_their_trailing_whitespace(tmp_path: Path) -> None:
    """ruff format does not touch a docstring with a line ending in a backslash
    (PlaceKit's Markdown line breaks, `\\` + newline): the engine's `\"\"\" ` first line
    and the document's own trailing spaces stayed, and ruff W291 failed the client."""
    source = (
        "class Parameters:\n"
        '    """ \n'
        "    Attributes:\n"
        "        coordinates (str): GPS coordinates.\\\\  \n"
        "            Used near the given area.\t\n"
        '    """\n'
        "\n"
        "    text = '''kept  \n"
        "'''\n"
    )
    (tmp_path / "model.py").write_text(source, encoding="utf-8")
    format_project(tmp_path, "client")
    formatted = (tmp_path / "model.py").read_text(encoding="utf-8")
    assert formatted == (
        "class Parameters:\n"
        '    """\n'
        "    Attributes:\n"
        "        coordinates (str): GPS coordinates.\\\\\n"
        "            Used near the given area.\n"
        '    """\n'
        "\n"
        '    text = """kept  \n'
        '"""\n'
    )
