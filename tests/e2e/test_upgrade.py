"""`specbind upgrade` from 3.59.0-ai-plus to 4.84.1-ai-plus in a copy of the repository.

The copy holds pyproject.toml (spec-version 3.59.0-ai-plus), spec/ without 4.84.1 (so
the upgrade stores it as it would a download), templates/, and generated/ as the real
generators produce it for 3.59.0. The upgrade then runs with the real generators.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from specbind.config import Config, load_config, with_spec_version
from specbind.generation import check_drift
from specbind.generators import default_generators
from specbind.openapi.store import SpecStore
from specbind.upgrade import upgrade
from specbind.versioning import pyproject_version
from tests.conftest import REPO, tree_snapshot

# Both real generators take part; until the server generator is in the tree this module
# reports itself skipped with the reason, rather than testing half an upgrade.
pytest.importorskip("specbind.server", reason="the server generator (specbind.server) is missing")

V359, V484 = "3.59.0-ai-plus", "4.84.1-ai-plus"
SPECBIND = REPO / ".venv" / "bin" / "specbind"
REMOVED = (
    "credentials_orgs_users_issuers_create",
    "credentials_orgs_users_issuers_retrieve_2",
    "credentials_orgs_users_issuers_update",
)
ADDED = (
    "core_rbac_groups_partial_update",
    "core_rbac_groups_destroy",
    "core_rbac_mentor_access_list",
)


def _new_document() -> Path:
    return SpecStore(load_config(REPO)).path_for(V484)


@pytest.fixture(scope="module")
def base_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository at 3.59.0-ai-plus, generated once per module."""
    root = tmp_path_factory.mktemp("repo") / "project"
    root.mkdir()
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(with_spec_version(text, V359), encoding="utf-8")
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "templates", root / "templates")
    config = load_config(root)
    store = SpecStore(config)
    shutil.rmtree(config.api_spec_dir / V484)
    kept = [e for e in store.entries() if e.version != V484]
    config.manifest_path.write_bytes(store.manifest_bytes(kept))
    spec = store.ref(V359)
    for name, generate in default_generators().items():
        out = config.client_output if name == "client" else config.server_output
        generate(config, spec, out)
    return root


@pytest.fixture
def project(base_project: Path, tmp_path: Path) -> Config:
    root = tmp_path / "project"
    shutil.copytree(base_project, root)
    return load_config(root)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SPECBIND), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )


@pytest.mark.slow
def test_upgrade_359_to_484(project: Config) -> None:
    root = project.root
    pyproject_before = project.pyproject.read_text(encoding="utf-8")
    assert pyproject_version(project.client_output) == "3.59.0"

    run = _run("upgrade", str(_new_document()), "--project", str(root), cwd=root)
    assert run.returncode == 0, run.stderr
    assert (
        f"upgraded ibl-data-manager {V359} -> {V484}; packages 3.59.0 -> 4.84.1 (major)"
        in run.stdout
    )

    # the config moved, and nothing else in pyproject.toml did
    config = load_config(root)
    assert config.spec_version == V484
    assert config.pyproject.read_text(encoding="utf-8") == with_spec_version(pyproject_before, V484)
    # the document is stored beside the old one, with its provenance
    stored = SpecStore(config).path_for(V484)
    assert stored.read_bytes() == _new_document().read_bytes()
    entry = SpecStore(config).entry(V484)
    assert entry is not None and entry.method == "copied"
    assert entry.source == str(_new_document().resolve())

    # both packages: version max(4.84.1, 3.59.0 bumped major = 4.0.0) = 4.84.1
    today = date.today().isoformat()
    for out, package in (
        (config.client_output, config.client_package),
        (config.server_output, config.server_package),
    ):
        assert pyproject_version(out) == "4.84.1"
        init = (out / package / "__init__.py").read_text(encoding="utf-8")
        assert '__version__ = "4.84.1"' in init
        assert f'__spec_version__ = "{V484}"' in init
        changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
        assert changelog.startswith(f"# Changelog\n\n## 4.84.1 ({today})\n")
        assert f"Regenerated from ibl-data-manager {V484} (was {V359})." in changelog
        assert "### Breaking changes (3)" in changelog
        for operation_id in REMOVED:
            assert re.search(rf"\| `path-removed` \| \w+ \S+ \({operation_id}\) \|", changelog)
        for operation_id in ADDED:
            assert re.search(rf"\| `path-added` \| \w+ \S+ \({operation_id}\) \|", changelog)
        if out == config.client_output:  # the server's lists its implementers' breaks
            # the whole `credentials` resource is gone: one break, at the name users call
            assert "`ibl_data_manager_client.Client.credentials` (class-removed)" in changelog

    # the regenerated code is what the generators make of 4.84.1: no drift
    package = config.client_output / config.client_package
    groups = (package / "resources" / "core" / "rbac" / "groups" / "__init__.py").read_text()
    assert "def partial_update(" in groups and "def destroy(" in groups
    assert "def list(" in (package / "resources/core/rbac/mentor_access/__init__.py").read_text()
    assert not (package / "resources" / "credentials").exists()
    client = (package / "_client.py").read_text()
    for operation_id in (*ADDED, *REMOVED):
        assert operation_id not in client  # operations live in resources, not in _client.py
    check = _run("check", "--project", str(root), cwd=root)
    assert check.returncode == 0, check.stderr
    assert "generated/ matches what spec/ and templates/ produce" in check.stdout

    # and `check` catches a hand edit
    edited = config.client_output / config.client_package / "_client.py"
    edited.write_text(edited.read_text() + "\n# edited by hand\n")
    drifted = _run("check", "--project", str(root), cwd=root)
    assert drifted.returncode == 1
    assert "differs: generated/client/ibl_data_manager_client/_client.py" in drifted.stderr


