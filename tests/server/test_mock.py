"""The mock: valid examples served, invalid ones replaced and reported, values synthesised."""

from __future__ import annotations

import dataclasses
import decimal
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from specbind.config import Config
from specbind.errors import Severity, SpecbindError
from specbind.openapi.store import SpecStore
from specbind.server import generate_server
from specbind.server.mock import (
    accepted_keys,
    build_mock,
    mock_answers,
    mock_implementation,
    mock_work_dir,
)
from specbind.server.schemas import SchemaChecker
from specbind.server.synthesis import NoInstance, ValueSynthesiser, pattern_strings
from tests.server.conftest import AUTH, Served, valid_call

PATCH_EXAMPLE = (
    "/paths/~1api~1core~1rbac~1groups~1{id}~1/patch/responses/200/content/"
    "application~1json/examples/Response/value"
)


def test_the_4_84_1_patch_example_is_replaced_and_reported(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    [warning] = item.mock.warnings
    assert warning.pointer == PATCH_EXAMPLE
    assert warning.severity is Severity.WARNING
    assert warning.rule == "invalid-example"
    assert warning.file == str(item.spec_path)
    assert "users[0]: 'id' is a required property" in warning.message
    assert "core_rbac_groups_partial_update" in warning.message
    answer = item.mock.answers.answers["core_rbac_groups_partial_update"]
    assert answer.source == "synthesised"
    route = item.route("core_rbac_groups_partial_update")
    body = valid_call(item, route).send(item.client, AUTH).json()
    assert body["users"] and all("id" in user for user in body["users"])
    document_example = item.data["paths"][route.path]["patch"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]["Response"]["value"]
    assert body != document_example
    assert document_example["users"] == [{}]


def test_valid_examples_are_served_as_they_are(served: dict[str, Served]) -> None:
    item = served["3.59.0-ai-plus"]
    assert item.mock.warnings == []
    route = item.route("credentials_orgs_users_issuers_retrieve_2")
    body = valid_call(item, route).send(item.client, AUTH).json()
    assert body["signatories"] == {"property1": "string", "property2": "string"}
    assert item.mock.answers.answers[route.operation_id].source.startswith("example #/paths/")
    access = served["4.84.1-ai-plus"].mock.answers.answers["core_rbac_mentor_access_list"]
    assert access.value == [
        {"id": 0, "name": "string", "role": "string", "resources": None, "users": [], "groups": []}
    ]


def test_synthesised_answers_follow_the_seed(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    routes = item.routes
    first = mock_answers(item.data, routes, seed=1).answers["core_rbac_groups_partial_update"]
    again = mock_answers(item.data, routes, seed=1).answers["core_rbac_groups_partial_update"]
    other = mock_answers(item.data, routes, seed=2).answers["core_rbac_groups_partial_update"]
    assert first.value == again.value
    assert first.value != other.value


ISSUERS = "/api/credentials/orgs/acme/users/u1/issuers/"


def _stateful_client(item: Served) -> TestClient:
    """The mock of `item` remembering what is written (seed 3), its key `k`."""
    package = item.mock.package
    answers = mock_answers(item.data, item.routes, seed=3, stateful=True)
    return TestClient(package.create_app(mock_implementation(package, answers), ["k"]))


def test_stateful_put_is_seen_by_the_next_get(served: dict[str, Served]) -> None:
    item = served["3.59.0-ai-plus"]
    client = _stateful_client(item)
    auth = {"Authorization": "Api-Token k"}
    base = ISSUERS
    put = client.put(base + "e1", json={"entityId": "e1", "iconImage": "new.png"}, headers=auth)
    assert put.status_code == 200
    assert put.json()["iconImage"] == "new.png"
    assert client.get(base + "e1", headers=auth).json()["iconImage"] == "new.png"
    assert client.get(base + "e2", headers=auth).json()["iconImage"] == "string"
    stateless = item.client.put(
        base + "e1", json={"entityId": "e1", "iconImage": "new.png"}, headers=AUTH
    )
    assert stateless.json()["iconImage"] == "string"


def test_stateful_post_creates_what_the_item_get_reads(served: dict[str, Served]) -> None:
    client = _stateful_client(served["3.59.0-ai-plus"])
    auth = {"Authorization": "Api-Token k"}
    base = ISSUERS
    sent = {"entityId": "issuer-9", "iconImage": "logo.png", "allowed_template_tags": ["a"]}
    created = client.post(base, params={"q": "x"}, json=sent, headers=auth)
    assert created.status_code == 201
    assert {k: created.json()[k] for k in sent} == sent
    read = client.get(base + "issuer-9", headers=auth).json()
    assert read == created.json()
    other_org = client.get("/api/credentials/orgs/other/users/u1/issuers/issuer-9", headers=auth)
    assert other_org.json()["entityId"] == "string"  # the document's example, not ours


def test_stateful_patch_then_delete(served: dict[str, Served]) -> None:
    item = served["4.84.1-ai-plus"]
    route = item.route("core_rbac_groups_partial_update")
    destroy = item.route("core_rbac_groups_destroy")
    answers = mock_answers(item.data, item.routes, seed=3, stateful=True)

    class Body:
        def model_dump(self, **_: Any) -> dict[str, Any]:
            return {"name": "renamed"}

    patched = answers.answer(route, {"id": 5, "body": Body()})
    assert patched["name"] == "renamed"
    assert answers.state[(route.path, (5,))]["name"] == "renamed"
    assert answers.answer(destroy, {"id": 5, "platform_key": "k"}) is None
    assert (route.path, (5,)) not in answers.state


DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "tag", "born"],
                "properties": {
                    "id": {"type": "integer", "minimum": 10, "maximum": 12},
                    "tag": {"type": "string", "minLength": 5, "maxLength": 6},
                    "born": {"type": "string", "format": "date-time"},
                    "email": {"type": "string", "format": "email", "nullable": True},
                    "uuid": {"type": "string", "format": "uuid"},
                    "site": {"type": "string", "format": "uri"},
                    "kind": {"type": "string", "enum": ["cat", "dog"]},
                    "score": {"type": "number", "exclusiveMinimum": True, "minimum": 0},
                    "labels": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "parent": {"allOf": [{"$ref": "#/components/schemas/Owner"}]},
                    "either": {"oneOf": [{"type": "boolean"}, {"type": "string"}]},
                    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                },
            },
            "Owner": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "nullable": True}},
            },
        }
    },
}
PET = {"$ref": "#/components/schemas/Pet"}


