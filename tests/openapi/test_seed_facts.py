"""The facts of each seed that matter to a client, as literal tables.

Every row was read off the vendor's rendered reference (shared/seeds/000_*.txt for
3.59.0-ai-plus, shared/seeds/003_*.txt for 4.84.1-ai-plus); where the page was silent the
row holds what drf-spectacular would emit, as recorded in each version's NOTES.md. A change
to a stored document that alters one of these facts must be deliberate.

The documents are read with ``yaml.safe_load`` only, and ``$ref``s are resolved by the small
helper below, so these facts do not depend on specbind's own loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

V359 = "3.59.0-ai-plus"
V484 = "4.84.1-ai-plus"
VERSIONS = [V359, V484]

ISSUERS = "/api/credentials/orgs/{org}/users/{user_id}/issuers/"
ISSUER = "/api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}"
GROUP = "/api/core/rbac/groups/{id}/"
MENTOR_ACCESS = "/api/core/rbac/mentor-access/"

SCHEME = "PlatformApiKeyAuthentication"
SECURITY: list[dict[str, list[str]]] = [{SCHEME: []}]
DRF_CONTENT_TYPES = {"application/json", "application/x-www-form-urlencoded", "multipart/form-data"}

SERVERS = [
    ("https://docs.ibl.ai/_mock/apis/ibl/", "Mock server"),
    ("https://base.manager.iblai.app/", "Production server"),
]

TAGS = {
    V359: [
        "ai-account",
        "ai-analytics",
        "ai-bot",
        "ai-finetuning",
        "ai-index",
        "ai-marketing",
        "ai-media",
        "ai-mentor",
        "ai-prompt",
        "career",
        "catalog",
        "core",
        "credentials",
        "features",
        "media",
        "notifications",
        "scim",
        "commerce",
        "recommendations",
        "reports",
        "skills",
    ],
    # The 4.84.1 page shows 23 tag groups without names; only `core` is justified.
    V484: ["core"],
}

# The exact set of operations: (path, method, operationId).
OPERATIONS: dict[str, set[tuple[str, str, str]]] = {
    V359: {
        (ISSUERS, "post", "credentials_orgs_users_issuers_create"),
        (ISSUER, "get", "credentials_orgs_users_issuers_retrieve_2"),
        (ISSUER, "put", "credentials_orgs_users_issuers_update"),
    },
    V484: {
        (GROUP, "patch", "core_rbac_groups_partial_update"),
        (GROUP, "delete", "core_rbac_groups_destroy"),
        (MENTOR_ACCESS, "get", "core_rbac_mentor_access_list"),
    },
}

# (path, method) -> tag of the operation.
OPERATION_TAGS: dict[str, dict[tuple[str, str], list[str]]] = {
    V359: {
        (ISSUERS, "post"): ["credentials"],
        (ISSUER, "get"): ["credentials"],
        (ISSUER, "put"): ["credentials"],
    },
    V484: {
        (GROUP, "patch"): ["core"],
        (GROUP, "delete"): ["core"],
        (MENTOR_ACCESS, "get"): ["core"],
    },
}

# (path, method) -> parameters in document order: (name, in, schema type, required, minLength).
PARAMETERS: dict[str, dict[tuple[str, str], list[tuple[str, str, str, bool, int | None]]]] = {
    V359: {
        (ISSUERS, "post"): [
            ("org", "path", "string", True, None),
            ("q", "query", "string", True, 1),
            ("user_id", "path", "string", True, None),
        ],
        (ISSUER, "get"): [
            ("entity_id", "path", "string", True, None),
            ("org", "path", "string", True, None),
            ("user_id", "path", "string", True, None),
        ],
        (ISSUER, "put"): [
            ("entity_id", "path", "string", True, None),
            ("org", "path", "string", True, None),
            ("user_id", "path", "string", True, None),
        ],
    },
    V484: {
        (GROUP, "patch"): [
            ("id", "path", "integer", True, None),
        ],
        (GROUP, "delete"): [
            ("id", "path", "integer", True, None),
            ("platform_key", "query", "string", True, 1),
        ],
        (MENTOR_ACCESS, "get"): [
            ("mentor_id", "query", "integer", True, None),
            ("platform_key", "query", "string", True, None),
        ],
    },
}

# (path, method) -> (requestBody.required, schema $ref) or None when there is no body.
BODIES: dict[str, dict[tuple[str, str], tuple[bool, str] | None]] = {
    V359: {
        (ISSUERS, "post"): (True, "#/components/schemas/Issuer"),
        (ISSUER, "get"): None,
        (ISSUER, "put"): (True, "#/components/schemas/Issuer"),
    },
    V484: {
        (GROUP, "patch"): (False, "#/components/schemas/PatchedRbacGroup"),
        (GROUP, "delete"): None,
        (MENTOR_ACCESS, "get"): None,
    },
}

# (path, method) -> {status: response body}; "Name" is a $ref, "[Name]" an array of them,
# None no content.
RESPONSES: dict[str, dict[tuple[str, str], dict[str, str | None]]] = {
    V359: {
        (ISSUERS, "post"): {"201": "Issuer"},
        (ISSUER, "get"): {"200": "Issuer"},
        (ISSUER, "put"): {"200": "Issuer"},
    },
    V484: {
        (GROUP, "patch"): {"200": "RbacGroup"},
        (GROUP, "delete"): {"204": None},
        (MENTOR_ACCESS, "get"): {"200": "[MentorAccessPolicy]"},
    },
}

# schema -> (required list as emitted, readOnly properties, writeOnly properties).
SCHEMAS: dict[str, dict[str, tuple[list[str], set[str], set[str]]]] = {
    V359: {
        "Issuer": (
            ["entityId", "iconImage", "name", "org", "signatories", "url"],
            {"name", "org", "signatories", "url"},
            set(),
        ),
    },
    V484: {
        "MentorAccessPolicy": (
            ["groups", "id", "name", "resources", "role", "users"],
            {"id", "name", "resources", "users", "groups"},
            set(),
        ),
        "PatchedRbacGroup": (
            [],
            {"id", "platform", "owner", "users", "is_internal"},
            {"platform_key", "users_to_add", "users_to_remove"},
        ),
        "Platform": (["id", "key"], {"id"}, set()),
        "RbacGroup": (
            ["id", "is_internal", "owner", "platform", "unique_id", "users"],
            {"id", "platform", "owner", "users", "is_internal"},
            {"platform_key", "users_to_add", "users_to_remove"},
        ),
        "RbacPolicyGroup": (["id", "unique_id"], {"id"}, set()),
        "RbacUser": (["id"], {"id"}, set()),
    },
}

_GROUP_PROPERTIES: dict[str, tuple[str | None, str | None, bool, int | None]] = {
    "id": ("integer", None, False, None),
    "unique_id": ("string", None, False, 255),
    "platform": ("Platform", None, False, None),
    "platform_key": ("string", None, False, None),
    "name": ("string", None, False, 255),
    "description": ("string", None, False, None),
    "owner": ("RbacUser", None, False, None),
    "users": ("[RbacUser]", None, False, None),
    "users_to_add": ("[integer]", None, False, None),
    "users_to_remove": ("[integer]", None, False, None),
    "is_internal": ("boolean", None, False, None),
}

# schema -> property -> (type, format, nullable, maxLength), in document order.
# type: a JSON type, "Name" for a (possibly allOf-wrapped) $ref, "[x]" for an array of x,
# "{string}" for an object of string additional properties, None for no type ("any").
PROPERTIES: dict[str, dict[str, dict[str, tuple[str | None, str | None, bool, int | None]]]] = {
    V359: {
        "Issuer": {
            "name": ("string", None, False, None),
            "org": ("string", None, False, None),
            "entityId": ("string", None, False, None),
            "signatories": ("{string}", None, False, None),
            "url": ("string", None, False, None),
            "iconImage": ("string", None, False, None),
            "allowed_template_tags": (None, None, True, None),
        },
    },
    V484: {
        "MentorAccessPolicy": {
            "id": ("integer", None, False, None),
            "name": ("string", None, False, None),
            "role": ("string", None, False, None),
            "resources": (None, None, False, None),
            "users": ("[RbacUser]", None, False, None),
            "groups": ("[RbacPolicyGroup]", None, False, None),
        },
        "PatchedRbacGroup": _GROUP_PROPERTIES,
        "Platform": {
            "id": ("integer", None, False, None),
            "key": ("string", None, False, 200),
            "name": ("string", None, True, 200),
        },
        "RbacGroup": _GROUP_PROPERTIES,
        "RbacPolicyGroup": {
            "id": ("integer", None, False, None),
            "name": ("string", None, False, 255),
            "unique_id": ("string", None, False, 255),
            "description": ("string", None, False, None),
        },
        "RbacUser": {
            "id": ("integer", None, False, None),
            "username": ("string", None, True, 100),
            "email": ("string", "email", True, 254),
        },
    },
}


def _load(version: str) -> dict[str, Any]:
    path = (
        Path(__file__).resolve().parents[2] / "spec" / "ibl-data-manager" / version / "openapi.yaml"
    )
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module", params=VERSIONS)
def doc(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    version: str = request.param
    return version, _load(version)


def _resolve(data: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (``#/a/b~1c``) until a node without one is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), ref
        assert ref not in seen, f"$ref cycle at {ref}"
        seen.add(ref)
        node = data
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _ref_name(ref: str) -> str:
    assert ref.startswith("#/components/schemas/"), ref
    return ref.rsplit("/", 1)[1]


def _operations(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return {
        (path, method): operation
        for path, item in data["paths"].items()
        for method, operation in _resolve(data, item).items()
        if method in methods
    }


def _shape(data: dict[str, Any], schema: dict[str, Any]) -> str | None:
    """A compact description of a schema's type, as used in the tables above."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        assert isinstance(_resolve(data, schema), dict), name
        return name
    if "allOf" in schema:
        (only,) = schema["allOf"]
        return _shape(data, only)
    kind = schema.get("type")
    if kind == "array":
        return f"[{_shape(data, schema['items'])}]"
    if kind == "object" and "additionalProperties" in schema:
        return "{" + str(_shape(data, schema["additionalProperties"])) + "}"
    return kind


