"""Every operation of both stored versions, called in-process on the generated app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from specbind.openapi.document import load_document
from tests.server.conftest import AUTH, Served, all_operations, valid_call

OPERATIONS = all_operations()


def test_both_versions_have_their_three_operations() -> None:
    assert sorted(OPERATIONS) == [
        ("3.59.0-ai-plus", "credentials_orgs_users_issuers_create"),
        ("3.59.0-ai-plus", "credentials_orgs_users_issuers_retrieve_2"),
        ("3.59.0-ai-plus", "credentials_orgs_users_issuers_update"),
        ("4.84.1-ai-plus", "core_rbac_groups_destroy"),
        ("4.84.1-ai-plus", "core_rbac_groups_partial_update"),
        ("4.84.1-ai-plus", "core_rbac_mentor_access_list"),
    ]


@pytest.mark.parametrize(("version", "operation_id"), OPERATIONS)
def test_success_with_a_schema_valid_body(
    served: dict[str, Served], version: str, operation_id: str
) -> None:
    item = served[version]
    route = item.route(operation_id)
    response = valid_call(item, route).send(item.client, AUTH)
    assert response.status_code == route.status_code
    assert 200 <= response.status_code < 300
    if route.status_code == 204:
        assert response.content == b""
        return
    assert route.response_schema is not None
    assert response.headers["content-type"] == "application/json"
    assert item.mock.answers.checker.errors(response.json(), route.response_schema) == []


@pytest.mark.parametrize(("version", "operation_id"), OPERATIONS)
def test_missing_or_wrong_key_is_401_with_json(
    served: dict[str, Served], version: str, operation_id: str
) -> None:
    item = served[version]
    call = valid_call(item, item.route(operation_id))
    missing = call.send(item.client)
    assert missing.status_code == 401
    assert "missing API key" in missing.json()["detail"]
    empty = call.send(item.client, {"Authorization": "Api-Token "})
    assert empty.status_code == 401
    strict = TestClient(item.mock.package.create_app(api_keys=["right"]))
    wrong = call.send(strict, {"Authorization": "Api-Token wrong"})
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "invalid API key"}


@pytest.mark.parametrize(("version", "operation_id"), OPERATIONS)
def test_unimplemented_operation_is_501_naming_it(
    served: dict[str, Served], version: str, operation_id: str
) -> None:
    item = served[version]
    bare = TestClient(item.mock.package.create_app(api_keys=["k"]))
    response = valid_call(item, item.route(operation_id)).send(
        bare, {"Authorization": "Api-Token k"}
    )
    assert response.status_code == 501
    assert response.json() == {
        "detail": f"operation {operation_id!r} is not implemented",
        "operation_id": operation_id,
    }


def test_bare_key_is_accepted_like_the_prefixed_one(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    call = valid_call(item, item.route("core_rbac_mentor_access_list"))
    strict = TestClient(item.mock.package.create_app(item.mock.package.Operations(), ["s3"]))
    assert call.send(strict, {"Authorization": "s3"}).status_code == 501
    assert call.send(strict, {"Authorization": "api-token s3"}).status_code == 501
    assert call.send(strict, {"Authorization": "Bearer s3"}).status_code == 401


def test_keys_from_the_environment_by_default(
    served: dict[str, Served], monkeypatch: pytest.MonkeyPatch
) -> None:
    item = served["4.84.1-ai-plus"]
    package = item.mock.package
    assert package.API_KEYS_ENV == "IBL_DATA_MANAGER_SERVER_API_KEYS"
    call = valid_call(item, item.route("core_rbac_mentor_access_list"))
    client = TestClient(package.create_app())
    monkeypatch.delenv(package.API_KEYS_ENV, raising=False)
    assert call.send(client, {"Authorization": "Api-Token a"}).status_code == 401
    monkeypatch.setenv(package.API_KEYS_ENV, "a, b")
    assert call.send(client, {"Authorization": "Api-Token b"}).status_code == 501
    checked = TestClient(package.create_app(api_keys=lambda key: key.startswith("ok-")))
    assert call.send(checked, {"Authorization": "Api-Token ok-1"}).status_code == 501
    assert call.send(checked, {"Authorization": "Api-Token no"}).status_code == 401


def _field_error(response: object, location: str, name: str) -> dict[str, object]:
    body = response.json()  # type: ignore[attr-defined]
    assert response.status_code == 422, body  # type: ignore[attr-defined]
    matches = [e for e in body["detail"] if e["loc"][:2] == [location, name]]
    assert matches, body
    return matches[0]


def test_empty_q_is_422_naming_it(served: dict[str, Served]) -> None:
    item = served["3.59.0-ai-plus"]
    call = valid_call(item, item.route("credentials_orgs_users_issuers_create"))
    call.params["q"] = ""
    error = _field_error(call.send(item.client, AUTH), "query", "q")
    assert error["type"] == "string_too_short"


def test_non_integer_id_is_422_naming_it(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    for operation_id in ("core_rbac_groups_destroy", "core_rbac_groups_partial_update"):
        call = valid_call(item, item.route(operation_id))
        bad = type(call)(call.method, "/api/core/rbac/groups/abc/", call.params, call.json)
        assert _field_error(bad.send(item.client, AUTH), "path", "id")["type"] == "int_parsing"


def test_missing_platform_key_is_422_naming_it(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    for operation_id in ("core_rbac_groups_destroy", "core_rbac_mentor_access_list"):
        call = valid_call(item, item.route(operation_id))
        del call.params["platform_key"]
        error = _field_error(call.send(item.client, AUTH), "query", "platform_key")
        assert error["type"] == "missing"


def test_non_integer_mentor_id_is_422(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    call = valid_call(item, item.route("core_rbac_mentor_access_list"))
    call.params["mentor_id"] = "nine"
    assert _field_error(call.send(item.client, AUTH), "query", "mentor_id")["type"] == (
        "int_parsing"
    )


def test_bad_bodies_are_422_naming_the_field(served: dict[str, Served]) -> None:
    issuers = served["3.59.0-ai-plus"]
    call = valid_call(issuers, issuers.route("credentials_orgs_users_issuers_update"))
    del call.json["iconImage"]
    assert _field_error(call.send(issuers.client, AUTH), "body", "iconImage")["type"] == "missing"
    groups = served["4.84.1-ai-plus"]
    patch = valid_call(groups, groups.route("core_rbac_groups_partial_update"))
    patch.json["users_to_add"] = ["not-an-id"]
    error = _field_error(patch.send(groups.client, AUTH), "body", "users_to_add")
    assert error["loc"] == ["body", "users_to_add", 0]
    too_long = valid_call(groups, groups.route("core_rbac_groups_partial_update"))
    too_long.json["name"] = "x" * 256
    assert _field_error(too_long.send(groups.client, AUTH), "body", "name")["type"] == (
        "string_too_long"
    )


def test_malformed_json_is_422_not_500(served: dict[str, Served]) -> None:
    item = served["3.59.0-ai-plus"]
    call = valid_call(item, item.route("credentials_orgs_users_issuers_update"))
    response = item.client.put(
        call.url, content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"
    missing = item.client.put(call.url, headers=AUTH)
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["body"]


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"iconImage": "\xff\xfe"}', "'utf-8' codec can't decode byte 0xff"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
    ids=["invalid-utf-8", "100000-deep"],
)
def test_every_malformed_body_is_the_same_422(
    served: dict[str, Served], content: bytes, why: str
) -> None:
    """Bytes that are not JSON at all answer as malformed JSON does: 422, never 400 or 500."""
    item = served["3.59.0-ai-plus"]
    call = valid_call(item, item.route("credentials_orgs_users_issuers_update"))
    response = item.client.put(
        call.url, content=content, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["type"] == "json_invalid"
    assert error["loc"] == ["body"]
    assert error["msg"] == "JSON decode error"
    assert why in error["ctx"]["error"]


def test_a_lone_surrogate_in_a_body_is_422_not_500(served: dict[str, Served]) -> None:
    """Python's JSON reads an encoded lone surrogate; the 422 quoting it must still encode."""
    item = served["3.59.0-ai-plus"]
    call = valid_call(item, item.route("credentials_orgs_users_issuers_update"))
    response = item.client.put(
        call.url,
        content=b'"\xed\xa0\x80"',
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert b'"input":"\\ud800"' in response.content
    assert response.json()["detail"][0]["loc"] == ["body"]


def test_trailing_slashes_are_exact_and_never_redirected(served: dict[str, Served]) -> None:
    groups = served["4.84.1-ai-plus"]
    call = valid_call(groups, groups.route("core_rbac_mentor_access_list"))
    without = groups.client.get(
        "/api/core/rbac/mentor-access", params=call.params, headers=AUTH, follow_redirects=False
    )
    assert without.status_code == 404
    issuers = served["3.59.0-ai-plus"]
    get = valid_call(issuers, issuers.route("credentials_orgs_users_issuers_retrieve_2"))
    added = issuers.client.get(get.url + "/", headers=AUTH, follow_redirects=False)
    assert added.status_code == 404
    assert issuers.client.get(get.url, headers=AUTH).status_code == 200


def _signature(data: dict[str, object]) -> dict[tuple[str, str], object]:
    """What both documents must agree on, per operation."""
    result: dict[tuple[str, str], object] = {}
    for path, item in data["paths"].items():  # type: ignore[attr-defined]
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            params = {
                (p["name"], p["in"]): p.get("required", False) or p["in"] == "path"
                for p in [*shared, *operation.get("parameters", [])]
            }
            result[(path, method)] = (
                operation["operationId"],
                operation.get("summary"),
                operation.get("description"),
                sorted(params.items()),
                sorted(operation["responses"]),
                bool(operation.get("security")),
                "requestBody" in operation,
            )
    return result


@pytest.mark.parametrize("version", ["3.59.0-ai-plus", "4.84.1-ai-plus"])
def test_app_openapi_describes_the_source_document(served: dict[str, Served], version: str) -> None:
    item = served[version]
    own = item.client.get("/openapi.json").json()
    assert _signature(own) == _signature(load_document(item.spec_path).data)
    assert own["info"]["version"] == version
    assert own["components"]["securitySchemes"]["PlatformApiKeyAuthentication"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": item.data["components"]["securitySchemes"]["PlatformApiKeyAuthentication"][
            "description"
        ],
    }
    assert "HTTPValidationError" not in own["components"]["schemas"]


