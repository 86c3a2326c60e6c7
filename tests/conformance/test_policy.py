"""The pieces of a contract run that need no server: our status rule, redaction, reports."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from specbind.conformance import REDACTED, ContractReport, Finding, Level, Redactor
from specbind.conformance.artifacts import har_log, junit_xml, write_artifacts
from specbind.conformance.links import add_crud_links
from specbind.conformance.policy import Verdict, judge_status
from specbind.conformance.probe import probe_request
from specbind.conformance.report import Exchange
from specbind.conformance.runner import (
    ContractOptions,
    RunState,
    auth_header_name,
    check_setup,
    curl_line,
    engine_config,
    json_bodies_only,
    mark_untested,
    shell_word,
)
from specbind.conformance.summary import verdict
from specbind.errors import SpecbindError
from specbind.openapi.document import load_document
from tests.conformance.conftest import REPO, echoed_forms
from tests.conformance.items_app import items_document

KEY = "sbk-unit-secret-42"
SPEC_4_84 = REPO / "spec/ibl-data-manager/4.84.1-ai-plus/openapi.yaml"


@pytest.mark.parametrize(
    ("status", "invalid", "unauthenticated", "verdict"),
    [
        (422, True, False, Verdict.WARNING),  # bad input refused: tolerated
        (400, True, False, Verdict.WARNING),
        (401, False, True, Verdict.WARNING),  # no key refused: tolerated
        (403, False, True, Verdict.WARNING),
        (404, True, False, Verdict.WARNING),
        (422, False, False, Verdict.FAILURE),  # a valid request refused
        (401, False, False, Verdict.FAILURE),  # our key refused mid-run
        (201, False, False, Verdict.FAILURE),  # 201 where 200 is documented
        (409, True, False, Verdict.FAILURE),  # not a refusal status
        (500, True, False, Verdict.FAILURE),  # any 5xx
        (200, False, False, Verdict.DOCUMENTED),
        (200, True, True, Verdict.DOCUMENTED),
    ],
)
def test_status_rule(status: int, invalid: bool, unauthenticated: bool, verdict: Verdict) -> None:
    judgement = judge_status(status, ["200"], invalid=invalid, unauthenticated=unauthenticated)
    assert judgement.verdict is verdict


def test_status_rule_reads_ranges_and_default() -> None:
    assert judge_status(404, ["200", "4XX"], invalid=False, unauthenticated=False).verdict is (
        Verdict.DOCUMENTED
    )
    assert judge_status(418, ["default"], invalid=False, unauthenticated=False).verdict is (
        Verdict.DOCUMENTED
    )
    # A documented 5xx is still a server error.
    assert judge_status(503, ["503"], invalid=False, unauthenticated=False).verdict is (
        Verdict.FAILURE
    )


def test_status_rule_says_why() -> None:
    warning = judge_status(422, ["204"], invalid=True, unauthenticated=False)
    assert warning.reason == (
        "undocumented 422 answering a request made invalid on purpose (documented: 204)"
    )
    keyless = judge_status(401, ["200"], invalid=False, unauthenticated=True)
    assert keyless.reason == (
        "undocumented 401 answering a request without a valid key (documented: 200)"
    )
    failure = judge_status(201, ["200"], invalid=False, unauthenticated=False)
    assert failure.reason == (
        "undocumented 201 answering a valid request (generated from the schema) (documented: 200)"
    )
    named = judge_status(422, ["200"], invalid=True, unauthenticated=False, kind="a request X")
    assert named.reason == "undocumented 422 answering a request X (documented: 200)"


@pytest.mark.parametrize(
    ("status", "made_up_path", "created_by", "verdict", "reason"),
    [
        (404, True, None, Verdict.WARNING, "undocumented 404 answering a request whose path "
         "parameters were made up (nothing says such a resource exists; documented: 200)"),
        (410, True, None, Verdict.WARNING, "undocumented 410 answering a request whose path "
         "parameters were made up (nothing says such a resource exists; documented: 200)"),
        (404, False, "POST /x/", Verdict.FAILURE, "undocumented 404 for a resource known to "
         "exist: its id came from the answer of POST /x/ in this run (documented: 200)"),
        # No path parameters: nothing was made up, a 404 to a valid request is wrong.
        (404, False, None, Verdict.FAILURE, "undocumented 404 answering a valid request "
         "(generated from the schema) (documented: 200)"),
        (403, True, None, Verdict.FAILURE, "undocumented 403 answering a valid request "
         "(generated from the schema) (documented: 200)"),
    ],
)  # fmt: skip
def test_not_found_depends_on_whether_the_resource_is_known(
    status: int, made_up_path: bool, created_by: str | None, verdict: Verdict, reason: str
) -> None:
    judgement = judge_status(
        status,
        ["200"],
        invalid=False,
        unauthenticated=False,
        made_up_path=made_up_path,
        created_by=created_by,
    )
    assert (judgement.verdict, judgement.reason) == (verdict, reason)


def test_curl_line_names_the_variable_never_the_key() -> None:
    line = curl_line(
        "PATCH",
        "http://127.0.0.1:1/v1/items/3/?q=it's",
        [
            ("User-Agent", "schemathesis/4"),
            ("Authorization", f"Api-Token {KEY}"),
            ("Content-Type", "application/json"),
            ("X-Trace", "a\tb"),
        ],
        b'{"name": "O\'Brien $HOME"}',
        KEY,
        "MY_KEY",
    )
    assert KEY not in line
    assert line == (
        "curl -X PATCH 'http://127.0.0.1:1/v1/items/3/?q=it'\"'\"'s' "
        "-H 'Authorization: Api-Token '\"${MY_KEY}\" -H 'Content-Type: application/json' "
        "-H $'X-Trace: a\\tb' --data-raw '{\"name\": \"O'\"'\"'Brien $HOME\"}'"
    )
    assert "\n" not in curl_line("POST", "http://h/", [], b'{"a":\n1}', KEY, "K")
    empty = curl_line("GET", "http://h/", [("X-Empty", "")], None, KEY, "K")
    assert empty.endswith(" -H 'X-Empty;'")
    assert shell_word(f"{KEY}{KEY}", KEY, "K") == '"${K}""${K}"'
    assert "--data-binary @body.bin" in curl_line("POST", "http://h/", [], b"\xff\xfe", KEY, "K")


def test_crud_links_follow_drf_spectacular_conventions() -> None:
    data = items_document()
    added = add_crud_links(data)
    assert added == [
        "POST /items/ -> GET /items/{id}/",
        "POST /items/ -> PUT /items/{id}/",
        "POST /items/ -> PATCH /items/{id}/",
        "POST /items/ -> DELETE /items/{id}/",
    ]
    links = data["paths"]["/items/"]["post"]["responses"]["201"]["links"]
    assert links["specbind-crud-PATCH-/items/{id}/"] == {
        "operationRef": "#/paths/~1items~1{id}~1/patch",
        "parameters": {"id": "$response.body#/id"},
    }
    assert add_crud_links(data) == []  # already there: nothing added twice
    # Without trailing slashes (FastAPI style) and with `pk` fed from `id`.
    doc = {
        "paths": {
            "/flows": {"post": {"responses": {"201": {"$ref": "#/components/responses/F"}}}},
            "/flows/{pk}": {"get": {"responses": {}}},
            "/flows/{pk}/runs": {"get": {"responses": {}}},
        },
        "components": {
            "responses": {
                "F": {"content": {"application/json": {"schema": {"allOf": [
                    {"properties": {"id": {"type": "string"}}}]}}}}
            }
        },
    }  # fmt: skip
    assert add_crud_links(doc) == ["POST /flows -> GET /flows/{pk}"]
    created = doc["paths"]["/flows"]["post"]["responses"]["201"]
    assert created["links"]["specbind-crud-GET-/flows/{pk}"]["parameters"] == {
        "pk": "$response.body#/id"
    }
    assert "links" not in doc["components"]["responses"]["F"]  # the shared one is untouched


def test_crud_links_read_a_schema_that_includes_itself_once() -> None:
    """`Node: {allOf: [{$ref: Node}, ...]}` is a valid schema (not a `$ref` cycle, which
    validation refuses); reading its properties once each ends (it looped forever)."""
    node = {"allOf": [{"$ref": "#/components/schemas/Node"}, {"properties": {"id": {}}}]}
    doc = {
        "paths": {
            "/nodes": {"post": {"responses": {"201": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Node"}}}}}}},
            "/nodes/{id}": {"get": {"responses": {}}},
        },
        "components": {"schemas": {"Node": node}},
    }  # fmt: skip
    assert add_crud_links(doc) == ["POST /nodes -> GET /nodes/{id}"]


def test_options_problems_are_usage_errors() -> None:
    good = ContractOptions(base_url="http://127.0.0.1:1", api_key=KEY, key_source="K")
    assert good.problems() == []
    bad = ContractOptions(
        base_url="127.0.0.1:1",
        api_key=KEY,
        key_source="K",
        rate_limit="10/x",
        max_examples=0,
        workers=0,
        time_budget=0,
        request_timeout=-1,
    )
    assert bad.problems() == [
        "--rate-limit 10/x: expected a count per unit, e.g. 10/s, 100/m, 1000/h or 10000/d",
        "--max-examples 0: must be 1 or more",
        "--workers 0: must be 1 or more",
        "--time-budget 0: must be 1 second or more",
        "--timeout -1: must be more than 0 seconds",
        "--url 127.0.0.1:1: expected an http:// or https:// URL",
    ]


def test_redactor_replaces_key_credential_and_credential_headers() -> None:
    redactor = Redactor([KEY, f"Api-Token {KEY}", None, ""])
    assert redactor.text(f"sent Api-Token {KEY} and {KEY}") == f"sent {REDACTED} and {REDACTED}"
    assert redactor.headers(
        {"authorization": "Api-Token other", "Cookie": "s=1", "SET-COOKIE": "s=2", "X": KEY}
    ) == {
        "authorization": REDACTED,
        "Cookie": REDACTED,
        "SET-COOKIE": REDACTED,
        "X": REDACTED,
    }
    assert redactor.url("http://h/p?a=1&token=abc&api_key=def") == (
        f"http://h/p?a=1&token={REDACTED}&api_key={REDACTED}"
    )


# A key with characters every encoding changes: / + " & < space and a non-ASCII letter.
AWKWARD = 'k3y/with+"odd"&<bits> é-0123456789'


@pytest.mark.parametrize("form", sorted(echoed_forms(AWKWARD)))
def test_the_key_is_redacted_in_every_form_it_may_be_echoed(form: str) -> None:
    echoed = echoed_forms(AWKWARD)[form]
    text = Redactor([AWKWARD]).text(f"before <{echoed}> after")
    assert text.startswith("before <") and text.endswith("> after")
    assert REDACTED in text
    assert echoed not in text
    remains = text.replace(REDACTED, "")
    for other in echoed_forms(AWKWARD).values():
        assert other not in remains


def test_a_basic_credential_is_redacted_decoded_too() -> None:
    credential = "Basic " + base64.b64encode(b"robot:pa55word-xyz").decode()
    redactor = Redactor([credential])
    assert redactor.text("user robot:pa55word-xyz, password pa55word-xyz") == (
        f"user {REDACTED}, password {REDACTED}"
    )


def test_redaction_leaves_other_text_and_base64_alone() -> None:
    redactor = Redactor([KEY])
    other = base64.b64encode(b"nothing secret in here at all").decode()
    assert redactor.text(f"id=42 {other} /a/b%2Fc") == f"id=42 {other} /a/b%2Fc"
    # short secrets are matched as text, never as a fragment of base64
    assert Redactor(["abc"]).text("YWJj abc") == f"YWJj {REDACTED}"


def test_redacting_a_long_base64_body_takes_linear_time() -> None:
    import time

    body = base64.b64encode(bytes(range(256)) * 20_000).decode()  # 6.8 MB, no key in it
    started = time.monotonic()
    assert Redactor([KEY]).text(body) == body
    assert time.monotonic() - started < 5


def _report() -> ContractReport:
    report = ContractReport(base_url="http://127.0.0.1:1", spec="4.84.1-ai-plus", seed=0)
    op = report.operation("GET /things/")
    op.tally("response_schema_conformance").failed = 1
    op.tally("not_a_server_error").passed = 3
    op.tally("status_code_policy").warned = 2
    report.operation("PATCH /things/{id}/").skipped = "writes (pass --allow-writes to test)"
    report.findings = [
        Finding(Level.FAILURE, "GET /things/", "response_schema_conformance", "Response violates "
                "schema", f"'id' is required; echo {KEY}", 200, "GET http://127.0.0.1:1/things/"),
        Finding(Level.WARNING, "GET /things/", "status_code_policy", "Undocumented status code",
                "undocumented 422 answering an invalid request", 422, "GET http://127.0.0.1:1/"),
    ]  # fmt: skip
    report.exchanges = [
        Exchange(
            started=0.0,
            method="GET",
            url="http://127.0.0.1:1/things/",
            request_headers=[("Authorization", f"Api-Token {KEY}"), ("Accept", "*/*")],
            request_body=f'{{"key": "{KEY}"}}'.encode(),
            status=200,
            response_headers=[("Set-Cookie", "session=abc"), ("Content-Type", "application/json")],
            response_body=b'{"echo": "' + KEY.encode() + b'"}',
            elapsed=0.01,
        )
    ]
    return report


def test_junit_has_one_case_per_operation_and_check() -> None:
    suite = ET.fromstring(junit_xml(_report()))
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("4", "1", "1")
    cases = {(c.get("classname"), c.get("name")): c for c in suite.iter("testcase")}
    failure = cases[("GET /things/", "response_schema_conformance")].find("failure")
    assert failure is not None and failure.get("message") == "Response violates schema"
    assert cases[("GET /things/", "not_a_server_error")].find("failure") is None
    out = cases[("GET /things/", "status_code_policy")].find("system-out")
    assert out is not None and "warning: undocumented 422" in (out.text or "")
    assert cases[("PATCH /things/{id}/", "(not tested)")].find("skipped") is not None


def test_written_artifacts_never_hold_the_key(tmp_path: Path) -> None:
    redactor = Redactor([KEY, f"Api-Token {KEY}"])
    written = write_artifacts(_report(), tmp_path / "out", redactor)
    assert [p.name for p in written] == ["junit.xml", "requests.har"]
    for path in written:
        assert KEY not in path.read_text(encoding="utf-8")
    entry = json.loads(written[1].read_text(encoding="utf-8"))["log"]["entries"][0]
    # Credential headers were redacted when the exchange was recorded (see runner);
    # here the writer's own pass removes the key wherever else it appears.
    assert entry["request"]["postData"]["text"] == f'{{"key": "{REDACTED}"}}'
    assert entry["response"]["content"]["text"] == f'{{"echo": "{REDACTED}"}}'
    assert json.loads(har_log(_report(), redactor))["log"]["version"] == "1.2"


def test_engine_config_is_safe_and_repeatable_by_default() -> None:
    options = ContractOptions(base_url="http://127.0.0.1:1", api_key=KEY, key_source="K")
    config = engine_config(options, {"Authorization": f"Api-Token {KEY}"})
    # Read-only: no write probes, but OPTIONS still goes out to check `Allow`.
    assert config["phases"]["coverage"] == {"unexpected-methods": ["trace", "options"]}
    assert config["checks"]["status_code_conformance"] == {"enabled": False}
    policy_config = config["checks"]["status_code_policy"]
    assert (policy_config["strict"], policy_config["header"]) == (False, "Authorization")
    assert (config["seed"], config["generation"]["deterministic"]) == (0, True)
    writes = ContractOptions(
        base_url="http://x", api_key=KEY, key_source="K", allow_writes=True, seed=None
    )
    config = engine_config(writes, {})
    assert "coverage" not in config["phases"] and "seed" not in config
    bounded = ContractOptions(
        base_url="http://x",
        api_key=KEY,
        key_source="K",
        workers=2,
        time_budget=2,
        rate_limit="20/s",
    )
    config = engine_config(bounded, {})
    assert (config["workers"], config["max-time"], config["rate-limit"]) == (2, 2, "20/s")


def test_document_helpers_on_the_stored_spec() -> None:
    data = load_document(SPEC_4_84).data
    assert auth_header_name(data) == "Authorization"
    patch = json_bodies_only(data)["paths"]["/api/core/rbac/groups/{id}/"]["patch"]
    assert list(patch["requestBody"]["content"]) == ["application/json"]
    # The original is untouched.
    assert len(data["paths"]["/api/core/rbac/groups/{id}/"]["patch"]["requestBody"]["content"]) == 3
    assert probe_request(data) == (
        "GET",
        "/api/core/rbac/mentor-access/",
        {"mentor_id": 1, "platform_key": "a"},
    )


def _secured_reads(first_parameter: dict[str, object]) -> dict[str, object]:
    """Two secured GETs; the first's only parameter is `first_parameter`."""
    ok = {"200": {"description": "ok"}}
    return {
        "openapi": "3.0.3",
        "security": [{"key": []}],
        "paths": {
            "/a/{id}": {"get": {"parameters": [first_parameter], "responses": ok}},
            "/b": {"get": {"responses": ok}},
        },
        "components": {
            "parameters": {
                "Loop1": {"$ref": "#/components/parameters/Loop2"},
                "Loop2": {"$ref": "#/components/parameters/Loop1"},
            },
            "schemas": {
                "Self1": {"$ref": "#/components/schemas/Self2"},
                "Self2": {"$ref": "#/components/schemas/Self1"},
            },
        },
    }


