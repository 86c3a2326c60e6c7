"""Every rule: a pair of documents that triggers it and a near miss that does not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from specbind.diff import RULES, diff_documents
from tests.diff.documents import (
    no_body,
    obj,
    operations,
    parameters,
    query,
    request,
    response,
    secured,
    served,
    statuses,
    string,
    with_components,
)

Doc = dict[str, Any]
Pair = tuple[Callable[[], Doc], Callable[[], Doc]]


def pair(old: Callable[[], Doc], new: Callable[[], Doc]) -> Pair:
    return (old, new)


def body(prop: dict[str, Any], required: tuple[str, ...] = ()) -> Callable[[], Doc]:
    return lambda: request(obj({"name": prop}, required))


def reply(prop: dict[str, Any], required: tuple[str, ...] = ()) -> Callable[[], Doc]:
    return lambda: response(obj({"name": prop}, required))


def two(ctx: Callable[..., Doc], extra: bool, required: tuple[str, ...] = ()) -> Callable[[], Doc]:
    props = {"name": string(), **({"extra": string()} if extra else {})}
    return lambda: ctx(obj(props, required))


def flagged(ctx: Callable[..., Doc], **flags: Any) -> Callable[[], Doc]:
    return lambda: ctx(obj({"name": string(**flags), "id": string()}, ("id",)))


def variants(ctx: Callable[..., Doc], *names: str) -> Callable[[], Doc]:
    def build() -> Doc:
        schema = {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in names]}
        return with_components(
            ctx(schema), {n: obj({n.lower(): string()}, (n.lower(),)) for n in "AB"}
        )

    return build


def bound(ctx: Callable[..., Doc], keyword: str, value: int | None) -> Callable[[], Doc]:
    kind = "array" if "Items" in keyword else ("integer" if "imum" in keyword else "string")
    schema: dict[str, Any] = {"type": kind}
    if kind == "array":
        schema["items"] = string()
    if value is not None:
        schema[keyword] = value
    return lambda: ctx(obj({"name": schema}))


def params(*items: dict[str, Any], path: str = "/items/{id}") -> Callable[[], Doc]:
    return lambda: parameters(*items, path=path)


def ops(*pairs: tuple[str, str]) -> Callable[[], Doc]:
    return lambda: operations(*pairs)


def edited(build: Callable[[], Doc], edit: Callable[[Doc], None]) -> Callable[[], Doc]:
    def make() -> Doc:
        doc = build()
        edit(doc)
        return doc

    return make


def set_op(key: str, value: Any) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        doc["paths"]["/a"]["get"][key] = value

    return edit


A, AB = ops(("get", "/a")), ops(("get", "/a"), ("get", "/b"))
A_AND_POST = ops(("get", "/a"), ("post", "/a"))
AB_AND_POST = ops(("get", "/a"), ("get", "/b"), ("post", "/b"))
S = string

BOUND_CASES: dict[str, tuple[str, int | None, int | None]] = {
    # rule -> (keyword, triggering old -> new; the near miss runs it backwards)
    "request-max-length-decreased": ("maxLength", 10, 5),
    "request-max-length-increased": ("maxLength", 5, 10),
    "request-min-length-increased": ("minLength", 1, 3),
    "request-min-length-decreased": ("minLength", 3, None),
    "request-maximum-decreased": ("maximum", 100, 10),
    "request-maximum-increased": ("maximum", 10, 100),
    "request-minimum-increased": ("minimum", None, 1),
    "request-minimum-decreased": ("minimum", 1, 0),
    "request-max-items-decreased": ("maxItems", 5, 2),
    "request-max-items-increased": ("maxItems", 2, None),
    "request-min-items-increased": ("minItems", 0, 1),
    "request-min-items-decreased": ("minItems", 1, 0),
}

# rule -> (triggering old, new), (near-miss old, new)
CASES: dict[str, tuple[Pair, Pair]] = {
    "path-removed": (pair(AB, A), pair(AB, AB_AND_POST)),
    "path-added": (pair(A, AB), pair(AB, AB_AND_POST)),
    "operation-removed": (pair(A_AND_POST, A), pair(AB, A)),
    "operation-added": (pair(A, A_AND_POST), pair(A, AB)),
    "operation-id-changed": (
        pair(A, edited(A, set_op("operationId", "renamed"))),
        pair(A, edited(A, set_op("summary", "a summary"))),
    ),
    "operation-deprecated": (
        pair(A, edited(A, set_op("deprecated", True))),
        pair(A, edited(A, set_op("deprecated", False))),
    ),
    "path-parameter-renamed": (
        pair(params(), params(path="/items/{pk}")),
        pair(params(), params(path="/things/{id}")),
    ),
    "request-parameter-removed": (
        pair(params(query()), params()),
        pair(params(query(required=True)), params(query())),
    ),
    "request-parameter-added-required": (
        pair(params(), params(query(required=True))),
        pair(params(), params(query())),
    ),
    "request-parameter-added-optional": (
        pair(params(), params(query())),
        pair(params(), params(query(required=True))),
    ),
    "request-parameter-became-required": (
        pair(params(query()), params(query(required=True))),
        pair(params(query(required=True)), params(query())),
    ),
    "request-parameter-became-optional": (
        pair(params(query(required=True)), params(query())),
        pair(params(query()), params(query(required=True))),
    ),
    "request-parameter-location-changed": (
        pair(params(query()), params(query(where="header"))),
        pair(params(query()), params(query("r"))),
    ),
    "request-body-added-required": (
        pair(no_body, lambda: request(obj({}))),
        pair(no_body, lambda: request(obj({}), required=False)),
    ),
    "request-body-added-optional": (
        pair(no_body, lambda: request(obj({}), required=False)),
        pair(no_body, lambda: request(obj({}))),
    ),
    "request-body-removed": (
        pair(lambda: request(obj({})), no_body),
        pair(lambda: request(obj({})), lambda: request(obj({}), required=False)),
    ),
    "request-body-became-required": (
        pair(lambda: request(obj({}), required=False), lambda: request(obj({}))),
        pair(lambda: request(obj({})), lambda: request(obj({}), required=False)),
    ),
    "request-body-became-optional": (
        pair(lambda: request(obj({})), lambda: request(obj({}), required=False)),
        pair(lambda: request(obj({}), required=False), lambda: request(obj({}))),
    ),
    "request-body-media-type-removed": (
        pair(lambda: request(obj({}), media=("text/plain",)), lambda: request(obj({}))),
        pair(lambda: request(obj({})), lambda: request(obj({}), media=("text/plain",))),
    ),
    "request-body-media-type-added": (
        pair(lambda: request(obj({})), lambda: request(obj({}), media=("text/plain",))),
        pair(lambda: request(obj({}), media=("text/plain",)), lambda: request(obj({}))),
    ),
    "response-success-status-removed": (
        pair(lambda: statuses("200", "404"), lambda: statuses("404")),
        pair(lambda: statuses("200", "404"), lambda: statuses("200")),
    ),
    "response-success-status-added": (
        pair(lambda: statuses("200"), lambda: statuses("200", "201")),
        pair(lambda: statuses("200"), lambda: statuses("200", "404")),
    ),
    "response-non-success-status-removed": (
        pair(lambda: statuses("200", "404"), lambda: statuses("200")),
        pair(lambda: statuses("200", "404"), lambda: statuses("404")),
    ),
    "response-non-success-status-added": (
        pair(lambda: statuses("200"), lambda: statuses("200", "404")),
        pair(lambda: statuses("200"), lambda: statuses("200", "201")),
    ),
    "response-media-type-removed": (
        pair(lambda: response(S(), media=("text/csv",)), lambda: response(S())),
        pair(lambda: response(S()), lambda: response(S(), media=("text/csv",))),
    ),
    "response-media-type-added": (
        pair(lambda: response(S()), lambda: response(S(), media=("text/csv",))),
        pair(lambda: response(S(), media=("text/csv",)), lambda: response(S())),
    ),
    # -- request schemas ---------------------------------------------------------------
    "request-type-changed": (
        pair(body(S()), body({"type": "integer"})),
        pair(body({"type": "integer"}), body({"type": "number"})),
    ),
    "request-type-widened": (
        pair(body({"type": "integer"}), body({"type": "number"})),
        pair(body({"type": "number"}), body({"type": "integer"})),
    ),
    "request-format-changed": (
        pair(body(S()), body(S(format="date"))),
        pair(body(S(format="date")), body(S())),
    ),
    "request-format-removed": (
        pair(body(S(format="date")), body(S())),
        pair(body(S()), body(S(format="date"))),
    ),
    "request-enum-value-removed": (
        pair(body(S(enum=["a", "b"])), body(S(enum=["a"]))),
        pair(body(S(enum=["a"])), body(S(enum=["a", "b"]))),
    ),
    "request-enum-value-added": (
        pair(body(S(enum=["a"])), body(S(enum=["a", "b"]))),
        pair(body(S(enum=["a", "b"])), body(S(enum=["a"]))),
    ),
    "request-enum-added": (
        pair(body(S()), body(S(enum=["a"]))),
        pair(body(S(enum=["a"])), body(S())),
    ),
    "request-enum-removed": (
        pair(body(S(enum=["a"])), body(S())),
        pair(body(S()), body(S(enum=["a"]))),
    ),
    **{
        rule: (
            pair(bound(request, kw, before), bound(request, kw, after)),
            pair(bound(request, kw, after), bound(request, kw, before)),
        )
        for rule, (kw, before, after) in BOUND_CASES.items()
    },
    "request-nullable-removed": (
        pair(body(S(nullable=True)), body(S())),
        pair(body(S()), body(S(nullable=True))),
    ),
    "request-nullable-added": (
        pair(body(S()), body({"type": ["string", "null"]})),
        pair(body({"type": ["string", "null"]}), body(S())),
    ),
    "request-property-removed": (
        pair(two(request, True), two(request, False)),
        pair(two(response, True), two(response, False)),
    ),
    "request-property-added": (
        pair(two(request, False), two(request, True)),
        pair(two(request, False), two(request, True, ("extra",))),
    ),
    "request-required-property-added": (
        pair(two(request, False), two(request, True, ("extra",))),
        pair(two(request, False), two(request, True)),
    ),
    "request-property-became-required": (
        pair(body(S()), body(S(), ("name",))),
        pair(body(S(), ("name",)), body(S())),
    ),
    "request-property-became-optional": (
        pair(body(S(), ("name",)), body(S())),
        pair(body(S()), body(S(), ("name",))),
    ),
    "request-property-became-read-only": (
        pair(flagged(request), flagged(request, readOnly=True)),
        pair(flagged(request), flagged(request, writeOnly=True)),
    ),
    "request-property-no-longer-read-only": (
        pair(flagged(request, readOnly=True), flagged(request)),
        pair(flagged(request, writeOnly=True), flagged(request)),
    ),
    "request-additional-properties-forbidden": (
        pair(body(S()), lambda: request(obj({"name": S()}, additionalProperties=False))),
        pair(
            lambda: request(obj({"name": S()}, additionalProperties=False)),
            lambda: request(obj({"name": S()}, additionalProperties=True)),
        ),
    ),
    "request-variant-removed": (
        pair(variants(request, "A", "B"), variants(request, "A")),
        pair(variants(request, "A"), variants(request, "A", "B")),
    ),
    "request-variant-added": (
        pair(variants(request, "A"), variants(request, "A", "B")),
        pair(variants(request, "A", "B"), variants(request, "B")),
    ),
    # -- response schemas --------------------------------------------------------------
    "response-type-changed": (
        pair(reply(S()), reply({"type": "integer"})),
        pair(reply({"type": "number"}), reply({"type": "integer"})),
    ),
    "response-type-narrowed": (
        pair(reply({"type": "number"}), reply({"type": "integer"})),
        pair(reply({"type": "integer"}), reply({"type": "number"})),
    ),
    "response-format-changed": (
        pair(reply(S(format="date")), reply(S(format="date-time"))),
        pair(reply(S()), reply(S(format="date"))),
    ),
    "response-format-added": (
        pair(reply(S()), reply(S(format="date"))),
        pair(reply(S(format="date")), reply(S())),
    ),
    "response-enum-value-added": (
        pair(reply(S(enum=["a"])), reply(S(enum=["a", "b"]))),
        pair(reply(S(enum=["a", "b"])), reply(S(enum=["a"]))),
    ),
    "response-enum-value-removed": (
        pair(reply(S(enum=["a", "b"])), reply(S(enum=["a"]))),
        pair(reply(S(enum=["a"])), reply(S(enum=["a", "b"]))),
    ),
    "response-enum-removed": (
        pair(reply(S(enum=["a"])), reply(S())),
        pair(reply(S()), reply(S(enum=["a"]))),
    ),
    "response-enum-added": (
        pair(reply(S()), reply(S(enum=["a"]))),
        pair(reply(S(enum=["a"])), reply(S())),
    ),
    "response-nullable-added": (
        pair(reply(S()), reply({"anyOf": [S(), {"type": "null"}]})),
        pair(reply(S(nullable=True)), reply(S())),
    ),
    "response-nullable-removed": (
        pair(reply(S(nullable=True)), reply(S())),
        pair(reply(S()), reply(S(nullable=True))),
    ),
    "response-property-removed": (
        pair(two(response, True), two(response, False)),
        pair(two(request, True), two(request, False)),
    ),
    "response-property-added": (
        pair(two(response, False), two(response, True)),
        pair(two(request, False), two(request, True)),
    ),
    "response-property-became-optional": (
        pair(reply(S(), ("name",)), reply(S())),
        pair(reply(S()), reply(S(), ("name",))),
    ),
    "response-property-became-required": (
        pair(reply(S()), reply(S(), ("name",))),
        pair(reply(S(), ("name",)), reply(S())),
    ),
    "response-property-became-write-only": (
        pair(flagged(response), flagged(response, writeOnly=True)),
        pair(flagged(response), flagged(response, readOnly=True)),
    ),
    "response-property-no-longer-write-only": (
        pair(flagged(response, writeOnly=True), flagged(response)),
        pair(flagged(response, readOnly=True), flagged(response)),
    ),
    "response-variant-added": (
        pair(variants(response, "A"), variants(response, "A", "B")),
        pair(variants(response, "A", "B"), variants(response, "A")),
    ),
    "response-variant-removed": (
        pair(variants(response, "A", "B"), variants(response, "A")),
        pair(variants(response, "A"), variants(response, "A", "B")),
    ),
    # -- security, servers, document -----------------------------------------------------
    "security-requirement-removed": (
        pair(lambda: secured([{"key": []}, {"bearer": []}]), lambda: secured([{"key": []}])),
        pair(lambda: secured([{"key": []}]), lambda: secured([{"key": []}, {"bearer": []}])),
    ),
    "security-requirement-added": (
        pair(lambda: secured([{"key": []}]), lambda: secured([{"key": []}, {"bearer": []}])),
        pair(lambda: secured([{"key": []}, {"bearer": []}]), lambda: secured([{"key": []}])),
    ),
    "security-scheme-changed": (
        pair(lambda: secured([{"key": []}]), lambda: secured([{"key": []}], "X-Api-Key")),
        pair(lambda: secured([{"bearer": []}]), lambda: secured([{"bearer": []}], "X-Api-Key")),
    ),
    "server-removed": (
        pair(lambda: served("https://a", "https://b"), lambda: served("https://a")),
        pair(lambda: served("https://a"), lambda: served("https://a", "https://b")),
    ),
    "server-added": (
        pair(lambda: served("https://a"), lambda: served("https://a", "https://b")),
        pair(lambda: served("https://a", "https://b"), lambda: served("https://a")),
    ),
    "api-version-changed": (
        pair(A, edited(A, lambda d: d["info"].update(version="2"))),
        pair(A, edited(A, lambda d: d["info"].update(title="renamed"))),
    ),
}


# near misses that edit something no rule reports: a summary, a title, an unused scheme,
# or a readOnly/writeOnly flag that only matters on the side the document does not use
UNREPORTED_NEAR_MISSES = {
    "request-property-became-read-only",
    "request-property-no-longer-read-only",
    "response-property-became-write-only",
    "response-property-no-longer-write-only",
    "operation-id-changed",
    "operation-deprecated",
    "api-version-changed",
    "security-scheme-changed",
    "request-additional-properties-forbidden",
}


def test_every_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_triggers(rule: str) -> None:
    (old, new), _ = CASES[rule]
    report = diff_documents(old(), new())
    found = [c for c in report.changes if c.rule == rule]
    assert found, f"{rule} not reported; got {[c.rule for c in report.changes]}"
    assert {c.level for c in found} == {RULES[rule].level}
    for change in found:
        assert change.message.startswith(change.operation + ": " if change.operation else "")
        assert change.pointer.startswith("/")


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_near_miss(rule: str) -> None:
    _, (old, new) = CASES[rule]
    report = diff_documents(old(), new())
    assert rule not in [c.rule for c in report.changes]
    if rule not in UNREPORTED_NEAR_MISSES:
        assert report.changes, "the near miss must itself be a reported change"


def test_the_readme_lists_every_rule_with_its_level() -> None:
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.level.value} | {rule.meaning} |" in readme
