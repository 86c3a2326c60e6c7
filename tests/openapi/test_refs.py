"""The one `$ref` resolver: chains, RFC 6901 decoding, and every way a ref leads nowhere."""

from __future__ import annotations

from typing import Any

import pytest

from specbind.openapi.refs import RefError, component_name, deref, deref_located

DOC: dict[str, Any] = {
    "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
    "components": {
        "schemas": {
            "Pet": {"type": "object"},
            "Alias": {"$ref": "#/components/schemas/Pet"},
            "A/B": {"type": "string"},
            "Loop1": {"$ref": "#/components/schemas/Loop2"},
            "Loop2": {"$ref": "#/components/schemas/Loop1"},
        },
        "parameters": {"Id": {"name": "id", "in": "path"}},
        "responses": {"Ok": {"$ref": "#/paths/~1a~1%7Bid%7D/get/responses/200"}},
    },
}


def test_a_chain_is_followed_to_its_end_with_the_targets_pointer() -> None:
    node = {"$ref": "#/components/schemas/Alias"}
    assert deref_located(DOC, node, "/x") == ({"type": "object"}, "/components/schemas/Pet")


def test_escapes_and_percent_encoding_are_decoded() -> None:
    assert deref(DOC, {"$ref": "#/components/schemas/A~1B"}) == {"type": "string"}
    assert deref(DOC, {"$ref": "#/components/responses/Ok"}) == {"description": "ok"}


def test_a_node_without_ref_is_itself() -> None:
    assert deref_located(DOC, {"type": "integer"}, "/here") == ({"type": "integer"}, "/here")
    assert deref(DOC, None) is None


def test_a_cycle_is_one_message_naming_the_chain() -> None:
    with pytest.raises(RefError) as caught:
        deref(DOC, {"$ref": "#/components/schemas/Loop1"}, pointer="/paths/x")
    assert str(caught.value) == (
        "#/paths/x: $ref cycle: #/components/schemas/Loop1 -> "
        "#/components/schemas/Loop2 -> #/components/schemas/Loop1"
    )


def test_missing_policy_none_and_stop() -> None:
    dangling = {"$ref": "#/components/schemas/Nope"}
    assert deref(DOC, dangling, on_missing="none") is None
    assert deref(DOC, dangling, on_missing="stop") is dangling
    loop = {"$ref": "#/components/schemas/Loop1"}
    assert deref(DOC, loop, on_missing="none") is None
    assert deref(DOC, loop, on_missing="stop") == {"$ref": "#/components/schemas/Loop1"}


def test_dangling_and_external_refs_are_errors_naming_the_place() -> None:
    with pytest.raises(RefError, match=r"^#/p: \$ref '#/components/schemas/Nope' does not resolve"):
        deref(DOC, {"$ref": "#/components/schemas/Nope"}, pointer="/p")
    with pytest.raises(RefError, match=r"only local \$refs are supported, not 'other.yaml#/X'"):
        deref(DOC, {"$ref": "other.yaml#/X"})


def test_limit_bounds_the_chain() -> None:
    with pytest.raises(RefError, match="longer than 1 hops"):
        deref(DOC, {"$ref": "#/components/schemas/Alias"}, limit=1)


def test_section_follows_only_refs_into_that_section() -> None:
    param = {"$ref": "#/components/parameters/Id"}
    assert deref(DOC, param, section="parameters") == {"name": "id", "in": "path"}
    schema_ref = {"$ref": "#/components/schemas/Pet"}
    assert deref(DOC, schema_ref, section="parameters") is schema_ref


def test_component_name_decodes_and_rejects_deeper_refs() -> None:
    assert component_name("#/components/schemas/A~1B") == "A/B"
    assert component_name("#/components/schemas/Pet/properties/x") is None
    assert component_name("#/components/parameters/Id", "parameters") == "Id"
    assert component_name("#/components/parameters/Id") is None
