"""`validate` names the file, the JSON pointer and the line of every problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from specbind.errors import DocumentError, Severity
from specbind.openapi.document import load_document, parse_document
from specbind.openapi.pointer import join_pointer
from specbind.openapi.validate import validate_document

BROKEN_YAML = """\
openapi: 3.0.3
info:
  title: broken
  version: '1'
paths:
  /a/{x}:
    get:
      operationId: same
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Missing'
  /b/{y}:
    parameters:
      - name: y
        in: path
        required: false
        schema:
          type: string
    get:
      operationId: same
      responses:
        '200':
          description: ok
  /c:
    post:
      operationId: 5
      responses:
        '200':
          description: ok
components:
  schemas: {}
"""


@pytest.fixture
def broken(tmp_path: Path) -> list[tuple[str, str, int | None, str]]:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN_YAML)
    problems = validate_document(load_document(path))
    assert all(p.file == str(path) for p in problems)
    return [(p.rule, p.pointer, p.line, p.message) for p in problems]


def test_unresolved_ref_names_pointer_and_line(
    broken: list[tuple[str, str, int | None, str]],
) -> None:
    assert (
        "unresolved-ref",
        "/paths/~1a~1{x}/get/responses/200/content/application~1json/schema/$ref",
        15,
        "unresolved $ref '#/components/schemas/Missing': 'Missing' does not exist",
    ) in broken


def test_duplicate_operation_id_names_both_places(
    broken: list[tuple[str, str, int | None, str]],
) -> None:
    assert (
        "duplicate-operation-id",
        "/paths/~1b~1{y}/get/operationId",
        24,
        "duplicate operationId 'same': also used at /paths/~1a~1{x}/get/operationId (line 8)",
    ) in broken


def test_undeclared_path_parameter(broken: list[tuple[str, str, int | None, str]]) -> None:
    assert (
        "undeclared-path-parameter",
        "/paths/~1a~1{x}/get",
        7,
        "path template '/a/{x}' uses {x} but GET declares no path parameter 'x'; "
        "generated code uses the template's names",
    ) in broken


def test_path_parameter_not_required(broken: list[tuple[str, str, int | None, str]]) -> None:
    assert (
        "path-parameter-not-required",
        "/paths/~1b~1{y}/parameters/0",
        18,
        "path parameter 'y' must be declared with required: true; generated code requires it",
    ) in broken


def test_wrong_type_is_a_schema_error_at_its_line(
    broken: list[tuple[str, str, int | None, str]],
) -> None:
    assert ("schema", "/paths/~1c/post/operationId", 30, '5 is not of type "string"') in broken


def test_json_documents_get_lines_too(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "x",
                    "responses": {"200": {"$ref": "#/components/responses/Nope"}},
                }
            }
        },
    }
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document, indent=2))
    problems = validate_document(load_document(path))
    assert [(p.rule, p.pointer, p.line) for p in problems] == [
        ("unresolved-ref", "/paths/~1x/get/responses/200/$ref", 13)
    ]
    assert str(problems[0]).startswith(f"{path}:13 #/paths/~1x/get/responses/200/$ref: error:")


def test_percent_encoded_refs_resolve_and_a_wrong_one_names_the_decoded_token() -> None:
    # DigitalOcean's document refers to `/v2/keys/{id}` as `~1v2~1keys~1%7Bid%7D`.
    item = {
        "get": {
            "operationId": "get_key",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
            "responses": {"200": {"description": "ok"}},
        },
        "delete": {
            "operationId": "delete_key",
            "parameters": [{"$ref": "#/paths/~1v2~1keys~1%7Bid%7D/get/parameters/0"}],
            "responses": {"204": {"$ref": "#/paths/~1v2~1keys~1%7Bother%7D/get/responses/200"}},
        },
    }
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}}
    document["paths"] = {"/v2/keys/{id}": item}
    problems = validate_document(parse_document(json.dumps(document), "mem.json"))
    assert [(p.rule, p.pointer, p.message) for p in problems] == [
        (
            "unresolved-ref",
            "/paths/~1v2~1keys~1{id}/delete/responses/204/$ref",
            "unresolved $ref '#/paths/~1v2~1keys~1%7Bother%7D/get/responses/200': "
            "'/v2/keys/{other}' does not exist",
        )
    ]


def test_missing_operation_id_is_a_warning_not_an_error() -> None:
    doc = parse_document(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses: {'200': {description: ok}}\n",
        "mem.yaml",
    )
    problems = validate_document(doc)
    assert [(p.severity, p.rule, p.line) for p in problems] == [
        (Severity.WARNING, "missing-operation-id", 5)
    ]


@pytest.mark.parametrize(
    ("text", "rule", "message"),
    [
        ('{"swagger": "2.0", "info": {}}', "not-openapi-3", "this is a Swagger 2.0 document"),
        ('{"hello": "world"}', "not-openapi", "there is no top-level 'openapi' field"),
        ('{"openapi": "4.0.0"}', "not-openapi-3", "unsupported OpenAPI version '4.0.0'"),
    ],
)
def test_documents_that_are_not_openapi_3(text: str, rule: str, message: str) -> None:
    problems = validate_document(parse_document(text, "mem.json"))
    assert len(problems) == 1
    assert problems[0].rule == rule
    assert message in problems[0].message


def test_parse_errors_name_the_line() -> None:
    with pytest.raises(DocumentError, match=r"doc.json:3: not valid JSON"):
        parse_document('{\n"a": 1,\n}', "doc.json")
    with pytest.raises(DocumentError, match=r"doc.yaml:2: not valid YAML"):
        parse_document("a: 1\n b: [\n", "doc.yaml")
    with pytest.raises(DocumentError, match="the top level is a list"):
        parse_document("[1, 2]", "doc.json")


def test_yaml_integer_keys_and_dates_load_as_strings() -> None:
    doc = parse_document("responses:\n  200: {d: 2024-01-02}\n", "doc.yaml")
    assert doc.data == {"responses": {"200": {"d": "2024-01-02"}}}


STRUCTURALLY_BROKEN = {
    "info": {"title": "t"},
    "paths": {
        "/x": {
            "get": {
                "operationId": 7,
                "parameters": [{"name": "q", "in": "nowhere"}],
                "responses": {"200": {"content": {}}},
            }
        },
        "no-slash": {},
    },
}


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_structural_problems_match_openapi_spec_validator(tmp_path: Path, version: str) -> None:
    """Reading its schema files directly finds the same errors, worded the same, as the package."""
    from openapi_spec_validator.schemas import (
        openapi_v30_schema_validator,
        openapi_v31_schema_validator,
    )

    data = {"openapi": version, **STRUCTURALLY_BROKEN}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(data, indent=2))
    ours = [
        (p.pointer, p.message) for p in validate_document(load_document(path)) if p.rule == "schema"
    ]
    validator = openapi_v31_schema_validator if version == "3.1.0" else openapi_v30_schema_validator
    expected = [
        (join_pointer(*map(str, error.absolute_path)), str(error.message).splitlines()[0])
        for error in validator.iter_errors(data)
    ]
    assert ours
    assert [(pointer, message[:60]) for pointer, message in ours] == [
        (pointer, message[:60]) for pointer, message in expected
    ]


def _ref_document(*refs: str) -> dict[str, object]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {f"S{i}": {"$ref": ref} for i, ref in enumerate(refs)}},
    }


@pytest.mark.parametrize(
    ("ref", "kind"),
    [
        ("/etc/passwd#/x", "a file"),
        ("../../secret.yaml", "a file"),
        ("secret.yaml#/components/schemas/A", "a file"),
        ("file:///etc/passwd#/x", "a URL"),
        ("https://example.com/s.json#/A", "a URL"),
    ],
)
def test_external_refs_are_errors_and_no_file_is_looked_at(
    ref: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("components: {schemas: {A: {type: string}}}\n")
    path = tmp_path / "api.json"
    path.write_text(json.dumps(_ref_document(ref)))
    document = load_document(path)
    touched: list[str] = []

    def recorded(name: str) -> object:
        def call(*args: object, **kwargs: object) -> object:
            touched.append(f"{name} {args[:1]}")
            raise AssertionError("validate looked at the file system")

        return call

    monkeypatch.chdir(tmp_path)
    for name in ("open", "stat", "lstat", "access", "listdir", "scandir"):
        monkeypatch.setattr(f"os.{name}", recorded(f"os.{name}"))
    monkeypatch.setattr("builtins.open", recorded("open"))
    try:
        problems = validate_document(document)
    except AssertionError:
        problems = []
    finally:
        monkeypatch.undo()
    assert touched == []
    [problem] = [p for p in problems if p.rule == "external-ref"]
    assert problem.severity is Severity.ERROR
    assert problem.pointer == "/components/schemas/S0/$ref"
    assert problem.message == (
        f"external reference {ref!r} (to {kind}) is not supported: specbind reads one "
        "self-contained document; bundle the references into it first"
    )


def test_circular_ref_chains_are_errors_and_recursive_schemas_are_not() -> None:
    data = _ref_document("#/components/schemas/S1", "#/components/schemas/S2")
    data["components"]["schemas"]["S2"] = {"$ref": "#/components/schemas/S0"}  # type: ignore[index]
    data["components"]["schemas"]["Self"] = {"$ref": "#/components/schemas/Self"}  # type: ignore[index]
    data["components"]["schemas"]["Tree"] = {  # type: ignore[index]
        "type": "object",
        "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}
        },
    }
    problems = validate_document(parse_document(json.dumps(data), "api.json"))
    circular = [(p.pointer, p.message) for p in problems if p.rule == "circular-ref"]
    assert circular == [
        (
            "/components/schemas/S0/$ref",
            "circular $ref: #/components/schemas/S0 -> #/components/schemas/S1 -> "
            "#/components/schemas/S2 -> #/components/schemas/S0; a $ref must lead to a "
            "value, not back to itself",
        ),
        (
            "/components/schemas/Self/$ref",
            "circular $ref: #/components/schemas/Self -> #/components/schemas/Self; a $ref "
            "must lead to a value, not back to itself",
        ),
    ]
    assert all(p.severity is Severity.ERROR for p in problems if p.rule == "circular-ref")


def test_external_refs_in_examples_and_extensions_are_only_warnings() -> None:
    data = _ref_document()
    data["x-links"] = {"$ref": "https://example.com/a.json"}
    data["components"]["schemas"]["E"] = {  # type: ignore[index]
        "type": "object",
        "example": {"$ref": "../other.yaml"},
    }
    data["components"]["schemas"]["P"] = {  # type: ignore[index]
        "type": "object",
        "properties": {"example": {"$ref": "other.yaml#/A"}},
    }
    problems = validate_document(parse_document(json.dumps(data), "api.json"))
    found = sorted((p.severity, p.pointer, p.message) for p in problems if p.rule == "external-ref")
    assert found == [
        (
            Severity.ERROR,
            "/components/schemas/P/properties/example/$ref",
            "external reference 'other.yaml#/A' (to a file) is not supported: specbind reads "
            "one self-contained document; bundle the references into it first",
        ),
        (
            Severity.WARNING,
            "/components/schemas/E/example/$ref",
            "external reference '../other.yaml' (to a file) in an example or extension is "
            "not followed",
        ),
        (
            Severity.WARNING,
            "/x-links/$ref",
            "external reference 'https://example.com/a.json' (to a URL) in an example or "
            "extension is not followed",
        ),
    ]


def test_a_bad_keyword_inside_a_schema_is_named_not_the_schema() -> None:
    """Corpus sample (api.video): `pattern: 0` made the whole schema "not valid under any
    of the schemas listed in the 'oneOf' keyword"; the refusal names the keyword."""
    timecode = {"type": "string", "pattern": 0}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {"Pick": {"type": "object", "properties": {"timecode": timecode}}}
        },
    }
    problems = validate_document(parse_document(json.dumps(document), "mem.json"))
    assert [(p.rule, p.pointer, p.message) for p in problems] == [
        (
            "schema",
            "/components/schemas/Pick/properties/timecode/pattern",
            '0 is not of type "string"',
        )
    ]


