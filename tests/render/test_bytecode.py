"""Compiled templates are kept between runs and never change what is rendered."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from specbind.render.bytecode import template_cache


def _render(template_dir: Path) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir), bytecode_cache=template_cache()
    )
    return env.get_template("t.jinja").render(name="x")


def test_the_cache_is_where_specbind_cache_dir_says_and_follows_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPECBIND_CACHE_DIR", str(cache))
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("hello {{ name }}", encoding="utf-8")
    assert _render(templates) == "hello x"
    assert len(list(cache.glob("jinja-*/*.cache"))) == 1
    (templates / "t.jinja").write_text("bye {{ name }}", encoding="utf-8")
    assert _render(templates) == "bye x"


def test_no_cache_where_none_can_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("SPECBIND_CACHE_DIR", str(blocker / "cache"))
    assert template_cache() is None
