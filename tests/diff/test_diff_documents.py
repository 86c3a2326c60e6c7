"""How documents are walked: refs, cycles, allOf, null alternatives, renames, messages."""

from __future__ import annotations

import copy
from typing import Any

from specbind.diff import Level, diff_documents
from tests.diff.conftest import new_document, old_document
from tests.diff.documents import obj, parameters, query, request, response, string, with_components


def rules(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c.rule, c.level.value) for c in diff_documents(old, new).changes]


def test_identical_documents_have_no_changes() -> None:
    report = diff_documents(old_document(), old_document())
    assert report.changes == []
    assert (report.level, report.semver_bump) == (Level.INFO, "patch")


def test_the_small_project_upgrade_report() -> None:
    report = diff_documents(old_document(), new_document())
    assert [(c.rule, c.operation, c.pointer) for c in report.changes] == [
        ("api-version-changed", "", "/info/version"),
        (
            "request-parameter-became-required",
            "GET /items/{id} (get_item)",
            "/paths/~1items~1{id}/get/parameters/1",
        ),
        (
            "response-property-removed",
            "GET /items/{id} (get_item)",
            "/components/schemas/Item/properties/name",
        ),
        (
            "response-property-added",
            "GET /items/{id} (get_item)",
            "/components/schemas/Item/properties/tag",
        ),
        ("path-removed", "POST /items (create_item)", "/paths/~1items/post"),
    ]
    assert report.changes[2].message == (
        "GET /items/{id} (get_item): response 200 body property 'name' was removed"
    )
    assert (report.level, report.semver_bump) == (Level.BREAKING, "major")


def test_recursive_schemas_terminate_and_report_inside_the_cycle() -> None:
    node = obj(
        {
            "name": string(),
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        }
    )
    old = with_components(response({"$ref": "#/components/schemas/Node"}), {"Node": node})
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["name"]["maxLength"] = 3
    new["components"]["schemas"]["Node"]["properties"]["name"]["type"] = "integer"
    changes = diff_documents(old, new).changes
    assert [(c.rule, c.message) for c in changes] == [
        (
            "response-type-changed",
            "GET /items (list_items): response 200 body property 'name' type changed from "
            "string to integer",
        )
    ]


def test_all_of_members_are_merged_and_nullable_spellings_agree() -> None:
    base = obj({"id": {"type": "integer"}}, ("id",))
    old = with_components(
        request(
            {"allOf": [{"$ref": "#/components/schemas/Base"}, obj({"note": string(nullable=True)})]}
        ),
        {"Base": base},
    )
    new = with_components(
        request(
            obj(
                {
                    "id": {"type": "integer"},
                    "note": {"anyOf": [string(), {"type": "null"}]},
                },
                ("id",),
            )
        ),
        {"Base": base},
    )
    assert diff_documents(old, new).changes == []


def test_a_path_parameter_rename_compares_the_operation() -> None:
    old = parameters(query("q"), path="/groups/{id}/members/{member}")
    new = parameters(query("q", required=True), path="/groups/{group_id}/members/{member}")
    assert rules(old, new) == [
        ("path-parameter-renamed", "breaking"),
        ("request-parameter-became-required", "breaking"),
    ]
    change = diff_documents(old, new).changes[0]
    assert change.message == (
        "GET /groups/{group_id}/members/{member} (get_item): path parameter 'id' was renamed "
        "to 'group_id'"
    )
    assert change.pointer == "/paths/~1groups~1{group_id}~1members~1{member}/get/parameters/0"


def test_a_shared_component_is_reported_for_every_operation_that_uses_it() -> None:
    item = obj({"name": string(maxLength=10)})
    old = with_components(request({"$ref": "#/components/schemas/Item"}), {"Item": item})
    old["paths"]["/items"]["put"] = copy.deepcopy(old["paths"]["/items"]["post"])
    old["paths"]["/items"]["put"]["operationId"] = "replace_item"
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Item"]["properties"]["name"]["maxLength"] = 5
    changes = diff_documents(old, new).changes
    assert [(c.rule, c.operation) for c in changes] == [
        ("request-max-length-decreased", "PUT /items (replace_item)"),
        ("request-max-length-decreased", "POST /items (create_item)"),
    ]
    assert {c.pointer for c in changes} == {"/components/schemas/Item/properties/name"}
    assert (changes[0].old, changes[0].new) == (10, 5)


