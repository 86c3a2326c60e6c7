"""`beside`: two pieces of rendering at once, failures reported as if they ran here."""

from __future__ import annotations

from pathlib import Path

import pytest

from specbind.errors import Problem, Severity, SpecbindError
from specbind.render.parallel import beside


def test_both_pieces_run_and_main_gives_the_result(tmp_path: Path) -> None:
    def side() -> None:
        (tmp_path / "side.txt").write_text("from the child", encoding="utf-8")

    def main() -> int:
        (tmp_path / "main.txt").write_text("from here", encoding="utf-8")
        return 7

    assert beside(side, main) == 7
    assert (tmp_path / "side.txt").read_text(encoding="utf-8") == "from the child"
    assert (tmp_path / "main.txt").read_text(encoding="utf-8") == "from here"


def test_a_failure_in_the_side_piece_is_raised_with_its_problems() -> None:
    problem = Problem(message="bad template", file="t.jinja", severity=Severity.ERROR)

    def side() -> None:
        raise SpecbindError("a client template failed to render", [problem])

    with pytest.raises(SpecbindError) as caught:
        beside(side, lambda: None)
    assert caught.value.message == "a client template failed to render"
    assert caught.value.problems == [problem]


def test_an_unpicklable_failure_keeps_its_words() -> None:
    class Odd(Exception):
        def __init__(self) -> None:
            super().__init__("odd failure")
            self.handle = lambda: None  # lambdas do not pickle

    def side() -> None:
        raise Odd()

    with pytest.raises(SpecbindError, match="Odd: odd failure"):
        beside(side, lambda: None)


def test_a_failure_here_wins_and_the_side_piece_still_finishes(tmp_path: Path) -> None:
    def side() -> None:
        (tmp_path / "side.txt").write_text("done", encoding="utf-8")

    def main() -> None:
        raise ValueError("main failed")

    with pytest.raises(ValueError, match="main failed"):
        beside(side, main)
    assert (tmp_path / "side.txt").read_text(encoding="utf-8") == "done"
