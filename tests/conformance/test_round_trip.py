"""Round trip: the generated client against the generated mock, over a real uvicorn process.

For each stored spec version: generate the client, start `specbind mock` as a user would
(a subprocess on 127.0.0.1), call every operation of the document through the client,
and compare the typed value it returns with the JSON the server sent.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from specbind.client import generate_client
from specbind.config import load_config
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.openapi.validate import iter_operations
from specbind.server.mock import load_package
from tests.conformance.conftest import API_KEY, REPO, SPEC_VERSIONS
from tests.http_server import free_port, server_process


@dataclasses.dataclass
class RoundTrip:
    version: str
    package: ModuleType
    client: Any
    operation_ids: set[str]


@pytest.fixture(scope="module", params=SPEC_VERSIONS)
def round_trip(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RoundTrip]:
    version: str = request.param
    config = dataclasses.replace(load_config(REPO), spec_version=version)
    spec_path = SpecStore(config).resolve(version).path
    out = tmp_path_factory.mktemp(f"client-{version}") / "client"
    generate_client(config, spec_path, out)
    alias = "_round_trip_client_" + version.replace(".", "_").replace("-", "_")
    package = load_package(out, config.client_package, alias)
    port = free_port()
    command = [
        sys.executable, "-m", "specbind", "mock", "--project", str(REPO), "--spec", version,
        "--port", str(port), "--api-key", API_KEY,
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    with server_process(command, url, out.parent / "mock.log"):
        client = package.Client(api_key=API_KEY, base_url=url, max_retries=0)
        operation_ids = {
            op["operationId"] for _, _, op, _ in iter_operations(load_document(spec_path).data)
        }
        with client:
            yield RoundTrip(version, package, client, operation_ids)


def model(trip: RoundTrip, name: str) -> Any:
    # `models` is imported on first use (the client imports resources lazily)
    return getattr(importlib.import_module(f"{trip.package.__name__}.models"), name)


def sent_json(response: Any) -> Any:
    return json.loads(response.content)


def as_json(value: Any) -> Any:
    """What a typed value says on the wire: models through to_dict, lists item by item."""
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def call_4_84(trip: RoundTrip) -> dict[str, tuple[Any, Any]]:
    raw = trip.client.with_raw_response
    patched = raw.core.rbac.groups.partial_update(
        id=7, body=model(trip, "PatchedRbacGroup")(name="staff", users_to_add=[3])
    )
    group = patched.parse()
    assert isinstance(group, model(trip, "RbacGroup"))
    assert isinstance(group.owner, model(trip, "RbacUser"))
    assert isinstance(group.platform, model(trip, "Platform"))
    assert all(isinstance(user.id, int) for user in group.users)
    assert isinstance(group.is_internal, bool)

    access = raw.core.rbac.mentor_access.list(mentor_id=5, platform_key="main")
    policies = access.parse()
    assert isinstance(policies, list) and policies
    assert all(isinstance(p, model(trip, "MentorAccessPolicy")) for p in policies)
    assert all(isinstance(g, model(trip, "RbacPolicyGroup")) for p in policies for g in p.groups)

    deleted = raw.core.rbac.groups.destroy(id=7, platform_key="main")
    assert deleted.status_code == 204 and deleted.content == b""
    assert deleted.parse() is None
    return {
        "core_rbac_groups_partial_update": (group, sent_json(patched)),
        "core_rbac_mentor_access_list": (policies, sent_json(access)),
        "core_rbac_groups_destroy": (None, None),
    }


def call_3_59(trip: RoundTrip) -> dict[str, tuple[Any, Any]]:
    raw = trip.client.with_raw_response
    body = model(trip, "IssuerRequest")(entity_id="abc123", icon_image="https://example.com/i.png")
    where = {"org": "example-university", "user_id": "42"}
    created = raw.credentials.orgs.users.issuers.create(**where, q="example", body=body)
    fetched = raw.credentials.orgs.users.issuers.retrieve_2(**where, entity_id="abc123")
    updated = raw.credentials.orgs.users.issuers.update(**where, entity_id="abc123", body=body)
    calls = {
        "credentials_orgs_users_issuers_create": created,
        "credentials_orgs_users_issuers_retrieve_2": fetched,
        "credentials_orgs_users_issuers_update": updated,
    }
    assert created.status_code == 201
    results = {}
    for operation_id, response in calls.items():
        issuer = response.parse()
        assert isinstance(issuer, model(trip, "Issuer"))
        assert isinstance(issuer.signatories, model(trip, "IssuerSignatories"))
        assert all(isinstance(v, str) for v in issuer.signatories.additional_properties.values())
        results[operation_id] = (issuer, sent_json(response))
    return results


CALLS: dict[str, Callable[[RoundTrip], dict[str, tuple[Any, Any]]]] = {
    "3.59.0-ai-plus": call_3_59,
    "4.84.1-ai-plus": call_4_84,
}


@pytest.mark.slow
def test_every_operation_round_trips(round_trip: RoundTrip) -> None:
    results = CALLS[round_trip.version](round_trip)
    assert set(results) == round_trip.operation_ids
    for operation_id, (typed, sent) in results.items():
        assert as_json(typed) == sent, operation_id
