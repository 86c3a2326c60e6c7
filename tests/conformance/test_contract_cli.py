"""`specbind contract` run as a user would: a subprocess against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from tests.conformance.conftest import (
    API_KEY,
    REPO,
    ContractRun,
    RunContract,
    live_server,
)
from tests.conformance.faults import FAULTS, FaultCase
from tests.conformance.reference_app import create_reference_app
from tests.http_server import free_port

OPERATIONS = (
    "DELETE /api/core/rbac/groups/{id}/",
    "GET /api/core/rbac/mentor-access/",
    "PATCH /api/core/rbac/groups/{id}/",
)


def assert_key_never_leaks(run: ContractRun) -> None:
    """The key appears in no output line and no report file, raw or with its prefix."""
    assert API_KEY not in run.stdout
    assert API_KEY not in run.stderr
    for name, text in run.artifact_texts().items():
        assert API_KEY not in text, name


def junit_cases(run: ContractRun) -> dict[tuple[str, str], ET.Element]:
    suite = ET.parse(run.report_dir / "junit.xml").getroot()
    return {(c.get("classname", ""), c.get("name", "")): c for c in suite.iter("testcase")}


def har_entries(run: ContractRun) -> list[dict[str, object]]:
    log = json.loads((run.report_dir / "requests.har").read_text(encoding="utf-8"))
    entries: list[dict[str, object]] = log["log"]["entries"]
    return entries


@pytest.mark.slow
def test_correct_server_passes_every_check(run_contract: RunContract) -> None:
    with live_server(create_reference_app(API_KEY)) as url:
        run = run_contract("--url", url, "--allow-writes")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "PASSED: every check held" in run.stdout
    for operation in OPERATIONS:
        assert re.search(
            rf"^  {re.escape(operation)}\s+ok\s+\d+ request\(s\), (\d+)/\1 checks held$",
            run.stdout,
            re.M,
        )
    # The per-check table has every check that ran, with its counts.
    assert re.search(
        r"^  ok   response_schema_conformance: \d+ passed, 0 failed$", run.stdout, re.M
    )
    # Undocumented 422s to invalid requests are warnings, not failures.
    assert re.search(
        r"warn \[status_code_policy\] .*: Undocumented status code \(status 422", run.stdout
    )
    suite = ET.parse(run.report_dir / "junit.xml").getroot()
    assert suite.get("failures") == "0"
    assert int(suite.get("tests", "0")) >= 3 * 10
    entries = har_entries(run)
    assert len(entries) > 50
    sent = [
        h["value"]
        for e in entries
        for h in e["request"]["headers"]  # type: ignore[index]
        if h["name"].lower() == "authorization"
    ]
    assert sent and set(sent) <= {"[REDACTED]"}
    assert_key_never_leaks(run)


@pytest.mark.slow
@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_each_fault_fails_naming_check_and_operation(
    run_contract: RunContract, generated_mocks: dict[str, Any], fault: FaultCase
) -> None:
    """Each fault is the generated mock (which passes) with one break wrapped around it."""
    app = fault.wrapper(generated_mocks["4.84.1-ai-plus"].app, f"Api-Token {API_KEY}")
    with live_server(app) as url:
        run = run_contract("--url", url, "--allow-writes", "--max-examples", "15")
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"FAIL [{fault.check}] {fault.operation}:" in run.stdout
    assert "FAILED: the server broke its contract" in run.stdout
    failure = junit_cases(run)[(fault.operation, fault.check)].find("failure")
    assert failure is not None
    assert_key_never_leaks(run)


def test_closed_port_cannot_run(run_contract: RunContract) -> None:
    run = run_contract("--url", f"http://127.0.0.1:{free_port()}")
    assert run.returncode == 2
    assert "could not run: cannot reach http://127.0.0.1:" in run.stderr
    assert_key_never_leaks(run)


def test_rejected_key_cannot_run(run_contract: RunContract) -> None:
    with live_server(create_reference_app("some-other-key")) as url:
        run = run_contract("--url", url)
    assert run.returncode == 2
    assert (
        "could not run: the key was refused: the server rejected the API key from "
        "IBL_DATA_MANAGER_API_KEY: "
        "GET /api/core/rbac/mentor-access/ answered 401" in run.stderr
    )
    assert_key_never_leaks(run)


def test_missing_key_names_the_variable(run_contract: RunContract) -> None:
    run = run_contract("--url", "http://127.0.0.1:9", "--api-key-env", "MY_KEY", key=None)
    assert run.returncode == 2
    assert "no API key: set the environment variable MY_KEY" in run.stderr


def test_bad_spec_cannot_run(run_contract: RunContract, tmp_path: Path) -> None:
    run = run_contract("--url", "http://127.0.0.1:9", "--spec", "9.9.9-nope")
    assert run.returncode == 2
    assert "no stored document for ibl-data-manager '9.9.9-nope'" in run.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: [unclosed\n", encoding="utf-8")
    run = run_contract("--url", "http://127.0.0.1:9", "--spec", str(broken))
    assert run.returncode == 2
    assert f"{broken}:3: not valid YAML" in run.stderr


@pytest.mark.slow
def test_reads_only_by_default_and_key_from_named_variable(run_contract: RunContract) -> None:
    with live_server(create_reference_app(API_KEY)) as url:
        run = run_contract("--url", url, "--api-key-env", "STAGING_KEY", env_name="STAGING_KEY")
    assert run.returncode == 0, run.stdout + run.stderr
    methods = {e["request"]["method"] for e in har_entries(run)}  # type: ignore[index]
    assert "PATCH" not in methods and "DELETE" not in methods
    assert "GET" in methods
    assert re.search(r"PATCH /api/core/rbac/groups/\{id\}/\s+not tested: writes", run.stdout)
    cases = junit_cases(run)
    assert cases[("PATCH /api/core/rbac/groups/{id}/", "(not tested)")].find("skipped") is not None
    assert_key_never_leaks(run)


@pytest.mark.slow
def test_strict_turns_undocumented_refusals_into_failures(run_contract: RunContract) -> None:
    with live_server(create_reference_app(API_KEY)) as url:
        run = run_contract("--url", url, "--strict", "--max-examples", "10")
    assert run.returncode == 1, run.stdout + run.stderr
    assert re.search(
        r"FAIL \[status_code_policy\] GET /api/core/rbac/mentor-access/: Undocumented status code "
        r"\(status 4(22|01)",
        run.stdout,
    )
    assert "undocumented 422 answering a request made invalid on purpose (query" in run.stdout


@pytest.mark.slow
@pytest.mark.parametrize("version", ["3.59.0-ai-plus", "4.84.1-ai-plus"])
def test_generated_mock_passes(
    run_contract: RunContract, generated_mocks: dict[str, Any], version: str
) -> None:
    """The generated mock is a correct server: bad input 400/422, a missing key 401."""
    with live_server(generated_mocks[version].app) as url:
        run = run_contract("--url", url, "--spec", version, "--allow-writes")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "PASSED: every check held" in run.stdout
    assert re.search(r"warn \[status_code_policy\] .*\(status 422", run.stdout)
    assert re.search(r"warn \[status_code_policy\] .*\(status 401", run.stdout)
    assert_key_never_leaks(run)


@pytest.mark.slow
def test_rate_limit_and_time_budget_bound_the_run(run_contract: RunContract) -> None:
    # One worker: Schemathesis's worker threads parse code concurrently, which CPython
    # 3.11.7 can fail with "AST constructor recursion depth mismatch" (gh-106905, fixed
    # in later releases); --workers reaching the engine is checked in test_policy.py.
    with live_server(create_reference_app(API_KEY)) as url:
        run = run_contract(
            "--url", url, "--allow-writes", "--rate-limit", "20/s", "--workers", "1",
            "--time-budget", "2",
        )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "note: the time budget ran out before every test finished" in run.stdout
    match = re.search(r"\(seed 0, ([\d.]+) s, (\d+) requests\)", run.stdout)
    assert match is not None
    seconds, requests = float(match[1]), int(match[2])
    assert seconds < 15  # the budget stops generation; requests in flight finish
    assert requests == len(har_entries(run))
    assert requests <= 20 * (seconds + 1)  # one second's burst allowed


class HangingPatch:
    """PATCH never answers in time; everything else is the reference server."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "PATCH":
            await asyncio.sleep(2)
        await self.app(scope, receive, send)


