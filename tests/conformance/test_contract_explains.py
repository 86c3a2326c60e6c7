"""`specbind contract` explains what it found (issue 18), against the items server on 127.0.0.1.

Each run is `specbind contract` in a subprocess, as a user runs it, against the small CRUD
server of items_app.py: correct, or broken one way per fault.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from specbind.cli import app
from tests.conformance.conftest import API_KEY, CREDENTIAL, KEY_ENV, REPO, RunContract
from tests.conformance.items_app import Faults, items_document, items_server
from tests.conformance.test_contract_cli import assert_key_never_leaks, junit_cases

SMALL = ("--max-examples", "3")


def write_document(tmp_path: Path, **kwargs: object) -> str:
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items_document(**kwargs)), encoding="utf-8")  # type: ignore[arg-type]
    return str(path)


def test_correct_server_answering_404_for_unknown_ids_passes(
    run_contract: RunContract, tmp_path: Path
) -> None:
    spec = write_document(tmp_path)
    with items_server(CREDENTIAL) as host:
        run = run_contract("--url", host + "/v1", "--spec", spec, "--allow-writes", *SMALL)
    assert run.returncode == 0, run.stdout + run.stderr
    # 404 for a made-up id is a warning that says why, never a failure.
    assert re.search(
        r"warn \[status_code_policy\] GET /items/\{id\}/: Undocumented status code \(status 404",
        run.stdout,
    )
    assert "undocumented 404 answering a request whose path parameters were made up" in run.stdout
    # The kind of request is named: a valid one, or which part was made invalid.
    assert "undocumented 400 answering a request made invalid on purpose (body)" in run.stdout
    assert "answering an invalid request" not in run.stdout
    # Stateful: the links ran, item operations against items that exist.
    links = dict(re.findall(r"^  (POST /items/ -> .+): (\d+) transition\(s\)$", run.stdout, re.M))
    assert links and sum(int(n) for n in links.values()) > 0
    assert "link(s) added from drf-spectacular's convention" in run.stdout
    every = re.findall(r"^  [A-Z]+ /items/\S* -> .+: (\d+) transition\(s\)$", run.stdout, re.M)
    ran = re.search(r"^note: the stateful phase ran (\d+) transition\(s\) over", run.stdout, re.M)
    assert ran is not None and int(ran[1]) == sum(int(n) for n in every) > 0
    assert run.stdout.rstrip().splitlines()[-3].endswith("; 6 of 6 operations tested")
    assert run.stdout.count("PASSED: every check held") == 1
    assert_key_never_leaks(run)


def test_faulty_server_failures_carry_their_evidence(
    run_contract: RunContract, tmp_path: Path
) -> None:
    spec = write_document(tmp_path)
    faults = Faults(crash_on_unicode=True, forget_items=True, drop_on_delete=True)
    with items_server(CREDENTIAL, faults=faults) as host:
        run = run_contract("--url", host + "/v1", "--spec", spec, "--allow-writes", *SMALL)
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    # A 500: the request as sent (key redacted), the response's status line and body, a curl.
    crash = out[out.index("FAIL [not_a_server_error] POST /items/: Server error") :]
    crash = crash[: crash.index("reproduce:") + 2000].split("\n  FAIL")[0]
    assert "request, a valid request (generated from the schema):" in crash
    assert f"POST {host}/v1/items/" in crash
    assert "Authorization: [REDACTED]" in crash
    assert "HTTP/1.1 500 Internal Server Error" in crash
    assert "content-type: application/json" in crash
    assert """body: {"detail": "UnicodeEncodeError: 'ascii' codec can't encode"}""" in crash
    curl = next(line for line in crash.splitlines() if "reproduce: " in line)
    assert curl.strip().startswith(f"reproduce: curl -X POST {host}/v1/items/ -H ")
    assert "'Authorization: Api-Token '\"${" + KEY_ENV + '}"' in curl
    assert "--data-raw '" in curl
    # A 404 for an item the run created is a failure, naming where its id came from.
    assert re.search(
        r"FAIL \[status_code_policy\] GET /items/\{id\}/: Undocumented status code \(status 404",
        out,
    )
    assert "undocumented 404 for a resource known to exist: its id came from the answer of" in out
    # A dropped connection fails the operation (the server crashed), it is no run error.
    assert "FAIL [not_a_server_error] DELETE /items/{id}/: Server crashed" in out
    assert "the server closed the connection without answering" in out
    assert "\nerrors:\n" not in out
    failure = junit_cases(run)[("DELETE /items/{id}/", "not_a_server_error")].find("failure")
    assert failure is not None and failure.get("message") == "Server crashed"
    assert "FAILED: the server broke its contract: " in out
    assert_key_never_leaks(run)


def test_wrong_base_path_is_a_setup_error(run_contract: RunContract, tmp_path: Path) -> None:
    spec = write_document(tmp_path, server_url="/v1")
    with items_server(CREDENTIAL, base="/v1") as host:
        run = run_contract(
            "--url", host, "--spec", spec, "--max-examples", "1", "--time-budget", "2"
        )
    assert run.returncode == 2, run.stdout + run.stderr
    assert (
        "every request was answered 404: is --url the API's base "
        "(the document's servers say /v1)?" in run.stderr
    )
    assert "broke its contract" not in run.stdout + run.stderr


def test_refused_key_is_a_setup_error(run_contract: RunContract, tmp_path: Path) -> None:
    spec = write_document(tmp_path)
    with items_server("Api-Token another-key") as host:
        run = run_contract("--url", host + "/v1", "--spec", spec)
    assert run.returncode == 2
    assert "could not run: the key was refused: " in run.stderr
    assert "GET /items/ answered 401" in run.stderr
    assert_key_never_leaks(run)


def test_read_only_checks_allow_and_says_what_was_not_tested(
    run_contract: RunContract, tmp_path: Path
) -> None:
    """No security scheme: said once. OPTIONS still goes out, so a wrong `Allow` fails."""
    spec = write_document(tmp_path, secured=False)
    faults = Faults(wrong_allow=True, public=True)
    with items_server(CREDENTIAL, faults=faults) as host:
        run = run_contract("--url", host + "/v1", "--spec", spec, *SMALL)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "FAIL [allow_header_conformance] GET /items/{id}/: Allow header mismatch" in run.stdout
    assert "Missing documented methods: PATCH" in run.stdout
    assert "request, a request with the undeclared method OPTIONS, on purpose:" in run.stdout
    note = (
        "note: the document declares no security scheme, so a wrong key cannot be told from no key"
    )
    assert run.stdout.count(note) == 1
    assert run.stdout.rstrip().splitlines()[-3].endswith("; 2 of 6 operations tested")
    cases = junit_cases(run)
    skipped = cases[("POST /items/", "(not tested)")].find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "writes (pass --allow-writes to test)"
    suite = ET.parse(run.report_dir / "junit.xml").getroot()
    assert suite.get("skipped") == "4"
    assert {c.get("classname") for c in suite.iter("testcase")} == {
        "GET /items/", "GET /items/{id}/", "POST /items/", "PUT /items/{id}/",
        "PATCH /items/{id}/", "DELETE /items/{id}/",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--rate-limit", "10/x"), "usage: --rate-limit 10/x: expected a count per unit, e.g. "),
        (("--max-examples", "-3"), "usage: --max-examples -3: must be 1 or more"),
        (("--workers", "0"), "usage: --workers 0: must be 1 or more"),
        (("--time-budget", "0"), "usage: --time-budget 0: must be 1 second or more"),
        (("--timeout", "0"), "usage: --timeout 0.0: must be more than 0 seconds"),
    ],
)
def test_bad_options_are_one_line_usage_errors(option: tuple[str, str], message: str) -> None:
    result = CliRunner().invoke(
        app,
        ["contract", "--project", str(REPO), "--url", "http://127.0.0.1:9", *option],
        env={KEY_ENV: API_KEY},
    )
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert message in lines[0]
    assert "Traceback" not in result.output
