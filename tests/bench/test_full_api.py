"""The full-API part's helpers: the scratch project's configuration and start-up timing."""

from __future__ import annotations

import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bench_full_api import (
    FULL_API_DOCUMENT,
    generation_budget,
    import_measure,
    make_scratch_project,
    scratch_pyproject,
    time_until_answers,
)
from bench_runtime import free_port
from bench_stats import Figure, Sample, Target


def test_scratch_pyproject_sets_only_the_spec_version() -> None:
    text = '[tool.specbind]\napi = "x"\nspec-version = "1.0.0"\nspec-dir = "spec"\n'
    assert scratch_pyproject(text, "4.202.2-ai-plus") == (
        '[tool.specbind]\napi = "x"\nspec-version = "4.202.2-ai-plus"\nspec-dir = "spec"\n'
    )


def test_scratch_pyproject_refuses_a_file_without_one_spec_version() -> None:
    with pytest.raises(ValueError, match="has 0 spec-version lines, expected one"):
        scratch_pyproject('[tool.specbind]\napi = "x"\n', "4.202.2-ai-plus")


def test_scratch_project_is_configured_on_the_full_api(tmp_path: Path) -> None:
    project = make_scratch_project(tmp_path / "project")
    config = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["specbind"]["spec-version"] == "4.202.2-ai-plus"
    stored = project / FULL_API_DOCUMENT.relative_to(FULL_API_DOCUMENT.parents[3])
    assert stored.read_bytes() == FULL_API_DOCUMENT.read_bytes()
    assert (project / "templates").is_dir()
    assert not (project / "generated").exists()


def test_time_until_answers_counts_until_an_http_answer_and_stops_the_server(
    tmp_path: Path,
) -> None:
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    url = f"http://127.0.0.1:{port}/missing"  # a 404 is an answer too
    run = time_until_answers(command, url, timeout=30, cwd=tmp_path)
    assert run.ok, run.output
    assert 0 < run.seconds < 30
    # The server was stopped: nothing answers there any more.
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_time_until_answers_fails_a_process_that_exits_first(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "print('no server here'); raise SystemExit(3)"]
    run = time_until_answers(command, f"http://127.0.0.1:{free_port()}/", 30, cwd=tmp_path)
    assert run.returncode == 3
    assert "no server here" in run.output
    assert run.failure() == "exit 3: exited before answering"


def test_time_until_answers_gives_up_after_its_timeout(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import time; time.sleep(30)"]
    run = time_until_answers(command, f"http://127.0.0.1:{free_port()}/", 0.5, cwd=tmp_path)
    assert run.returncode == -9
    assert run.seconds < 10
    assert run.failure() == "exit -9: did not answer within 0 s"


def test_the_whole_api_client_generation_is_held_to_15_seconds() -> None:
    def timed(seconds: float) -> Figure:
        ours = Sample((seconds,), "s")
        return Figure("client generation", "doc", ours, None, "peer", Target("at_most", 1.0))

    assert generation_budget(timed(9.2)).met is True
    slow = generation_budget(timed(15.5))
    assert slow.met is False
    assert slow.target is not None and slow.target.describe() == "<= 15 s"


def test_import_measure_times_a_fresh_interpreter(tmp_path: Path) -> None:
    package = tmp_path / "slowpkg"
    package.mkdir()
    (package / "__init__.py").write_text("import time\ntime.sleep(0.2)\nVALUE = [0] * 10**6\n")
    run = import_measure(
        Path(sys.executable), "import slowpkg", "import json", tmp_path, str(tmp_path)
    )
    assert run.ok, run.output
    assert 0.2 <= run.seconds < 5
    assert run.peak_mb > 8  # the million-item list is in the high-water mark
    assert '"first_use"' in run.output
    broken = import_measure(Path(sys.executable), "import nothere", "", tmp_path, "")
    assert not broken.ok
    assert "No module named 'nothere'" in broken.output