def test_the_python_api_break_list(project: Config) -> None:
    result = upgrade(project, str(_new_document()), today=date(2026, 11, 23))
    breaks = result.python_breaks
    assert breaks is not None
    removed = {b.path for b in breaks if b.path.startswith("ibl_data_manager_client.Client.")}
    # the `credentials` resource with all three operations is gone: once, at the name
    # users call, and not again for its methods, the async twin or the raw twin
    assert removed == {"ibl_data_manager_client.Client.credentials"}
    assert not [b for b in breaks if ".AsyncClient." in b.path or "WithRawResponse" in b.path]
    assert ("class-removed", "ibl_data_manager_client.models.Issuer") in {
        (b.kind, b.path) for b in breaks
    }
    # additions are not breaks
    assert not [b for b in breaks if ".Client.core" in b.path]
    assert check_drift(load_config(project.root), default_generators()).clean
    # each package's CHANGELOG lists the breaks of its own users
    client_log = (project.client_output / "CHANGELOG.md").read_text(encoding="utf-8")
    server_log = (project.server_output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "### Python API breaks in the generated client (" in client_log
    assert "ibl_data_manager_server" not in client_log
    assert "### Python API breaks in the generated server stubs (" in server_log
    assert "ibl_data_manager_client" not in server_log
    assert "`ibl_data_manager_server." in server_log  # the old interface is gone


def test_a_failure_halfway_changes_nothing(
    project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    import specbind.server

    before = tree_snapshot(project.root)

    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("server generation failed halfway")

    monkeypatch.setattr(specbind.server, "generate_server", crash)
    with pytest.raises(RuntimeError, match="server generation failed halfway"):
        upgrade(project, str(_new_document()))
    assert tree_snapshot(project.root) == before
    assert load_config(project.root).spec_version == V359


@pytest.mark.slow
def test_regenerating_after_an_upgrade_keeps_the_release(project: Config) -> None:
    """A later `specbind generate` keeps the upgrade's CHANGELOG and version; template
    changes before a build stay in that version, after `specbind build` they make one
    unreleased post-release, which the next build dates."""
    upgrade(project, str(_new_document()), today=date(2026, 11, 23))
    root = project.root
    config = load_config(root)
    outputs = {
        config.client_output: config.client_package,
        config.server_output: config.server_package,
    }
    upgraded = {out: (out / "CHANGELOG.md").read_text(encoding="utf-8") for out in outputs}

    unchanged = _run("generate", "--project", str(root), cwd=root)
    assert unchanged.returncode == 0, unchanged.stderr
    assert unchanged.stdout.count("up to date") == 2
    for out in outputs:
        assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == upgraded[out]

    def change_templates(note: str) -> None:
        for kind in ("client", "server"):
            template = config.templates_dir / kind / "README.md.jinja"
            template.write_text(template.read_text(encoding="utf-8") + f"\n{note}\n")
        changed = _run("generate", "--project", str(root), cwd=root)
        assert changed.returncode == 0, changed.stderr

    change_templates("Templates changed before any build.")
    for out in outputs:  # never built: the upgrade's version takes the change
        assert pyproject_version(out) == "4.84.1"
        assert (out / "CHANGELOG.md").read_text(encoding="utf-8") == upgraded[out]

    built = _run(
        "build", "--no-isolation", "--out", str(root / "dist"), "--project", str(root), cwd=root
    )
    assert built.returncode == 0, built.stdout + built.stderr
    change_templates("Templates changed after a build.")
    change_templates("Templates changed again.")
    for out, package in outputs.items():
        assert pyproject_version(out) == "4.84.1.post1"
        init = (out / package / "__init__.py").read_text(encoding="utf-8")
        assert '__version__ = "4.84.1.post1"' in init
        changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
        assert changelog.startswith("# Changelog\n\n## 4.84.1.post1 (unreleased)\n")
        assert changelog.count("## 4.84.1.post1") == 1  # two rebuilds, one entry
        assert f"the same ibl-data-manager {V484} document" in changelog
        # the upgrade's entry is kept whole below the new one
        assert changelog.endswith(upgraded[out].removeprefix("# Changelog\n"))

    check = _run("check", "--project", str(root), cwd=root)
    assert check.returncode == 0, check.stdout + check.stderr
