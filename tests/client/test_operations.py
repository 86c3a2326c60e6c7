"""Every operation of both stored spec versions, driven against a real server on 127.0.0.1.

Each case asserts the exact method, path, query, headers and JSON body the generated
client sends, and the typed value it returns; each runs through `Client` and through
`AsyncClient`. Operations are found by method and path, so the test names the API, not
the generator's spelling.
"""

from __future__ import annotations

import asyncio
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.client.conftest import API_KEY, GeneratedClient, operation_method
from tests.client.recording_server import Answer, RecordingServer

ISSUERS = "/api/credentials/orgs/{org}/users/{user_id}/issuers/"
ISSUER = "/api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}"
GROUP = "/api/core/rbac/groups/{id}/"
MENTOR_ACCESS = "/api/core/rbac/mentor-access/"

ISSUER_JSON = {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": {"dean": "Ada Lovelace"},
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": ["course", "grade"],
}
ISSUER_REQUEST_JSON = {
    "entityId": "abc123",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": None,
}
USER = {"id": 11, "username": "ada", "email": None}
GROUP_JSON = {
    "id": 5,
    "unique_id": "team-5",
    "platform": {"id": 2, "key": "main", "name": None},
    "name": "Team",
    "description": "The team",
    "owner": {"id": 10, "username": "owner", "email": "owner@example.com"},
    "users": [USER],
    "is_internal": False,
}
GROUP_PATCH_JSON = {
    "unique_id": "team-5",
    "platform_key": "main",
    "name": "Team",
    "description": "The team",
    "users_to_add": [11, 12],
    "users_to_remove": [13],
}
MENTOR_ACCESS_JSON = [
    {
        "id": 1,
        "name": "policy-1",
        "role": "editor",
        "resources": ["/mentors/9/"],
        "users": [USER],
        "groups": [{"id": 3, "name": "Team", "unique_id": "team-3", "description": ""}],
    }
]


def body_model(generated: GeneratedClient, method: str, path: str) -> Any:
    """The request model the operation's `body` argument takes."""
    build_request = generated.operation(method, path).build_request
    hint = typing.get_type_hints(build_request)["body"]
    models = [a for a in typing.get_args(hint) if hasattr(a, "from_dict")] or [hint]
    return models[0]


def init_fields(model: type) -> set[str]:
    return {a.name for a in model.__attrs_attrs__ if a.init}  # type: ignore[attr-defined]


@dataclass
class Case:
    id: str
    version: str
    method: str
    path: str
    arguments: Callable[[GeneratedClient], dict[str, Any]]
    answer: Any
    sent_path: str
    sent_query: dict[str, list[str]]
    sent_json: Any = None
    check: Callable[[GeneratedClient, Any], None] = field(default=lambda g, v: None)


def check_issuer(generated: GeneratedClient, issuer: Any) -> None:
    models = generated.module("models")
    assert isinstance(issuer, models.Issuer)
    assert (issuer.name, issuer.org, issuer.entity_id) == (
        "Example University",
        "example-university",
        "abc123",
    )
    assert (issuer.url, issuer.icon_image) == (
        "https://example.com",
        "https://example.com/logo.png",
    )
    assert issuer.signatories["dean"] == "Ada Lovelace"
    assert issuer.allowed_template_tags == ["course", "grade"]


def check_group(generated: GeneratedClient, group: Any) -> None:
    models = generated.module("models")
    assert isinstance(group, models.RbacGroup)
    assert (group.id, group.unique_id, group.name, group.is_internal) == (
        5,
        "team-5",
        "Team",
        False,
    )
    assert (group.platform.id, group.platform.key, group.platform.name) == (2, "main", None)
    assert group.owner.email == "owner@example.com"
    assert [(u.id, u.username, u.email) for u in group.users] == [(11, "ada", None)]
    assert not hasattr(group, "platform_key")  # writeOnly: never expected in a response


def check_mentor_access(generated: GeneratedClient, value: Any) -> None:
    models = generated.module("models")
    assert isinstance(value, list) and len(value) == 1
    access = value[0]
    assert isinstance(access, models.MentorAccessPolicy)
    assert (access.id, access.name, access.role) == (1, "policy-1", "editor")
    assert access.resources == ["/mentors/9/"]
    assert access.users[0].username == "ada"
    assert (access.groups[0].id, access.groups[0].unique_id) == (3, "team-3")


