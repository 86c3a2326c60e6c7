"""The resource tree: which operation is `client.<a>.<b>.<method>` (client/resources.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from specbind.client import generate_client
from specbind.client.resources import attribute_name, common_prefix, method_name, resource_segments
from tests.client.conftest import call_path
from tests.conftest import imported, scratch_config


@pytest.mark.parametrize(
    ("operation_id", "words", "method", "item", "expected"),
    [
        ("core_rbac_groups_partial_update", "corerbacgroups", "PATCH", True, "partial_update"),
        ("core_rbac_mentor_access_list", "corerbacmentoraccess", "GET", False, "list"),
        # underscores are ignored when matching: `lti1p3` against the segments lti, 1p3
        ("core_lti1p3_provider_lti_keys_list", "corelti1p3providerltikeys", "GET", False, "list"),
        ("core_rbac_groups_send_invite", "corerbacgroups", "POST", True, "send_invite"),
        # not the resource's prefix: the whole operationId
        ("list_platform_prompts", "aisearchprompts", "GET", False, "list_platform_prompts"),
        ("createChatCompletion", "chatcompletions", "POST", False, "create_chat_completion"),
        # the prefix must end at a word boundary
        ("core_rbac_groupsx_list", "corerbacgroups", "GET", False, "core_rbac_groupsx_list"),
        # nothing left after the prefix: the whole operationId
        ("core_rbac_groups", "corerbacgroups", "GET", False, "core_rbac_groups"),
        # no operationId: the DRF action of the method
        ("", "things", "GET", False, "list"),
        ("", "things", "GET", True, "retrieve"),
        ("", "things", "POST", False, "create"),
        ("", "things", "PUT", True, "update"),
        ("", "things", "PATCH", True, "partial_update"),
        ("", "things", "DELETE", True, "destroy"),
        ("", "things", "OPTIONS", True, "options"),
        # a keyword gets `_`, a builtin's name is fine after a dot
        ("things_import", "things", "POST", False, "import_"),
        ("things_list", "things", "GET", False, "list"),
    ],
)
def test_method_names(
    operation_id: str, words: str, method: str, item: bool, expected: str
) -> None:
    assert method_name(operation_id, words, method, item) == expected


def test_attribute_names() -> None:
    assert attribute_name("mentor-access", "resource") == "mentor_access"
    assert attribute_name("1p3", "resource") == "resource_1p3"
    assert attribute_name("class", "resource") == "class_"
    assert attribute_name("type", "resource") == "type"
    assert attribute_name("info.0.json", "resource") == "info_0_json"
    assert attribute_name("", "resource") == "resource"


def test_the_common_prefix_is_api_markers_and_versions_only() -> None:
    assert common_prefix(["/api/core/rbac/groups/", "/api/core/rbac/mentor-access/"]) == 1
    assert common_prefix(["/v1/users", "/v1/orgs"]) == 1
    assert common_prefix(["/api/v2/users", "/api/v2/orgs/{id}"]) == 2
    assert common_prefix(["/v1/users", "/v2/users"]) == 0  # two versions stay apart
    assert common_prefix(["/core/a", "/core/b"]) == 0  # not a marker: a resource
    assert common_prefix(["/api"]) == 0  # the last segment always names something


def test_segments_skip_parameters_and_a_leading_api_of_the_paths_own() -> None:
    assert resource_segments("/api/core/rbac/groups/{id}/", 1) == ["core", "rbac", "groups"]
    assert resource_segments("/api/billing/platforms/{k}/items/", 0) == [
        "billing",
        "platforms",
        "items",
    ]
    assert resource_segments("/platforms/{k}/items/", 0) == ["platforms", "items"]
    assert resource_segments("/{id}", 0) == []


def _operation(operation_id: str | None, tag: str = "things") -> dict[str, Any]:
    found: dict[str, Any] = {"tags": [tag], "responses": {"204": {"description": "done"}}}
    if operation_id is not None:
        found["operationId"] = operation_id
    return found


ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "fallbacks", "version": "1.0.0"},
    "servers": [{"url": "https://fallbacks.example.com"}],
    "paths": {
        "/api/things/": {"get": _operation("things_list"), "post": _operation("things_create")},
        # no operationId: the normalising pass makes one from method and path
        "/api/things/{id}/copies/": {"parameters": ID, "get": _operation(None)},
        # a method named like a sub-resource of its resource (`copies`)
        "/api/things/{id}/": {
            "parameters": ID,
            "get": _operation("things_retrieve"),
            "post": _operation("things_copies"),
        },
        "/api/class/": {"get": _operation("class_list")},
        "/api/2fa/": {"post": _operation("2fa_create")},
        "/api/timeout/": {"get": _operation("timeout_list")},
        "/api/{id}": {"parameters": ID, "delete": _operation("remove_thing", tag="Misc Things")},
        # two operations of one resource that both come out `list`: both keep their names
        "/api/other/": {"get": _operation("other_list")},
        "/api/other/{id}/": {"parameters": ID, "get": _operation("list")},
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("fallbacks")
    source = root / "fallbacks.yaml"
    source.write_text(yaml.safe_dump(DOCUMENT), encoding="utf-8")
    config = scratch_config(root, "fallbacks")
    generate_client(config, source, config.client_output)
    with imported(config.client_output, config.client_package) as package:
        yield package


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("things_list", "things.list"),
        ("things_create", "things.create"),
        ("things_retrieve", "things.retrieve"),
        ("get_apithingsidcopies", "things.copies.get_api_things_id_copies"),
        ("things_copies", "things.things_copies"),
        ("class_list", "class_.list"),
        ("field_2fa_create", "resource_2fa.call_2fa_create"),
        ("timeout_list", "timeout_resource.list"),
        ("remove_thing", "misc_things.remove_thing"),
        ("other_list", "other.other_list"),
        ("list_", "other.list"),
    ],
)
def test_fallbacks_are_deterministic(package: ModuleType, module: str, expected: str) -> None:
    with package.Client(api_key="k") as client:
        names = {p.stem for p in (Path(package.__file__ or "").parent / "api").rglob("*.py")}
        assert module in names, sorted(names)
        assert call_path(client, module) == expected


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "expected"),
    [
        # FastAPI's generated operationIds (Prefect's document): the route's name
        ("create_flow_flows_post", "POST", "/api/flows/", "create_flow"),
        ("read_flow_flows__id__get", "GET", "/api/flows/{id}", "read_flow"),
        ("read_flows_flows_filter_post", "POST", "/api/flows/filter", "read_flows"),
        ("bulk_delete_flows_flows_bulk_delete_post", "POST", "/api/flows/bulk_delete",
         "bulk_delete_flows"),
        ("get_item_api_v1_items_item_id_get", "GET", "/api/v1/items/{item_id}", "get_item"),
        ("readFlowFlowsIdGet", "GET", "/flows/{id}", "read_flow"),
        # the method must be the operation's, the words a tail of the path, a name left
        ("create_flow_flows_get", "POST", "/api/flows/", "create_flow_flows_get"),
        ("create_flow_runs_post", "POST", "/api/flows/", "create_flow_runs_post"),
        ("items_post", "POST", "/items", "items_post"),
        ("api_flows_post", "POST", "/api/flows", "api_flows_post"),
        ("create_xflows_post", "POST", "/flows", "create_xflows_post"),
    ],
)  # fmt: skip
def test_fastapi_operation_ids_are_the_route_name(
    operation_id: str, method: str, path: str, expected: str
) -> None:
    assert method_name(operation_id, "flows", method, False, path) == expected
