"""The three report formats and the `diff` and `check` commands."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from specbind.cli import app
from specbind.config import Config
from specbind.diff import diff_documents
from specbind.diff.python_api import ApiBreak
from specbind.diff.render import render
from tests.conftest import REPO
from tests.diff.conftest import new_document, old_document
from tests.diff.fake_generator import FAKE_GENERATORS

BREAK = ApiBreak("function-removed", "pkg.create_item", "the function was removed")


def write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_text_report() -> None:
    text = render(diff_documents(old_document(), new_document()), "text", [BREAK])
    lines = text.splitlines()
    assert lines[0] == (
        "1.0.0 -> 1.1.0: 5 change(s) (3 breaking, 1 non-breaking, 1 info); semver bump: major"
    )
    assert "Breaking changes:" in lines
    assert "  [path-removed] POST /items (create_item): its path was removed" in lines
    assert "      at #/paths/~1items/post" in lines
    assert lines[-2:] == [
        "Python API breaks in the generated client: 1",
        "  [function-removed] pkg.create_item: the function was removed",
    ]


def test_markdown_report() -> None:
    text = render(diff_documents(old_document(), new_document()), "markdown", [])
    assert text.startswith("## API changes 1.0.0 → 1.1.0\n\n**3 breaking** of 5 change(s)")
    assert "### Breaking changes (3)" in text
    assert (
        "| `request-parameter-became-required` | GET /items/{id} (get_item) | query parameter "
        "'q' became required | `#/paths/~1items~1{id}/get/parameters/1` |"
    ) in text
    assert "| `api-version-changed` | (document) |" in text
    assert "None: code written against the previous client keeps working." in text


def test_json_report() -> None:
    payload = json.loads(render(diff_documents(old_document(), new_document()), "json", [BREAK]))
    assert payload["level"] == "breaking"
    assert payload["semver_bump"] == "major"
    assert payload["changes"][1] == {
        "rule": "request-parameter-became-required",
        "level": "breaking",
        "operation": "GET /items/{id} (get_item)",
        "pointer": "/paths/~1items~1{id}/get/parameters/1",
        "message": "GET /items/{id} (get_item): query parameter 'q' became required",
        "old": False,
        "new": True,
    }
    assert payload["python_api_breaks"][0]["kind"] == "function-removed"


def test_cli_diff_fail_on_breaking(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", old_document())
    new = write(tmp_path / "new.yaml", new_document())
    runner = CliRunner()
    args = ["diff", str(old), str(new), "--no-python", "--format", "json"]
    plain = runner.invoke(app, args)
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.stdout)["semver_bump"] == "major"
    failing = runner.invoke(app, [*args, "--fail-on", "breaking"])
    assert failing.exit_code == 1
    same = runner.invoke(app, ["diff", str(old), str(old), "--no-python", "--fail-on", "breaking"])
    assert same.exit_code == 0
    assert same.stdout.startswith("1.0.0 -> 1.0.0: 0 change(s)")


def test_cli_diff_refuses_bad_options(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", old_document())
    runner = CliRunner()
    bad_format = runner.invoke(app, ["diff", str(old), str(old), "--no-python", "--format", "xml"])
    assert bad_format.exit_code == 2
    assert "--format must be one of text, markdown, json, not 'xml'" in bad_format.stderr
    missing = runner.invoke(
        app, ["diff", str(old), str(tmp_path / "nope.yaml"), "--no-python", "--project", str(REPO)]
    )
    assert missing.exit_code == 2
    assert "nope.yaml: file not found" in missing.stderr


def test_cli_diff_as_a_subprocess_in_markdown(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", old_document())
    new = write(tmp_path / "new.yaml", new_document())
    run = subprocess.run(
        [
            str(REPO / ".venv" / "bin" / "specbind"),
            "diff",
            str(old),
            str(new),
            "--no-python",
            "--format",
            "markdown",
            "--fail-on",
            "non-breaking",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout.startswith("## API changes 1.0.0 → 1.1.0")


def test_cli_check_lists_drifted_files(
    small_project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    import specbind.generators as registry

    monkeypatch.setattr(registry, "default_generators", lambda: dict(FAKE_GENERATORS))
    runner = CliRunner()
    ok = runner.invoke(app, ["check", "--project", str(small_project.root)])
    assert ok.exit_code == 0, ok.output
    assert "generated/ matches what spec/ and templates/ produce" in ok.stdout
    init = small_project.server_output / small_project.server_package / "__init__.py"
    init.write_text("edited = True\n")
    drifted = runner.invoke(app, ["check", "--project", str(small_project.root)])
    assert drifted.exit_code == 1
    assert "differs: generated/server/ibl_data_manager_server/__init__.py" in drifted.stderr
    assert "+edited = True" in drifted.stderr
    assert "generated/ has drifted from spec/ and templates/: 1 file(s)" in drifted.stderr


def test_cli_diff_fails_on_a_python_break_the_wire_does_not_see(tmp_path: Path) -> None:
    original = {**old_document(), "servers": [{"url": "https://api.example.invalid"}]}
    renamed = {**original, "paths": old_document()["paths"]}
    renamed["paths"]["/items"]["post"]["operationId"] = "add_item"
    old = write(tmp_path / "old.yaml", original)
    new = write(tmp_path / "new.yaml", renamed)
    args = ["diff", str(old), str(new), "--project", str(REPO), "--format", "json"]
    runner = CliRunner()
    result = runner.invoke(app, [*args, "--fail-on", "breaking"])
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    assert payload["level"] == "info"
    assert [c["rule"] for c in payload["changes"]] == ["operation-id-changed"]
    removed = {b["path"] for b in payload["python_api_breaks"] if b["kind"] == "function-removed"}
    assert removed == {"ibl_data_manager_client.Client.items.create_item"}
    assert runner.invoke(app, args).exit_code == 0


def test_markdown_groups_each_level_by_resource_with_counts() -> None:
    from specbind.diff import diff_documents
    from specbind.diff.render import render_markdown
    from tests.diff.documents import operations

    old = operations(("get", "/api/core/groups/"), ("get", "/api/credentials/issuers/"))
    new = operations(
        ("get", "/api/core/users/"),
        ("get", "/api/core/roles/"),
        ("get", "/api/credentials/badges/"),
    )
    text = render_markdown(diff_documents(old, new))
    breaking = text.index("### Breaking changes (2)")
    added = text.index("### Non-breaking changes (3)")
    assert breaking < added  # breaking first
    assert text.index("#### core (1)", breaking) < text.index("#### credentials (1)", breaking)
    assert text.index("#### core (2)", added) < text.index("#### credentials (1)", added)
    assert "#### api" not in text  # the prefix every path shares is not a resource