def test_document_is_valid_openapi_3_0_3(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    validate(data)
    assert data["openapi"] == "3.0.3"
    assert data["info"] == {
        "title": "ibl-data-manager",
        "version": version,
        "description": "API for iblai",
    }


def test_servers_mock_first_then_production(doc: tuple[str, dict[str, Any]]) -> None:
    _, data = doc
    assert [(s["url"], s["description"]) for s in data["servers"]] == SERVERS


def test_tags_in_page_order(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    assert [t["name"] for t in data["tags"]] == TAGS[version]
    operations = _operations(data)
    assert {key: op["tags"] for key, op in operations.items()} == OPERATION_TAGS[version]


def test_exact_operations(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    found = {(path, method, op["operationId"]) for (path, method), op in _operations(data).items()}
    assert found == OPERATIONS[version]


def test_parameters(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    found = {}
    for key, operation in _operations(data).items():
        rows = []
        for raw in operation.get("parameters", []):
            param = _resolve(data, raw)
            schema = _resolve(data, param["schema"])
            rows.append(
                (
                    param["name"],
                    param["in"],
                    schema["type"],
                    param.get("required", False),
                    schema.get("minLength"),
                )
            )
        found[key] = rows
    assert found == PARAMETERS[version]


def test_request_bodies(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    found: dict[tuple[str, str], tuple[bool, str] | None] = {}
    for key, operation in _operations(data).items():
        if "requestBody" not in operation:
            found[key] = None
            continue
        body = _resolve(data, operation["requestBody"])
        content = body["content"]
        assert set(content) == DRF_CONTENT_TYPES, key
        refs = {media["schema"]["$ref"] for media in content.values()}
        assert len(refs) == 1, (key, refs)
        (ref,) = refs
        assert isinstance(_resolve(data, {"$ref": ref}), dict), ref
        found[key] = (body.get("required", False), ref)
    assert found == BODIES[version]


def test_responses(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    found: dict[tuple[str, str], dict[str, str | None]] = {}
    for key, operation in _operations(data).items():
        statuses: dict[str, str | None] = {}
        for status, raw in operation["responses"].items():
            response = _resolve(data, raw)
            assert isinstance(response["description"], str)
            content = response.get("content")
            if content is None:
                statuses[str(status)] = None
            else:
                assert set(content) == {"application/json"}, key
                statuses[str(status)] = _shape(data, content["application/json"]["schema"])
        found[key] = statuses
    assert found == RESPONSES[version]


def test_delete_answers_204_without_content() -> None:
    response = _load(V484)["paths"][GROUP]["delete"]["responses"]["204"]
    assert response == {"description": "Group deleted successfully"}


def test_every_operation_requires_the_platform_api_key(doc: tuple[str, dict[str, Any]]) -> None:
    _, data = doc
    assert "security" not in data
    scheme = data["components"]["securitySchemes"][SCHEME]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "Api-Token <key>" in scheme["description"]
    operations = _operations(data)
    assert operations
    for key, operation in operations.items():
        assert operation["security"] == SECURITY, key


def test_schemas_required_read_only_and_write_only(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    schemas = data["components"]["schemas"]
    assert set(schemas) == set(SCHEMAS[version])
    for name, (required, read_only, write_only) in SCHEMAS[version].items():
        schema = _resolve(data, schemas[name])
        properties = {p: _resolve(data, s) for p, s in schema["properties"].items()}
        assert schema.get("required", []) == required, name
        assert {p for p, s in properties.items() if s.get("readOnly")} == read_only, name
        assert {p for p, s in properties.items() if s.get("writeOnly")} == write_only, name


def test_schema_properties_types_and_constraints(doc: tuple[str, dict[str, Any]]) -> None:
    version, data = doc
    schemas = data["components"]["schemas"]
    for name, expected in PROPERTIES[version].items():
        properties = schemas[name]["properties"]
        found = {
            prop: (_shape(data, s), s.get("format"), s.get("nullable", False), s.get("maxLength"))
            for prop, s in properties.items()
        }
        assert list(found) == list(expected), name
        assert found == expected, name


def test_issuer_quirks_of_3_59_0() -> None:
    data = _load(V359)
    issuer = data["components"]["schemas"]["Issuer"]["properties"]
    assert issuer["allowed_template_tags"] == {"nullable": True}
    assert issuer["signatories"]["additionalProperties"] == {"type": "string"}
    # The page's quirk: a search term `q`, required and non-empty, on a create.
    (q,) = [p for p in data["paths"][ISSUERS]["post"]["parameters"] if p["name"] == "q"]
    assert q == {
        "in": "query",
        "name": "q",
        "schema": {"type": "string", "minLength": 1},
        "required": True,
    }
    # Trailing slash on the collection path, none on the detail path, exactly as shown.
    assert set(data["paths"]) == {ISSUERS, ISSUER}


def test_the_broken_patch_example_is_kept_as_published() -> None:
    data = _load(V484)
    media = data["paths"][GROUP]["patch"]["responses"]["200"]["content"]["application/json"]
    example = media["examples"]["Response"]["value"]
    assert example["users"] == [{}]
    # It breaks its own schema: RbacUser requires `id`.
    users = _resolve(data, media["schema"])["properties"]["users"]
    assert "id" in _resolve(data, users["items"])["required"]
    assert "id" not in example["users"][0]


def test_request_examples_are_the_curl_payloads() -> None:
    issuer_body = {"entityId": "string", "iconImage": "string", "allowed_template_tags": None}
    data = _load(V359)
    for path, method in ((ISSUERS, "post"), (ISSUER, "put")):
        media = data["paths"][path][method]["requestBody"]["content"]["application/json"]
        assert media["examples"]["Request"]["value"] == issuer_body
    patch = _load(V484)["paths"][GROUP]["patch"]["requestBody"]["content"]["application/json"]
    assert patch["examples"]["Request"]["value"] == {
        "unique_id": "string",
        "platform_key": "string",
        "name": "string",
        "description": "string",
        "users_to_add": [0],
        "users_to_remove": [0],
    }