@pytest.mark.parametrize("seed", range(20))
def test_synthesised_values_are_valid(seed: int) -> None:
    value = ValueSynthesiser(DOCUMENT, seed).value(PET)
    assert SchemaChecker(DOCUMENT).errors(value, PET) == []
    assert 10 <= value["id"] <= 12
    assert 5 <= len(value["tag"]) <= 6
    assert value["kind"] in ("cat", "dog")
    assert value["score"] > 0
    assert len(value["tags"]) >= 2
    assert set(value["labels"]) == {"property1", "property2"}
    assert "@" in value["email"]


def test_checker_reads_openapi_3_0_nullable_and_formats() -> None:
    checker = SchemaChecker(DOCUMENT)
    owner = {"$ref": "#/components/schemas/Owner"}
    assert checker.errors({"name": None}, owner) == []
    assert checker.errors({}, owner) == ["(value): 'name' is a required property"]
    email = {"type": "string", "format": "email"}
    assert checker.errors("no-at-sign", email) == ["(value): 'no-at-sign' is not a 'email'"]
    assert checker.errors(None, email) == ["(value): None is not of type 'string'"]
    assert checker.errors(None, {"type": "string", "nullable": True}) == []


DECIMAL = r"^-?\d{0,8}(?:\.\d{0,2})?$"  # drf-spectacular's DecimalField(10, 2)
PATTERNED = [
    {"type": "string", "format": "decimal", "pattern": DECIMAL},
    {"type": "string", "pattern": "^[0-9]{4}$"},
    {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$", "maxLength": 3},
    {"type": "string", "pattern": "[a-z]{2}-[0-9]+", "minLength": 6},
    {"type": "string", "pattern": "^\\d{3}$", "nullable": True},
]


@pytest.mark.parametrize("schema", PATTERNED, ids=[str(s["pattern"]) for s in PATTERNED])
def test_patterned_strings_match_their_pattern(schema: dict[str, Any]) -> None:
    values = {ValueSynthesiser(DOCUMENT, seed).value(schema) for seed in range(10)}
    for value in values:
        assert SchemaChecker(DOCUMENT).errors(value, schema) == []
        assert re.search(schema["pattern"], value)
    assert len(values) > 1  # the seed picks among several matches
    assert "" not in values  # a non-empty match is preferred where one exists


def test_decimal_strings_are_plain_ascii_decimals() -> None:
    values = [ValueSynthesiser(DOCUMENT, seed).value(PATTERNED[0]) for seed in range(20)]
    assert all(re.fullmatch(r"-?[0-9]{0,8}(\.[0-9]{0,2})?", v) for v in values), values
    assert all(v.isascii() and "\n" not in v for v in values)
    # "-" and "" match the pattern, yet the models read `format: decimal` as a Decimal.
    assert all(decimal.Decimal(v).is_finite() for v in values), values
    checker = SchemaChecker(DOCUMENT)
    assert checker.errors("-", PATTERNED[0]) == ["(value): '-' is not a 'decimal'"]


def test_pattern_search_is_the_same_every_time() -> None:
    first = pattern_strings(DECIMAL, 0, None)
    pattern_strings.cache_clear()
    assert pattern_strings(DECIMAL, 0, None) == first
    assert ValueSynthesiser(DOCUMENT, 4).value(PATTERNED[1]) == ValueSynthesiser(DOCUMENT, 4).value(
        PATTERNED[1]
    )


def test_a_ref_cycle_is_one_error_naming_it() -> None:
    """`A: {$ref: B}`, `B: {$ref: A}` has no value (it recursed until Python gave up)."""
    a, b = "#/components/schemas/A", "#/components/schemas/B"
    looped = {"components": {"schemas": {"A": {"$ref": b}, "B": {"$ref": a}}}}
    with pytest.raises(SpecbindError) as caught:
        ValueSynthesiser(looped, 0).value({"$ref": a}, "/paths/~1x")
    assert str(caught.value) == f"#/paths/~1x: $ref cycle: {a} -> {b} -> {a}"


@pytest.mark.parametrize(
    ("schema", "pointer", "reason"),
    [
        ({"type": "integer", "minimum": 5, "maximum": 3}, "/x", "no number lies between 5 and 3"),
        (
            {"type": "number", "minimum": 1, "maximum": 1, "exclusiveMaximum": True},
            "/x",
            "no number lies between 1 and 1",
        ),
        (
            {"type": "string", "pattern": "^a{5}$", "maxLength": 3},
            "/x",
            "no string of length 0..3 matches pattern '^a{5}$'",
        ),
        ({"type": "string", "minLength": 4, "maxLength": 2}, "/x", "minLength 4 is above"),
        ({"enum": []}, "/x", "an empty `enum` allows no value"),
        (
            {"type": "string", "pattern": "\\p{L}+"},
            "/x/pattern",
            "pattern '\\\\p{L}+' is not a regular expression",
        ),
        (
            {"type": "object", "properties": {"n": {"$ref": "#/components/schemas/Never"}}},
            "/components/schemas/Never",
            "no integer lies between",
        ),
    ],
)
def test_a_schema_without_instances_names_its_place(
    schema: dict[str, Any], pointer: str, reason: str
) -> None:
    data = {
        "components": {"schemas": {"Never": {"type": "integer", "minimum": 1.2, "maximum": 1.8}}}
    }
    with pytest.raises(NoInstance) as caught:
        ValueSynthesiser(data, 0).value(schema, "/x")
    assert caught.value.pointer == pointer
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"#{pointer}: ")


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer", "minimum": -2147483648, "maximum": 2147483647},
        {"type": "integer", "maximum": -5},
        {"type": "integer", "minimum": 0, "maximum": 1},
        {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 1},
        {"type": "number", "exclusiveMinimum": 2, "exclusiveMaximum": 3},
        {"type": "number", "multipleOf": 0.25, "minimum": 2000},
        {"type": "integer", "multipleOf": 7, "minimum": 5000, "maximum": 5006},
        {"oneOf": [{"type": "integer"}, {"type": "number"}]},
        {"type": "string", "format": "uuid", "minLength": 36},
    ],
)
def test_bounds_and_branches_are_met(schema: dict[str, Any]) -> None:
    checker = SchemaChecker(DOCUMENT)
    for seed in range(10):
        value = ValueSynthesiser(DOCUMENT, seed, checker.is_valid).value(schema)
        assert checker.errors(value, schema) == [], value
    small = ValueSynthesiser(DOCUMENT, 0).value({"type": "integer", "minimum": -(2**31)})
    assert 1 <= small <= 1001  # near 1, not a 10-digit number