@pytest.mark.slow
def test_requests_without_answers_are_errors(run_contract: RunContract) -> None:
    with live_server(HangingPatch(create_reference_app(API_KEY))) as url:
        run = run_contract(
            "--url", url, "--allow-writes", "--timeout", "0.3", "--max-examples", "2"
        )
    assert run.returncode == 1, run.stdout + run.stderr
    assert re.search(
        r"^  PATCH /api/core/rbac/groups/\{id\}/: Network Error: Read timed out after 0.3 seconds$",
        run.stdout,
        re.M,
    )
    assert "error(s) (requests without a usable answer)" in run.stdout
    suite = ET.parse(run.report_dir / "junit.xml").getroot()
    assert int(suite.get("errors", "0")) >= 1


def test_a_contract_run_reports_its_steps_and_each_scenario() -> None:
    from specbind.conformance import ContractOptions, run_contract
    from specbind.openapi.document import load_document
    from tests.conftest import RecordedProgress

    document = load_document(REPO / "spec/ibl-data-manager/4.84.1-ai-plus/openapi.yaml")
    options = ContractOptions(
        base_url="", api_key=API_KEY, key_source="IBL_DATA_MANAGER_API_KEY", max_examples=2
    )
    progress = RecordedProgress()
    with live_server(create_reference_app(API_KEY)) as url:
        options = dataclasses.replace(options, base_url=url)
        report = run_contract(document.data, "4.84.1-ai-plus", options, progress)
    assert report.passed
    assert progress.steps == [
        ("contract: preflight (reachable, key accepted)", None),
        ("contract: testing 1 operation(s), scenarios run", None),  # reads only: one GET
    ]
    assert progress.advanced >= 1
