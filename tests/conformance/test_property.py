"""Property tests: the generated mock, in-process, against its own document, every check.

Both stored spec versions; fixed seed and bounded examples so CI runs are repeatable.
Our `status_code_policy` replaces Schemathesis's `status_code_conformance` (see
specbind.conformance.policy), as in `specbind contract`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from specbind.config import load_config
from specbind.conformance import policy
from specbind.conformance.runner import json_bodies_only
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.server.mock import build_mock
from tests.conformance.conftest import API_KEY, CREDENTIAL, REPO, SPEC_VERSIONS

MAX_EXAMPLES = 25
SEED = 20261123


def property_config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "headers": {"Authorization": CREDENTIAL},
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True},
            "checks": {
                "enabled": True,
                "status_code_conformance": {"enabled": False},
                policy.CHECK_NAME: {"authorization": CREDENTIAL},
            },
        }
    )


# Built at import: Schemathesis parametrizes at collection time and copies the schema, so
# the app must be bound before that. (Its `from_fixture` would defer this, but it reads a
# private pytest attribute that pytest 9 no longer has.)
_WORK = tempfile.TemporaryDirectory(prefix="specbind-property-")


def load_schema(version: str) -> Any:
    """The document bound to its generated mock app (JSON bodies, as `specbind contract`)."""
    config = load_config(REPO)
    spec = SpecStore(config).resolve(version)
    server = build_mock(config, spec, Path(_WORK.name) / version, api_keys=[API_KEY])
    data = json_bodies_only(load_document(spec.path).data)
    # The app serves the paths at its root, not under the vendor's mock-server prefix.
    data["servers"] = [{"url": "/"}]
    schema = schemathesis.openapi.from_dict(data, config=property_config())
    schema.app = server.app
    return schema


SCHEMAS = {version: load_schema(version) for version in SPEC_VERSIONS}
schema_3_59, schema_4_84 = (SCHEMAS[v] for v in SPEC_VERSIONS)


@schema_3_59.parametrize()
def test_generated_mock_3_59_keeps_its_document(case: Any) -> None:
    case.call_and_validate()


@schema_4_84.parametrize()
def test_generated_mock_4_84_keeps_its_document(case: Any) -> None:
    case.call_and_validate()


# Neither document declares links; Schemathesis 4 infers them from parameter and field
# names (`entityId` -> `entity_id`, a group's `id` -> `{id}`). These are the ones it finds.
INFERRED_LINKS = {
    "3.59.0-ai-plus": {
        "POST_api_credentials_orgs_org_users_user_id_issuers___201_GetIssuer__"
        "GET_api_credentials_orgs_org_users_user_id_issuers_entity_id_",
        "POST_api_credentials_orgs_org_users_user_id_issuers___201_PutIssuer__"
        "PUT_api_credentials_orgs_org_users_user_id_issuers_entity_id_",
        "PUT_api_credentials_orgs_org_users_user_id_issuers_entity_id___200_GetIssuer__"
        "GET_api_credentials_orgs_org_users_user_id_issuers_entity_id_",
    },
    "4.84.1-ai-plus": {
        "PATCH_api_core_rbac_groups_id____200_DeleteRbacGroup__DELETE_api_core_rbac_groups_id_"
    },
}


@pytest.mark.parametrize("version", SPEC_VERSIONS)
def test_stateful_sequences_over_inferred_links(version: str) -> None:
    machine = SCHEMAS[version].as_state_machine()
    rules = {name for name in dir(machine) if "__" in name and not name.startswith("_")}
    assert INFERRED_LINKS[version] <= rules
    machine.run(
        settings=hypothesis.settings(
            max_examples=10,
            stateful_step_count=4,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