def test_operation_security_overrides_the_document() -> None:
    old = response(string())
    old["security"] = [{"key": []}]
    old["components"] = {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "A"}}
    }
    new = copy.deepcopy(old)
    new["paths"]["/items"]["get"]["security"] = []
    assert rules(old, new) == [
        ("security-requirement-removed", "breaking"),
        ("security-requirement-added", "non-breaking"),
    ]
    messages = [c.message for c in diff_documents(old, new).changes]
    assert (
        messages[1] == "GET /items (list_items): security requirement 'no authentication' was added"
    )


def _layered(levels: int, operations: int) -> dict[str, Any]:
    """Each layer refers to the next twice: 2**levels paths lead to the deepest one."""
    schemas: dict[str, Any] = {}
    for i in range(levels):
        below = {"$ref": f"#/components/schemas/L{i + 1}"} if i + 1 < levels else string()
        schemas[f"L{i}"] = obj({"a": below, "b": below, "n": {"type": "integer", "maximum": 10}})
    ref = {"$ref": "#/components/schemas/L0"}
    paths = {
        f"/r{k}": {
            "post": {
                "operationId": f"op{k}",
                "requestBody": {"content": {"application/json": {"schema": ref}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
        for k in range(operations)
    }
    return with_components(
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}, schemas
    )


def test_a_change_reached_by_many_paths_is_reported_once_per_operation() -> None:
    old = _layered(levels=16, operations=50)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["L9"]["properties"]["n"]["maximum"] = 5
    changes = diff_documents(old, new).changes
    assert len(changes) == 50
    assert {c.rule for c in changes} == {"request-maximum-decreased"}
    assert changes[0].message == (
        "POST /r0 (op0): request body property 'a.a.a.a.a.a.a.a.a.n' maximum changed from 10 to 5"
    )


def test_header_names_match_whatever_their_case() -> None:
    old = parameters(query("X-Request-Id", where="header"))
    new = parameters(query("x-request-id", where="header", required=True))
    assert rules(old, new) == [("request-parameter-became-required", "breaking")]


def _three_media(schema: dict[str, Any]) -> dict[str, Any]:
    return request(schema, media=("application/x-www-form-urlencoded", "multipart/form-data"))


def test_a_change_reached_through_three_media_types_is_one_change() -> None:
    item = obj({"name": string()})
    old = with_components(_three_media({"$ref": "#/components/schemas/Item"}), {"Item": item})
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Item"]["required"] = ["name"]
    report = diff_documents(old, new)
    assert [(c.rule, c.pointer) for c in report.changes] == [
        ("request-property-became-required", "/components/schemas/Item/properties/name")
    ]
    assert len(report.breaking) == 1


def test_an_inline_schema_changed_alike_under_each_media_type_is_one_change() -> None:
    old = _three_media(obj({"name": string()}))
    new = _three_media(obj({"name": string()}, required=("name",)))
    report = diff_documents(old, new)
    assert [c.rule for c in report.changes] == ["request-property-became-required"]
    assert "/content/application~1json/schema" in report.changes[0].pointer


def test_different_changes_under_two_media_types_are_both_listed() -> None:
    old = _three_media(obj({"name": string()}))
    new = copy.deepcopy(old)
    content = new["paths"]["/items"]["post"]["requestBody"]["content"]
    content["application/json"]["schema"]["required"] = ["name"]
    content["multipart/form-data"]["schema"]["properties"]["name"]["maxLength"] = 3
    rules = sorted(c.rule for c in diff_documents(old, new).changes)
    assert len(rules) == 2 and "request-property-became-required" in rules
