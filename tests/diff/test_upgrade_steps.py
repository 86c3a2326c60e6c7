"""The upgrade stage with stand-in generators: versions, CHANGELOG, and all-or-nothing."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from specbind.config import Config, load_config
from specbind.errors import SpecbindError
from specbind.openapi.store import SpecStore
from specbind.release import bump, next_package_version
from specbind.upgrade import upgrade
from specbind.versioning import prepend_changelog, pyproject_version, set_project_version
from tests.conftest import RecordedProgress, tree_snapshot
from tests.diff.conftest import new_document, replace_generator
from tests.diff.fake_generator import FAKE_GENERATORS

DAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("version", "kind", "expected"),
    [
        ("4.2.1", "major", "5.0.0"),
        ("4.2.1", "minor", "4.3.0"),
        ("4.2.1", "patch", "4.2.2"),
        ("3.59", "patch", "3.59.1"),
        ("3.59.0.post2", "minor", "3.60.0"),
    ],
)
def test_bump(version: str, kind: Any, expected: str) -> None:
    assert bump(version, kind) == expected


@pytest.mark.parametrize(
    ("old", "spec", "kind", "expected"),
    [
        # the spec's release is ahead of the bump: it wins
        ("3.59.0", "4.84.1-ai-plus", "major", "4.84.1"),
        # a breaking change under a minor spec bump still gets a new major
        ("4.84.1", "4.85.0-ai-plus", "major", "5.0.0"),
        # going back to an older spec never moves the package version backwards
        ("4.84.1", "3.59.0-ai-plus", "major", "5.0.0"),
        ("4.84.1", "4.84.2", "patch", "4.84.2"),
        ("4.84.1", "4.84.1-rc.1", "patch", "4.84.2"),
        (None, "4.84.1-ai-plus", "major", "4.84.1"),
    ],
)
def test_next_package_version(old: str | None, spec: str, kind: Any, expected: str) -> None:
    assert next_package_version(old, spec, kind) == expected


def test_bump_refuses_a_version_that_is_not_pep_440() -> None:
    with pytest.raises(SpecbindError, match="'banana' is not a PEP 440 version"):
        bump("banana", "major")


def test_set_project_version_rewrites_only_the_project_version(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "pkg"\nversion = "1.0.0"  # set by specbind\n\n[tool.x]\nversion = "9"\n'
    )
    (tmp_path / "pkg" / "__init__.py").write_text('"""Doc."""\n__version__ = "1.0.0"\nX = 1\n')
    changed = set_project_version(tmp_path, "pkg", "2.0.0")
    assert pyproject.read_text() == (
        '[project]\nname = "pkg"\nversion = "2.0.0"  # set by specbind\n\n[tool.x]\nversion = "9"\n'
    )
    assert (tmp_path / "pkg" / "__init__.py").read_text() == (
        '"""Doc."""\n__version__ = "2.0.0"\nX = 1\n'
    )
    assert changed == [pyproject, tmp_path / "pkg" / "__init__.py"]
    assert pyproject_version(tmp_path) == "2.0.0"


def test_set_project_version_needs_a_version_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "pkg"\ndynamic = ["version"]\n')
    with pytest.raises(SpecbindError, match=r"no version = .* line in its \[project\] table"):
        set_project_version(tmp_path, "pkg", "2.0.0")


def test_prepend_changelog_keeps_the_title_and_earlier_entries() -> None:
    first = prepend_changelog(None, "## 1.0.0 (2026-01-01)\n\nfirst\n")
    assert first == "# Changelog\n\n## 1.0.0 (2026-01-01)\n\nfirst\n"
    second = prepend_changelog(first, "## 2.0.0 (2026-02-01)\n\nsecond\n")
    assert second == (
        "# Changelog\n\n## 2.0.0 (2026-02-01)\n\nsecond\n\n## 1.0.0 (2026-01-01)\n\nfirst\n"
    )


def test_upgrade_from_a_path(small_project: Config, new_spec_file: Path) -> None:
    modes = {p: p.stat().st_mode for p in (small_project.spec_dir, small_project.output_dir)}
    result = upgrade(small_project, str(new_spec_file), today=DAY, generators=FAKE_GENERATORS)
    config = load_config(small_project.root)
    assert config.spec_version == "1.1.0"
    assert result.old_spec_version == "1.0.0"
    assert result.spec_path == config.spec_dir / "ibl-data-manager" / "1.1.0" / "openapi.yaml"
    assert result.spec_path.read_bytes() == new_spec_file.read_bytes()
    assert result.report.semver_bump == "major"
    assert (result.old_package_version, result.new_package_version) == ("1.0.0", "2.0.0")
    for out, package in (
        (config.client_output, config.client_package),
        (config.server_output, config.server_package),
    ):
        assert pyproject_version(out) == "2.0.0"
        init = (out / package / "__init__.py").read_text()
        assert '__version__ = "2.0.0"' in init
        assert '__spec_version__ = "1.1.0"' in init
        assert "def create_item" not in init
        changelog = (out / "CHANGELOG.md").read_text()
        assert changelog.startswith("# Changelog\n\n## 2.0.0 (2026-11-23)\n")
        assert "Regenerated from ibl-data-manager 1.1.0 (was 1.0.0)." in changelog
        assert "| `path-removed` | POST /items (create_item) |" in changelog
        assert "| `request-parameter-became-required` | GET /items/{id} (get_item) |" in changelog
    breaks = {(b.kind, b.path) for b in result.python_breaks or []}
    assert breaks == {
        ("function-removed", "ibl_data_manager_client.create_item"),
        ("parameter-became-required", "ibl_data_manager_client.get_item(q)"),
        ("field-removed", "ibl_data_manager_client.Item.name"),
    }
    client_log = (config.client_output / "CHANGELOG.md").read_text()
    server_log = (config.server_output / "CHANGELOG.md").read_text()
    assert "`ibl_data_manager_client.create_item` (function-removed)" in client_log
    # the server's CHANGELOG lists its own implementers' breaks, not the client's
    assert "`ibl_data_manager_server.create_item` (function-removed)" in server_log
    assert "ibl_data_manager_client" not in server_log
    manifest = (config.spec_dir / "manifest.json").read_text()
    assert '"version": "1.1.0"' in manifest and '"method": "copied"' in manifest
    assert {p: p.stat().st_mode for p in modes} == modes
    leftovers = [p.name for p in config.root.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_local_file_is_recorded_as_copied_from_its_path(
    small_project: Config, new_spec_file: Path
) -> None:
    """An upgrade from a path records where the file was, and that it was copied, not
    downloaded (the manifest says how each document was obtained)."""
    upgrade(small_project, str(new_spec_file), today=DAY, generators=FAKE_GENERATORS)
    entry = SpecStore(load_config(small_project.root)).entry("1.1.0")
    assert entry is not None
    assert (entry.source, entry.method) == (str(new_spec_file.resolve()), "copied")


def test_a_second_upgrade_stacks_changelog_entries(
    small_project: Config, new_spec_file: Path, tmp_path: Path
) -> None:
    upgrade(small_project, str(new_spec_file), today=DAY, generators=FAKE_GENERATORS)
    later = new_document()
    later["info"]["version"] = "1.2.0"
    later["paths"]["/items/{id}"]["get"]["parameters"].append(
        {"name": "page", "in": "query", "schema": {"type": "integer"}}
    )
    later_file = tmp_path / "later.yaml"
    later_file.write_text(yaml.safe_dump(later))
    result = upgrade(
        load_config(small_project.root), str(later_file), today=DAY, generators=FAKE_GENERATORS
    )
    # one optional parameter added: minor
    assert [c.rule for c in result.report.changes] == [
        "api-version-changed",
        "request-parameter-added-optional",
    ]
    assert result.report.semver_bump == "minor"
    assert result.new_package_version == "2.1.0"
    assert result.python_breaks == []
    changelog = (small_project.client_output / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## (\S+)", changelog, flags=re.MULTILINE)
    assert headings == ["2.1.0", "2.0.0"]


def _fail(*_args: Any, **_options: Any) -> None:
    raise RuntimeError("generator crashed halfway")


def _everything(config: Config) -> dict[str, bytes]:
    snapshot = tree_snapshot(config.root)
    assert snapshot, "the project must not be empty"
    return snapshot


@pytest.mark.parametrize("broken", ["client", "server"])
def test_a_failed_generation_changes_nothing(
    small_project: Config, new_spec_file: Path, broken: str
) -> None:
    before = _everything(small_project)
    with pytest.raises(RuntimeError, match="generator crashed halfway"):
        upgrade(small_project, str(new_spec_file), generators=replace_generator(broken, _fail))
    assert _everything(small_project) == before
    assert sorted(p.name for p in small_project.root.iterdir()) == [
        "generated",
        "pyproject.toml",
        "spec",
    ]


def test_a_failure_while_swapping_in_puts_everything_back(
    small_project: Config, new_spec_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import specbind.fsutil as fsutil

    before = _everything(small_project)
    real = fsutil.write_file_atomic

    def broken_write(path: Path, data: bytes) -> None:
        if path == small_project.pyproject:  # the swap's one file write
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(fsutil, "write_file_atomic", broken_write)
    with pytest.raises(OSError, match="No space left on device"):
        upgrade(small_project, str(new_spec_file), generators=FAKE_GENERATORS)
    assert _everything(small_project) == before


def test_upgrading_to_the_current_version_is_refused(small_project: Config) -> None:
    current = small_project.spec_dir / "ibl-data-manager" / "1.0.0" / "openapi.yaml"
    before = _everything(small_project)
    with pytest.raises(SpecbindError, match=r"1\.0\.0, the current spec version already"):
        upgrade(small_project, str(current), generators=FAKE_GENERATORS)
    assert _everything(small_project) == before


def test_an_invalid_document_is_refused_with_its_problems(
    small_project: Config, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: t, version: '2'}\npaths:\n  /a: {get: 5}\n")
    before = _everything(small_project)
    with pytest.raises(SpecbindError, match="not a valid OpenAPI 3 document") as caught:
        upgrade(small_project, str(bad), generators=FAKE_GENERATORS)
    assert any(p.pointer.startswith("/paths/~1a") for p in caught.value.problems)
    assert _everything(small_project) == before


def test_cli_upgrade_prints_the_report_and_the_new_versions(
    small_project: Config, new_spec_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import specbind.generators as registry
    from specbind.cli import app

    monkeypatch.setattr(registry, "default_generators", lambda: dict(FAKE_GENERATORS))
    result = CliRunner().invoke(
        app, ["upgrade", str(new_spec_file), "--project", str(small_project.root)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1.0.0 -> 1.1.0: 5 change(s) (3 breaking")
    assert "Python API breaks in the generated client: 3" in result.stdout
    assert (
        "upgraded ibl-data-manager 1.0.0 -> 1.1.0; packages 1.0.0 -> 2.0.0 (major); "
        "CHANGELOG.md updated"
    ) in result.stdout
    assert load_config(small_project.root).spec_version == "1.1.0"


def test_cli_upgrade_failure_exits_2_and_changes_nothing(
    small_project: Config, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from specbind.cli import app

    before = _everything(small_project)
    missing = tmp_path / "missing.yaml"
    result = CliRunner().invoke(
        app, ["upgrade", str(missing), "--project", str(small_project.root)]
    )
    assert result.exit_code == 2
    assert "missing.yaml: not a URL (http:// or https://) and no such file" in result.stderr
    assert _everything(small_project) == before


def test_compare_generated_clients_generates_both_sides(
    small_project: Config, new_spec_file: Path
) -> None:
    from specbind.diff.python_api import compare_generated_clients

    store = SpecStore(small_project)
    old_spec = store.ref_of(small_project.spec_dir / "ibl-data-manager" / "1.0.0" / "openapi.yaml")
    breaks = compare_generated_clients(
        small_project, old_spec, store.ref_of(new_spec_file), FAKE_GENERATORS["client"]
    )
    assert [(b.kind, b.path) for b in breaks] == [
        ("field-removed", "ibl_data_manager_client.Item.name"),
        ("parameter-became-required", "ibl_data_manager_client.get_item(q)"),
        ("function-removed", "ibl_data_manager_client.create_item"),
    ]


def test_a_version_already_stored_keeps_its_provenance(
    small_project: Config, new_spec_file: Path
) -> None:
    from specbind.openapi.store import SpecStore

    SpecStore(small_project).store(
        "1.1.0",
        new_spec_file.read_bytes(),
        "openapi.yaml",
        source="https://example.invalid/openapi.yaml",
        obtained="2026-02-02T00:00:00Z",
        method="reconstructed",
    )
    upgrade(small_project, str(new_spec_file), generators=FAKE_GENERATORS)
    entry = SpecStore(load_config(small_project.root)).entry("1.1.0")
    assert entry is not None
    assert (entry.source, entry.method) == ("https://example.invalid/openapi.yaml", "reconstructed")


def test_a_generator_that_takes_the_package_version_is_given_it(
    small_project: Config, new_spec_file: Path
) -> None:
    from tests.diff.fake_generator import recording_client

    seen: list[str] = []
    versioned = recording_client(seen)

    upgrade(small_project, str(new_spec_file), generators=replace_generator("client", versioned))
    assert seen == ["2.0.0"]
    from specbind.generation import check_drift

    report = check_drift(load_config(small_project.root), replace_generator("client", versioned))
    assert report.clean
    assert seen == ["2.0.0", "2.0.0"]


def test_upgrade_from_a_url(small_project: Config, new_spec_file: Path) -> None:
    from tests.http_server import Reply, scripted_server

    with scripted_server() as server:
        url = server.add(
            "/openapi.yaml",
            Reply(503),
            Reply(200, new_spec_file.read_bytes(), {"Content-Type": "application/yaml"}),
        )
        result = upgrade(small_project, url, today=DAY, generators=FAKE_GENERATORS)
        assert server.hits["/openapi.yaml"] == 2  # the 503 was retried
    assert result.new_spec_version == "1.1.0"
    assert result.spec_path.read_bytes() == new_spec_file.read_bytes()
    from specbind.openapi.store import SpecStore

    entry = SpecStore(load_config(small_project.root)).entry("1.1.0")
    assert entry is not None and (entry.source, entry.method) == (url, "downloaded")


def test_a_failed_download_changes_nothing(small_project: Config) -> None:
    from specbind.errors import FetchError
    from tests.http_server import Reply, scripted_server

    before = _everything(small_project)
    with scripted_server() as server:
        url = server.add("/openapi.yaml", Reply(404))
        with pytest.raises(FetchError, match=r"openapi\.yaml: HTTP 404"):
            upgrade(small_project, url, generators=FAKE_GENERATORS)
    assert _everything(small_project) == before


def test_a_python_break_the_wire_does_not_see_makes_a_major_release(
    small_project: Config, tmp_path: Path
) -> None:
    from tests.diff.conftest import old_document
    from tests.diff.fake_generator import recording_client

    renamed = old_document()
    renamed["info"]["version"] = "1.0.1"
    renamed["paths"]["/items"]["post"]["operationId"] = "add_item"
    source = tmp_path / "renamed.yaml"
    source.write_text(yaml.safe_dump(renamed))
    seen: list[str] = []
    versioned = recording_client(seen)

    result = upgrade(
        small_project, str(source), today=DAY, generators=replace_generator("client", versioned)
    )
    assert [c.rule for c in result.report.changes] == [
        "api-version-changed",
        "operation-id-changed",
    ]
    assert result.report.semver_bump == "patch"
    assert [(b.kind, b.path) for b in result.python_breaks or []] == [
        ("function-removed", "ibl_data_manager_client.create_item")
    ]
    assert (result.release_kind, result.new_package_version) == ("major", "2.0.0")
    assert seen == ["1.0.1", "2.0.0"]  # regenerated with the version the break demands
    assert pyproject_version(small_project.client_output) == "2.0.0"
    changelog = (small_project.client_output / "CHANGELOG.md").read_text()
    assert "2 change(s), 0 breaking and 1 Python API break(s): a major release." in changelog


def test_a_regeneration_after_an_upgrade_keeps_version_and_changelog(
    small_project: Config, new_spec_file: Path
) -> None:
    from specbind.generation import check_drift
    from tests.diff.fake_generator import fake_client

    upgrade(small_project, str(new_spec_file), today=DAY, generators=FAKE_GENERATORS)
    config = load_config(small_project.root)
    changelog = (config.client_output / "CHANGELOG.md").read_bytes()
    init = config.client_output / config.client_package / "__init__.py"
    init.write_text(init.read_text() + "# hand edit\n")
    # a plain regeneration, as `specbind generate` runs it: the generator keeps the release
    fake_client(config, SpecStore(config).path_for("1.1.0"), config.client_output)
    assert "# hand edit" not in init.read_text()
    assert '__version__ = "2.0.0"' in init.read_text()
    assert pyproject_version(config.client_output) == "2.0.0"
    assert (config.client_output / "CHANGELOG.md").read_bytes() == changelog
    assert check_drift(config, FAKE_GENERATORS).clean
    leftovers = [p.name for p in config.output_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def _older_file(tmp_path: Path) -> Path:
    older = new_document()
    older["info"]["version"] = "0.9.0"
    path = tmp_path / "older.yaml"
    path.write_text(yaml.safe_dump(older), encoding="utf-8")
    return path


def test_an_older_document_is_refused_naming_both_versions(
    small_project: Config, tmp_path: Path
) -> None:
    before = _everything(small_project)
    with pytest.raises(SpecbindError) as caught:
        upgrade(small_project, str(_older_file(tmp_path)), generators=FAKE_GENERATORS)
    assert str(caught.value).endswith(
        "older.yaml: its info.version 0.9.0 is older than the current spec version 1.0.0; "
        "pass --allow-downgrade to go back to it"
    )
    assert _everything(small_project) == before


def test_allow_downgrade_goes_back(small_project: Config, tmp_path: Path) -> None:
    result = upgrade(
        small_project,
        str(_older_file(tmp_path)),
        allow_downgrade=True,
        today=DAY,
        generators=FAKE_GENERATORS,
    )
    assert (result.old_spec_version, result.new_spec_version) == ("1.0.0", "0.9.0")
    assert load_config(small_project.root).spec_version == "0.9.0"


def test_the_cli_refuses_a_downgrade_with_exit_2(small_project: Config, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from specbind.cli import app

    result = CliRunner().invoke(
        app, ["upgrade", str(_older_file(tmp_path)), "--project", str(small_project.root)]
    )
    assert result.exit_code == 2
    assert "is older than the current spec version 1.0.0" in result.stderr
    assert "--allow-downgrade" in result.stderr


def test_a_same_version_conflict_names_the_stored_file_and_the_changed_values(
    small_project: Config, new_spec_file: Path, tmp_path: Path
) -> None:
    upgrade(small_project, str(new_spec_file), today=DAY, generators=FAKE_GENERATORS)
    config = load_config(small_project.root)
    other = new_document()
    other["info"]["title"] = "renamed"
    conflict = tmp_path / "conflict.json"  # JSON beside the stored YAML
    conflict.write_text(json.dumps(other), encoding="utf-8")
    before = _everything(config)
    with pytest.raises(SpecbindError) as caught:
        upgrade(config, str(conflict), generators=FAKE_GENERATORS)
    text = str(caught.value)
    assert "ibl-data-manager 1.1.0 is already stored (spec/ibl-data-manager/1.1.0/" in text
    assert ".staging." not in text
    assert text.endswith('1 value(s) differ\n/info/title: "items" -> "renamed"')
    assert _everything(config) == before


def test_upgrade_reports_its_steps_and_hands_progress_to_the_generators(
    small_project: Config, new_spec_file: Path
) -> None:
    from tests.diff.fake_generator import fake_generate

    progress = RecordedProgress()

    def reporting(
        config: Config, spec: Path, out: Path, *, progress: Any, package_version: Any = None
    ) -> None:
        progress.stage("client: rendering", 2)
        progress.advance(2)
        fake_generate(config, spec, out, config.client_package)

    upgrade(
        small_project,
        str(new_spec_file),
        today=DAY,
        generators=replace_generator("client", reporting),
        progress=progress,
    )
    assert [name for name, _ in progress.steps] == [
        "upgrade: obtaining the new document",
        "upgrade: diffing 1.0.0 -> 1.1.0",
        "client: rendering",
        "upgrade: comparing the packages' Python APIs",
        "upgrade: versions and CHANGELOGs",
    ]
    assert progress.advanced == 2