@pytest.mark.parametrize(
    "parameter",
    [
        {"$ref": "#/components/parameters/Loop1"},  # looped forever
        {"$ref": "#/components/parameters/Nope"},  # raised KeyError
        {
            "name": "id",
            "in": "path",
            "required": True,
            "schema": {"$ref": "#/components/schemas/Self1"},
        },
    ],
)
def test_probe_skips_an_operation_whose_ref_leads_nowhere(parameter: dict[str, object]) -> None:
    """A `$ref` cycle or a dangling ref in one operation costs that operation only: the
    probe takes the next secured read."""
    assert probe_request(_secured_reads(parameter)) == ("GET", "/b", {})


def test_probe_fills_a_path_parameter_through_refs() -> None:
    data = _secured_reads({"$ref": "#/components/parameters/Id"})
    data["components"]["parameters"]["Id"] = {  # type: ignore[index]
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 7},
    }
    assert probe_request(data) == ("GET", "/a/7", {})


def _run(**counts: int) -> RunState:
    options = ContractOptions(base_url="http://127.0.0.1:1", api_key=KEY, key_source="MY_KEY")
    report = ContractReport(base_url=options.base_url, spec="s", seed=0)
    run = RunState(options, report, Redactor([KEY]), "Authorization", f"Api-Token {KEY}", {}, {})
    for name, value in counts.items():
        setattr(run, name, value)
    return run