CASES = [
    Case(
        "issuers_create",
        "3.59.0",
        "POST",
        ISSUERS,
        lambda g: {
            "org": "example-university",
            "user_id": "ada lovelace",
            "q": "exam",
            "body": body_model(g, "POST", ISSUERS).from_dict(ISSUER_REQUEST_JSON),
        },
        ISSUER_JSON,
        "/api/credentials/orgs/example-university/users/ada%20lovelace/issuers/",
        {"q": ["exam"]},
        ISSUER_REQUEST_JSON,
        check_issuer,
    ),
    Case(
        "issuers_retrieve",
        "3.59.0",
        "GET",
        ISSUER,
        lambda g: {"org": "acme", "user_id": "u1", "entity_id": "abc/123"},
        ISSUER_JSON,
        "/api/credentials/orgs/acme/users/u1/issuers/abc%2F123",
        {},
        None,
        check_issuer,
    ),
    Case(
        "issuers_update",
        "3.59.0",
        "PUT",
        ISSUER,
        lambda g: {
            "org": "acme",
            "user_id": "u1",
            "entity_id": "abc123",
            "body": body_model(g, "PUT", ISSUER).from_dict(
                {**ISSUER_REQUEST_JSON, "allowed_template_tags": ["course"]}
            ),
        },
        ISSUER_JSON,
        "/api/credentials/orgs/acme/users/u1/issuers/abc123",
        {},
        {**ISSUER_REQUEST_JSON, "allowed_template_tags": ["course"]},
        check_issuer,
    ),
    Case(
        "groups_partial_update",
        "4.84.1",
        "PATCH",
        GROUP,
        lambda g: {"id": 5, "body": body_model(g, "PATCH", GROUP).from_dict(GROUP_PATCH_JSON)},
        GROUP_JSON,
        "/api/core/rbac/groups/5/",
        {},
        GROUP_PATCH_JSON,
        check_group,
    ),
    Case(
        "groups_destroy",
        "4.84.1",
        "DELETE",
        GROUP,
        lambda g: {"id": 5, "platform_key": "main"},
        None,
        "/api/core/rbac/groups/5/",
        {"platform_key": ["main"]},
        None,
        lambda g, value: None if value is None else pytest.fail(f"expected None, got {value!r}"),
    ),
    Case(
        "mentor_access",
        "4.84.1",
        "GET",
        MENTOR_ACCESS,
        lambda g: {"mentor_id": 9, "platform_key": "main"},
        MENTOR_ACCESS_JSON,
        "/api/core/rbac/mentor-access/",
        {"mentor_id": ["9"], "platform_key": ["main"]},
        None,
        check_mentor_access,
    ),
]


@pytest.fixture
def clients(v359: GeneratedClient, v484: GeneratedClient) -> dict[str, GeneratedClient]:
    return {"3.59.0": v359, "4.84.1": v484}


def test_every_operation_of_both_versions_has_a_case(clients: dict[str, GeneratedClient]) -> None:
    for version, generated in clients.items():
        api = {(op.method, op.path) for op in _operations(generated)}
        covered = {(c.method, c.path) for c in CASES if c.version == version}
        assert api == covered, f"{version}: operations without a case: {api - covered}"


def _operations(generated: GeneratedClient) -> list[Any]:
    from pathlib import Path

    api = Path(generated.package.__file__ or "").parent / "api"
    found = []
    for file in sorted(api.rglob("*.py")):
        if file.name != "__init__.py":
            dotted = ".".join(file.relative_to(api.parent).with_suffix("").parts)
            found.append(generated.module(dotted).OPERATION)
    return found


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_operation_sends_exactly_and_returns_typed_value(
    clients: dict[str, GeneratedClient], server: RecordingServer, case: Case, mode: str
) -> None:
    generated = clients[case.version]
    module = generated.operation(case.method, case.path)
    name = module.__name__.rsplit(".", 1)[-1]
    status = module.OPERATION.responses[0][0]
    server.answer(Answer(status, case.answer))
    arguments = case.arguments(generated)
    settings = {"api_key": API_KEY, "base_url": server.url, "max_retries": 0}
    if mode == "sync":
        with generated.package.Client(**settings) as client:
            value = operation_method(client, name)(**arguments)
    else:

        async def call() -> Any:
            async with generated.package.AsyncClient(**settings) as client:
                return await operation_method(client, name)(**arguments)

        value = asyncio.run(call())

    request = server.last
    assert len(server.requests) == 1
    assert request.method == case.method
    assert request.path == case.sent_path
    assert request.query == case.sent_query
    assert request.headers["authorization"] == f"Api-Token {API_KEY}"
    assert request.headers["accept"] == "application/json"
    if case.sent_json is None:
        assert request.body == b""
        assert "content-type" not in request.headers
    else:
        assert request.headers["content-type"] == "application/json"
        assert request.json == case.sent_json
    case.check(generated, value)


