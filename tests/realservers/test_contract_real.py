"""`specbind contract` end to end against real servers installed from PyPI (make contract-real).

Each server runs from its cached venv on 127.0.0.1 with a fresh data directory; the
document is the one it serves. The budget is small (a few examples, a time budget), so
these check that a run completes and explains itself, not that it finds everything: the
JUnit report has a case per operation, and one of the server's known bugs is reported
with its evidence (the response's status line and body, and a curl line).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from specbind.openapi.validate import iter_operations
from tests.realservers import RunningServer

pytestmark = pytest.mark.realserver

REPO = Path(__file__).resolve().parents[2]
KEY = "sbk-real-server-never-print-me"
KEY_ENV = "REAL_SERVER_API_KEY"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    report_dir: Path
    operations: set[str]

    def junit(self) -> ET.Element:
        return ET.parse(self.report_dir / "junit.xml").getroot()

    def finding(self, header: str) -> str:
        """The block of output lines under one finding's header line."""
        start = self.stdout.index(header)
        block = self.stdout[start:].split("\n  FAIL ")[0].split("\n  warn ")[0]
        return block.split("\n\n")[0]


def contract(server: RunningServer, tmp_path: Path, *args: str) -> Run:
    document = server.document()
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    report_dir = tmp_path / f"report-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run(
        [sys.executable, "-m", "specbind", "contract", "--project", str(REPO),
         "--spec", str(spec), "--url", server.base_url, "--api-key-env", KEY_ENV,
         "--report-dir", str(report_dir), "--seed", "0", *args],
        capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, KEY_ENV: KEY},
    )  # fmt: skip
    operations = {f"{method.upper()} {path}" for path, method, _, _ in iter_operations(document)}
    return Run(done.returncode, done.stdout, done.stderr, report_dir, operations)


def assert_complete_and_explained(run: Run) -> None:
    """Exit 1 (contract broken, not a crash), a case per operation, no key anywhere."""
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    suite = run.junit()
    assert {case.get("classname") for case in suite.iter("testcase")} == run.operations
    for case in suite.iter("testcase"):
        skipped = case.find("skipped")
        if skipped is not None:
            assert skipped.get("message"), case.get("classname")
    tested = re.search(r"; (\d+) of (\d+) operations tested$", run.stdout.rstrip().splitlines()[-3])
    assert tested is not None and int(tested[2]) == len(run.operations)
    assert int(tested[1]) + int(suite.get("skipped", "0")) >= len(run.operations)
    for text in (run.stdout, run.stderr, *(p.read_text() for p in run.report_dir.iterdir())):
        assert KEY not in text


def test_prefect_read_only_reports_wrong_allow_headers(
    prefect: RunningServer, tmp_path: Path
) -> None:
    run = contract(prefect, tmp_path, "--max-examples", "3", "--time-budget", "60")
    assert_complete_and_explained(run)
    assert len(run.operations) > 150
    # Prefect's own document has no security scheme: said once.
    assert run.stdout.count("declares no security scheme") == 1
    # Known: a 405 whose Allow leaves out documented methods; OPTIONS went out read-only.
    header = next(
        line
        for line in run.stdout.splitlines()
        if line.startswith("  FAIL [allow_header_conformance] ")
    )
    block = run.finding(header.strip())
    assert "Missing documented methods:" in block
    assert "request, a request with the undeclared method OPTIONS, on purpose:" in block
    assert "HTTP/1.1 405 Method Not Allowed" in block
    assert re.search(r"^\s+allow: ", block, re.M)
    assert re.search(r"reproduce: curl -X OPTIONS http://127\.0\.0\.1:\d+/api/", block)


def test_prefect_with_writes_reports_known_bugs_with_evidence(
    prefect: RunningServer, tmp_path: Path
) -> None:
    run = contract(
        prefect, tmp_path, "--allow-writes", "--max-examples", "3", "--time-budget", "90"
    )
    assert_complete_and_explained(run)
    known = [
        "FAIL [status_code_policy] POST /artifacts/: Undocumented status code (status 201",
        "FAIL [not_a_server_error] POST /block_documents/: Server error (status 500",
        "FAIL [not_a_server_error] POST /events/filter: Server error (status 500",
        "FAIL [not_a_server_error] POST /events/count-by/{countable}: Server error (status 500",
        "FAIL [not_a_server_error] POST /flow_runs/{id}/resume: Server error (status 500",
    ]
    assert re.search(r"^note: the stateful phase ", run.stdout, re.M)
    found = [bug for bug in known if bug in run.stdout]
    assert found, run.stdout[-5000:]
    block = run.finding(found[0])
    assert re.search(r"HTTP/1\.1 (201 Created|500 Internal Server Error)", block)
    assert "body: " in block
    assert re.search(r"reproduce: curl -X POST http://127\.0\.0\.1:\d+/api/", block)


def test_chroma_with_writes_reports_with_evidence(chroma: RunningServer, tmp_path: Path) -> None:
    run = contract(
        chroma, tmp_path, "--allow-writes", "--auth-prefix", "", "--max-examples", "3",
        "--time-budget", "90",
    )  # fmt: skip
    assert_complete_and_explained(run)
    # The stateful phase runs last: the run says how far it got (here creates need a tenant
    # and database that exist, which generated names rarely name).
    assert re.search(
        r"^note: the stateful phase (ran \d+ transition\(s\) over \d+ of \d+ link\(s\)|"
        r"had \d+ link\(s\) but ran no transition|did not start)",
        run.stdout,
        re.M,
    )
    # A server error (Chroma answers 501 to fork_count, among others): a request with the key.
    header = next(
        line
        for line in run.stdout.splitlines()
        if line.startswith("  FAIL [not_a_server_error] ") and "(status 5" in line
    )
    block = run.finding(header.strip())
    assert re.search(r"^\s+HTTP/1\.1 \d{3} ", block, re.M)
    assert "reproduce: curl -X " in block
    assert '"${' + KEY_ENV + '}"' in block
