"""The generated runtime's pure parts: schema checks and retry timing, called directly."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import hypothesis
import pytest
from hypothesis import strategies as st

from specbind.client.fast_checks import fast_checks, schema_key
from tests.client.conftest import GeneratedClient


def fast_check_for(
    pages: GeneratedClient, schema: dict[str, Any], components: dict[str, Any] | None = None
) -> Any:
    """The fast check specbind writes for `schema` (beside the package's component
    schemas, or `components`), loaded the way the generated `_fast_check.py` runs it.
    Only the test compiles it: the generated package holds it as source."""
    runtime = pages.module("_fast_check")
    written = fast_checks(components or pages.module("_schemas").SCHEMAS, [schema])
    namespace: dict[str, Any] = {"_MISSING": runtime._MISSING, "FastCheck": Any, "Any": Any}
    exec(compile("import re\n" + written.source, "<fast checks>", "exec"), namespace)
    return namespace["CHECKS"][schema_key(schema)]


@pytest.fixture(scope="module")
def violation(pages: GeneratedClient) -> Any:
    find = pages.module("_validation").find_violation

    def check(value: Any, schema: dict[str, Any]) -> tuple[str, str] | None:
        found = find(value, schema)
        return None if found is None else (found.field, found.message)

    return check


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        (True, {"type": "integer"}, ("", "expected integer, got boolean")),
        (3.0, {"type": "integer"}, None),
        (3.5, {"type": "integer"}, ("", "expected integer, got float")),
        (2, {"type": "number", "minimum": 3}, ("", "less than minimum 3")),
        ("b", {"enum": ["a", "c"]}, ("", "'b' is not one of ['a', 'c']")),
        (None, {"type": "string", "nullable": True}, None),
        (None, {"type": ["string", "null"]}, None),
        (None, {"allOf": [{"$ref": "#/components/schemas/Status"}], "nullable": True}, None),
        (
            {"success": "yes"},
            {"allOf": [{"$ref": "#/components/schemas/Status"}]},
            ("success", "expected boolean, got str"),
        ),
        (1, {"oneOf": [{"type": "string"}, {"type": "integer"}]}, None),
        (
            [],
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            ("", "expected string, got array"),
        ),
        (
            {"a": "x", "b": 2},
            {"type": "object", "additionalProperties": {"type": "string"}},
            ("b", "expected string, got int"),
        ),
        (
            {"my key": 1},
            {"properties": {"my key": {"type": "string"}}},
            ("['my key']", "expected string, got int"),
        ),
        ([1, 2, 3], {"type": "array", "maxItems": 2}, ("", "more than maxItems 2")),
        (
            "ab1",
            {"type": "string", "pattern": "^[a-z]+$"},
            ("", "does not match pattern '^[a-z]+$'"),
        ),
        ({"anything": [1, {"x": None}]}, {}, None),
        # Fields and items whose schema is a bare type pass on their exact Python type;
        # every other value still gets the whole check.
        ({"n": 3.0}, {"properties": {"n": {"type": "integer"}}}, None),
        (
            {"n": True},
            {"properties": {"n": {"type": "integer"}}},
            ("n", "expected integer, got boolean"),
        ),
        ({"n": None}, {"properties": {"n": {"type": "integer", "nullable": True}}}, None),
        (
            {"n": None},
            {"properties": {"n": {"type": "integer"}}},
            ("n", "expected integer, got null"),
        ),
        (
            [1, 2.0, "3"],
            {"type": "array", "items": {"type": "number"}},
            ("[2]", "expected number, got str"),
        ),
        (
            {"a": 1, "b": "x"},
            {"additionalProperties": {"type": "integer"}},
            ("b", "expected integer, got str"),
        ),
        # A value of exactly its kind goes straight to that kind's checks.
        (
            {"s": "abc"},
            {"properties": {"s": {"type": "string", "maxLength": 2}}},
            ("s", "longer than maxLength 2"),
        ),
        (
            {"s": None},
            {"properties": {"s": {"type": "string", "maxLength": 2, "nullable": True}}},
            None,
        ),
        (
            {"s": 5},
            {"properties": {"s": {"type": "string", "maxLength": 2}}},
            ("s", "expected string, got int"),
        ),
        (
            [[1], 2],
            {"type": "array", "items": {"type": "array", "minItems": 1}},
            ("[1]", "expected array, got int"),
        ),
        (
            {"o": []},
            {"properties": {"o": {"type": "object", "required": ["k"]}}},
            ("o", "expected object, got array"),
        ),
        (
            {"o": {}},
            {"properties": {"o": {"type": "object", "required": ["k"]}}},
            ("o.k", "required field is missing"),
        ),
    ],
)
def test_schema_checks(violation: Any, value: Any, schema: dict[str, Any], expected: Any) -> None:
    assert violation(value, schema) == expected


def test_recursive_schemas_are_checked_at_every_depth(
    pages: GeneratedClient, violation: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `$ref` back to a schema being compiled is resolved on use, so nesting has no end."""
    node = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    monkeypatch.setitem(pages.module("_schemas").SCHEMAS, "Node", node)
    tree = {"id": 1, "children": [{"id": 2, "children": [{"id": 3, "children": []}]}]}
    schema = {"$ref": "#/components/schemas/Node"}
    assert violation(tree, schema) is None
    assert fast_check_for(pages, schema, {"Node": node})(tree) is True  # no closure needed
    tree["children"][0]["children"][0]["id"] = "3"  # type: ignore[index]
    assert violation(tree, schema) == (
        "children[0].children[0].id",
        "expected integer, got str",
    )