def test_json_bodies_are_checked_strictly_as_the_schema_says(served: dict[str, Served]) -> None:
    groups = served["4.84.1-ai-plus"]
    route = groups.route("core_rbac_groups_partial_update")
    url = "/api/core/rbac/groups/3/"
    null_name = groups.client.patch(url, json={"name": None}, headers=AUTH)
    assert _field_error(null_name, "body", "name")["type"] == "string_type"
    numeric_text = groups.client.patch(url, json={"users_to_add": ["1"]}, headers=AUTH)
    assert _field_error(numeric_text, "body", "users_to_add")["type"] == "int_type"
    number_for_text = groups.client.patch(url, json={"description": 5}, headers=AUTH)
    assert _field_error(number_for_text, "body", "description")["type"] == "string_type"
    assert groups.client.patch(url, json={}, headers=AUTH).status_code == route.status_code
    issuers = served["3.59.0-ai-plus"]
    call = valid_call(issuers, issuers.route("credentials_orgs_users_issuers_update"))
    call.json["allowed_template_tags"] = None  # nullable: null is a value here
    assert call.send(issuers.client, AUTH).status_code == 200


def test_405_lists_every_method_of_the_path(served: dict[str, Served]) -> None:
    issuers = served["3.59.0-ai-plus"]
    url = "/api/credentials/orgs/o/users/u/issuers/e1"
    response = issuers.client.delete(url, headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PUT"
    assert response.json() == {"detail": "Method Not Allowed"}
    groups = served["4.84.1-ai-plus"]
    options = groups.client.options("/api/core/rbac/groups/1/", headers=AUTH)
    assert (options.status_code, options.headers["allow"]) == (405, "DELETE, PATCH")


def test_an_optional_body_may_be_left_out_but_not_sent_as_null(served: dict[str, Served]) -> None:
    groups = served["4.84.1-ai-plus"]
    url = "/api/core/rbac/groups/3/"
    assert groups.client.patch(url, headers=AUTH).status_code == 200
    null = groups.client.patch(
        url, content=b"null", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert null.status_code == 422
    assert null.json()["detail"] == [
        {
            "type": "model_type",
            "loc": ["body"],
            "msg": "Input should be an object, not null",
            "input": None,
        }
    ]


@pytest.mark.parametrize("version", ["3.59.0-ai-plus", "4.84.1-ai-plus"])
def test_a_secured_route_resolves_one_dependency_on_the_apps_own_router(
    served: dict[str, Served], version: str
) -> None:
    """FastAPI solves every dependency on every request and matches an included router
    again: a secured route's key check and implementation lookup are one dependency,
    and every route is on the app's router itself."""
    from fastapi.routing import APIRoute

    item = served[version]
    routes = {
        route.operation_id: route
        for route in item.client.app.router.routes  # type: ignore[attr-defined]
        if isinstance(route, APIRoute)
    }
    assert sorted(routes) == sorted(route.operation_id for route in item.routes)
    for operation in item.routes:
        dependencies = routes[operation.operation_id].dependant.dependencies
        assert len(dependencies) == 1, operation.operation_id
        names = {type(dependency.call).__name__ for dependency in dependencies}
        assert names == ({"ApiKeyGuard"} if operation.secured else {"function"})