def test_an_example_in_the_wrong_format_is_replaced() -> None:
    """`string` as a date-time passes a bare draft-4 check but not the generated models."""
    data: dict[str, Any] = {
        "openapi": "3.0.3",
        "paths": {
            "/events/": {
                "get": {
                    "operationId": "events_list",
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Event"},
                                    "example": {"at": "string", "link": "https://x.org/e"},
                                    "examples": {
                                        "Good": {
                                            "value": {
                                                "at": "2024-05-01T10:00:00Z",
                                                "link": "https://x.org/e",
                                            }
                                        }
                                    },
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Event": {
                    "type": "object",
                    "required": ["at", "link"],
                    "properties": {
                        "at": {"type": "string", "format": "date-time"},
                        "link": {"type": "string", "format": "uri"},
                    },
                }
            }
        },
    }
    from specbind.server.routes import operation_routes

    answers = mock_answers(data, operation_routes(data, {"Event"}))
    [warning] = answers.warnings
    assert (
        warning.pointer == "/paths/~1events~1/get/responses/200/content/application~1json/example"
    )
    assert "at: 'string' is not a 'date-time'" in warning.message
    answer = answers.answers["events_list"]
    assert answer.value == {"at": "2024-05-01T10:00:00Z", "link": "https://x.org/e"}
    assert answer.source.endswith("/examples/Good/value")