def test_a_wrong_setup_is_not_a_broken_server() -> None:
    data = items_document(server_url="/api/v2")
    with pytest.raises(SpecbindError) as caught:
        check_setup(data, _run(answered=12, not_found=12))
    assert str(caught.value) == (
        "every request was answered 404: is --url the API's base "
        "(the document's servers say /api/v2)?"
    )
    with pytest.raises(SpecbindError) as caught:
        check_setup(data, _run(answered=12, not_found=3, keyed=9, refused=9))
    assert str(caught.value) == (
        "the key was refused: all 9 request(s) carrying the key from MY_KEY were answered "
        "401 or 403"
    )
    check_setup(data, _run(answered=12, not_found=11, keyed=9, refused=8))  # a server's answers
    # Without a security scheme a refused key cannot be told apart: no such verdict.
    check_setup(items_document(secured=False), _run(answered=5, keyed=5, refused=5))


def test_operations_without_requests_are_skipped_with_the_reason() -> None:
    run = _run()
    report = run.report
    report.operation("GET /a/").requests = 3
    report.operation("GET /b/")
    report.operation("GET /c/")
    report.operation("POST /d/").skipped = "writes (pass --allow-writes to test)"
    run.skip_reasons["GET /c/"] = "skipped: no valid value for `x`"
    mark_untested(run)
    assert report.operation("GET /a/").skipped is None
    assert report.operation("GET /b/").skipped == "no request was generated for it"
    assert report.operation("GET /c/").skipped == "skipped: no valid value for `x`"
    report.notes.append("the time budget ran out before every test finished")
    report.operation("GET /b/").skipped = None
    mark_untested(run)
    assert report.operation("GET /b/").skipped == "not reached: the time budget ran out first"
    assert verdict(report).endswith("; 1 of 4 operations tested")