def test_a_query_string_in_a_path_key_moves_to_query_parameters() -> None:
    """Medium's `/search/articles?query={query}`: a warning, and the normalised document
    has the path before `?` with the pairs as query parameters."""
    from specbind.openapi.normalise import copy_json
    from specbind.openapi.query_paths import path_query_strings

    ok = {"responses": {"200": {"description": "ok"}}}
    doc = parse_document(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/a": {"get": {"operationId": "a", **ok}},
                    "/search?q={q}&kind=user": {
                        "get": {
                            "operationId": "search",
                            "parameters": [{"in": "query", "name": "q", "schema": {}}],
                            **ok,
                        }
                    },
                },
            }
        ),
        "mem.json",
    )
    problems = validate_document(doc)
    assert [(p.severity, p.rule, p.pointer) for p in problems] == [
        (Severity.WARNING, "query-string-in-path", "/paths/~1search?q={q}&kind=user")
    ]
    assert "serves and calls '/search' with query parameter(s) 'q', 'kind'" in problems[0].message
    data = copy_json(doc.data)
    path_query_strings(data)
    paths = data["paths"]
    assert list(paths) == ["/a", "/search"]
    assert paths["/search"]["get"]["parameters"] == [
        {"in": "query", "name": "q", "schema": {}},
        {
            "name": "kind",
            "in": "query",
            "schema": {"type": "string", "enum": ["user"], "default": "user"},
        },
    ]