# -- request and response views of readOnly / writeOnly schemas ------------------------------


def test_creating_an_issuer_does_not_ask_for_read_only_fields(v359: GeneratedClient) -> None:
    request_model = body_model(v359, "POST", ISSUERS)
    response_model = v359.module("models").Issuer
    assert request_model is not response_model
    assert init_fields(request_model) == {"entity_id", "icon_image", "allowed_template_tags"}
    assert {"name", "org", "signatories", "url"} <= init_fields(response_model)
    request_model(entity_id="e", icon_image="i")  # the read-only four are not required


def test_group_update_takes_write_only_fields_and_not_read_only_ones(
    v484: GeneratedClient,
) -> None:
    request_fields = init_fields(body_model(v484, "PATCH", GROUP))
    assert {"platform_key", "users_to_add", "users_to_remove", "name"} <= request_fields
    assert not {"id", "platform", "owner", "users", "is_internal"} & request_fields
    response_fields = init_fields(v484.module("models").RbacGroup)
    assert not {"platform_key", "users_to_add", "users_to_remove"} & response_fields


def test_issuer_response_missing_a_read_only_field_names_it(
    v359: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, {k: v for k, v in ISSUER_JSON.items() if k != "org"}))
    with (
        v359.package.Client(api_key=API_KEY, base_url=server.url) as client,
        pytest.raises(v359.package.ResponseValidationError) as caught,
    ):
        operation_method(client, "credentials_orgs_users_issuers_retrieve_2")(
            org="a", user_id="b", entity_id="c"
        )
    assert caught.value.field == "org"
    assert caught.value.reason == "required field is missing"


def test_group_response_with_a_bad_nested_user_id_names_the_field(
    v484: GeneratedClient, server: RecordingServer
) -> None:
    module = v484.operation("PATCH", GROUP)
    name = module.__name__.rsplit(".", 1)[-1]
    bad = {**GROUP_JSON, "users": [USER, {**USER, "id": "eleven"}]}
    server.answer(Answer(200, bad))
    with (
        v484.package.Client(api_key=API_KEY, base_url=server.url) as client,
        pytest.raises(v484.package.ResponseValidationError) as caught,
    ):
        operation_method(client, name)(id=5, body=body_model(v484, "PATCH", GROUP).from_dict({}))
    assert caught.value.field == "users[1].id"
    assert caught.value.reason == "expected integer, got str"


def test_unknown_response_fields_are_kept(v484: GeneratedClient, server: RecordingServer) -> None:
    extra = [{**MENTOR_ACCESS_JSON[0], "expires": "2030-01-01"}]
    server.answer(Answer(200, extra))
    with v484.package.Client(api_key=API_KEY, base_url=server.url) as client:
        module = v484.operation("GET", MENTOR_ACCESS)
        value = operation_method(client, module.__name__.rsplit(".", 1)[-1])(
            mentor_id=1, platform_key="k"
        )
    assert value[0].additional_properties == {"expires": "2030-01-01"}


@pytest.mark.parametrize(
    ("version", "method", "path", "arguments", "field"),
    [
        ("3.59.0", "POST", ISSUERS, {"org": "o", "user_id": "u", "q": ""}, "query.q"),
        ("4.84.1", "DELETE", GROUP, {"id": 5, "platform_key": ""}, "query.platform_key"),
    ],
)
def test_min_length_parameters_are_refused_before_sending(
    clients: dict[str, GeneratedClient],
    server: RecordingServer,
    version: str,
    method: str,
    path: str,
    arguments: dict[str, Any],
    field: str,
) -> None:
    generated = clients[version]
    module = generated.operation(method, path)
    name = module.__name__.rsplit(".", 1)[-1]
    if method == "POST":
        arguments = {
            **arguments,
            "body": body_model(generated, method, path).from_dict(ISSUER_REQUEST_JSON),
        }
    with (
        generated.package.Client(api_key=API_KEY, base_url=server.url) as client,
        pytest.raises(generated.package.RequestValidationError) as caught,
    ):
        operation_method(client, name)(**arguments)
    assert caught.value.field == field
    assert "minLength 1" in str(caught.value)
    assert server.requests == []
