"""The report 3.59.0-ai-plus and 4.84.1-ai-plus deserve, both ways, and their Python breaks.

The two versions share no operation: 3.59.0 has the three credentials-issuer calls,
4.84.1 the three RBAC calls; servers and security are the same.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from specbind.config import load_config
from specbind.diff import Level, diff_documents
from specbind.diff.python_api import compare_generated_clients
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from tests.conftest import REPO

V359, V484 = "3.59.0-ai-plus", "4.84.1-ai-plus"
ISSUERS = "/api/credentials/orgs/{org}/users/{user_id}/issuers"
CREDENTIALS = [
    f"POST {ISSUERS}/ (credentials_orgs_users_issuers_create)",
    f"GET {ISSUERS}/{{entity_id}} (credentials_orgs_users_issuers_retrieve_2)",
    f"PUT {ISSUERS}/{{entity_id}} (credentials_orgs_users_issuers_update)",
]
RBAC = [
    "DELETE /api/core/rbac/groups/{id}/ (core_rbac_groups_destroy)",
    "PATCH /api/core/rbac/groups/{id}/ (core_rbac_groups_partial_update)",
    "GET /api/core/rbac/mentor-access/ (core_rbac_mentor_access_list)",
]


def stored(version: str) -> Path:
    return SpecStore(load_config(REPO)).path_for(version)


def changes(old: str, new: str) -> list[tuple[str, str, str]]:
    report = diff_documents(load_document(stored(old)).data, load_document(stored(new)).data)
    return [(c.rule, c.level.value, c.operation) for c in report.changes]


def test_359_to_484() -> None:
    assert changes(V359, V484) == [
        ("api-version-changed", "info", ""),
        *(("path-removed", "breaking", op) for op in CREDENTIALS),
        *(("path-added", "non-breaking", op) for op in RBAC),
    ]


def test_484_back_to_359() -> None:
    assert changes(V484, V359) == [
        ("api-version-changed", "info", ""),
        *(("path-removed", "breaking", op) for op in RBAC),
        *(("path-added", "non-breaking", op) for op in CREDENTIALS),
    ]


def test_each_version_against_itself_has_no_change() -> None:
    for version in (V359, V484):
        report = diff_documents(
            load_document(stored(version)).data, load_document(stored(version)).data
        )
        assert report.changes == []
        assert report.level is Level.INFO


def test_the_cli_report_in_json_fails_on_breaking() -> None:
    run = subprocess.run(
        [
            str(REPO / ".venv" / "bin" / "specbind"),
            "diff",
            V359,
            V484,
            "--no-python",
            "--format",
            "json",
            "--fail-on",
            "breaking",
            "--project",
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    payload = json.loads(run.stdout)
    assert (payload["old_version"], payload["new_version"]) == (V359, V484)
    assert (payload["level"], payload["semver_bump"]) == ("breaking", "major")
    assert [c["rule"] for c in payload["changes"]].count("path-removed") == 3


@pytest.mark.parametrize(
    ("old", "new", "gone"), [(V359, V484, "credentials"), (V484, V359, "core")]
)
def test_python_breaks_between_the_real_clients(old: str, new: str, gone: str) -> None:
    config = load_config(REPO)
    store = SpecStore(config)
    breaks = compare_generated_clients(config, store.ref(old), store.ref(new))
    removed = {(b.kind, b.path) for b in breaks if b.kind.endswith("-removed")}
    # once, at the name users call: the whole resource is gone (`Client.credentials`),
    # so its methods, the async twin, the raw twin and the resources/ and api/ modules
    # behind it are not listed again
    assert ("class-removed", f"ibl_data_manager_client.Client.{gone}") in removed
    assert not [
        b.path
        for b in breaks
        if ".AsyncClient." in b.path
        or ".api." in b.path
        or ".resources." in b.path
        or "WithRawResponse" in b.path
        or b.path.startswith(f"ibl_data_manager_client.Client.{gone}.")
    ]
    # nothing the new version adds is a break
    added = "core" if gone == "credentials" else "credentials"
    assert not [b for b in breaks if f".Client.{added}" in b.path]