def test_a_query_string_path_that_is_another_path_without_it_stays_with_a_warning() -> None:
    # FormAPI's `/combined_submissions?v=2` beside `/combined_submissions`
    from specbind.openapi.normalise import copy_json
    from specbind.openapi.query_paths import path_query_strings

    ok = {"responses": {"200": {"description": "ok"}}}
    doc = parse_document(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/items": {"get": {"operationId": "a", **ok}},
                    "/items?action=export": {"post": {"operationId": "b", **ok}},
                },
            }
        ),
        "mem.json",
    )
    problems = validate_document(doc)
    assert [(p.severity, p.rule, p.pointer) for p in problems] == [
        (Severity.WARNING, "query-string-in-path", "/paths/~1items?action=export")
    ]
    assert "another path of the document ('/items'): it is generated as written" in (
        problems[0].message
    )
    data = copy_json(doc.data)
    path_query_strings(data)
    assert list(data["paths"]) == ["/items", "/items?action=export"]


def test_a_schema_ref_to_a_response_is_any_value_with_a_warning() -> None:
    """Rumble's body schema `$ref: '#/components/responses/StatusMessage'`."""
    from specbind.openapi.normalise import copy_json
    from specbind.openapi.ref_kinds import schema_refs_to_other_kinds

    schema = {"$ref": "#/components/responses/Status"}
    doc = parse_document(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/a": {
                        "get": {
                            "operationId": "a",
                            "responses": {
                                "200": {
                                    "description": "ok",
                                    "content": {"application/json": {"schema": schema}},
                                },
                                "404": {"$ref": "#/components/responses/Status"},
                            },
                        }
                    }
                },
                "components": {"responses": {"Status": {"description": "results"}}},
            }
        ),
        "mem.json",
    )
    pointer = "/paths/~1a/get/responses/200/content/application~1json/schema"
    problems = validate_document(doc)
    assert [(p.severity, p.rule, p.pointer) for p in problems] == [
        (Severity.WARNING, "schema-ref-to-other-kind", f"{pointer}/$ref")
    ]
    assert "names a response, not a schema" in problems[0].message
    data = copy_json(doc.data)
    schema_refs_to_other_kinds(data)
    responses = data["paths"]["/a"]["get"]["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {"description": "results"}
    assert responses["404"] == {"$ref": "#/components/responses/Status"}  # a response's ref