def test_retry_after_accepts_seconds_dates_and_milliseconds(pages: GeneratedClient) -> None:
    parse = pages.module("_retry").parse_retry_after
    assert parse({"retry-after": "2"}) == 2.0
    assert parse({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 27.0 <= parse({"retry-after": later}) <= 30.0
    assert parse({"retry-after": "soon"}) is None
    assert parse({}) is None


def test_backoff_doubles_with_jitter_and_caps(pages: GeneratedClient) -> None:
    policy = pages.module("_retry").RetryPolicy(
        max_retries=5, backoff=0.5, max_backoff=8.0, retry_non_idempotent=False
    )
    for attempt, base in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (6, 8.0)]:
        delays = [policy.delay(attempt) for _ in range(50)]
        assert all(0.75 * base <= d <= base for d in delays)
        assert len(set(delays)) > 1
    # a Retry-After longer than a minute is not honoured: the backoff applies
    assert policy.delay(0, {"retry-after": "120"}) <= 0.5
    assert policy.delay(0, {"retry-after": "3"}) == 3.0


@pytest.mark.parametrize(
    ("method", "opt_in", "allowed"),
    [
        ("GET", False, True),
        ("HEAD", False, True),
        ("PUT", False, True),
        ("DELETE", False, True),
        ("OPTIONS", False, True),
        ("POST", False, False),
        ("PATCH", False, False),
        ("POST", True, True),
        ("PATCH", True, True),
    ],
)
def test_which_methods_retry(
    pages: GeneratedClient, method: str, opt_in: bool, allowed: bool
) -> None:
    policy = pages.module("_retry").RetryPolicy(
        max_retries=1, backoff=0.5, max_backoff=8.0, retry_non_idempotent=opt_in
    )
    assert policy.allows(method, 0) is allowed
    assert policy.allows(method, 1) is False


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 300)
    | st.floats(-5, 5, allow_nan=False)
    | st.sampled_from(["", "a", "abc", "x" * 300, "user@example.com"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "name", "count", "data", "status", "success", "next", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
FAST_SCHEMAS = [
    {"$ref": "#/components/schemas/IssuerPage"},
    {"$ref": "#/components/schemas/PaginatedThingList"},
    {"type": "array", "items": {"$ref": "#/components/schemas/Status"}, "maxItems": 2},
    {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
    {"type": "number", "maximum": 1},
    {"type": "string", "minLength": 1, "maxLength": 3, "pattern": "^a"},
    {"type": "object", "additionalProperties": {"type": "integer"}, "properties": {"x": {}}},
    {"properties": {"id": {"type": "integer"}}, "required": ["id"]},
    {"type": "object", "properties": {"id": {"enum": [1, 2]}}, "nullable": True},
    {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "boolean"}}]},
    {"type": "object", "properties": {"data": {"type": "array", "minItems": 1}}},
    {"type": "object", "properties": {"name": {"type": "string", "enum": ["a", ""]}}},
    {"type": ["integer", "null"], "enum": [1, 2, None]},
    {"type": "object", "properties": {"count": {"type": "number", "const": 1}}},
    {},
]


@pytest.mark.parametrize("schema", FAST_SCHEMAS)
@hypothesis.settings(max_examples=300, deadline=None, derandomize=True)
@hypothesis.given(value=JSON_VALUES)
def test_the_fast_check_only_accepts_what_the_closures_accept(
    pages: GeneratedClient, schema: dict[str, Any], value: Any
) -> None:
    """`find_violation` trusts a yes from the fast check without asking the closures."""
    validation = pages.module("_validation")
    fast = fast_check_for(pages, schema)(value)
    slow = validation._compiled(schema)(value)
    if fast:
        assert slow is None, (value, slow)


def test_a_conforming_body_needs_no_closure(pages: GeneratedClient) -> None:
    validation = pages.module("_validation")
    page = {
        "status": {"success": True, "description": "ok"},
        "result": {"data": [{"entityId": "e1", "name": "n"}], "next": None, "count": 1},
    }
    schema = {"$ref": "#/components/schemas/IssuerPage"}  # a response schema of the document
    assert validation._fast(schema)(page) is True
    page["result"]["count"] = "1"  # type: ignore[index]
    assert validation._fast(schema)(page) is False
    assert validation.find_violation(page, schema) == validation.Violation(
        "result.count", "expected integer, got str"
    )


def test_a_schema_the_package_was_not_generated_with_goes_to_the_closures(
    pages: GeneratedClient,
) -> None:
    """The fast checks are written at generation time; a schema built at run time has
    none, so the closures answer (and still name the field)."""
    validation = pages.module("_validation")
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Status"}, "maxItems": 7}
    assert validation._fast(schema) is pages.module("_fast_check")._unsure
    assert validation.find_violation([{"success": True}], schema) is None
    assert validation.find_violation([{"success": "yes"}], schema) == validation.Violation(
        "[0].success", "expected boolean, got str"
    )


def test_a_component_reached_by_many_schemas_is_one_function(pages: GeneratedClient) -> None:
    """Each operation's schema reaches many components (GitHub's: hundreds); each one
    is written once, whichever schema reaches it first."""
    components = pages.module("_schemas").SCHEMAS
    written = fast_checks(
        components,
        [
            {"$ref": "#/components/schemas/Status"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
            {"$ref": "#/components/schemas/IssuerPage"},
        ],
    )
    assert written.count == 3
    assert written.source.count('.get("success"') == 1  # Status's function, written once