def test_values_are_also_checked_with_the_generated_response_model(
    served: dict[str, Served],
) -> None:
    from specbind.server.mock import _response_model_check

    item = served["4.84.1-ai-plus"]
    check = _response_model_check(item.mock.package)
    route = item.route("core_rbac_mentor_access_list")
    good = item.mock.answers.answers[route.operation_id].value
    assert check(route, good) == []
    bad = [{**good[0], "id": "7"}]
    assert check(route, bad) == ["0.id: Input should be a valid integer (the generated model)"]
    assert check(item.route("core_rbac_groups_destroy"), None) == []


def test_the_mock_serves_the_projects_generated_server_when_it_is_up_to_date(
    config: Config, tmp_path: Path
) -> None:
    """`specbind generate` already made the current version's server: nothing is generated."""
    project = dataclasses.replace(config, output_dir=tmp_path / "generated")
    current = SpecStore(project).resolve(None)
    generate_server(project, current, project.server_output)
    mock = build_mock(project, current, tmp_path / "work")
    assert Path(mock.package.__file__ or "").parent == project.server_output / config.server_package
    assert not (tmp_path / "work").exists()
    other = build_mock(project, SpecStore(config).resolve("3.59.0-ai-plus"), tmp_path / "work")
    assert Path(other.package.__file__ or "").is_relative_to(tmp_path / "work" / "server")


def test_the_mock_keeps_its_server_in_specbinds_cache(
    config: Config, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPECBIND_CACHE_DIR", str(tmp_path / "cache"))
    spec = SpecStore(config).resolve("3.59.0-ai-plus")
    work = mock_work_dir(config, spec)
    assert work is not None and work.is_relative_to(tmp_path / "cache" / "mock")
    assert mock_work_dir(config, spec) == work
    assert mock_work_dir(config, SpecStore(config).resolve(None)) != work
    monkeypatch.setenv("SPECBIND_CACHE_DIR", "/proc/specbind-cannot-write-here")
    assert mock_work_dir(config, spec) is None


def test_the_keys_the_mock_accepts_are_said_without_printing_them() -> None:
    assert accepted_keys(None) == "any non-empty key"
    assert accepted_keys([]) == "any non-empty key"
    assert accepted_keys(["short"]) == "1 key: \u2026 (5 characters)"
    said = accepted_keys(["s3cret-contract-key", "another-long-key", "s3cret-contract-key"])
    assert said == "2 keys: s3\u2026 (19 characters), an\u2026 (16 characters)"
    assert "s3cret" not in said and "another" not in said


def test_the_mock_reads_and_normalises_its_document_once(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generator and the answers share one parsed, normalised document (SpecRef)."""
    import specbind.openapi.normalise as normalising
    import specbind.openapi.specref as specref

    counts = {"load": 0, "normalise": 0}
    real_load, real_normalise = specref.load_document, normalising.normalise

    def load(path: Path) -> Any:
        counts["load"] += 1
        return real_load(path)

    def normalise(data: dict[str, Any]) -> dict[str, Any]:
        counts["normalise"] += 1
        return real_normalise(data)

    monkeypatch.setattr(specref, "load_document", load)
    monkeypatch.setattr(normalising, "normalise", normalise)
    source = tmp_path / "pets.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: pets, version: '1.0'}\npaths:\n"
        "  /pets:\n    get:\n      operationId: list_pets\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n"
        "            application/json: {schema: {$ref: '#/components/schemas/Pet'}}\n"
        "components:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n"
    )
    mock = build_mock(config, specref.SpecRef(source), tmp_path / "work")
    assert [route.operation_id for route in mock.answers.routes] == ["list_pets"]
    assert (tmp_path / "work" / "server").is_dir()  # generated here, not taken from the project
    assert counts == {"load": 1, "normalise": 1}
