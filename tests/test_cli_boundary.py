"""The `specbind` command's one error boundary, its help text and its usage messages."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from specbind.cli import INTERRUPTED, app
from specbind.config import Config
from specbind.errors import SpecbindError
from tests.conftest import REPO, SEED_VERSION


class _Refused(SpecbindError):
    exit_code = 1


def _check_raising(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """`specbind check` whose stage raises `error`."""

    def raising(_config: Config, _generators: object) -> None:
        raise error

    monkeypatch.setattr("specbind.generation.check_drift", raising)


@pytest.mark.parametrize(
    ("error", "code", "line"),
    [
        (SpecbindError("spec/x.json #/paths: cannot run"), 2, "spec/x.json #/paths: cannot run"),
        (_Refused("the index already has it"), 1, "the index already has it"),
        (KeyboardInterrupt(), INTERRUPTED, "interrupted"),
        (RecursionError(), 2, "the document is nested too deeply to process"),
    ],
)
def test_one_boundary_turns_an_error_into_one_line_and_its_exit_status(
    project: Config, monkeypatch: pytest.MonkeyPatch, error: BaseException, code: int, line: str
) -> None:
    _check_raising(monkeypatch, error)
    result = CliRunner().invoke(app, ["check", "--project", str(project.root)])
    assert result.exit_code == code, result.output
    assert result.output.startswith(f"error: {line}"), result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "Traceback" not in result.output and "Aborted" not in result.output


def test_the_cli_has_no_per_call_wrappers() -> None:
    source = (REPO / "src" / "specbind" / "cli.py").read_text(encoding="utf-8")
    assert "run_stage" not in source
    assert "with stage()" not in source


def _help(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["generate", "check", "build", "mock", "contract"])
def test_help_keeps_square_brackets(command: str) -> None:
    assert "[tool.specbind]" in _help(command)


def test_options_keep_their_names_beside_their_metavars() -> None:
    assert "--port PORT" in _help("mock") and "--host HOST" in _help("mock")
    assert "--url URL" in _help("ci", "init") and "--url URL" in _help("contract")
    assert "--spec VERSION|PATH" in _help("generate")


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        (("fetch",), "Usage: specbind fetch [OPTIONS] URL"),
        (("validate",), "Usage: specbind validate [OPTIONS] [PATH|VERSION]"),
        (("diff",), "Usage: specbind diff [OPTIONS] OLD NEW"),
        (("upgrade",), "Usage: specbind upgrade [OPTIONS] URL|PATH"),
        (("generate",), "Usage: specbind generate [OPTIONS] [client|server]"),
        (("build",), "Usage: specbind build [OPTIONS] [client|server]"),
        (("publish",), "Usage: specbind publish [OPTIONS] [client|server]"),
    ],
)
def test_usage_lines_name_their_arguments(command: tuple[str, ...], usage: str) -> None:
    assert usage in _help(*command)


HELPED = ["fetch", "validate", "diff", "upgrade", "generate", "docs", "mock", "contract"]


@pytest.mark.parametrize("command", [*[(c,) for c in HELPED], ("build",), ("ci", "init")])
def test_no_metavar_is_a_python_type_or_a_parameter_name(command: tuple[str, ...]) -> None:
    text = _help(*command)
    assert not re.search(r"<(str|int|float|path)>|\{|\b(TEXT|INTEGER|FLOAT)\b", text), text
    assert not re.search(r"--[A-Z]", text), text  # an option's name stays lower case


@pytest.mark.parametrize("command", ["generate", "build", "publish"])
def test_a_wrong_target_names_the_command(command: str, project: Config) -> None:
    extra = ["--repository-url", "http://127.0.0.1:9/"] if command == "publish" else []
    result = CliRunner().invoke(app, [command, "wat", *extra, "--project", str(project.root)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: specbind {command} takes client or server (or nothing, for both), not 'wat'\n"
    )


def test_ci_init_names_the_command(project: Config) -> None:
    result = CliRunner().invoke(
        app, ["ci", "init", "--url", "http://x/", "--project", str(project.root)]
    )
    assert result.exit_code == 2
    assert result.output == "error: specbind ci init: choose one of --github and --gitlab\n"


def test_diff_options_name_the_command(project: Config) -> None:
    result = CliRunner().invoke(
        app, ["diff", "a", "b", "--format", "xml", "--project", str(project.root)]
    )
    assert result.exit_code == 2
    assert result.output == (
        "error: specbind diff: --format must be one of text, markdown, json, not 'xml'\n"
    )


def test_mock_on_a_busy_port_says_so_in_one_line_without_announcing(project: Config) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "specbind", "mock", "--spec", SEED_VERSION, "--port", str(port)],
            cwd=project.root,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stdout == ""
    assert run.stderr == (f"error: cannot listen on 127.0.0.1:{port}: address already in use\n")


def test_mock_on_a_port_out_of_range_says_so_in_one_line(project: Config) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "specbind", "mock", "--spec", SEED_VERSION, "--port", "99999"],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == "error: cannot listen on 127.0.0.1:99999: the port must be 0 to 65535\n"


def test_the_readme_says_which_commands_take_spec() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    taking = sorted(
        name
        for name, command in _commands().items()
        if any("--spec" in getattr(p, "opts", ()) for p in command.params)
    )
    assert taking == ["contract", "docs", "generate", "mock"]
    sentence = "take `--spec VERSION|PATH`: " + ", ".join(f"`{n}`" for n in taking)
    assert sentence in " ".join(readme.split())


def _commands() -> dict[str, object]:
    import typer.main

    group = typer.main.get_command(app)
    return dict(getattr(group, "commands", {}))


def test_the_readme_lists_every_exit_status() -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    for row in (
        "| 0 | success |",
        "| 1 | problems found",
        "| 2 | could not run",
        "| 10 | `upgrade --check`",
        f"| {INTERRUPTED} | interrupted",
    ):
        assert row in readme, row


def test_the_module_entry_point_uses_the_boundary(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "specbind", "check", "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("error: ") and len(run.stderr.splitlines()) == 1, run.stderr
